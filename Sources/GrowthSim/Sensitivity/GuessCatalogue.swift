import Foundation

/// The scenario values the model's documentation marks as guesses.
///
/// They are read from the scenario format itself: every number key whose doc string (the text of `docs/scenario-format.md`,
/// which `docs/model.md` marks **guess** after) says "guess". So there is one source, and a
/// key stops being a guess in the catalogue the moment its doc string gets a source.
public enum GuessCatalogue {
  /// One guessed key of the format.
  public struct Entry: Sendable, Equatable {
    /// The key's path with `*` for list indices, as `docs/model.md` writes it
    /// (`/categories/*/backgroundRooms`).
    public var pattern: String
    /// Its doc string.
    public var doc: String
    /// Its default as JSON text, `nil` when required.
    public var defaultText: String?
    /// Its bounds.
    public var bounds: Bounds
    /// Whether it takes whole numbers.
    public var isInteger: Bool
    /// The optional object it belongs to (`/providers/*/operation`), `nil` for none: varying
    /// the key where that object is absent would switch on a mechanism the scenario leaves off.
    public var optionalObject: String? = nil
  }

  /// Every guessed number key, in schema order, except the policies' keys: those are the
  /// merchant's decisions (levers a sweep varies on purpose), not guesses about the world.
  public static var entries: [Entry] {
    var result: [Entry] = []
    collect(
      Scenario.schema.filter { $0.name != "policies" }, prefix: "", optional: nil, into: &result)
    return result
  }

  private static func collect(
    _ properties: [SchemaProperty], prefix: String, optional: String?,
    into result: inout [Entry]
  ) {
    for property in properties {
      let path = prefix + "/" + property.name
      switch property.kind {
      case .number(let bounds) where isGuess(property.doc):
        result.append(
          Entry(
            pattern: path, doc: property.doc, defaultText: property.defaultText, bounds: bounds,
            isInteger: false, optionalObject: optional))
      case .integer(let lower, let upper) where isGuess(property.doc):
        result.append(
          Entry(
            pattern: path, doc: property.doc, defaultText: property.defaultText,
            bounds: Bounds(lower: Double(lower), upper: Double(upper)), isInteger: true,
            optionalObject: optional))
      case .object(let children):
        let isOptional = property.defaultText == SchemaProperty.absentText
        collect(children, prefix: path, optional: isOptional ? path : optional, into: &result)
      case .objects(_, let children):
        collect(children, prefix: path + "/*", optional: optional, into: &result)
      default: break
      }
    }
  }

  /// Whether a doc string marks its key as a guess.
  static func isGuess(_ doc: String) -> Bool {
    doc.range(of: "guess", options: .caseInsensitive) != nil
  }

  /// The share either side of a guess's value that it is varied by.
  public static let spread = 0.5

  /// The guesses of a scenario document as sensitivity parameters.
  ///
  /// Each entry is taken at the first
  /// element of every list on its path (the first category, merchant, policy…), where that
  /// element exists, varied ±50 % around its value in the document (or its default) and
  /// kept within its bounds. A guess whose value is 0, or whose range would be empty, is
  /// left out: there is no relative range to vary it over; so is one inside an optional object
  /// the document leaves out (`Entry.optionalObject`).
  public static func parameters(in document: JSONValue) -> [SweepParameter] {
    entries.compactMap { entry in
      guard
        let pointer = JSONPointer(entry.pattern.replacingOccurrences(of: "/*/", with: "/0/"))
      else { return nil }
      var trial = document
      guard (try? trial.set(.null, at: pointer)) != nil else { return nil }
      if let optional = entry.optionalObject {
        guard let at = JSONPointer(optional.replacingOccurrences(of: "/*/", with: "/0/")),
          document.value(at: at) != nil
        else { return nil }
      }
      let value: Double
      if case .number(let number)? = document.value(at: pointer) {
        value = number.value
      } else if let text = entry.defaultText, let number = Double(text) {
        value = number
      } else {
        return nil
      }
      var low = value * (1 - spread)
      var high = value * (1 + spread)
      if low > high { swap(&low, &high) }
      if let lower = entry.bounds.lower {
        low = max(low, entry.bounds.lowerIsExclusive ? lower.nextUp : lower)
      }
      if let upper = entry.bounds.upper {
        high = min(high, entry.bounds.upperIsExclusive ? upper.nextDown : upper)
      }
      if entry.isInteger {
        (low, high) = (low.rounded(.up), high.rounded(.down))
      }
      guard value != 0, low < high else { return nil }
      return SweepParameter(
        pointer: pointer,
        domain: .range(
          low: Double(SweepParameter.significant(low).value),
          high: Double(SweepParameter.significant(high).value), levels: nil, scale: .linear),
        isInteger: entry.isInteger)
    }
  }
}

extension GuessCatalogue {
  /// `parameters(in:)` as spec parameter documents, for `SweepSpec.document(base:varying:…)`.
  public static func parameterDocuments(in document: JSONValue) -> [JSONValue] {
    parameters(in: document).map(\.document)
  }
}
