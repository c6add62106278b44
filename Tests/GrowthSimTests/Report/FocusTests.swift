import Testing

@testable import GrowthSim

/// `--at` and `--window`: days from 0 or dates, campaign windows, and the figures over them.
@Suite struct FocusTests {
  static let start = CivilDate(year: 2026, month: 7, day: 1)
  static let campaigns = [ReportContext.Window(label: "818", from: 44, to: 50)]

  static func parse(_ text: String, window: Bool = false) throws -> FocusSpan {
    try FocusSpan.parse(text, isWindow: window, start: start, days: 90, campaigns: campaigns)
  }

  @Test func daysCountFromZeroAndDatesNameTheirDay() throws {
    #expect(try Self.parse("0") == FocusSpan(from: 0, to: 0, label: "0"))
    #expect(try Self.parse("30").from == 30)
    #expect(try Self.parse("2026-07-31").from == 30)
    #expect(try Self.parse("2026-07-31").heading(start: Self.start) == "day 30 (2026-07-31)")
    #expect(try Self.parse("10..12", window: true) == FocusSpan(from: 10, to: 12, label: "10..12"))
    #expect(try Self.parse("2026-07-02..5", window: true).from == 1)
    #expect(try Self.parse("818", window: true) == FocusSpan(from: 44, to: 50, label: "818"))
  }

  @Test func daysOutsideTheRunAndUnknownNamesAreRefused() {
    #expect(throws: ReportError.self) { try Self.parse("90") }
    #expect(throws: ReportError.self) { try Self.parse("-1") }
    #expect(throws: ReportError.self) { try Self.parse("2026-06-30") }
    #expect(throws: ReportError.self) { try Self.parse("5..3", window: true) }
    #expect(throws: ReportError.self) { try Self.parse("618", window: true) }
    do {
      _ = try Self.parse("618", window: true)
    } catch {
      #expect("\(error)".contains("one of 818"))
    }
  }

  @Test func flowsAreSummedLevelsReadOnTheLastDayAndStockOutsCounted() {
    // Two replications × three days: gmv, followers, SKUs out of stock.
    let totals = DailyTotals(
      start: Self.start, metrics: ["gmv_cny", "followers", "skus_out_of_stock"],
      values: [
        [[10, 100, 0], [20, 110, 0], [30, 120, 1]],
        [[12, 100, 0], [22, 105, 0], [32, 115, 0]],
      ])
    let window = FocusFigures(totals, span: FocusSpan(from: 1, to: 2, label: "1..2"))
    #expect(window.rows.map(\.metric) == ["gmv_cny", "followers"])
    #expect(window.rows[0].mean == 52)
    // Type 7 between the two replications' sums, 50 and 54.
    #expect(abs(window.rows[0].p05 - 50.2) < 1e-9 && abs(window.rows[0].p95 - 53.8) < 1e-9)
    #expect(window.rows[1].mean == 117.5 && window.rows[1].isLevel)
    #expect(window.stockOutProbability == 0.5)
    let day = FocusFigures(totals, span: FocusSpan(from: 1, to: 1, label: "1"))
    #expect(day.rows[0].mean == 21)
    #expect(day.stockOutProbability == 0)
    #expect(day.text.contains("figures on day 1 (2026-07-02)"))
  }

  @Test func numbersAreFixedAndGrouped() {
    #expect(HTMLText.number(1_234_567.891, places: 2) == "1\u{2009}234\u{2009}567.89")
    #expect(HTMLText.number(1234) == "1234")
    #expect(HTMLText.number(-0.004, places: 2) == "0")
    #expect(HTMLText.number(-12.5, places: 1) == "-12.5")
    #expect(HTMLText.number(.nan) == "–")
    #expect(HTMLText.escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
  }
}
