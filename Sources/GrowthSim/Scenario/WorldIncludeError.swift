/// Rules broken while laying a scenario over its world, each in the file that breaks it.
public struct WorldIncludeError: Error, Sendable, Equatable {
  /// One issue and the file it is in.
  public struct Located: Sendable, Equatable {
    public var path: String
    public var issue: ScenarioError.Issue

    public init(_ path: String, _ issue: ScenarioError.Issue) {
      self.path = path
      self.issue = issue
    }

    /// `FILE: /pointer: rule, got VALUE`.
    public var line: String { "\(path): \(issue)" }
  }

  public var issues: [Located]

  public init(_ issues: [Located]) {
    self.issues = issues
  }
}
