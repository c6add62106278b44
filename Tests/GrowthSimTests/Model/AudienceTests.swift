import Foundation
import Testing

@testable import GrowthSim

/// Market saturation, word of mouth, repeat buying, traffic levels and the loop switches.
@Suite struct AudienceTests {
  /// A merchant with no live room, no followers and a huge stock: only shelf channels.
  static func shelfOnly(
    population: Double, p: Double, q: Double, days: Int = 120, meanField: Bool = true,
    patch: (inout [String: Any]) -> Void = { _ in }
  ) throws -> Scenario {
    var document = TestFixtures.minimal()
    document["calendar"] = ["startDate": "2026-01-01", "days": days]
    document["experiment"] = ["meanField": meanField, "replications": 1, "seed": 5]
    document["categories"] = [
      [
        "id": "apparel", "addressablePopulation": population, "shelfVisitsPerDay": p * population,
        "wordOfMouthVisitsPerBuyerDay": q, "conversionRate": 1, "shelfConversionMultiplier": 1,
        "repeatVisitsPerOrderDay": 0, "refundRate": 0,
      ]
    ]
    document["policies"] = [["id": "steady", "live": ["hours": 0]]]
    // Every visit converts: no discount for the shop's stars.
    document["loops"] = ["ratingThrottle": false]
    // A constant rate through the day, as the closed form assumes.
    document["platform"] = ["diurnalProfile": Array(repeating: 1, count: 24)]
    document["merchants"] = [
      [
        "id": "m1", "category": "apparel", "policy": "steady",
        "skus": [["id": "s1", "price": 10, "unitCost": 1, "stock": 1_000_000_000]],
      ]
    ]
    patch(&document)
    return try TestFixtures.scenario(document)
  }

  /// Bass (1969): F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}).
  static func bass(_ t: Double, p: Double, q: Double) -> Double {
    let decay = exp(-(p + q) * t)
    return (1 - decay) / (1 + q / p * decay)
  }

  /// The last two cases are where hourly forward Euler missed by 0.64 % and 2.9 %.
  @Test(arguments: [
    (0.01, 0.1), (0.03, 0.38), (0.002, 0.25), (0.005, 0.4), (0.001, 1.0), (0.2, 1.0),
  ])
  func meanFieldBuyersFollowTheBassCurve(p: Double, q: Double) throws {
    let population = 1_000_000.0
    let scenario = try Self.shelfOnly(population: population, p: p, q: q)
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    for record in days {
      let expected = Self.bass(Double(record.day + 1), p: p, q: q)
      let simulated = record.buyers / population
      // Hourly steps integrated exactly: within 0.5 % of the population on every day.
      #expect(abs(simulated - expected) < 0.005, "day \(record.day): \(simulated) vs \(expected)")
    }
    #expect(days.last.map { $0.buyers / population } ?? 0 > 0.5)
  }

  @Test(arguments: 0..<4 as Range<UInt64>)
  func stochasticBuyersStayNearBassAndNeverExceedThePopulation(seed: UInt64) throws {
    let population = 20_000.0
    var scenario = try Self.shelfOnly(population: population, p: 0.02, q: 0.3, meanField: false)
    scenario.experiment.seed = seed
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    for record in days {
      #expect(record.buyers <= population, "seed \(seed)")
      let expected = Self.bass(Double(record.day + 1), p: 0.02, q: 0.3) * population
      // Binomial spread of N·F is at most √(N/4) ≈ 71; allow a wide 6-sigma band plus drift.
      #expect(abs(record.buyers - expected) < 0.03 * population, "seed \(seed) day \(record.day)")
    }
  }

