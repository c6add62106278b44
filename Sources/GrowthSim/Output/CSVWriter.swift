/// Builds RFC 4180 CSV in a byte buffer: a header row, `\n` line ends, plain decimal numbers.
///
/// Numbers are formatted by hand (fixed places, trailing zeros trimmed, never an exponent,
/// never NaN or Inf), so the bytes are the same on every machine and locale. Text cells are
/// neutralised against spreadsheet formula injection (OWASP "CSV Injection").
public struct CSVWriter: Sendable {
  /// The buffer: `count` bytes written, then, within a row, zeros of spare room that `write`
  /// fills in place (no per-cell copy or capacity check); `endRow` trims them.
  private var storage: [UInt8] = []
  /// The number of bytes written so far.
  public private(set) var count = 0
  private var isAtRowStart = true
  /// The bytes of spare room zero-filled so far: the cost of growing, which stays
  /// proportional to the bytes written (checked by a test).
  private(set) var zeroFilled = 0
  /// The length of the last row ended, with its line end.
  private var lastRowLength = 0
  private var rowStart = 0

  /// The spare room one growth adds, at most (more for a longer cell).
  private static let zeros = [UInt8](repeating: 0, count: 1024)

  /// The bytes written so far: no copy at the end of a row, a copy within one.
  public var bytes: [UInt8] { count == storage.count ? storage : Array(storage[..<count]) }

  /// The bytes written so far, without copying them; the writer is left empty.
  public mutating func takeBytes() -> [UInt8] {
    storage.removeSubrange(count...)
    count = 0
    rowStart = 0
    isAtRowStart = true
    defer { storage = [] }
    return storage
  }

  /// Writes at most `maximum` bytes at the end: `body` gets where to start and returns how
  /// many it wrote.
  private mutating func write(
    atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int
  ) {
    if count + maximum > storage.count {
      // Room for about a row, zero-filled by one copy (element by element, TSan made the
      // parallel suites crawl). No more: `endRow` trims the spare room, so growing by the
      // buffer's own size zero-filled the whole buffer again at every row, a cost quadratic
      // in the table's size; the array doubles its capacity by itself.
      // The last row's length and an eighth, so a row like it grows the buffer once.
      let room = max(maximum, min(Self.zeros.count, 16 + lastRowLength + lastRowLength / 8))
      if room <= Self.zeros.count {
        storage.append(contentsOf: Self.zeros[..<room])
      } else {
        storage.append(contentsOf: [UInt8](repeating: 0, count: room))
      }
      zeroFilled += room
    }
    let start = count
    count += storage.withUnsafeMutableBufferPointer { buffer in
      // `buffer` has at least `maximum` bytes after `start`, checked above.
      guard let base = buffer.baseAddress else { return 0 }
      return body(base + start)
    }
  }

  private mutating func append(_ byte: UInt8) {
    write(atMost: 1) {
      $0.pointee = byte
      return 1
    }
  }

  private mutating func append(contentsOf text: String.UTF8View) {
    // `nil` when the text has no contiguous storage: then byte by byte.
    let copied: Void? = text.withContiguousStorageIfAvailable { source in
      write(atMost: source.count) { target in
        if let base = source.baseAddress { target.update(from: base, count: source.count) }
        return source.count
      }
    }
    if copied == nil {
      for byte in text { append(byte) }
    }
  }

  /// Creates an empty writer.
  public init() {}

