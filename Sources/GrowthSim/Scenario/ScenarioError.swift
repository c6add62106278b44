/// Everything wrong with a scenario document, all at once, sorted by JSON Pointer.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
  /// One rule broken at one place.
  public struct Issue: Sendable, Equatable, Comparable, CustomStringConvertible {
    /// Where, as a JSON Pointer; the root for problems with the whole document.
    public var pointer: JSONPointer
    /// What rule is broken, a lowercase fragment that may end with `, got VALUE`.
    public var message: String

    /// Creates an issue.
    public init(_ pointer: JSONPointer, _ message: String) {
      self.pointer = pointer
      self.message = message
    }

    /// `/days: must be at least 1, got 0`; the pointer is left out at the root.
    public var description: String {
      pointer.tokens.isEmpty ? message : "\(pointer): \(message)"
    }

    /// By pointer, then message text.
    public static func < (lhs: Issue, rhs: Issue) -> Bool {
      lhs.pointer != rhs.pointer ? lhs.pointer < rhs.pointer : lhs.message < rhs.message
    }
  }

  /// The issues, sorted.
  public var issues: [Issue]

  /// Creates an error from issues in any order.
  public init(_ issues: [Issue]) {
    self.issues = issues.sorted()
  }

  /// One issue a line.
  public var description: String {
    issues.map(\.description).joined(separator: "\n")
  }
}
