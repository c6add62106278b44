// The lexical helpers of `JSONParser`: located failures, byte classes, UTF-8, numbers.

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
          throw Failure("Infinity is not valid JSON (use a number or leave the key out)", at: start)
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
