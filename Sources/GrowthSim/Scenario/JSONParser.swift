/// A strict RFC 8259 JSON parser that reports the line and column of every syntax error.
///
/// Unlike `JSONDecoder` it rejects duplicate keys, keeps number literals as written and never
/// recurses deeper than `maximumDepth` levels, so hostile input cannot overflow the stack.
public enum JSONParser {
  /// The deepest nesting of arrays and objects a document may have.
  static let maximumDepth = 128

  /// Parses a whole UTF-8 document; a leading UTF-8 byte-order mark is skipped.
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

// MARK: - Internals

extension JSONParser {
  /// A syntax error located by byte offset; turned into line and column only when thrown out.
  struct Failure: Error {
    var message: String
    var offset: Int

    init(_ message: String, at offset: Int) {
      self.message = message
      self.offset = offset
    }
  }

  /// ASCII code units used by the grammar.
  enum ASCII {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let apostrophe: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let upperE: UInt8 = 0x45
    static let upperX: UInt8 = 0x58
    static let leftBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rightBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let lowerE: UInt8 = 0x65
    static let lowerU: UInt8 = 0x75
    static let lowerX: UInt8 = 0x78
    static let leftBrace: UInt8 = 0x7B
    static let rightBrace: UInt8 = 0x7D
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= ASCII.zero && byte <= ASCII.nine
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == ASCII.underscore || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46: UInt32(byte - 0x41 + 10)
    case 0x61...0x66: UInt32(byte - 0x61 + 10)
    default: nil
    }
  }

  /// The run of ASCII letters, digits and underscores starting at `start`.
  static func word(in bytes: [UInt8], at start: Int) -> String {
    var end = start
    while end < bytes.count, isWordByte(bytes[end]) {
      end += 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The length of the well-formed UTF-8 sequence starting at `start` (Unicode Table 3-7), or
  /// nil if the bytes there are not well-formed.
  static func utf8SequenceLength(in bytes: [UInt8], at start: Int) -> Int? {
    let lead = bytes[start]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return nil
    }
    guard start + length <= bytes.count else { return nil }
    let second = bytes[start + 1]
    guard second >= low && second <= high else { return nil }
    for offset in 2..<length where bytes[start + offset] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  /// Appends the UTF-8 encoding of a valid scalar value to `buffer`.
  static func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      buffer.append(UInt8(scalar))
    case 0x80..<0x800:
      buffer.append(UInt8(0xC0 | scalar >> 6))
      buffer.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      buffer.append(UInt8(0xE0 | scalar >> 12))
      buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | scalar & 0x3F))
    default:
      buffer.append(UInt8(0xF0 | scalar >> 18))
      buffer.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      buffer.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      buffer.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// Scans a number literal starting at `start` (a '-' or a digit) under the RFC 8259 grammar.
  static func scanNumber(
    _ bytes: [UInt8], from start: Int
  ) throws(Failure) -> (number: JSONNumber, end: Int) {
    var position = start
    func peek() -> UInt8? {
      position < bytes.count ? bytes[position] : nil
    }
    let negative = peek() == ASCII.minus
    if negative {
      position += 1
    }
    guard let first = peek(), isDigit(first) else {
      if let next = peek(), isWordByte(next) {
        let name = word(in: bytes, at: position).lowercased()
        if name == "infinity" || name == "inf" {
          throw Failure("Infinity is not valid JSON", at: start)
        }
      }
      throw Failure("expected a digit after '-'", at: position)
    }
    let integerStart = position
    position += 1
    if first == ASCII.zero {
      if let next = peek() {
        if isDigit(next) {
          throw Failure("leading zeros are not allowed", at: integerStart)
        }
        if next == ASCII.lowerX || next == ASCII.upperX {
          throw Failure("hexadecimal numbers are not allowed", at: start)
        }
      }
    } else {
      while let next = peek(), isDigit(next) {
        position += 1
      }
    }
    let integer = integerStart..<position
    var fraction = position..<position
    if peek() == ASCII.period {
      position += 1
      let fractionStart = position
      guard let next = peek(), isDigit(next) else {
        throw Failure("expected a digit after '.'", at: position)
      }
      while let next = peek(), isDigit(next) {
        position += 1
      }
      fraction = fractionStart..<position
    }
    var exponent = 0
    if peek() == ASCII.lowerE || peek() == ASCII.upperE {
      position += 1
      var exponentNegative = false
      if peek() == ASCII.plus || peek() == ASCII.minus {
        exponentNegative = peek() == ASCII.minus
        position += 1
      }
      guard let next = peek(), isDigit(next) else {
        throw Failure("expected a digit in the exponent", at: position)
      }
      while let next = peek(), isDigit(next) {
        // Saturate: anything this large is already infinite or zero as a Double.
        exponent = min(exponent * 10 + Int(next - ASCII.zero), 1_000_000_000)
        position += 1
      }
      if exponentNegative {
        exponent = -exponent
      }
    }
    let literal = String(decoding: bytes[start..<position], as: UTF8.self)
    // Double(String) accepts every literal of this grammar; it returns ±inf on overflow and
    // ±0 on underflow rather than nil, so the fallback is unreachable.
    let value = Double(literal) ?? 0
    let exact = exactInteger(
      bytes, negative: negative, integer: integer, fraction: fraction, exponent: exponent)
    return (JSONNumber(literal: literal, value: value, exactInteger: exact), position)
  }

