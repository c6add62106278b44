import Testing

@testable import GrowthSim

/// The experience score: stages, window, bands, deductions, stars and effects.
@Suite struct ExperienceScoreTests {
  /// A clean, busy day: every band at 100.
  static let clean = ScoreDay(orders: 1000, serviceTickets: 100, meanResponseSeconds: 20)

  /// A fresh score fed `day` for `count` days.
  static func score(
    _ day: ScoreDay, days count: Int = ExperienceScore.windowDays,
    weights: ExperienceScore.Weights = .default, bands: ExperienceScore.Bands = .default
  ) -> ExperienceScore {
    var score = ExperienceScore(weights: weights, bands: bands)
    for _ in 0..<count { score.record(day) }
    return score
  }

  // MARK: - Stages

  @Test func aNewStoreStartsInTheGrowthStageAtSeventy() {
    let score = ExperienceScore()
    #expect(score.isGrowthStage)
    #expect(score.points == 70)
    #expect(score.ordersInWindow == 0)
  }

  @Test(arguments: [
    (1.0, 29, true, 70.0), (1.0, 30, false, 100.0), (29.5, 1, true, 70.0), (30.0, 1, false, 100.0),
  ])
  func theFormalStageStartsAtThirtyOrdersInTheWindow(
    ordersPerDay: Double, days: Int, isGrowthStage: Bool, points: Double
  ) {
    let score = Self.score(ScoreDay(orders: ordersPerDay), days: days)
    #expect(score.isGrowthStage == isGrowthStage)
    #expect(score.points == points)
  }

  @Test(arguments: [
    ("incident", ScoreDay(orders: 10, negativeServiceIncidents: 1), 60.0),
    ("slow replies", ScoreDay(orders: 10, serviceTickets: 5, meanResponseSeconds: 200), 60.0),
    ("late pickups", ScoreDay(orders: 10, lateShipments: 5), 60.0),
    ("late after-sales", ScoreDay(orders: 10, afterSalesOnTimeShare: 0.5), 60.0),
    ("one return, small-shop floor", ScoreDay(orders: 10, qualityReturns: 1), 70.0),
    ("four returns, no floor", ScoreDay(orders: 10, qualityReturns: 4), 60.0),
    (
      "slow but qualified replies",
      ScoreDay(orders: 10, serviceTickets: 5, meanResponseSeconds: 120), 70.0
    ),
  ])
  func aPenaltyDropsTheGrowthStageToSixty(label: String, day: ScoreDay, points: Double) {
    let score = Self.score(day, days: 1)
    #expect(score.isGrowthStage, "\(label)")
    #expect(score.points == points, "\(label)")
  }

  // MARK: - Window

  @Test func theWindowForgetsDayThirtyOneExactly() {
    var score = ExperienceScore()
    score.record(ScoreDay(orders: 1000, qualityReturns: 1500, negativeServiceIncidents: 2))
    for _ in 2...30 { score.record(Self.clean) }
    // 1500 / 30000 = 5 % → 60; product (60 + 100) / 2 = 80; 0.4·80 + 30 + 30 − 6 = 86.
    #expect(score.components.qualityReturnBand == 60)
    #expect(score.components.deductions == 6)
    #expect(score.points == 86)
    score.record(Self.clean)
    #expect(score.components.deductions == 0)
    #expect(score.points == 100)
    #expect(score.components == Self.score(Self.clean).components)
  }

  @Test func ratesAreWindowSumsOverWindowSumsWithWeightedMeans() {
    var score = ExperienceScore()
    // Ticket-weighted response (2000 + 1000) / 101 ≈ 29.7 s → 100; a mean of days would be 510.
    score.record(ScoreDay(orders: 1000, serviceTickets: 100, meanResponseSeconds: 20))
    score.record(ScoreDay(orders: 0, serviceTickets: 1, meanResponseSeconds: 1000))
    // Order-weighted on-time share 1000 / 1010 ≈ 99.0 % → 100; a mean of days would be 50 %.
    score.record(ScoreDay(orders: 10, afterSalesOnTimeShare: 0))
    #expect(score.components.responseBand == 100)
    #expect(score.components.afterSalesBand == 100)
    #expect(score.ordersInWindow == 1010)
  }

