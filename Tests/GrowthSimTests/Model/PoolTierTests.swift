import Foundation
import Testing

@testable import GrowthSim

/// The recommendation pool a room starts in from its follower base (docs/model.md § Pool
/// tiers): a room in a tier holds the tier's weight times the feed weight of the base pool.
@Suite struct PoolTierTests {
  static let tiers = [
    PoolTier(followers: 100_000, weight: 2), PoolTier(followers: 1_000_000, weight: 3),
  ]

  @Test func aRoomIsInTheHighestTierItsFollowersReach() {
    #expect(PoolTier.weight(Self.tiers, followers: 99_999) == 1)
    #expect(PoolTier.weight(Self.tiers, followers: 100_000) == 2)
    #expect(PoolTier.weight(Self.tiers, followers: 999_999) == 2)
    #expect(PoolTier.weight(Self.tiers, followers: 5_000_000) == 3)
    #expect(PoolTier.weight([], followers: 5_000_000) == 1)
  }

  /// Tiers must rise in followers and not fall in weight, named by pointer.
  @Test func tiersRiseInFollowersAndWeight() {
    for (tiers, pointer) in [
      ([[100_000, 2], [100_000, 3]], "/platform/poolTiers/1/followers"),
      ([[100_000, 2], [200_000, 1.5]], "/platform/poolTiers/1/weight"),
      ([[100_000, 0]], "/platform/poolTiers/0/weight"),
    ] {
      var document = TestFixtures.minimal()
      document["platform"] = [
        "poolTiers": tiers.map { ["followers": $0[0], "weight": $0[1]] }
      ]
      let message = TestFixtures.messages(TestFixtures.text(document)) ?? ""
      #expect(message.contains(pointer), "\(message)")
    }
  }

  /// One room in mean field with its level fixed at 0 (escalation off) and no score throttle,
  /// so its feed weight is (0.5 + host skill) · levelWeights[0] · the pool's weight; stock
  /// enough that it never sells out.
  static func days(
    followers: Int, tiers: [[Double]]?, levelWeights: [Double]? = nil
  ) throws -> [DayRecord] {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["loops"] = ["levelEscalation": false, "ratingThrottle": false]
    var platform: [String: Any] = [:]
    if let tiers { platform["poolTiers"] = tiers.map { ["followers": $0[0], "weight": $0[1]] } }
    if let levelWeights { platform["levelWeights"] = levelWeights }
    document["platform"] = platform
    var merchants = document["merchants"] as? [[String: Any]] ?? []
    merchants[0]["followers"] = followers
    merchants[0]["skus"] = [["id": "s1", "price": 100, "unitCost": 40, "stock": 1_000_000]]
    document["merchants"] = merchants
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  /// Below every threshold (the small stores of every case) the tiers change nothing: the
  /// days are the same as without them.
  @Test func aRoomBelowEveryTierIsUnchanged() throws {
    let without = try Self.days(followers: 99_999, tiers: nil)
    let with = try Self.days(followers: 99_999, tiers: [[100_000, 2], [1_000_000, 3]])
    #expect(without == with)
  }

  /// Mean field, exactly: a tier's weight acts as a feed weight multiplier and nothing else,
  /// so a room in a tier of weight 2 lives the same days as a room in the base pool whose
  /// level weight is doubled.
  @Test func aTierIsAFeedWeightMultiplier() throws {
    let tiered = try Self.days(followers: 150_000, tiers: [[100_000, 2]])
    let doubled = try Self.days(
      followers: 150_000, tiers: nil, levelWeights: [2, 1.3, 1.7, 2.2, 3])
    let base = try Self.days(followers: 150_000, tiers: nil)
    #expect(tiered == doubled)
    // And it raises the room's feed: more than the base pool's, less than twice (the room's
    // own weight is part of the competition it meets).
    for (day, pair) in zip(base, tiered).enumerated() {
      #expect(pair.1.feedImpressions > pair.0.feedImpressions * 1.5, "day \(day)")
      #expect(pair.1.feedImpressions < pair.0.feedImpressions * 2, "day \(day)")
    }
  }

  /// No tier can hand a room more than its category's supply: the allocation shares the
  /// supply out, E = S·w/(B + W) < S, however large w.
  @Test func noTierExceedsTheCategorysSupply() throws {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    let supply = 1e7
    document["categories"] = [
      [
        "id": "apparel", "priceResponse": ["referencePrice": 100],
        "liveImpressionsPerDay": supply, "backgroundRooms": 10,
      ]
    ]
    document["platform"] = ["poolTiers": [["followers": 1, "weight": 1000]]]
    let days = RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
    #expect(days.allSatisfy { $0.feedImpressions > 0 && $0.feedImpressions < supply })
  }
}
