extension JSONValue {
  /// The value as compact JSON text: `{"a":[1,2]}`, numbers exactly as their literals.
  public var jsonText: String {
    switch self {
    case .array(let elements):
      return "[" + elements.map(\.jsonText).joined(separator: ",") + "]"
    case .object(let object):
      let members = object.members.map { JSONValue.quoted($0.key) + ":" + $0.value.jsonText }
      return "{" + members.joined(separator: ",") + "}"
    default:
      return scalarText
    }
  }

  /// The value as JSON text indented by two spaces a level, one member a line.
  ///
  /// Arrays of numbers, strings, booleans and nulls stay on one line; no final newline.
  ///
  /// Parsing the text gives back an equal value, and printing that gives the same text.
  public func prettyJSONText(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .array(let elements):
      let isFlat = elements.allSatisfy {
        switch $0 {
        case .array, .object: false
        default: true
        }
      }
      if isFlat { return "[" + elements.map(\.scalarText).joined(separator: ", ") + "]" }
      let lines = elements.map { inner + $0.prettyJSONText(indent: inner) }
      return "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]"
    case .object(let object):
      guard !object.members.isEmpty else { return "{}" }
      let lines = object.members.map {
        inner + JSONValue.quoted($0.key) + ": " + $0.value.prettyJSONText(indent: inner)
      }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
    default:
      return scalarText
    }
  }

  private var scalarText: String {
    switch self {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): number.literal
    case .string(let text): JSONValue.quoted(text)
    case .array, .object: jsonText
    }
  }

  /// `text` as a JSON string literal, escaped in full.
  static func quoted(_ text: String) -> String {
    "\"" + escaped(text, limit: Int.max) + "\""
  }
}
