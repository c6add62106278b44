import Foundation
import Testing

@testable import GrowthSim

/// A room's standing against its same-slot peers (docs/model.md § Standing): its recent
/// sessions' GMV over a peer room's moves its feed weight by s^γ.
@Suite struct FeedStandingTests {
  @Test func theWeightIsTheStandingToTheElasticity() {
    #expect(MerchantState.standingWeight(4, elasticity: 0.5) == 2)
    // Before any session, and with the mechanism off, the weight is untouched.
    #expect(MerchantState.standingWeight(.nan, elasticity: 0.5) == 1)
    #expect(MerchantState.standingWeight(9, elasticity: 0) == 1)
  }

  /// γ = 1 or more would let a room's standing feed on itself without settling.
  @Test func theElasticityStaysBelowOne() {
    var document = TestFixtures.minimal()
    document["platform"] = ["feedStandingElasticity": 1]
    let message = TestFixtures.messages(TestFixtures.text(document)) ?? ""
    #expect(message.contains("/platform/feedStandingElasticity"), "\(message)")
  }

  /// Two rooms of one category in mean field, a small store and a brand whose followers buy
  /// too: `followers` each.
  static func scenario(elasticity: Double?, followers: [Int]) throws -> Scenario {
    try TestFixtures.scenario(document(elasticity: elasticity, followers: followers))
  }

  static func document(elasticity: Double?, followers: [Int]) throws -> [String: Any] {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    if let elasticity { document["platform"] = ["feedStandingElasticity": elasticity] }
    let merchant = (document["merchants"] as? [[String: Any]])?[0] ?? [:]
    document["merchants"] = followers.indices.map { index -> [String: Any] in
      var copy = merchant
      copy["id"] = "m\(index)"
      copy["followers"] = followers[index]
      // Enough stock that neither room sells out: its sales follow its traffic.
      copy["skus"] = [["id": "s1", "price": 100, "unitCost": 40, "stock": 1_000_000]]
      return copy
    }
    return document
  }

  /// Feed impressions of each room on the last day.
  static func lastDayFeed(_ scenario: Scenario) -> [Double] {
    let days = RunResult.run(scenario, jobs: 1).days[0]
    return days.map { $0[$0.count - 1].feedImpressions }
  }

  /// Off (0, the default) the key changes nothing; on, the brand's followers' sales raise its
  /// standing, and its share of the feed against the store's grows with γ.
  @Test func aRoomThatOutsellsItsPeersGetsMoreOfTheFeed() throws {
    let followers = [0, 200_000]
    let unset = Self.lastDayFeed(try Self.scenario(elasticity: nil, followers: followers))
    let off = Self.lastDayFeed(try Self.scenario(elasticity: 0, followers: followers))
    #expect(unset == off)
    var previous = unset[1] / unset[0]
    for elasticity in [0.3, 0.6] {
      let feed = Self.lastDayFeed(try Self.scenario(elasticity: elasticity, followers: followers))
      let ratio = feed[1] / feed[0]
      #expect(
        ratio > previous * 1.05, "γ \(elasticity): brand/store feed \(ratio), was \(previous)")
      previous = ratio
    }
  }

  /// Mean field, exactly: a room of weight 1 (average host, level 0, no score throttle) that
  /// lives on the feed alone and sells at the peers' GPM makes a peer's GMV from a peer's
  /// visits, so its standing is 1 and γ leaves every day's feed where it was. (With the score
  /// throttle on, its feed weight and conversion fall below a peer's, and so does its
  /// standing.)
  @Test func aRoomThatSellsLikeAPeerKeepsItsFeed() throws {
    func feed(_ elasticity: Double) throws -> [Double] {
      var document = try Self.document(elasticity: elasticity, followers: [0])
      document["policies"] = [["id": "steady", "ads": ["dailyBudget": 0]]]
      document["categories"] = [
        [
          "id": "apparel", "priceResponse": ["referencePrice": 100], "shelfVisitsPerDay": 0,
          "followRate": 0,
        ]
      ]
      document["loops"] = [
        "levelEscalation": false, "marketSaturation": false, "ratingThrottle": false,
      ]
      let days = RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
      return days.map(\.feedImpressions)
    }
    let off = try feed(0)
    let on = try feed(0.9)
    #expect(off.allSatisfy { $0 > 0 })
    for (day, pair) in zip(off, on).enumerated() {
      #expect(abs(pair.1 / pair.0 - 1) < 1e-12, "day \(day): \(pair.1) against \(pair.0)")
    }
  }
}