  // MARK: - Formal stage

  @Test func theFormalScoreWeighsTheComponents() {
    let day = ScoreDay(orders: 1000, qualityReturns: 60, lateShipments: 40)
    let score = Self.score(day)
    // Quality 6 % → 50, so product 75; late 4 % → 80, so logistics 90.
    #expect(score.components.product == 75)
    #expect(score.components.logistics == 90)
    #expect(score.components.service == 100)
    #expect(score.points == 0.4 * 75 + 0.3 * 90 + 0.3 * 100)
    let productOnly = Self.score(day, weights: .init(product: 1, logistics: 0, service: 0))
    #expect(productOnly.points == 75)
  }

  @Test(arguments: [(1.0, 3.0), (4.0, 12.0), (5.0, 15.0), (7.0, 15.0), (2.5, 7.5)])
  func deductionsAreThreePointsAnIncidentCappedAtFifteen(incidents: Double, deductions: Double) {
    var score = Self.score(Self.clean, days: 29)
    var day = Self.clean
    day.negativeServiceIncidents = incidents
    score.record(day)
    #expect(score.components.deductions == deductions)
    #expect(score.points == 100 - deductions)
  }

  @Test func theFormalScoreNeverFallsBelowFifty() {
    let worst = ScoreDay(
      orders: 100, qualityReturns: 50, badReviews: 50, lateShipments: 50,
      stockoutCancellations: 50, serviceTickets: 10, meanResponseSeconds: 600,
      afterSalesOnTimeShare: 0, negativeServiceIncidents: 1)
    let score = Self.score(worst)
    #expect(!score.isGrowthStage)
    #expect(score.components.lowestBand == 50)
    #expect(score.components.product == 50 && score.components.service == 50)
    #expect(score.components.deductions == 15)
    #expect(score.points == 50)
    #expect(score.stars == 3.0)
  }

  @Test(arguments: [
    (299.0, 3.0, 4.0, 80.0, 50.0), (299.0, 4.0, 3.0, 50.0, 80.0), (300.0, 3.0, 3.0, 50.0, 50.0),
    (299.0, 0.0, 0.0, 100.0, 100.0),
  ])
  func smallShopsGetAtLeastEightyOnEachProductIndicatorSeparately(
    orders: Double, returns: Double, reviews: Double, qualityBand: Double, reviewBand: Double
  ) {
    var bands = ExperienceScore.Bands.default
    bands.qualityReturnRate = .atMost(0, 0, 0, 0, 0)
    bands.badReviewRate = .atMost(0, 0, 0, 0, 0)
    var score = ExperienceScore(bands: bands)
    score.record(ScoreDay(orders: orders, qualityReturns: returns, badReviews: reviews))
    #expect(score.components.qualityReturnBand == qualityBand)
    #expect(score.components.badReviewBand == reviewBand)
  }

  // MARK: - Bands

  @Test func defaultBandsIncludeTheirLimits() {
    let bands = ExperienceScore.Bands.default
    let cases: [(ExperienceScore.Ladder, Double, Double)] = [
      (bands.qualityReturnRate, 0.005, 100), (bands.qualityReturnRate, 0.0051, 90),
      (bands.qualityReturnRate, 0.05, 60), (bands.qualityReturnRate, 0.0501, 50),
      (bands.badReviewRate, 0.006, 90), (bands.badReviewRate, 0.0251, 50),
      (bands.lateShipmentRate, 0.2, 60), (bands.lateShipmentRate, 0.2001, 50),
      (bands.stockoutCancellationRate, 0.002, 100), (bands.stockoutCancellationRate, 0.031, 50),
      (bands.responseSeconds, 30, 100), (bands.responseSeconds, 90, 70),
      (bands.responseSeconds, 90.1, 60), (bands.responseSeconds, 180.1, 50),
      (bands.afterSalesOnTimeShare, 0.99, 100), (bands.afterSalesOnTimeShare, 0.9899, 90),
      (bands.afterSalesOnTimeShare, 0.8, 60), (bands.afterSalesOnTimeShare, 0.7999, 50),
    ]
    for (ladder, value, points) in cases {
      #expect(ladder.points(for: value) == points, "value \(value)")
    }
  }

