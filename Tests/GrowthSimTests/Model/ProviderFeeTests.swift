import Testing

@testable import GrowthSim

/// Fees from sources (PARAMETERS §6.1–6.2): commission by category, and a provider's fixed
/// fee, GMV commission and ad fee, flat or tiered.
@Suite struct ProviderFeeTests {
  /// §6.2's ad-management tiers: ≤ 50k 12 %, 50–150k 10 %, > 150k 8 %.
  static let adTiers = [
    FeeTier(from: 0, rate: 0.12), FeeTier(from: 50_000, rate: 0.10),
    FeeTier(from: 150_000, rate: 0.08),
  ]

  @Test func tiersChargeEachPartOfTheMonthAtItsRate() {
    // 200k: 50k × 12 % + 100k × 10 % + 50k × 8 % = 20,000, however the month is cut up.
    #expect(abs(FeeTier.fee(Self.adTiers, before: 0, amount: 200_000) - 20_000) < 1e-9)
    let inDays = (0..<20).reduce(0.0) {
      $0 + FeeTier.fee(Self.adTiers, before: Double($1) * 10_000, amount: 10_000)
    }
    #expect(abs(inDays - 20_000) < 1e-9)
    // Crossing a tier inside a day: 40k → 60k is 10k at 12 % and 10k at 10 %.
    #expect(abs(FeeTier.fee(Self.adTiers, before: 40_000, amount: 20_000) - 2_200) < 1e-9)
  }

  /// The minimal scenario with a provider, mean-field, for `days` days.
  static func run(days: Int = 10, provider: [String: Any], category: [String: Any] = [:]) throws
    -> [DayRecord]
  {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["calendar"] = ["startDate": "2026-07-25", "days": days]
    document["categories"] = [category.merging(["id": "apparel"]) { $1 }]
    document["providers"] = [provider.merging(["id": "agency"]) { $1 }]
    var merchants = document["merchants"] as? [[String: Any]] ?? []
    merchants[0]["provider"] = "agency"
    document["merchants"] = merchants
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  @Test func feesAreBookedByKindAndDefaultToParametersSection6() throws {
    let days = try Self.run(provider: [:])
    for day in days {
      // §6.2 defaults: 20,000 a month, 10 % of net GMV, no ad fee; §6.1: commission 5 %.
      #expect(abs(day.providerFixedFee - 20_000 * 12 / 365) < 1e-9)
      #expect(abs(day.providerCommission - 0.1 * day.netGMV) < 1e-9)
      #expect(day.providerAdFee == 0 && day.adSpend > 0)
      #expect(
        abs(day.providerFees - day.providerFixedFee - day.providerCommission - day.providerAdFee)
          < 1e-9)
      #expect(abs(day.platformCommission - 0.05 * day.netGMV) < 1e-9)
    }
  }

  @Test func tieredAdFeesRestartEachCalendarMonth() throws {
    let tiers: [[String: Any]] = [
      ["from": 0, "rate": 0.12], ["from": 1_000, "rate": 0.10], ["from": 2_000, "rate": 0.08],
    ]
    let days = try Self.run(provider: ["adServiceFeeTiers": tiers, "gmvCommissionRate": 0])
    // 25 July to 3 August: the first 7 days are July's, the rest August's.
    for month in [days[0..<7], days[7...]] {
      var spent = 0.0
      for day in month {
        let expected = FeeTier.fee(
          [
            .init(from: 0, rate: 0.12), .init(from: 1_000, rate: 0.10),
            .init(from: 2_000, rate: 0.08),
          ],
          before: spent, amount: day.adSpend)
        #expect(abs(day.providerAdFee - expected) < 1e-9, "day \(day.day)")
        spent += day.adSpend
      }
      try #require(spent > 2_000)
    }
    // The new month starts again at the top rate.
    #expect(days[7].providerAdFee / days[7].adSpend > days[6].providerAdFee / days[6].adSpend)
    #expect(days.allSatisfy { $0.providerCommission == 0 })
  }

  @Test func aCategoryCommissionOverridesThePlatformRate() throws {
    let days = try Self.run(provider: [:], category: ["commissionRate": 0.02])
    #expect(days.allSatisfy { abs($0.platformCommission - 0.02 * $0.netGMV) < 1e-9 })
  }

  @Test func aFlatRateAndTiersTogetherAreRejected() {
    var document = TestFixtures.minimal()
    document["providers"] = [
      [
        "id": "agency", "adServiceFeeRate": 0.1,
        "adServiceFeeTiers": [["from": 0, "rate": 0.12], ["from": 0, "rate": 0.1]],
      ]
    ]
    let messages = TestFixtures.messages(TestFixtures.text(document)) ?? ""
    #expect(messages.contains("/providers/0/adServiceFeeTiers: give either"))
    #expect(messages.contains("/providers/0/adServiceFeeTiers/1/from: must be above"))
  }
}
