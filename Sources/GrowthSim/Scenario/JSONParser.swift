/// A strict RFC 8259 JSON parser that reports the line and column of every syntax error.
///
/// Unlike `JSONDecoder` it rejects duplicate keys, keeps number literals as written and never
/// recurses deeper than `maximumDepth` levels, so hostile input cannot overflow the stack.
public enum JSONParser {
  /// The deepest nesting of arrays and objects a document may have.
  static let maximumDepth = 128

  /// Parses a whole UTF-8 document.
  ///
  /// A byte-order mark is an error (RFC 8259 §8.1 forbids adding one; Python's `json` rejects
  /// it too), with a message that says how to save the file instead.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = Parser(bytes: bytes)
    do throws(Failure) {
      return try parser.parseDocument()
    } catch {
      throw parser.syntaxError(error)
    }
  }

  /// Parses a whole document held in a string.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}

// MARK: - Parser

extension JSONParser {
  /// A recursive-descent parser over the document bytes, bounded by `maximumDepth`.
  struct Parser {
    let bytes: [UInt8]
    var position = 0
    var depth = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    /// Converts a byte-offset failure into a line-and-column error.
    func syntaxError(_ failure: Failure) -> JSONSyntaxError {
      var line = 1
      var column = 1
      var index = 0
      let end = min(failure.offset, bytes.count)
      while index < end {
        let byte = bytes[index]
        if byte == ASCII.newline {
          line += 1
          column = 1
        } else if byte == ASCII.carriageReturn {
          // A lone CR ends a line; in CR LF the LF does.
          if index + 1 >= bytes.count || bytes[index + 1] != ASCII.newline {
            line += 1
            column = 1
          }
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      return JSONSyntaxError(line: line, column: column, message: failure.message)
    }

    mutating func parseDocument() throws(Failure) -> JSONValue {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        throw Failure(
          "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM", at: 0)
      }
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        throw Failure("the file is UTF-16; save it as UTF-8", at: 0)
      }
      skipWhitespace()
      let value = try parseValue()
      skipWhitespace()
      if position < bytes.count {
        throw unexpected("trailing content after the document")
      }
      return value
    }

    mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case ASCII.space, ASCII.newline, ASCII.carriageReturn, ASCII.tab: position += 1
        default: return
        }
      }
    }

    /// The failure for an unwanted byte at `position`: end of input, a comment, invalid UTF-8,
    /// or else `message`.
    func unexpected(_ message: String) -> Failure {
      guard position < bytes.count else {
        return Failure("unexpected end of input", at: position)
      }
      let byte = bytes[position]
      if byte == ASCII.slash, position + 1 < bytes.count,
        bytes[position + 1] == ASCII.slash || bytes[position + 1] == ASCII.asterisk
      {
        return Failure("comments are not allowed", at: position)
      }
      if byte >= 0x80, utf8SequenceLength(in: bytes, at: position) == nil {
        return invalidUTF8()
      }
      return Failure(message, at: position)
    }

    /// The character at `position`, rendered for a message.
    ///
    /// Printable ASCII appears as 'x', control characters and space as U+XXXX, anything beyond
    /// ASCII as both ('“' (U+201C)). Assumes well-formed UTF-8 there.
    func characterDescription() -> String {
      let length = utf8SequenceLength(in: bytes, at: position) ?? 1
      let scalars = String(decoding: bytes[position..<position + length], as: UTF8.self)
        .unicodeScalars
      guard let scalar = scalars.first else { return "'?'" }
      let code = "U+" + JSONValue.hex4(scalar.value)
      switch scalar.value {
      case 0x21...0x7E: return "'\(scalar)'"
      case 0...0x7F: return code
      default: return "'\(scalar)' (\(code))"
      }
    }

    mutating func parseValue() throws(Failure) -> JSONValue {
      guard position < bytes.count else {
        throw Failure("unexpected end of input", at: position)
      }
      let byte = bytes[position]
      switch byte {
      case ASCII.quote:
        return .string(try parseString())
      case ASCII.leftBracket:
        return try parseArray()
      case ASCII.leftBrace:
        return try parseObject()
      case ASCII.minus, ASCII.zero...ASCII.nine:
        let (number, end) = try scanNumber(bytes, from: position)
        position = end
        return .number(number)
      case ASCII.plus:
        throw Failure("a number cannot start with '+'", at: position)
      case ASCII.period:
        throw Failure("a number cannot start with '.'", at: position)
      case ASCII.apostrophe:
        throw Failure("single quotes are not allowed (use double quotes)", at: position)
      default:
        guard isWordByte(byte) else {
          throw unexpected("unexpected character \(characterDescription())")
        }
        return try parseLiteral()
      }
    }

    /// Parses `true`, `false` or `null`, explaining NaN, Infinity and other bare words.
    mutating func parseLiteral() throws(Failure) -> JSONValue {
      let name = word(in: bytes, at: position)
      switch name {
      case "true":
        position += 4
        return .bool(true)
      case "false":
        position += 5
        return .bool(false)
      case "null":
        position += 4
        return .null
      default:
        switch name.lowercased() {
        case "nan":
          throw Failure("NaN is not valid JSON (use a number or leave the key out)", at: position)
        case "infinity", "inf":
          throw Failure(
            "Infinity is not valid JSON (use a number or leave the key out)", at: position)
        default:
          let shown = name.count > 20 ? name.prefix(20) + "…" : name
          throw Failure("invalid literal '\(shown)'", at: position)
        }
      }
    }

    mutating func enterContainer() throws(Failure) {
      guard depth < maximumDepth else {
        throw Failure("nesting deeper than \(maximumDepth) levels", at: position)
      }
      depth += 1
      position += 1
    }

    mutating func parseArray() throws(Failure) -> JSONValue {
      try enterContainer()
      defer { depth -= 1 }
      var elements: [JSONValue] = []
      skipWhitespace()
      if position < bytes.count, bytes[position] == ASCII.rightBracket {
        position += 1
        return .array(elements)
      }
      while true {
        elements.append(try parseValue())
        skipWhitespace()
        guard position < bytes.count else {
          throw Failure("unexpected end of input", at: position)
        }
        switch bytes[position] {
        case ASCII.comma:
          let comma = position
          position += 1
          skipWhitespace()
          if position < bytes.count, bytes[position] == ASCII.rightBracket {
            throw Failure("trailing comma before ']'", at: comma)
          }
        case ASCII.rightBracket:
          position += 1
          return .array(elements)
        default:
          throw unexpected("expected ',' or ']' after an array element")
        }
      }
    }

    mutating func parseObject() throws(Failure) -> JSONValue {
      try enterContainer()
      defer { depth -= 1 }
      var members: [(key: String, value: JSONValue)] = []
      // Filled only once an object is large enough for linear duplicate checks to hurt.
      var seen: Set<String> = []
      skipWhitespace()
      if position < bytes.count, bytes[position] == ASCII.rightBrace {
        position += 1
        return .object(JSONObject(members: members))
      }
      var afterComma = false
      while true {
        guard position < bytes.count, bytes[position] == ASCII.quote else {
          throw keyFailure(afterComma: afterComma)
        }
        let keyStart = position
        let key = try parseString()
        let duplicate: Bool
        if members.count < 16 {
          duplicate = members.contains { $0.key == key }
        } else {
          if seen.isEmpty {
            seen = Set(members.lazy.map(\.key))
          }
          duplicate = !seen.insert(key).inserted
        }
        if duplicate {
          throw Failure("duplicate key '\(JSONValue.escaped(key, limit: 40))'", at: keyStart)
        }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == ASCII.colon else {
          throw unexpected("expected ':' after an object key")
        }
        position += 1
        skipWhitespace()
        members.append((key: key, value: try parseValue()))
        skipWhitespace()
        guard position < bytes.count else {
          throw Failure("unexpected end of input", at: position)
        }
        switch bytes[position] {
        case ASCII.comma:
          let comma = position
          position += 1
          skipWhitespace()
          if position < bytes.count, bytes[position] == ASCII.rightBrace {
            throw Failure("trailing comma before '}'", at: comma)
          }
          afterComma = true
        case ASCII.rightBrace:
          position += 1
          return .object(JSONObject(members: members))
        default:
          throw unexpected("expected ',' or '}' after an object member")
        }
      }
    }

    /// The failure where an object key should start but no '"' is there.
    func keyFailure(afterComma: Bool) -> Failure {
      if position < bytes.count {
        let byte = bytes[position]
        if byte == ASCII.apostrophe {
          return Failure("single quotes are not allowed (use double quotes)", at: position)
        }
        if isWordByte(byte) {
          return Failure("object keys must be double-quoted strings", at: position)
        }
      }
      if afterComma {
        return unexpected("expected a double-quoted key after ','")
      }
      return unexpected("expected a double-quoted key or '}'")
    }

    /// Parses a string starting at the opening quote, decoding escapes and checking UTF-8.
    mutating func parseString() throws(Failure) -> String {
      let opening = position
      position += 1
      var segmentStart = position
      // Used only once an escape appears; unescaped strings are decoded straight from `bytes`.
      var buffer: [UInt8] = []
      var escaped = false
      while position < bytes.count {
        let byte = bytes[position]
        if byte == ASCII.quote {
          let text: String
          if escaped {
            buffer.append(contentsOf: bytes[segmentStart..<position])
            text = String(decoding: buffer, as: UTF8.self)
          } else {
            text = String(decoding: bytes[segmentStart..<position], as: UTF8.self)
          }
          position += 1
          return text
        } else if byte == ASCII.backslash {
          if !escaped {
            escaped = true
            buffer.reserveCapacity(position - segmentStart + 16)
          }
          buffer.append(contentsOf: bytes[segmentStart..<position])
          try parseEscape(into: &buffer, opening: opening)
          segmentStart = position
        } else if byte < 0x20 {
          let code = "U+" + JSONValue.hex4(UInt32(byte))
          throw Failure("control character \(code) in a string", at: position)
        } else if byte < 0x80 {
          position += 1
        } else {
          guard let length = utf8SequenceLength(in: bytes, at: position) else {
            throw invalidUTF8()
          }
          position += length
        }
      }
      throw Failure("unterminated string", at: opening)
    }

    /// The failure for a byte at `position` that does not start valid UTF-8, naming it: a
    /// file saved as Latin-1 or Windows-1252 is the usual cause.
    func invalidUTF8() -> Failure {
      let hex = String(bytes[position], radix: 16, uppercase: true)
      return Failure("invalid UTF-8 byte 0x\(hex) (save the file as UTF-8)", at: position)
    }

    /// Decodes the escape sequence at `position` (a backslash) into `buffer`.
    mutating func parseEscape(into buffer: inout [UInt8], opening: Int) throws(Failure) {
      let backslash = position
      let unpaired = "unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF need a high-low pair)"
      guard backslash + 1 < bytes.count else {
        throw Failure("unterminated string", at: opening)
      }
      let code = bytes[backslash + 1]
      position += 2
      switch code {
      case ASCII.quote, ASCII.backslash, ASCII.slash: buffer.append(code)
      case 0x62: buffer.append(0x08)  // \b
      case 0x66: buffer.append(0x0C)  // \f
      case 0x6E: buffer.append(ASCII.newline)  // \n
      case 0x72: buffer.append(ASCII.carriageReturn)  // \r
      case 0x74: buffer.append(ASCII.tab)  // \t
      case ASCII.lowerU:
        guard let unit = hexQuad() else {
          throw Failure("invalid unicode escape (expected \\u and four hex digits)", at: backslash)
        }
        var scalar = unit
        if unit >= 0xD800 && unit <= 0xDBFF {
          guard position + 1 < bytes.count, bytes[position] == ASCII.backslash,
            bytes[position + 1] == ASCII.lowerU
          else { throw Failure(unpaired, at: backslash) }
          position += 2
          guard let low = hexQuad(), low >= 0xDC00 && low <= 0xDFFF else {
            throw Failure(unpaired, at: backslash)
          }
          scalar = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
          throw Failure(unpaired, at: backslash)
        }
        appendUTF8(scalar, to: &buffer)
      default:
        position = backslash + 1
        if code >= 0x21 && code <= 0x7E {
          throw Failure("invalid escape '\\\(Character(Unicode.Scalar(code)))'", at: backslash)
        }
        if code >= 0x80, utf8SequenceLength(in: bytes, at: position) == nil {
          throw invalidUTF8()
        }
        throw Failure("invalid escape '\\' before \(characterDescription())", at: backslash)
      }
    }

    /// Reads four hexadecimal digits at `position`, advancing past them if present.
    mutating func hexQuad() -> UInt32? {
      guard position + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for offset in 0..<4 {
        guard let digit = hexValue(bytes[position + offset]) else { return nil }
        value = value << 4 | digit
      }
      position += 4
      return value
    }
  }
}