  @Test func repeatVisitsDecayAfterSalesStop() throws {
    let scenario = try Self.shelfOnly(population: 1e9, p: 0.0001, q: 0, days: 60) { document in
      document["categories"] = [
        [
          "id": "apparel", "addressablePopulation": 1e9, "shelfVisitsPerDay": 10_000,
          "repeatVisitsPerOrderDay": 0.05, "repeatHalfLifeDays": 10,
          "wordOfMouthVisitsPerBuyerDay": 0,
          "repeatConversionMultiplier": 0, "refundRate": 0,
        ]
      ]
      document["merchants"] = [
        [
          "id": "m1", "category": "apparel", "policy": "steady",
          "skus": [["id": "s1", "price": 10, "unitCost": 1, "stock": 3000]],
        ]
      ]
    }
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    let lastSale = try #require(days.lastIndex { $0.orders > 0 })
    try #require(lastSale < 30, "stock should run out early")
    // After the stock runs out, repeat visits halve every 10 days.
    let later = days[lastSale + 21].repeatVisits
    let earlier = days[lastSale + 1].repeatVisits
    #expect(abs(later / earlier - 0.25) < 0.01, "\(earlier) → \(later)")
  }

  @Test func eachLoopSwitchRemovesItsEffect() throws {
    func total(_ key: String, _ loops: [String: Bool]) throws -> DayRecord {
      var document = TestFixtures.minimal()
      document["experiment"] = ["meanField": true, "replications": 1]
      document["calendar"] = ["startDate": "2026-07-01", "days": 30]
      document["loops"] = loops
      let days = RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
      return try #require(days.last)
    }
    let on = try total("", [:])
    let noFollowers = try total("", ["followerFeedback": false])
    #expect(on.followers > 1000 && noFollowers.followers == 1000)
    #expect(noFollowers.followerVisits == 0 && on.followerVisits > 0)
    let noRepeat = try total("", ["repeatBuying": false])
    #expect(on.repeatVisits > 0 && noRepeat.repeatVisits == 0)
    let noWord = try total("", ["wordOfMouth": false])
    #expect(on.wordOfMouthVisits > 0 && noWord.wordOfMouthVisits == 0)
  }

  @Test func strongSessionsRaiseTheLevelAndWeakOnesLowerIt() throws {
    // A strong room outsells its peers (a discount pulling 5 times over, as salience); a weak
    // one sells half as well (no host skill, no room quality, no follower or paid edge).
    func levels(strong: Bool, initialLevel: Int, escalation: Bool = true) throws -> [Int] {
      var document = TestFixtures.minimal()
      document["experiment"] = ["meanField": true, "replications": 1]
      document["calendar"] = ["startDate": "2026-07-01", "days": 12]
      document["loops"] = ["levelEscalation": escalation]
      document["categories"] = [
        [
          "id": "apparel", "priceResponse": ["referencePrice": 100],
          "followerConversionMultiplier": 1, "paidConversionMultiplier": 1,
        ]
      ]
      document = try TestFixtures.patched(document, at: "/merchants/0/skus/0/stock", json: "1e8")
      if strong {
        document = try TestFixtures.patched(
          document, at: "/policies/0/pricing", json: #"{"discount": 0.5, "discountElasticity": 8}"#)
      } else {
        document = try TestFixtures.patched(document, at: "/merchants/0/hostSkill", json: "0")
        document = try TestFixtures.patched(document, at: "/merchants/0/roomQuality", json: "0")
      }
      document = try TestFixtures.patched(
        document, at: "/merchants/0/initialLevel", json: "\(initialLevel)")
      return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0].map(\.level)
    }
    // Judged against the peers at the same price: about 5 times their GPM, above the top
    // threshold (4); about half of it, below 0.8 of the lowest.
    let rising = try levels(strong: true, initialLevel: 0)
    #expect(rising.first == 1 && rising.last == 4, "\(rising)")
    #expect(zip(rising, rising.dropFirst()).allSatisfy { $1 - $0 <= 1 && $1 >= $0 })
    let falling = try levels(strong: false, initialLevel: 4)
    #expect(falling.last == 0, "\(falling)")
    let frozen = try levels(strong: true, initialLevel: 2, escalation: false)
    #expect(Set(frozen) == [2])
  }

  @Test func aHigherLevelBringsMoreFeedTraffic() throws {
    func firstDayFeed(level: Int) throws -> Double {
      var document = TestFixtures.minimal()
      document["experiment"] = ["meanField": true, "replications": 1]
      document = try TestFixtures.patched(
        document, at: "/merchants/0/initialLevel", json: "\(level)")
      return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0][0].feedVisits
    }
    #expect(try firstDayFeed(level: 3) > firstDayFeed(level: 0) * 2)
  }
}
