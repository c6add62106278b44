import Foundation

/// Renders the scenario format as a JSON Schema (draft 2020-12) and as a Markdown reference.
///
/// Both come from `Scenario.schema`, which the loader's own reading code records, so editors,
/// docs and the loader agree by construction.
public enum ScenarioSchema {
  /// The JSON Schema text, pretty-printed with two-space indentation.
  public static var jsonSchema: String {
    var root: [(String, SchemaNode)] = [
      ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      ("title", .string("growthsim scenario, format version \(Scenario.formatVersion)")),
    ]
    root += objectMembers(Scenario.schema)
    return SchemaNode.object(root).text(indent: "") + "\n"
  }

  /// A Markdown table with one row per key, addressed by JSON Pointer (`*` for any index).
  public static var markdownReference: String {
    var lines = [
      "| key | type | unit | default | allowed | meaning |",
      "| --- | --- | --- | --- | --- | --- |",
    ]
    func walk(_ properties: [SchemaProperty], _ prefix: String) {
      for property in properties {
        let path = "\(prefix)/\(property.name)"
        let defaultText =
          property.defaultText.map { $0.hasPrefix("(") ? $0 : "`\($0)`" }
          ?? "required"
        let cells = [
          "`\(path)`", typeName(property.kind), property.unit, defaultText,
          allowed(property.kind), property.doc,
        ]
        lines.append(
          "| "
            + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: " | ") + " |")
        switch property.kind {
        case .object(let children): walk(children, path)
        case .objects(_, let children): walk(children, path + "/*")
        default: break
        }
      }
    }
    walk(Scenario.schema, "")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func typeName(_ kind: SchemaProperty.Kind) -> String {
    switch kind {
    case .number: return "number"
    case .integer: return "integer"
    case .boolean: return "boolean"
    case .string: return "string"
    case .date: return "date"
    case .numbers(let count, _): return "\(count) numbers"
    case .strings: return "array of strings"
    case .object: return "object"
    case .objects: return "array of objects"
    }
  }

  private static func allowed(_ kind: SchemaProperty.Kind) -> String {
    switch kind {
    case .number(let bounds), .numbers(_, let bounds): return interval(bounds)
    case .integer(let lower, let upper): return "\(lower) … \(upper)"
    case .boolean: return "true, false"
    case .date: return "`YYYY-MM-DD`"
    case .object: return ""
    case .objects(let minCount, _): return minCount > 0 ? "at least \(minCount)" : ""
    case .strings(let minCount, let maxCount, let rule):
      return "\(minCount) to \(maxCount), each " + allowed(.string(rule))
    case .string(let rule):
      switch rule {
      case .identifier: return "1–64 of `A–Z a–z 0–9 _ . -`"
      case .reference(let list): return "an `id` in `/\(list)`"
      case .label: return "1–64 characters, not starting with `= + - @`"
      case .text: return "up to 2000 characters"
      case .oneOf(let words): return words.map { "`\($0)`" }.joined(separator: ", ")
      }
    }
  }

  private static func interval(_ bounds: Bounds) -> String {
    let lower = bounds.lower.map { (bounds.lowerIsExclusive ? "> " : "≥ ") + Bounds.text($0) }
    let upper = bounds.upper.map { (bounds.upperIsExclusive ? "< " : "≤ ") + Bounds.text($0) }
    return [lower, upper].compactMap { $0 }.joined(separator: ", ")
  }

  private static func objectMembers(_ properties: [SchemaProperty]) -> [(String, SchemaNode)] {
    let required = properties.filter(\.isRequired).map { SchemaNode.string($0.name) }
    var members: [(String, SchemaNode)] = [("type", .string("object"))]
    if !required.isEmpty { members.append(("required", .array(required))) }
    members.append(("additionalProperties", .bool(false)))
    members.append(
      ("properties", .object(properties.map { ($0.name, node(for: $0)) })))
    return members
  }

