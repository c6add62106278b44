import Foundation
import Testing

@testable import GrowthSim

/// Paid traffic that saturates and tires (PARAMETERS §6.8): CPM with the audience share and
/// budget jumps, creative fatigue and its loop switch, paid video views, learning per plan —
/// each exact in mean field.
@Suite struct PaidDynamicsTests {
  /// The mean-field paid-only merchant of `MeanFieldTests`, 20 days, no learning, no score cap.
  static func scenario(
    budget: Double = 3000, days: Int = 20, patch: (inout [String: Any]) throws -> Void = { _ in }
  ) throws -> Scenario {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["calendar"] = ["startDate": "2026-07-01", "days": days]
    document["categories"] = [
      [
        "id": "apparel", "shelfVisitsPerDay": 0, "followRate": 0, "followerOpenShare": 0,
        "followerShareInLivePerHour": 0, "conversionRate": 0,
      ]
    ]
    document["policies"] = [["id": "steady", "ads": ["dailyBudget": budget]]]
    document["loops"] = ["learningPhase": false, "ratingThrottle": false]
    document = try TestFixtures.patched(document, at: "/merchants/0/followers", json: "0")
    try patch(&document)
    return try TestFixtures.scenario(document)
  }

  /// CPM × (1 + a · impressions at the base CPM / reachable audience), nothing sold (F = 0).
  static func audience(_ budget: Double, _ scenario: Scenario) -> Double {
    let category = scenario.categories[0]
    return 1 + category.paidDynamics.audienceElasticity * budget / category.paidResponse.baseCPM
      * 1000 / category.addressablePopulation
  }

  static func isClose(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
  }

