import Foundation
import Testing

@testable import GrowthSim

@Suite struct ContentTests {
  static func days(_ patches: [(String, String)], meanField: Bool = true, days: Int = 20) throws
    -> [DayRecord]
  {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": meanField, "replications": 1, "seed": 9]
    document["calendar"] = ["startDate": "2026-07-01", "days": days]
    for (pointer, json) in patches {
      document = try TestFixtures.patched(document, at: pointer, json: json)
    }
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  @Test func expectedViewsSumThePoolsByTheirChance() {
    let reach = VideoReach(
      coldStartViews: 1000, escalationChance: 0.1, poolGrowth: 10, maxEscalations: 2,
      viewHalfLifeDays: 1, liveClickRate: 0, cartOrdersPerView: 0, seedRate: 0, followRate: 0)
    // Quality 0.5 → chance 0.1: 0.9·1,000 + 0.1·0.9·10,000 + 0.01·100,000.
    #expect(abs(reach.expectedViews(quality: 0.5) - (900 + 900 + 1000)) < 1e-9)
    #expect(reach.expectedViews(quality: 1) > reach.expectedViews(quality: 0.5))
  }

  @Test func meanFieldViewsDecayByTheirHalfLife() throws {
    let days = try Self.days([("/policies/0/content/videosPerDay", "4")])
    let video = try TestFixtures.scenario(TestFixtures.minimal()).categories[0].video
    let perDay = 4 * video.expectedViews(quality: 0.5)
    // Steady state: each day sees half of the backlog carried in plus today's half.
    var backlog = 0.0
    for day in days {
      backlog += perDay
      let views = backlog * 0.5
      backlog -= views
      #expect(abs(day.videoViews - views) < 1e-9 * views, "day \(day.day)")
      #expect(day.marketingCost == 1200)
    }
  }

  @Test func videosBringVisitsOrdersAndSeedTheInterestPool() throws {
    // Stock enough for every order: with 500 units the orders are the stock plus what refunds
    // return to it, and content-won buyers refund less.
    let stock = ("/merchants/0/skus/0/stock", "1000000")
    let without = try Self.days([stock])
    let with = try Self.days([("/policies/0/content/videosPerDay", "3"), stock])
    #expect(without.allSatisfy { $0.videoViews == 0 && $0.interestPool == 0 })
    let last = try #require(with.last)
    #expect(last.videoVisits > 0 && last.interestPool > 0 && last.interestVisits > 0)
    #expect(with.reduce(0) { $0 + $1.orders } > without.reduce(0) { $0 + $1.orders })
  }

  @Test func videosSendNoLiveVisitsWithoutALive() throws {
    let days = try Self.days([
      ("/policies/0/content/videosPerDay", "3"), ("/policies/0/live/hours", "0"),
    ])
    #expect(days.allSatisfy { $0.videoVisits == 0 } && days.last?.videoViews ?? 0 > 0)
  }

  @Test(arguments: 0..<3 as Range<UInt64>)
  func stochasticViewsAreWholePoolsOfTheirTier(seed: UInt64) throws {
    var document = TestFixtures.minimal()
    document["experiment"] = ["replications": 1, "seed": seed]
    document["calendar"] = ["startDate": "2026-07-01", "days": 1]
    document = try TestFixtures.patched(
      document, at: "/categories/0/video", json: #"{"viewHalfLifeDays": 0.0001}"#)
    document = try TestFixtures.patched(
      document, at: "/policies/0/content/videosPerDay", json: "1")
    let day = RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0][0]
    // With an instant half-life the day sees (almost) the whole video: 1,000 × 10^K.
    let tiers = (0...3).map { 1000 * pow(10, Double($0)) }
    #expect(
      tiers.contains { abs(day.videoViews - $0) < 1e-6 * $0 }, "seed \(seed): \(day.videoViews)")
  }
}
