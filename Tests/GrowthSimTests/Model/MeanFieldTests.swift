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

  /// MODEL.md §3.3: with draws replaced by expectations, each day's paid visits equal the
  /// geometric adstock `A_t = x_t + θ·A_(t−1)` of the effective spend `x = spend × cpm / CPM`
  /// through the Hill curve `M·A^α / (A^α + γ^α)` — computed here independently.
  @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
  func paidVisitsEqualTheAdstockHillClosedForm(campaign: Bool, sShaped: Bool) throws {
    var scenario = try Self.scenario(budget: 3000, campaign: campaign)
    scenario.loops.learningPhase = false
    scenario.loops.ratingThrottle = false  // no score cap on the spend
    scenario.loops.creativeRefresh = false  // no creative fatigue (`PaidDynamicsTests`)
    if sShaped {
      scenario.categories[0].paidResponse.hillShape = 2.2
      scenario.categories[0].paidResponse.adstockDecay = 0.45
    }
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let response = scenario.categories[0].paidResponse
    let (maximum, gamma, alpha, theta) = (
      response.maxVisitsPerDay, response.halfSaturationSpend, response.hillShape,
      response.adstockDecay
    )
    // The CPM rises with the impressions bought per reachable person (`PaidDynamics`).
    let audience =
      1 + scenario.categories[0].paidDynamics.audienceElasticity * 3000 / response.baseCPM * 1000
      / scenario.categories[0].addressablePopulation
    var adstock = 0.0
    for day in days {
      let festival = campaign && day.day < 10 ? 1.6 : 1
      adstock = 3000 / (festival * audience) + theta * adstock
      let expected = maximum * pow(adstock, alpha) / (pow(adstock, alpha) + pow(gamma, alpha))
      #expect(
        abs(day.paidVisits - expected) <= 1e-12 * expected,
        "day \(day.day): \(day.paidVisits) vs \(expected)")
      #expect(day.adSpend == 3000)
      #expect(abs(day.cpm - response.baseCPM * festival * audience) <= 1e-12 * day.cpm)
    }
  }

  @Test func aLearningPlanPaysTheColdStartPremium() throws {
    let scenario = try Self.scenario(budget: 3000)
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    // The budget the score allows buys impressions of a 2 M audience: 3,000 yuan, 75,000
    // impressions, CPM × 1.0375 (`PaidDynamics`).
    let audience = 1 + 3000 * days[0].paidCap / 40 * 1000 / 2e6
    let base = days[0].cpm / 1.25 / audience
    #expect(days[0].paidLearning == "learning" && abs(base - 40) < 1e-12)
  }

  @Test func feedImpressionsEqualTheSharedSupplyFormula() throws {
    var scenario = try Self.scenario(budget: 0)
    scenario.loops.ratingThrottle = false
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