  /// Appends a text cell, quoting it when needed and prefixing `'` to a leading
  /// `= + - @`, tab, CR or LF (and their full-width forms) so it stays inert.
  public mutating func text(_ value: String) {
    separate()
    // Most cells (ids, dates, phases) need neither: copy their bytes in one go.
    let isPlain = value.utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first else { return true }
      return first < 0x80 && !Self.isFormulaStart(first) && !bytes.contains(where: Self.needsQuotes)
    }
    if isPlain == true {
      append(contentsOf: value.utf8)
      return
    }
    var cell = value
    if let first = cell.unicodeScalars.first, Self.formulaStarts.unicodeScalars.contains(first) {
      cell = "'" + cell
    }
    if cell.utf8.contains(where: Self.needsQuotes) {
      append(UInt8(ascii: "\""))
      for byte in cell.utf8 {
        if byte == UInt8(ascii: "\"") { append(byte) }
        append(byte)
      }
      append(UInt8(ascii: "\""))
    } else {
      append(contentsOf: cell.utf8)
    }
  }

  /// The first characters that make a spreadsheet run a cell as a formula.
  ///
  /// They are `= + - @`, tab, CR, LF and the full-width forms of the first four. A text cell
  /// starting with one gets a leading `'` (and `merge` refuses a part whose text cell lacks it).
  static let formulaStarts = "=+-@\t\r\n\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}"

  private static func isFormulaStart(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "@") || byte == 9 || byte == 10 || byte == 13
  }

  private static func needsQuotes(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 10 || byte == 13
  }

  /// Appends an integer cell.
  public mutating func integer(_ value: Int) {
    appendDecimal(
      whole: UInt64(value.magnitude), negative: value < 0 && value != 0, separated: takeSeparator())
  }

  /// Appends an unsigned integer cell (seeds).
  public mutating func unsigned(_ value: UInt64) {
    appendDecimal(whole: value, negative: false, separated: takeSeparator())
  }

  /// Appends a JSON number literal exactly as written (`2000`, `-0.5`, `1e-07`): the value a
  /// sweep parameter was set to, so the cell reproduces it exactly.
  public mutating func numberLiteral(_ number: JSONNumber) {
    separate()
    append(contentsOf: number.literal.utf8)
  }

  /// 10^`places` for 0…9, each exact in a double (a switch: no global to initialise).
  private static func powerOfTen(_ places: Int) -> Double {
    switch places {
    case 0: 1
    case 1: 1e1
    case 2: 1e2
    case 3: 1e3
    case 4: 1e4
    case 5: 1e5
    case 6: 1e6
    case 7: 1e7
    case 8: 1e8
    default: 1e9
    }
  }

  /// `magnitude` as whole units and `places` decimals: a division by a constant per case,
  /// which compiles to a multiplication.
  private static func split(_ magnitude: UInt64, places: Int) -> (UInt64, UInt64) {
    switch places {
    case 0: (magnitude, 0)
    case 1: magnitude.quotientAndRemainder(dividingBy: 10)
    case 2: magnitude.quotientAndRemainder(dividingBy: 100)
    case 3: magnitude.quotientAndRemainder(dividingBy: 1000)
    case 4: magnitude.quotientAndRemainder(dividingBy: 10000)
    case 5: magnitude.quotientAndRemainder(dividingBy: 100_000)
    case 6: magnitude.quotientAndRemainder(dividingBy: 1_000_000)
    case 7: magnitude.quotientAndRemainder(dividingBy: 10_000_000)
    case 8: magnitude.quotientAndRemainder(dividingBy: 100_000_000)
    default: magnitude.quotientAndRemainder(dividingBy: 1_000_000_000)
    }
  }

  /// Appends `value` rounded half away from zero to `places` decimals.
  ///
  /// Trailing zeros and a bare point are trimmed (`12.50` → `12.5`, `3.00` → `3`). A
  /// non-finite value is written as an empty cell, which pandas and R read as missing.
  public mutating func number(_ value: Double?, places: Int) {
    guard let value, value.isFinite else { return separate() }
    let (places, scale) = Self.decimals(of: value, places: places)
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard abs(scaled) < 9.0e18 else {
      separate()
      appendHugeInteger(value.rounded(.toNearestOrAwayFromZero))
      return
    }
    let units = Int64(scaled)
    let (whole, fractionPart) = Self.split(units.magnitude, places: places)
    var fraction = fractionPart
    var digits = places
    if fraction > 0 {
      while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
    } else {
      digits = 0
    }
    appendDecimal(
      whole: whole, negative: units < 0, fraction: fraction, digits: digits,
      separated: takeSeparator())
  }

  /// Appends `[,][-]whole[.fraction]`, the fraction written with exactly `digits` digits (none
  /// when `digits` is 0), straight into the buffer, right to left.
  private mutating func appendDecimal(
    whole: UInt64, negative: Bool, fraction: UInt64 = 0, digits: Int = 0, separated: Bool
  ) {
    var wholeDigits = 1
    var rest = whole
    while rest >= 10 {
      rest /= 10
      wholeDigits += 1
    }
    let prefix = (separated ? 1 : 0) + (negative ? 1 : 0)
    let length = prefix + wholeDigits + (digits > 0 ? digits + 1 : 0)
    write(atMost: length) { target in
      var end = length
      if digits > 0 {
        Self.putDigits(fraction, count: digits, before: &end, in: target)
        end -= 1
        target[end] = UInt8(ascii: ".")
      }
      Self.putDigits(whole, count: wholeDigits, before: &end, in: target)
      if negative { target[prefix - 1] = UInt8(ascii: "-") }
      if separated { target[0] = UInt8(ascii: ",") }
      return length
    }
  }

  /// Writes the last `count` decimal digits of `value`, zero-padded, right to left before
  /// `end`, and moves `end` to the first of them: two digits per division, from a table.
  private static func putDigits(
    _ value: UInt64, count: Int, before end: inout Int, in target: UnsafeMutablePointer<UInt8>
  ) {
    var remaining = value
    var left = count
    while left >= 2 {
      let pair = Int(truncatingIfNeeded: remaining % 100) &* 2
      remaining /= 100
      end -= 2
      target[end] = digitPairs[pair]
      target[end + 1] = digitPairs[pair + 1]
      left -= 2
    }
    if left == 1 {
      end -= 1
      target[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
    }
  }

  /// "00" "01" … "99" in static memory (a literal: nothing to initialise at run time).
  private static var digitPairs: UnsafePointer<UInt8> {
    let pairs: StaticString =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    return pairs.utf8Start
  }

  /// Appends a date cell: the same text as `date.description`, `YYYY-MM-DD`, without
  /// building a string for it.
  public mutating func date(_ date: CivilDate) {
    guard (0...9999).contains(date.year), (1...12).contains(date.month), (1...31).contains(date.day)
    else {
      text(date.description)
      return
    }
    separate()
    write(atMost: 10) { target in
      var end = 10
      for (value, width) in [(date.day, 2), (date.month, 2), (date.year, 4)] {
        if end < 10 {
          end -= 1
          target[end] = UInt8(ascii: "-")
        }
        Self.putDigits(UInt64(value), count: width, before: &end, in: target)
      }
      return 10
    }
  }

  /// Reserves room for `total` bytes in all, so a large table grows its buffer once.
  public mutating func reserveCapacity(_ total: Int) {
    storage.reserveCapacity(total)
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
    var places = places
    var scale = powerOfTen(places)
    // Keep the scaled value within 2^53, where doubles are exact integers: huge values
    // give up decimals rather than print digits they do not have.
    while places > 0, abs(value * scale) >= 0x1p53 {
      places -= 1
      scale = powerOfTen(places)
    }
    return (places, scale)
  }

  /// Ends the current row.
  public mutating func endRow() {
    append(10)
    isAtRowStart = true
    if storage.count > count { storage.removeLast(storage.count - count) }
    lastRowLength = count - rowStart
    rowStart = count
  }

  /// Appends a header row.
  public mutating func header(_ columns: [String]) {
    for column in columns { text(column) }
    endRow()
  }

  private mutating func separate() {
    if takeSeparator() { append(UInt8(ascii: ",")) }
  }

  /// Whether the next cell needs a comma before it; it then no longer starts the row.
  private mutating func takeSeparator() -> Bool {
    defer { isAtRowStart = false }
    return !isAtRowStart
  }

  /// Integers beyond Int64: such a double is exactly `significand × 2^exponent`, so its
  /// digits come out exactly from a small big-integer in base 10⁹ doubled `exponent` times.
  private mutating func appendHugeInteger(_ value: Double) {
    if value < 0 { append(UInt8(ascii: "-")) }
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
    appendDecimal(whole: top, negative: false, separated: false)
    for limb in limbs.dropLast().reversed() {
      let text = String(limb)
      for _ in text.utf8.count..<9 { append(UInt8(ascii: "0")) }
      append(contentsOf: text.utf8)
    }
  }
}