  @Test(arguments: [3000.0, 40_000])
  func cpmRisesWithTheShareOfTheAudienceBought(budget: Double) throws {
    let scenario = try Self.scenario(budget: budget)
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let expected = 40 * Self.audience(budget, scenario)
    for day in days {
      #expect(Self.isClose(day.cpm, expected), "day \(day.day): \(day.cpm) vs \(expected)")
    }
    // 40,000 yuan buys a million impressions of a 2 M audience: +50 %.
    if budget == 40_000 { #expect(Self.isClose(expected, 60)) }
  }

  /// budget_scaling (§6.8): doubling the budget raises cost 20–40 % for about 48 hours.
  @Test func doublingTheBudgetRaisesCPMForAboutTwoDays() throws {
    let scenario = try Self.scenario(budget: 3000) { document in
      document["policies"] = [
        [
          "id": "steady", "ads": ["dailyBudget": 3000],
          "phases": [["name": "double", "fromDay": 10, "ads": ["dailyBudget": 6000]]],
        ]
      ]
    }
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let before = 40 * Self.audience(3000, scenario)
    let after = 40 * Self.audience(6000, scenario)
    #expect(Self.isClose(days[9].cpm, before))
    for day in 10...11 {
      let premium = days[day].cpm / after - 1
      #expect(premium >= 0.2 && premium <= 0.4, "day \(day): +\(premium)")
      #expect(Self.isClose(days[day].cpm, after * 1.3), "day \(day): \(days[day].cpm)")
    }
    for day in 12..<days.count {
      #expect(Self.isClose(days[day].cpm, after), "day \(day): \(days[day].cpm) vs \(after)")
    }
    // The jump buys fewer visits than the same budget two days later.
    #expect(days[11].paidVisits < days[12].paidVisits)
  }

  /// With no new videos the creative ages and paid click-through decays to its floor; each
  /// day's paid visits are the Hill closed form times max(floor, e^(−decay · age)).
  @Test func withoutNewVideosPaidClickThroughDecays() throws {
    let scenario = try Self.scenario(budget: 3000)
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let response = scenario.categories[0].paidResponse
    let dynamics = scenario.categories[0].paidDynamics
    let cpm = 40 * Self.audience(3000, scenario)
    var adstock = 0.0
    for day in days {
      adstock = 3000 * 40 / cpm + response.adstockDecay * adstock
      let hill = response.maxVisitsPerDay * adstock / (adstock + response.halfSaturationSpend)
      let clicks = max(dynamics.creativeFloor, exp(-dynamics.creativeDecayPerDay * Double(day.day)))
      #expect(day.creativeAgeDays == day.day)
      #expect(Self.isClose(day.paidClickMultiplier, clicks))
      #expect(
        Self.isClose(day.paidVisits, hill * clicks), "day \(day.day): \(day.paidVisits)")
    }
    // From day 2 the adstock is almost steady, so visits fall with the creative's age …
    for day in 2..<7 { #expect(days[day + 1].paidVisits < days[day].paidVisits) }
    // … to the floor: CTR 6 % → 2.1 % by day 7 (creative_life).
    #expect(Self.isClose(days[8].paidClickMultiplier, 0.35))
    #expect(days[15].paidVisits < 0.5 * days[1].paidVisits)
  }

  @Test func newVideosOrTheLoopSwitchKeepTheCreativeFresh() throws {
    let fresh = try Self.scenario { document in
      document["policies"] = [
        ["id": "steady", "ads": ["dailyBudget": 3000], "content": ["videosPerDay": 1]]
      ]
    }
    let switchedOff = try Self.scenario { document in
      document["loops"] = [
        "learningPhase": false, "ratingThrottle": false, "creativeRefresh": false,
      ]
    }
    for scenario in [fresh, switchedOff] {
      let days = RunResult.run(scenario, jobs: 1).days[0][0]
      #expect(days.allSatisfy { $0.paidClickMultiplier == 1 })
      #expect(days[15].paidVisits > days[5].paidVisits * 0.999)
    }
  }

  @Test func adOnlyCreativesRefreshEveryFewDaysAtTheCostOfAVideo() throws {
    let scenario = try Self.scenario { document in
      document["policies"] = [
        [
          "id": "steady", "ads": ["dailyBudget": 3000, "creativeEveryDays": 3],
          "content": ["costPerVideo": 250],
        ]
      ]
    }
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let decay = scenario.categories[0].paidDynamics.creativeDecayPerDay
    for day in days {
      #expect(day.creativeAgeDays == day.day % 3, "day \(day.day)")
      #expect(Self.isClose(day.paidClickMultiplier, exp(-decay * Double(day.day % 3))))
      #expect(day.marketingCost == (day.day % 3 == 0 ? 250 : 0), "day \(day.day)")
      #expect(day.videoViews == 0)
    }
  }

  @Test func videoShareBuysShortVideoViewsAtTheDaysCPM() throws {
    let scenario = try Self.scenario(budget: 4000) { document in
      document["policies"] = [["id": "steady", "ads": ["dailyBudget": 4000, "videoShare": 0.25]]]
      // No cart orders from the views, so nobody is reached and the audience stays whole.
      document = try TestFixtures.patched(
        document, at: "/categories/0/video", json: #"{"cartOrdersPerView": 0}"#)
    }
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let cpm = 40 * Self.audience(4000, scenario)
    let response = scenario.categories[0].paidResponse
    #expect(Self.isClose(days[0].paidVideoViews, 1000 / cpm * 1000))
    #expect(days[0].videoViews >= days[0].paidVideoViews)
    #expect(Self.isClose(days[0].adSpend, 4000))
    // The live room gets the other 3,000 yuan.
    let adstock = 3000 * 40 / cpm
    let hill = response.maxVisitsPerDay * adstock / (adstock + response.halfSaturationSpend)
    #expect(Self.isClose(days[0].paidVisits, hill))
    #expect(days[0].videoVisits > 0)
  }

  /// learn_conv per plan: the same conversions split over more plans take longer to learn.
  @Test func eachPlanLearnsOnItsShareOfTheConversions() {
    func exitDay(plans: Int) -> Int? {
      var plan = PaidPlan(mode: .fixed(dailyBudget: 2000))
      plan.plans = plans
      for day in 0..<10 {
        _ = plan.budget(day: day, isBanned: false)
        plan.close(day: day, spend: 2000, conversions: 30, gmv: 6000)
        if !plan.isLearning { return plan.learning == .stable ? day : nil }
      }
      return nil
    }
    #expect(exitDay(plans: 1) == 0)  // 30 ≥ 20 on the first day
    #expect(exitDay(plans: 2) == 1)  // 15 a day: 30 in two days
    #expect(exitDay(plans: 4) == 2)  // 7.5 a day: 22.5 in three days
    #expect(exitDay(plans: 5) == nil)  // 6 a day: 18 in any three days, fails after 7
  }

  /// Q12: cold start 3–5 days; on the default (four plans of 500 yuan) learning lasts 2–5 days.
  @Test func theDefaultLearnsForTwoToFiveDays() throws {
    var scenario = try Scenario.decode(from: Array(DefaultScenario.json.utf8))
    scenario.calendar.days = 15
    let result = RunResult.run(scenario, jobs: 2)
    for replication in result.days {
      let states = replication[0].map(\.paidLearning)
      let learned = try #require(states.firstIndex(of: "stable"), "\(states)")
      #expect((2...5).contains(learned), "\(states)")
      #expect(states[..<learned].allSatisfy { $0 == "learning" })
    }
  }
}