  /// Makes one aspect of one day worse.
  enum Worsening: CaseIterable {
    case qualityReturns, badReviews, lateShipments, stockouts, slowerReplies, lateAfterSales
    case incidents

    /// The band this worsening may lower, if it has one.
    var band: KeyPath<ScoreComponents, Double>? {
      switch self {
      case .qualityReturns: \.qualityReturnBand
      case .badReviews: \.badReviewBand
      case .lateShipments: \.lateShipmentBand
      case .stockouts: \.stockoutCancellationBand
      case .slowerReplies: \.responseBand
      case .lateAfterSales: \.afterSalesBand
      case .incidents: nil
      }
    }

    /// Worsens `day`; `count` is the extra returns, reviews, pickups or stock-outs.
    func apply(to day: inout ScoreDay, count: Double, using rng: inout SplitMix64) {
      switch self {
      case .qualityReturns: day.qualityReturns += count
      case .badReviews: day.badReviews += count
      case .lateShipments: day.lateShipments += count
      case .stockouts: day.stockoutCancellations += count
      case .slowerReplies:
        day.serviceTickets = max(day.serviceTickets, 1)
        day.meanResponseSeconds += 200 * rng.nextUnit()
      case .lateAfterSales: day.afterSalesOnTimeShare *= rng.nextUnit()
      case .incidents: day.negativeServiceIncidents += 1
      }
    }
  }

  /// Thirty random days whose window rates spread over every band of the default tables.
  static func randomDays(using rng: inout SplitMix64) -> [ScoreDay] {
    // Window orders ≈ 150, 300, 3,000 or 30,000: small shops, growth and formal stages.
    let scale = [0.5, 1, 10, 100][Int(rng.next() % 4)]
    // Window rates up to about 1.3 × each indicator's 60-point limit.
    let rates = [0.065, 0.033, 0.26, 0.04, 0.5].map { $0 * rng.nextUnit() }
    let response = 240 * rng.nextUnit()
    let onTime = 0.7 + 0.3 * rng.nextUnit()
    return (0..<ExperienceScore.windowDays).map { _ in
      let orders = (rng.nextUnit() * scale * 20).rounded(.down)
      var counts = rates.map { (orders * $0 * 2 * rng.nextUnit()).rounded() }
      counts.append(0)
      return ScoreDay(
        orders: orders, qualityReturns: counts[0], badReviews: counts[1],
        lateShipments: counts[2], stockoutCancellations: counts[3], serviceTickets: counts[4],
        meanResponseSeconds: response * 2 * rng.nextUnit(),
        afterSalesOnTimeShare: min(1, onTime * (0.9 + 0.2 * rng.nextUnit())),
        negativeServiceIncidents: rng.nextUnit() < 0.01 ? 1 : 0)
    }
  }

  @Test(arguments: 0..<100 as Range<UInt64>)
  func aWorseIndicatorNeverRaisesTheScore(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let days = Self.randomDays(using: &rng)
    func score(_ days: [ScoreDay]) -> ExperienceScore {
      var score = ExperienceScore()
      for day in days { score.record(day) }
      return score
    }
    let base = score(days)
    for worsening in Worsening.allCases {
      for _ in 0..<4 {
        var worse = days
        let index = Int(rng.next() % UInt64(days.count))
        let count = (base.ordersInWindow * 0.02 * rng.nextUnit()).rounded(.up)
        worsening.apply(to: &worse[index], count: max(count, 1), using: &rng)
        let after = score(worse)
        let message = "seed \(seed), \(worsening) on day \(index)"
        #expect(after.points <= base.points, "\(message): \(after.points) > \(base.points)")
        if let band = worsening.band {
          #expect(after.components[keyPath: band] <= base.components[keyPath: band], "\(message)")
        }
      }
    }
  }

