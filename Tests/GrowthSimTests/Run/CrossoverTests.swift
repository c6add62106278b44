import Testing

@testable import GrowthSim

@Suite struct CrossoverTests {
  @Test(
    arguments: [
      ([1.0, 2, 3], 0 as Int?),
      ([-1.0, -2, 3, 4], 2),
      ([-1.0, 2, -3, 4, 5], 3),
      ([1.0, 2, -1], nil),
      ([-1.0, -2, -3], nil),
      ([0.0, 1, 0], nil),
      ([0.0, 1], 1),
      ([Double](), nil),
    ] as [([Double], Int?)])
  func theCrossoverIsTheFirstDayOfTheFinalLead(leads: [Double], day: Int?) {
    #expect(Crossover.day(leads) == day)
  }

  @Test func theReportFindsTheCrossoverAndWhoEndsAhead() throws {
    var scenario = try PolicyComparisonTests.scenario("funnel-wins", replications: 3)
    scenario.calendar.days = 10
    let report = ComparisonReport(
      try PolicyComparison.run(scenario, policies: ["snowball", "funnel"], jobs: 1))
    #expect(report.summary.map(\.policy) == ["snowball", "funnel"])
    #expect(report.summary[1].crossoverShare == 1 && report.summary[1].probabilityAhead == 1)
    #expect(report.summary[0].profitDifference == .init([0, 0, 0]))
    // The verdict is on the settled profit: the crossover is read from its daily lead.
    let leads = report.daily.filter {
      $0.metric == "cumulative_profit_settled_cny" && $0.policy == "funnel"
    }.map(\.difference.mean)
    #expect(report.summary[1].crossover?.mean == Double(Crossover.day(leads) ?? -1))
    let rows = report.daily.filter { $0.metric == "cumulative_profit_cny" && $0.day == 9 }
    #expect(abs(rows[1].difference.mean - report.summary[1].profitDifference.mean) < 1e-6)
    #expect(report.daily.count == 10 * 2 * ComparisonReport.metrics.count)
    let ci = try #require(report.summary[1].profitDifferenceCI90)
    let mean = report.summary[1].profitDifference.mean
    #expect(ci.low < mean && mean < ci.high && ci.low > 0)
    let roi = report.daily.first { $0.metric == "paid_roi" && $0.policy == "funnel" }
    #expect((roi?.value.mean ?? 0) > 0)
    // The settled lead: the last day's settled profits, paired; below the running profit
    // for both, as refunds are due at the horizon.
    let settled = report.daily.filter {
      $0.metric == "cumulative_profit_settled_cny" && $0.day == 9
    }
    #expect(abs(settled[1].difference.mean - report.summary[1].settledDifference.mean) < 1e-6)
    #expect(report.summary[0].settledDifference == .init([0, 0, 0]))
    for row in report.summary {
      #expect(row.settledProfit.mean < row.profit.mean, "\(row.policy)")
    }
    #expect(report.summary[1].settledDifferenceCI90 != nil)
    // After clearance: the last day's figures, paired; never above the settled profit, as the
    // stock left is written down and the returns due are cleared instead of resold.
    let cleared = report.daily.filter {
      $0.metric == "cumulative_profit_after_clearance_cny" && $0.day == 9
    }
    #expect(
      abs(cleared[1].difference.mean - report.summary[1].afterClearanceDifference.mean) < 1e-6)
    #expect(report.summary[1].afterClearanceDifferenceCI90 != nil)
    for row in report.summary {
      #expect(row.afterClearanceProfit.mean <= row.settledProfit.mean, "\(row.policy)")
    }
  }
}
