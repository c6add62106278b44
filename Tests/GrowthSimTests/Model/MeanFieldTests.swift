import Foundation
import Testing

@testable import GrowthSim

/// With every draw replaced by its expectation, channels equal their formulas exactly.
@Suite struct MeanFieldTests {
  /// One merchant, no followers, no shelf traffic, no sales: feed and paid visits only.
  static func scenario(budget: Double = 3000, campaign: Bool = false, rooms: Int = 1) throws
    -> Scenario
  {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["categories"] = [
      [
        "id": "apparel", "shelfVisitsPerDay": 0, "followRate": 0, "followerOpenShare": 0,
        "followerShareInLivePerHour": 0,
        // No sales, so no buyer ever reduces the unreached share 1 − F below 1.
        "conversionRate": 0,
      ]
    ]
    document["policies"] = [["id": "steady", "ads": ["dailyBudget": budget]]]
    if campaign {
      document["campaigns"] = [
        [
          "id": "818", "start": "2026-07-01", "end": "2026-07-10", "trafficMultiplier": 2,
          "competitionMultiplier": 1.5, "cpmMultiplier": 1.6,
        ]
      ]
    }
    let merchant = (document["merchants"] as? [[String: Any]])?[0] ?? [:]
    document["merchants"] = (0..<rooms).map { index -> [String: Any] in
      var copy = merchant
      copy["id"] = "m\(index)"
      copy["followers"] = 0
      return copy
    }
    return try TestFixtures.scenario(document)
  }

  @Test(arguments: [false, true])
  func paidVisitsEqualSpendOverCPMTimesClickThrough(campaign: Bool) throws {
    let scenario = try Self.scenario(campaign: campaign)
    let day = RunResult.run(scenario, jobs: 1).days[0][0][0]
    let category = scenario.categories[0]
    let cpm = category.cpm * (campaign ? 1.6 : 1)
    let expected = 3000 / cpm * 1000 * category.adClickThroughRate
    #expect(abs(day.paidVisits - expected) <= 1e-9 * expected, "\(day.paidVisits) vs \(expected)")
    #expect(day.adSpend == 3000)
  }

  @Test func feedImpressionsEqualTheSharedSupplyFormula() throws {
    let scenario = try Self.scenario(budget: 0)
    let day = RunResult.run(scenario, jobs: 1).days[0][0][0]
    let platform = scenario.platform
    let category = scenario.categories[0]
    let weight = 0.5 + scenario.merchants[0].hostSkill
    let supplyTotal = platform.diurnalProfile.reduce(0, +)
    let competitionMean = platform.competitionProfile.reduce(0, +) / 24
    // Four hours from 19:00 in 15-minute ticks: S·w / (B + w) per tick.
    var expected = 0.0
    for tick in 0..<16 {
      let hour = 19 + tick / 4
      let supply = category.liveImpressionsPerDay * platform.diurnalProfile[hour] / supplyTotal / 4
      let background =
        category.backgroundRooms * platform.competitionProfile[hour] / competitionMean
      expected += supply * weight / (background + weight)
    }
    #expect(abs(day.feedImpressions - expected) <= 1e-9 * expected)
    #expect(abs(day.feedVisits - expected * category.entryRate) <= 1e-9 * expected)
  }

  @Test func roomsLiveAtTheSameHourShareTheFeed() throws {
    let alone = RunResult.run(try Self.scenario(budget: 0), jobs: 1).days[0][0][0]
    let crowded = RunResult.run(try Self.scenario(budget: 0, rooms: 50), jobs: 1).days[0]
    #expect(crowded[0][0].feedImpressions < alone.feedImpressions)
    #expect(crowded[0][0].feedImpressions == crowded[49][0].feedImpressions)
  }

  @Test func aCampaignBringsMoreFeedTraffic() throws {
    let normal = RunResult.run(try Self.scenario(budget: 0), jobs: 1).days[0][0][0]
    let festival = RunResult.run(try Self.scenario(budget: 0, campaign: true), jobs: 1)
      .days[0][0][0]
    #expect(festival.feedImpressions > normal.feedImpressions)
    #expect(festival.campaign == "818")
  }

  @Test func meanFieldRunsIgnoreTheSeed() throws {
    var scenario = try Self.scenario()
    let first = RunResult.run(scenario, jobs: 1)
    scenario.experiment.seed = 999
    let second = RunResult.run(scenario, jobs: 1)
    #expect(first.days == second.days)
  }
}
