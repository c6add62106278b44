/// A parsed JSON document node.
///
/// Produced by `JSONParser`; numbers keep their literal text and objects keep their members in
/// document order, so later stages can report values exactly as the author wrote them.
public enum JSONValue: Sendable, Equatable {
  /// The literal `null`.
  case null
  /// The literal `true` or `false`.
  case bool(Bool)
  /// A number, with its literal text.
  case number(JSONNumber)
  /// A string, with all escapes decoded.
  case string(String)
  /// An array, in document order.
  case array([JSONValue])
  /// An object, with its members in document order.
  case object(JSONObject)

  /// The kind of value with its article, for messages like "expected a number, got a string".
  ///
  /// One of "null", "a boolean", "a number", "a string", "an array" and "an object".
  public var kindDescription: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// A short rendering of the value for error messages.
  ///
  /// Numbers appear as their literal; strings are quoted and escaped JSON-style and cut after
  /// 40 characters with "…" and their length; arrays appear as "[…]" or "[]", objects as
  /// "{…}" or "{}". A number literal longer than 200 characters is cut the same way, so no
  /// message echoes a hostile value whole.
  public var excerpt: String {
    switch self {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number):
      number.literal.utf8.count <= 200
        ? number.literal
        : String(number.literal.prefix(200)) + "… (\(number.literal.count) characters)"
    case .string(let text):
      "\"" + JSONValue.escaped(text, limit: 40) + "\""
        + (text.utf8.count > 40 && text.count > 40 ? " (\(text.count) characters)" : "")
    case .array(let elements): elements.isEmpty ? "[]" : "[…]"
    case .object(let object): object.members.isEmpty ? "{}" : "{…}"
    }
  }

  /// Escapes `text` JSON-style (quotes, backslashes, control characters), keeping at most
  /// `limit` characters and marking a cut with "…".
  static func escaped(_ text: String, limit: Int) -> String {
    var kept = Substring(text)
    var cut = false
    if let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
      end < text.endIndex
    {
      kept = text[..<end]
      cut = true
    }
    var result = ""
    for scalar in kept.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}":
        result += "\\u" + JSONValue.hex4(scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return cut ? result + "…" : result
  }

  /// Renders `value` as four upper-case hexadecimal digits, zero-padded.
  static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

/// A JSON number that keeps its literal text alongside its numeric readings.
public struct JSONNumber: Sendable, Equatable {
  /// The number exactly as written in the document, such as "1e400" or "-0".
  public var literal: String
  /// The nearest `Double`, infinite or zero when the literal is out of range.
  ///
  /// It is ±infinity when the literal overflows ("1e400") and ±0 when it underflows ("1e-400");
  /// the parser accepts both and leaves the caller to report the value as out of range.
  public var value: Double
  /// The value as an `Int` when the literal denotes an integer exactly representable in `Int`
  /// ("3", "3.0", "1e2", "-0"), otherwise nil ("1.5", "9223372036854775808", "1e400").
  public var exactInteger: Int?

  /// Creates a number from a strict JSON number literal, or returns nil if `literal` is not one
  /// (no surrounding whitespace, no "+", no leading zeros, no hexadecimal).
  public init?(literal: String) {
    let bytes = Array(literal.utf8)
    guard let scanned = try? JSONParser.scanNumber(bytes, from: 0), scanned.end == bytes.count
    else { return nil }
    self = scanned.number
  }

  /// Creates a number from already-computed parts; the parser vouches for their consistency.
  init(literal: String, value: Double, exactInteger: Int?) {
    self.literal = literal
    self.value = value
    self.exactInteger = exactInteger
  }
}

/// A JSON object: members in document order, keys unique (duplicates are a parse error).
public struct JSONObject: Sendable, Equatable {
  /// The members in document order.
  public var members: [(key: String, value: JSONValue)]

  /// Creates an object from members in order; keys should be unique (lookups find the first).
  public init(members: [(key: String, value: JSONValue)] = []) {
    self.members = members
  }

  /// The value of the member named `key`, or nil if there is none.
  public subscript(key: String) -> JSONValue? {
    for member in members where member.key == key {
      return member.value
    }
    return nil
  }

  /// The member names in document order.
  public var keys: [String] {
    members.map(\.key)
  }

  /// Two objects are equal when they have equal members in the same order.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.members.count == rhs.members.count else { return false }
    for (left, right) in zip(lhs.members, rhs.members)
    where left.key != right.key || left.value != right.value {
      return false
    }
    return true
  }
}

/// A JSON syntax error with the 1-based line and column where it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in Unicode scalars of the line, not bytes.
  public var column: Int
  /// A lowercase description of the problem, such as "duplicate key 'days'".
  public var message: String

  /// Creates an error at `line` and `column` (both 1-based) with `message`.
  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// The error as "line:column: message".
  public var description: String {
    "\(line):\(column): \(message)"
  }
}
