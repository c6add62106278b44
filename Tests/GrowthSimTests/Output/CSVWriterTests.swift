import Testing

@testable import GrowthSim

@Suite struct CSVWriterTests {
  static func cell(_ write: (inout CSVWriter) -> Void) -> String {
    var writer = CSVWriter()
    write(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test(
    arguments: [
      (12.5, 2, "12.5"), (3.0, 2, "3"), (0.125, 2, "0.13"), (-0.125, 2, "-0.13"),
      (-0.001, 2, "0"), (1e-7, 4, "0"), (0.00001, 6, "0.00001"), (1234567.891, 2, "1234567.89"),
      (1e20, 2, "100000000000000000000"), (-2.5e19, 0, "-25000000000000000000"),
      (Double((1 << 53) + 1), 0, "9007199254740992"), (0.1 + 0.2, 4, "0.3"), (-0.0, 2, "0"),
      (1.5e13, 4, "15000000000000"), (1e22, 2, "10000000000000000000000"),
      (0x1p80, 0, "1208925819614629174706176"), (-0x1p64, 2, "-18446744073709551616"),
      (1_234_567_890_123.456_7, 4, "1234567890123.457"),
    ] as [(Double, Int, String)])
  func numbersArePlainDecimalsWithoutExponents(value: Double, places: Int, expected: String) {
    #expect(Self.cell { $0.number(value, places: places) } == expected)
  }

  @Test func nonFiniteAndMissingNumbersLeaveTheCellEmpty() {
    #expect(
      Self.cell {
        $0.number(.nan, places: 2); $0.number(nil, places: 2); $0.number(.infinity, places: 1)
      } == ",,")
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(1)", "'@SUM(1)"), ("\ttab", "'\ttab"),
    ("＝1", "'＝1"), ("服装", "服装"), ("", ""),
  ])
  func textIsQuotedPerRFC4180AndFormulasAreNeutralised(text: String, expected: String) {
    #expect(Self.cell { $0.text(text) } == expected)
  }

  @Test func rowsAreCommaSeparatedAndNewlineTerminated() {
    let bytes = Self.cell {
      $0.header(["a", "b"])
      $0.integer(-3)
      $0.unsigned(UInt64.max)
      $0.endRow()
    }
    #expect(bytes == "a,b\n-3,18446744073709551615\n")
  }
}

@Suite struct CSVWriterBufferTests {
  @Test(arguments: [
    CivilDate(year: 2026, month: 7, day: 1), CivilDate(year: 987, month: 12, day: 31),
    CivilDate(year: 10000, month: 1, day: 9),
  ])
  func datesAreWrittenAsTheirDescription(date: CivilDate) {
    #expect(
      CSVWriterTests.cell {
        $0.text("x"); $0.date(date)
      } == "x," + date.description)
  }

  @Test func bytesAreExactWithinARowAndAtItsEnd() {
    var writer = CSVWriter()
    writer.number(1.5, places: 2)
    writer.text("a")
    let within = writer.bytes
    writer.endRow()
    let ended = writer.bytes
    #expect(String(decoding: within, as: UTF8.self) == "1.5,a")
    #expect(String(decoding: ended, as: UTF8.self) == "1.5,a\n" && writer.count == 6)
  }

  @Test func aLargeTableGrowsItsBufferAndKeepsEveryByte() {
    // Far beyond the first reservation, with cells of every kind.
    var writer = CSVWriter()
    var expected = ""
    for row in 0..<20_000 {
      writer.integer(-row)
      writer.number(Double(row) / 8, places: 2)
      writer.text(row % 3 == 0 ? "a,b" : "plain")
      writer.endRow()
      let quarter = ["", ".13", ".25", ".38", ".5", ".63", ".75", ".88"][row % 8]
      expected +=
        "\(row == 0 ? "0" : "-\(row)"),\(row / 8)\(quarter),\(row % 3 == 0 ? "\"a,b\"" : "plain")\n"
    }
    let count = writer.count
    let copied = writer.bytes
    let taken = writer.takeBytes()
    #expect(copied == taken && taken.count == count)
    #expect(String(decoding: taken, as: UTF8.self) == expected)
    #expect(writer.count == 0 && writer.bytes.isEmpty)
  }

  @Test func growingCostsInProportionToTheBytesWritten() {
    // Rows of 20 to 1,000 bytes, short and long mixed. The spare room zero-filled as the
    // buffer grows stays within a few times the bytes written; growing by the buffer's own
    // size once filled it all again at every row (about 10⁹ bytes here: quadratic).
    var writer = CSVWriter()
    for row in 0..<20_000 {
      writer.integer(row)
      writer.text(String(repeating: "x", count: row % 7 == 0 ? 1_000 : 20 + row % 50))
      writer.endRow()
    }
    #expect(writer.count > 1_000_000)
    #expect(writer.zeroFilled <= 3 * writer.count)
  }
}
