import Foundation
import Testing

@testable import GrowthSim

/// Observed files: both layouts, dashboard headers, skipped days, and every bad input with its
/// exact message.
@Suite struct ObservedSeriesTests {
  /// Two merchants, 10 days from 2026-07-01.
  static let scenario: Scenario = {
    let text = #"""
      {"version":1,"name":"two","calendar":{"startDate":"2026-07-01","days":10},
       "categories":[{"id":"c"}],"policies":[{"id":"p"}],
       "merchants":[{"id":"a","category":"c","policy":"p","skus":[{"id":"s","price":10,"stock":5,"unitCost":4}]},
                    {"id":"b","category":"c","policy":"p","skus":[{"id":"s","price":10,"stock":5,"unitCost":4}]}]}
      """#
    do {
      return try Scenario.decode(from: Array(text.utf8))
    } catch {
      preconditionFailure("fixture: \(error)")
    }
  }()

  static func parse(_ text: String) throws(ObservedSeries.Failure) -> ObservedSeries {
    try ObservedSeries.parse(Array(text.utf8), for: scenario)
  }

  @Test func aTidyFileGivesOneSeriesPerMetricAndMerchant() throws {
    let series = try Self.parse(
      "date,merchant,metric,value\n2026-07-02,a,gmv_cny,100\n2026-07-01,a,gmv_cny,50\n"
        + "2026-07-01,b,orders,3\n2026-07-03,a,gmv_cny,\n")
    #expect(series.series.count == 2)
    #expect(series.series[0].metric == "gmv_cny" && series.series[0].merchant == "a")
    #expect(series.series[0].days == [0, 1] && series.series[0].values == [50, 100])
    #expect(series.series[1].metric == "orders" && series.series[1].values == [3])
    #expect(series.count == 3)
  }

  @Test func aDashboardExportWithChineseHeadersAndUnitsReads() throws {
    let series = try Self.parse(
      "\u{FEFF}日期,成交金额(元),成交订单数,千川消耗（元）,粉丝数\r\n"
        + "2026/7/1,\"¥1,234.5\",12,-,1.2万\r\n20260702,2000,--,500,12500\r\n")
    #expect(series.series.map(\.metric) == ["gmv_cny", "orders", "followers", "ad_spend_cny"])
    #expect(series.series[0].values == [1234.5, 2000])
    #expect(series.series[1].days == [0])
    #expect(series.series[2].values == [12000, 12500])
    #expect(series.series[3].days == [1])
    #expect(series.series.allSatisfy { $0.merchant == nil })
  }

  @Test func englishDashboardHeadersAndPercentagesRead() throws {
    let series = try Self.parse("Date,GMV (CNY),Orders,Ad ROI\n2026-07-05,10,1,250%\n")
    #expect(series.series.map(\.metric) == ["gmv_cny", "orders", "paid_roi"])
    #expect(series.series[2].values == [2.5])
  }

  @Test(arguments: [
    (
      "date,gvm_cny\n2026-07-01,1\n",
      "1: unknown metric column (see docs/calibration.md for the names; did you mean 'gmv_cny'?), "
        + "got \"gvm_cny\""
    ),
    (
      "date,metric,value\n2026-07-01,happiness,1\n",
      "2: unknown metric (see docs/calibration.md for the names), got \"happiness\""
    ),
    (
      "date,gmv_cny\n2026-08-01,1\n",
      "2: date must lie within the run's horizon 2026-07-01 to 2026-07-10, got \"2026-08-01\""
    ),
    ("date,gmv_cny\n7/1/2026,1\n", "2: date must be a date such as 2026-07-01, got \"7/1/2026\""),
    ("date,gmv_cny\n2026-07-01,lots\n", "2: gmv_cny must be a number, got \"lots\""),
    (
      "date,gmv_cny\n2026-07-01,1\n2026-07-01,2\n",
      "3: repeats the gmv_cny on 2026-07-01 given on line 2, got \"2\""
    ),
    (
      "date,merchant,gmv_cny\n2026-07-01,c,1\n",
      "2: merchant must be one of the scenario's merchants (a, b), got \"c\""
    ),
    ("date,gmv_cny\n2026-07-01,1,2\n", "2: expected 2 fields as in the header, got 3"),
    ("gmv_cny\n1\n", "1: needs a date column (date or 日期), got the header \"gmv_cny\""),
    ("", "1: expected a header line (date and metric columns), got an empty file"),
    (
      "date,gmv_cny\n2026-07-01,\n", "2: holds no value to fit (every cell is empty), got 2 line(s)"
    ),
  ])
  func aBadFileNamesTheLineTheRuleAndTheValue(text: String, message: String) throws {
    let failure = try #require(throws: ObservedSeries.Failure.self) { try Self.parse(text) }
    #expect(failure.lines(file: "f.csv") == "f.csv:\(message)\n")
  }

  @Test func bytesThatAreNotUTF8AreRefusedWithTheirLine() throws {
    let bytes = Array("date,gmv_cny\n2026-07-01,".utf8) + [0xB3, 0xC9, 0x0A]
    let failure = try #require(throws: ObservedSeries.Failure.self) {
      try ObservedSeries.parse(bytes, for: Self.scenario)
    }
    #expect(
      failure.lines(file: "f.csv")
        == "f.csv:2: must be UTF-8 text (save the export as CSV UTF-8), got the byte 0xB3\n")
  }

  @Test func everyProblemIsReportedUpToALimit() throws {
    let rows = (1...30).map { _ in "2026-07-01,x\n" }.joined()
    let failure = try #require(throws: ObservedSeries.Failure.self) {
      try Self.parse("date,gmv_cny\n" + rows)
    }
    #expect(failure.issues.count == ObservedSeries.maximumIssues + 1)
    #expect(failure.issues.last?.message == "(10 more issue(s) not shown)")
  }
}
