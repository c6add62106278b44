/// Builds RFC 4180 CSV in a byte buffer: a header row, `\n` line ends, plain decimal numbers.
///
/// Numbers are formatted by hand (fixed places, trailing zeros trimmed, never an exponent,
/// never NaN or Inf), so the bytes are the same on every machine and locale. Text cells are
/// neutralised against spreadsheet formula injection (OWASP "CSV Injection").
public struct CSVWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  private var isAtRowStart = true

  /// Creates an empty writer.
  public init() {}

  /// Appends a text cell, quoting it when needed and prefixing `'` to a leading
  /// `= + - @`, tab, CR or LF (and their full-width forms) so it stays inert.
  public mutating func text(_ value: String) {
    separate()
    var cell = value
    if let first = cell.unicodeScalars.first,
      "=+-@\t\r\n\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars.contains(first)
    {
      cell = "'" + cell
    }
    let needsQuotes = cell.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    }
    if needsQuotes {
      bytes.append(UInt8(ascii: "\""))
      for byte in cell.utf8 {
        if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        bytes.append(byte)
      }
      bytes.append(UInt8(ascii: "\""))
    } else {
      bytes.append(contentsOf: cell.utf8)
    }
  }

  /// Appends an integer cell.
  public mutating func integer(_ value: Int) {
    separate()
    appendDigits(of: UInt64(value.magnitude), negative: value < 0)
  }

  /// Appends an unsigned integer cell (seeds).
  public mutating func unsigned(_ value: UInt64) {
    separate()
    appendDigits(of: value, negative: false)
  }

  /// Appends a JSON number literal exactly as written (`2000`, `-0.5`, `1e-07`): the value a
  /// sweep parameter was set to, so the cell reproduces it exactly.
  public mutating func numberLiteral(_ number: JSONNumber) {
    separate()
    bytes.append(contentsOf: number.literal.utf8)
  }

  /// Appends `value` rounded half away from zero to `places` decimals.
  ///
  /// Trailing zeros and a bare point are trimmed (`12.50` → `12.5`, `3.00` → `3`). A
  /// non-finite value is written as an empty cell, which pandas and R read as missing.
  public mutating func number(_ value: Double?, places: Int) {
    separate()
    guard let value, value.isFinite else { return }
    let (places, scale) = Self.decimals(of: value, places: places)
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9.0e18 else {
      appendHugeInteger(value.rounded(.toNearestOrAwayFromZero))
      return
    }
    let units = Int64(scaled)
    let magnitude = units.magnitude
    let divisor = UInt64(scale)
    var fraction = magnitude % divisor
    if units < 0 { bytes.append(UInt8(ascii: "-")) }
    appendDigits(of: magnitude / divisor, negative: false)
    guard fraction > 0 else { return }
    var digits = places
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    bytes.append(UInt8(ascii: "."))
    var text: [UInt8] = []
    for _ in 0..<digits {
      text.append(UInt8(ascii: "0") + UInt8(fraction % 10))
      fraction /= 10
    }
    bytes.append(contentsOf: text.reversed())
  }

  /// `value` as `number(_:places:)` writes it, read back (`nil` for an empty cell): the
  /// printed integer of units over 10^places, a correctly rounded division, is the double a
  /// CSV reader parses from the cell.
  public static func rounded(_ value: Double?, places: Int) -> Double? {
    guard let value, value.isFinite else { return nil }
    let (_, scale) = decimals(of: value, places: places)
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9.0e18 else { return value.rounded(.toNearestOrAwayFromZero) }
    return scaled / scale
  }

  /// The decimals `value` is written with, and 10 to their power.
  private static func decimals(of value: Double, places: Int) -> (places: Int, scale: Double) {
    precondition((0...9).contains(places), "places must be 0…9, got \(places)")
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    // Keep the scaled value within 2^53, where doubles are exact integers: huge values
    // give up decimals rather than print digits they do not have.
    var places = places
    while places > 0, abs(value * scale) >= 0x1p53 {
      places -= 1
      scale /= 10
    }
    return (places, scale)
  }

  /// Ends the current row.
  public mutating func endRow() {
    bytes.append(10)
    isAtRowStart = true
  }

  /// Appends a header row.
  public mutating func header(_ columns: [String]) {
    for column in columns { text(column) }
    endRow()
  }

  private mutating func separate() {
    if !isAtRowStart { bytes.append(UInt8(ascii: ",")) }
    isAtRowStart = false
  }

  private mutating func appendDigits(of value: UInt64, negative: Bool) {
    if negative && value != 0 { bytes.append(UInt8(ascii: "-")) }
    var remaining = value
    var text: [UInt8] = []
    repeat {
      text.append(UInt8(ascii: "0") + UInt8(remaining % 10))
      remaining /= 10
    } while remaining > 0
    bytes.append(contentsOf: text.reversed())
  }

  /// Integers beyond Int64: such a double is exactly `significand × 2^exponent`, so its
  /// digits come out exactly from a small big-integer in base 10⁹ doubled `exponent` times.
  private mutating func appendHugeInteger(_ value: Double) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = abs(value)
    let exponent = Int(magnitude.exponent) - Double.significandBitCount
    var limbs: [UInt64] = []  // base 10⁹, least significant first
    var significand = magnitude.significandBitPattern | (1 << UInt64(Double.significandBitCount))
    while significand > 0 {
      limbs.append(significand % 1_000_000_000)
      significand /= 1_000_000_000
    }
    for _ in 0..<max(0, exponent) {
      var carry: UInt64 = 0
      for index in limbs.indices {
        let doubled = limbs[index] * 2 + carry
        limbs[index] = doubled % 1_000_000_000
        carry = doubled / 1_000_000_000
      }
      if carry > 0 { limbs.append(carry) }
    }
    guard let top = limbs.last else { return }
    appendDigits(of: top, negative: false)
    for limb in limbs.dropLast().reversed() {
      let text = String(limb)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - text.utf8.count))
      bytes.append(contentsOf: text.utf8)
    }
  }
}