  private static func node(for property: SchemaProperty) -> SchemaNode {
    var members: [(String, SchemaNode)] = []
    let unit = property.unit.isEmpty ? "" : " Unit: \(property.unit)."
    members.append(("description", .string(property.doc + unit)))
    members += constraints(property.kind)
    // An object's default is its members' defaults, described on the members.
    let isObject: Bool
    if case .object = property.kind { isObject = true } else { isObject = false }
    if !isObject, let text = property.defaultText, let value = try? JSONParser.parse(text) {
      members.append(("default", .raw(value)))
    }
    return .object(members)
  }

  private static func constraints(_ kind: SchemaProperty.Kind) -> [(String, SchemaNode)] {
    switch kind {
    case .number(let bounds): return [("type", .string("number"))] + limits(bounds)
    case .integer(let lower, let upper):
      return [
        ("type", .string("integer")), ("minimum", .integer(lower)), ("maximum", .integer(upper)),
      ]
    case .boolean: return [("type", .string("boolean"))]
    case .date:
      return [
        ("type", .string("string")), ("format", .string("date")),
        ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
      ]
    case .numbers(let count, let bounds):
      return [
        ("type", .string("array")), ("minItems", .integer(count)), ("maxItems", .integer(count)),
        ("items", .object([("type", .string("number"))] + limits(bounds))),
      ]
    case .object(let children): return objectMembers(children)
    case .objects(let minCount, let children):
      return [
        ("type", .string("array")), ("minItems", .integer(minCount)),
        ("items", .object(objectMembers(children))),
      ]
    case .strings(let minCount, let maxCount, let rule):
      return [
        ("type", .string("array")), ("minItems", .integer(minCount)),
        ("maxItems", .integer(maxCount)), ("items", .object(constraints(.string(rule)))),
      ]
    case .string(let rule):
      var members: [(String, SchemaNode)] = [("type", .string("string"))]
      switch rule {
      case .identifier, .reference:
        members.append(("pattern", .string("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")))
      case .label:
        members += [
          ("minLength", .integer(1)), ("maxLength", .integer(64)),
          ("pattern", .string("^[^=+@\\-]")),
        ]
      case .text: members.append(("maxLength", .integer(2000)))
      case .oneOf(let words): members.append(("enum", .array(words.map { .string($0) })))
      }
      return members
    }
  }

  private static func limits(_ bounds: Bounds) -> [(String, SchemaNode)] {
    var members: [(String, SchemaNode)] = []
    if let lower = bounds.lower {
      members.append((bounds.lowerIsExclusive ? "exclusiveMinimum" : "minimum", .number(lower)))
    }
    if let upper = bounds.upper {
      members.append((bounds.upperIsExclusive ? "exclusiveMaximum" : "maximum", .number(upper)))
    }
    return members
  }
}

/// A JSON tree for writing the schema, member order as given.
private indirect enum SchemaNode {
  case object([(String, SchemaNode)])
  case array([SchemaNode])
  case string(String)
  case number(Double)
  case integer(Int)
  case bool(Bool)
  case raw(JSONValue)

  func text(indent: String) -> String {
    let inner = indent + "  "
    switch self {
    case .object(let members):
      guard !members.isEmpty else { return "{}" }
      let body = members.map { "\(inner)\(SchemaNode.quote($0.0)): \($0.1.text(indent: inner))" }
      return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
    case .array(let elements):
      guard !elements.isEmpty else { return "[]" }
      if elements.allSatisfy({ if case .string = $0 { true } else { false } }) {
        return "[" + elements.map { $0.text(indent: inner) }.joined(separator: ", ") + "]"
      }
      return "[\n" + elements.map { inner + $0.text(indent: inner) }.joined(separator: ",\n")
        + "\n\(indent)]"
    case .string(let text): return SchemaNode.quote(text)
    case .number(let value): return Bounds.text(value)
    case .integer(let value): return String(value)
    case .bool(let value): return String(value)
    case .raw(let value): return SchemaNode.render(value)
    }
  }

  static func render(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return String(flag)
    case .number(let number): return number.literal
    case .string(let text): return quote(text)
    case .array(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
    case .object: return "{}"
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
