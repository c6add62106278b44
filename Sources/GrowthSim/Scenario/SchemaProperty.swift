/// The description of one scenario key, recorded while a reader runs in describe mode.
///
/// The same reading code that decodes a scenario describes it, so the JSON Schema and the
/// reference table in `docs/scenario-format.md` can never drift from what the loader accepts.
public struct SchemaProperty: Sendable, Equatable {
  /// What kind of value a key holds.
  public indirect enum Kind: Sendable, Equatable {
    case number(Bounds)
    case integer(lower: Int, upper: Int)
    case boolean
    case string(TextRule)
    case date
    case numbers(count: Int, Bounds)
    case strings(minCount: Int, maxCount: Int, TextRule)
    case object([SchemaProperty])
    case objects(minCount: Int, [SchemaProperty])
  }

  /// The key.
  public var name: String
  /// The kind of value.
  public var kind: Kind
  /// The unit, such as `yuan` or `days`; empty for plain counts and names.
  public var unit: String
  /// The default as JSON text, or `nil` if the key is required.
  public var defaultText: String?
  /// What the key means.
  public var doc: String

  /// Whether the key must be present.
  public var isRequired: Bool { defaultText == nil }

  /// The `defaultText` of an optional key whose absence means "none".
  ///
  /// Any default text in parentheses describes what absence means rather than a JSON value.
  public static let absentText = "(none)"
}

/// The rule a text value must follow.
public enum TextRule: Sendable, Equatable {
  /// An identifier: 1–64 of `A–Z a–z 0–9 _ . -`, starting with a letter or digit.
  case identifier
  /// A label shown in output: 1–64 characters, no control characters, not starting with
  /// `= + - @` (so a spreadsheet never reads it as a formula).
  case label
  /// A reference to the `id` of an entry in another list (for example `categories`).
  case reference(String)
  /// Free text up to 2,000 characters.
  case text
  /// One of a fixed list of words.
  case oneOf([String])

  /// The rule `text` breaks, as a message fragment, or `nil` if it follows it.
  func violation(_ text: String) -> String? {
    switch self {
    case .identifier, .reference:
      let allowed = text.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || $0 == "_" || $0 == "." || $0 == "-"
      }
      let startsWell = text.unicodeScalars.first.map {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
      }
      guard (1...64).contains(text.count), allowed, startsWell == true else {
        return "must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit"
      }
      return nil
    case .label:
      guard (1...64).contains(text.count) else { return "must be 1 to 64 characters" }
      if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        return "must not contain control characters"
      }
      if let first = text.first, "=+-@".contains(first) {
        return "must not start with '=', '+', '-' or '@'"
      }
      return nil
    case .text:
      return text.count <= 2000 ? nil : "must be at most 2000 characters"
    case .oneOf(let words):
      return words.contains(text)
        ? nil : "must be one of " + words.map { "'\($0)'" }.joined(separator: ", ")
    }
  }
}
