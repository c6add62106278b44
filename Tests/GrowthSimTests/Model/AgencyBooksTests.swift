import Testing

@testable import GrowthSim

/// The agency's own books (`AgencyBooks`, `providers.csv`'s cost and margin columns,
/// `summary.csv`'s contribution).
@Suite struct AgencyBooksTests {
  /// `count` merchants of one provider with `staff` people at 500 yuan a day, 1 merchant each,
  /// 300 yuan a day of other costs and every fee kind on.
  static func scenario(merchants count: Int, staff: Int, replications: Int = 1) throws
    -> Scenario
  {
    var document = try ProviderTests.document(merchants: count, capacity: staff)
    var provider = (document["providers"] as? [[String: Any]])?[0] ?? [:]
    provider["staffCostPerDay"] = 500
    provider["otherCostPerDay"] = 300
    provider["adServiceFeeRate"] = 0.1
    document["providers"] = [provider]
    document["experiment"] = ["meanField": true, "replications": replications]
    return try TestFixtures.scenario(document)
  }

  @Test func feeIncomeIsTheSumOfTheMerchantsFeesByKind() throws {
    let result = RunResult.run(try Self.scenario(merchants: 3, staff: 2), jobs: 1)
    let rows = ProviderTable.rows(of: result)
    for row in rows {
      let records = result.days[0].map { $0[row.day] }
      func sum(_ fee: (DayRecord) -> Double) -> Double { records.reduce(0) { $0 + fee($1) } }
      #expect(abs(row.fees - sum(\.providerFees)) < 1e-9)
      #expect(abs(row.fixedFee - sum(\.providerFixedFee)) < 1e-9)
      #expect(abs(row.commission - sum(\.providerCommission)) < 1e-9)
      #expect(abs(row.adFee - sum(\.providerAdFee)) < 1e-9)
    }
    // Every kind of fee is charged over the run, so each sum is tested on real amounts.
    #expect(rows.allSatisfy { $0.fixedFee > 0 })
    #expect(rows.contains { $0.commission > 0 } && rows.contains { $0.adFee > 0 })
  }

  @Test func eachDaysMarginIsFeesLessStaffAndOtherCosts() throws {
    let rows = ProviderTable.rows(
      of: RunResult.run(try Self.scenario(merchants: 3, staff: 2), jobs: 1))
    for row in rows {
      #expect(row.staffCost == 2 * 500 && row.otherCost == 300)
      #expect(abs(row.margin - (row.fixedFee + row.commission + row.adFee - 1_300)) < 1e-9)
    }
    // The written columns carry the same identity.
    let table = ProviderTable.columns
    let margin = try #require(table.first { $0.name == "margin_cny" }?.value)
    #expect(abs((margin(rows[4]) ?? .nan) - rows[4].margin) < 0.01)
  }

  @Test func theMerchantsContributionsSumToTheAgencysMargin() throws {
    let result = RunResult.run(try Self.scenario(merchants: 3, staff: 2, replications: 2), jobs: 1)
    let summaries = SummaryTable.rows(of: result)
    let providerRows = ProviderTable.rows(of: result)
    for replication in 0..<2 {
      let mine = summaries.filter { $0.replication == replication }.map(\.summary)
      let contributions = mine.reduce(0) { $0 + $1.providerFees - $1.providerCost }
      let margin = providerRows.filter { $0.replication == replication }.reduce(0) {
        $0 + $1.margin
      }
      #expect(abs(contributions - margin) < 1e-6 * max(1, abs(margin)))
      // Equal shares: every merchant carries a third of the team's cost.
      let days = Double(result.scenario.calendar.days)
      #expect(mine.allSatisfy { abs($0.providerCost - days * 1_300 / 3) < 1e-6 })
    }
    let sweepMargin = try #require(
      SweepMetric.agencyMargin.value(summaries.prefix(3).map(\.summary)))
    let margin0 = providerRows.filter { $0.replication == 0 }.reduce(0) { $0 + $1.margin }
    #expect(abs(sweepMargin - margin0) < 1e-6 * max(1, abs(margin0)))
  }

  @Test func utilisationAboveCapacityDilutesTheLiftAsDocumented() throws {
    let crowded = try Self.scenario(merchants: 4, staff: 1)
    let row = try #require(ProviderTable.rows(of: RunResult.run(crowded, jobs: 1)).first)
    // 4 merchants for a capacity of 1: utilisation 4, each merchant gets a quarter of a lift.
    #expect(row.capacity == 1 && Double(row.merchants) / row.capacity == 4)
    #expect(row.staffShare == 0.25 && ResolvedScenario(crowded).staffShare[0] == 0.25)
    let provider = crowded.providers[0]
    #expect(
      provider.staffShare(staff: 1, serving: 4) == 0.25
        && provider.staffShare(staff: 1, serving: 1) == 1)
    // own + cooperation × share × (provider − own) — live operation 0.3 → 0.9, cooperation 0.7.
    let effective = 0.3 + 0.7 * 0.25 * 0.6
    let effects = ResolvedScenario(crowded).providerEffects[0]
    #expect(abs(effects.liveConversion - (0.8 + 0.4 * effective) / (0.8 + 0.4 * 0.3)) < 1e-12)
  }

  @Test func moreStaffRaiseStaffCostLinearly() throws {
    let costs = try [1, 2, 5].map { staff in
      try #require(
        ProviderTable.rows(
          of: RunResult.run(try Self.scenario(merchants: 2, staff: staff), jobs: 1)
        ).first
      ).staffCost
    }
    #expect(costs == [500, 1_000, 2_500])
  }

  @Test func aHiringPlanChangesCostAndDilutionFromItsDate() throws {
    var document = try ProviderTests.document(merchants: 4, capacity: 1)
    var provider = (document["providers"] as? [[String: Any]])?[0] ?? [:]
    provider["staffCostPerDay"] = 500
    provider["staffPlan"] = [["from": "2026-07-05", "staff": 4]]
    document["providers"] = [provider]
    let hiring = RunResult.run(try TestFixtures.scenario(document), jobs: 1)
    let flat = RunResult.run(try ProviderTests.scenario(merchants: 4, capacity: 1), jobs: 1)
    let rows = ProviderTable.rows(of: hiring)
    #expect(rows[3].staff == 1 && rows[3].staffCost == 500 && rows[3].staffShare == 0.25)
    #expect(rows[4].staff == 4 && rows[4].staffCost == 2_000 && rows[4].staffShare == 1)
    // The same days until the step; from it on, the full lift (a larger feed weight) draws
    // more visits (orders are capped by the fixture's small stock).
    #expect(hiring.days[0][0][3].visits == flat.days[0][0][3].visits)
    #expect(hiring.days[0][0][4].visits > flat.days[0][0][4].visits * 1.05)
  }

  @Test func hiringPlanDatesMustRise() throws {
    var document = try ProviderTests.document(merchants: 1, capacity: 1)
    var provider = (document["providers"] as? [[String: Any]])?[0] ?? [:]
    provider["staffPlan"] = [
      ["from": "2026-07-05", "staff": 4], ["from": "2026-07-05", "staff": 5],
    ]
    document["providers"] = [provider]
    #expect(throws: ScenarioLoadError.self) { try TestFixtures.scenario(document) }
  }
}