  /// The exact `Int` value of the literal's digits, or nil if it is not an integer that fits.
  ///
  /// The value is `integer`.`fraction` × 10^`exponent`, negated if `negative`.
  static func exactInteger(
    _ bytes: [UInt8], negative: Bool, integer: Range<Int>, fraction: Range<Int>, exponent: Int
  ) -> Int? {
    let total = integer.count + fraction.count
    func digit(_ index: Int) -> Int {
      let offset =
        index < integer.count
        ? integer.lowerBound + index : fraction.lowerBound + index - integer.count
      return Int(bytes[offset] - ASCII.zero)
    }
    var first = 0
    while first < total, digit(first) == 0 {
      first += 1
    }
    if first == total {
      return 0
    }
    var last = total
    while digit(last - 1) == 0 {
      last -= 1
    }
    // The significant digits first..<last, times ten to the power `scale`.
    let scale = exponent - fraction.count + (total - last)
    guard scale >= 0, last - first + scale <= 19 else { return nil }
    // Accumulate negatively so that Int.min is reachable.
    var result = 0
    for index in first..<last {
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      let (next, underflow) = shifted.subtractingReportingOverflow(digit(index))
      guard !overflow, !underflow else { return nil }
      result = next
    }
    for _ in 0..<scale {
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      result = shifted
    }
    if negative {
      return result
    }
    return result == Int.min ? nil : -result
  }
}

// MARK: - Parser

extension JSONParser {
  /// A recursive-descent parser over the document bytes, bounded by `maximumDepth`.
  struct Parser {
    let bytes: [UInt8]
    /// The offset of the first byte after any byte-order mark.
    let origin: Int
    var position: Int
    var depth = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
      let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
      origin = hasBOM ? 3 : 0
      position = origin
    }

    /// Converts a byte-offset failure into a line-and-column error.
    func syntaxError(_ failure: Failure) -> JSONSyntaxError {
      var line = 1
      var column = 1
      var index = origin
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
        return Failure("invalid UTF-8", at: position)
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
          throw Failure("Infinity is not valid JSON", at: position)
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
            throw Failure("invalid UTF-8", at: position)
          }
          position += length
        }
      }
      throw Failure("unterminated string", at: opening)
    }

    /// Decodes the escape sequence at `position` (a backslash) into `buffer`.
    mutating func parseEscape(into buffer: inout [UInt8], opening: Int) throws(Failure) {
      let backslash = position
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
          throw Failure("invalid unicode escape", at: backslash)
        }
        var scalar = unit
        if unit >= 0xD800 && unit <= 0xDBFF {
          guard position + 1 < bytes.count, bytes[position] == ASCII.backslash,
            bytes[position + 1] == ASCII.lowerU
          else { throw Failure("invalid unicode escape", at: backslash) }
          position += 2
          guard let low = hexQuad(), low >= 0xDC00 && low <= 0xDFFF else {
            throw Failure("invalid unicode escape", at: backslash)
          }
          scalar = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
          throw Failure("invalid unicode escape", at: backslash)
        }
        appendUTF8(scalar, to: &buffer)
      default:
        position = backslash + 1
        if code >= 0x21 && code <= 0x7E {
          throw Failure("invalid escape '\\\(Character(Unicode.Scalar(code)))'", at: backslash)
        }
        if code >= 0x80, utf8SequenceLength(in: bytes, at: position) == nil {
          throw Failure("invalid UTF-8", at: position)
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