  @Test func everyDefaultLadderIsMonotone() {
    let bands = ExperienceScore.Bands.default
    let ladders = [
      bands.qualityReturnRate, bands.badReviewRate, bands.lateShipmentRate,
      bands.stockoutCancellationRate, bands.responseSeconds, bands.afterSalesOnTimeShare,
    ]
    for ladder in ladders {
      let top = (ladder.limits.max() ?? 0) * 1.5 + 1
      let values = (0...1000).map { top * Double($0) / 1000 }
      let points = values.map { ladder.points(for: $0) }
      let isMonotone = zip(points, points.dropFirst()).allSatisfy {
        ladder.isLowerBetter ? $0 >= $1 : $0 <= $1
      }
      #expect(isMonotone, "limits \(ladder.limits)")
      #expect(Set(points) == [50, 60, 70, 80, 90, 100], "limits \(ladder.limits)")
    }
  }

  // MARK: - Stars and effects

  @Test(arguments: [
    (100.0, 5.0), (97, 5.0), (96, 4.9), (93, 4.9), (92, 4.8), (89, 4.8), (88, 4.7), (85, 4.7),
    (84, 4.6), (81, 4.6), (80, 4.5), (77, 4.5), (76, 4.4), (73, 4.4), (72, 4.3), (69, 4.3),
    (68, 4.2), (65, 4.2), (64, 4.1), (61, 4.1), (60, 4.0), (59, 3.9), (55, 3.5), (50, 3.0),
    (96.99, 4.9), (80.99, 4.5), (80.999_999_999_999_9, 4.6), (60.5, 4.0), (59.99, 3.9),
  ])
  func starsFollowTheOfficialTableOnFlooredPoints(points: Double, stars: Double) {
    #expect(ExperienceScore.stars(points: points) == stars)
  }

  @Test(arguments: [
    (100.0, 1.0, true), (89, 1.0, true), (88.99, 0.9, true), (81, 0.9, true), (80.5, 0.75, true),
    (73, 0.75, true), (72.9, 0.5, true), (60, 0.5, true), (59.99, 0.3, false),
    (59.5, 0.3, false), (50, 0.3, false),
  ])
  func effectsBanPaidTrafficCampaignsAndAllianceBelowSixty(
    points: Double, multiplier: Double, isAllowed: Bool
  ) {
    let effects = ExperienceScore.effects(points: points)
    #expect(effects.recommendationMultiplier == multiplier)
    #expect(effects.paidTrafficAllowed == isAllowed)
    #expect(effects.campaignsAllowed == isAllowed)
    #expect(effects.allianceAllowed == isAllowed)
  }

  @Test func aPenalisedGrowthStoreKeepsPaidTrafficAtSixty() {
    let score = Self.score(ScoreDay(orders: 5, negativeServiceIncidents: 1), days: 1)
    #expect(score.points == 60)
    #expect(score.stars == 4.0)
    #expect(score.effects.paidTrafficAllowed)
    #expect(score.effects.recommendationMultiplier == 0.5)
  }

  // MARK: - Recovery

  @Test func aCardanRoadRecoveryClimbsDailyToAPlateauThirtyDaysLater() {
    let before = ScoreDay(orders: 1000, qualityReturns: 60, badReviews: 20)
    let after = ScoreDay(orders: 1000, qualityReturns: 5, badReviews: 2)
    var score = Self.score(before)
    // Quality 6 % → 50 and bad reviews 2 % → 60: product 55, 0.4·55 + 60 = 82 (4.6 stars).
    #expect(score.points == 82)
    #expect(score.stars == 4.6)
    var history = [score.points]
    for _ in 1...40 {
      score.record(after)
      history.append(score.points)
    }
    for day in 1...40 {
      #expect(history[day] >= history[day - 1], "day \(day): \(history)")
    }
    #expect(Set(history).count >= 6, "\(history)")
    #expect(history[29] < 100, "\(history)")
    #expect(history[30...].allSatisfy { $0 == 100 }, "\(history)")
    #expect(score.stars == 5.0)
  }
}

/// Invalid inputs are programmer errors and trap.
@Suite struct ExperienceScorePreconditionTests {
  @Test func aNegativeCountTraps() async {
    await #expect(processExitsWith: .failure) {
      var score = ExperienceScore()
      score.record(ScoreDay(orders: -1))
    }
  }

  @Test func weightsThatDoNotSumToOneTrap() async {
    await #expect(processExitsWith: .failure) {
      _ = ExperienceScore(weights: .init(product: 0.5, logistics: 0.5, service: 0.5))
    }
  }
}
