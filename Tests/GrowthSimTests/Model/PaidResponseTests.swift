import Foundation
import Testing

@testable import GrowthSim

/// Qianchuan response: CPM, effective spend, geometric adstock, Hill saturation, pacing.
@Suite struct PaidResponseTests {
  static let spends = [0.0, 5_000, 12_000, 30_000, 0, 0, 8_000, 20_000, 45_000, 1_500]
  static let cpms = [40.0, 52, 40, 80, 40, 44, 35, 60, 120, 40]

  /// Relative closeness; absolute when the expected value is 0.
  static func close(_ actual: Double, _ expected: Double, _ tolerance: Double) -> Bool {
    abs(actual - expected) <= tolerance * max(abs(expected), expected == 0 ? 1 : 0)
  }

  @Test(arguments: [0.6, 1.0, 2.2], [0.0, 0.3, 0.7])
  func visitsEqualTheClosedFormsForASpendSeries(shape: Double, decay: Double) {
    let response = PaidResponse(
      baseCPM: 40, maxVisitsPerDay: 25_000, halfSaturationSpend: 20_000, hillShape: shape,
      adstockDecay: decay)
    var state = AdstockState()
    var viaDay = AdstockState()
    for day in Self.spends.indices {
      let adstock = state.advance(
        effectiveSpend: response.effectiveSpend(Self.spends[day], cpm: Self.cpms[day]),
        decay: decay)
      let visits = response.visits(adstock: adstock)
      let dayVisits = response.dayVisits(
        spend: Self.spends[day], cpm: Self.cpms[day], state: &viaDay)
      // Independent closed forms: A_t = Σ_k θ^{t−k} · spend_k · 40 / CPM_k, then Hill.
      var expectedAdstock = 0.0
      for past in 0...day {
        expectedAdstock += pow(decay, Double(day - past)) * Self.spends[past] * 40 / Self.cpms[past]
      }
      let power = pow(expectedAdstock, shape)
      let expected = 25_000 * power / (power + pow(20_000, shape))
      #expect(Self.close(adstock, expectedAdstock, 1e-12), "day \(day): A \(adstock)")
      #expect(Self.close(visits, expected, 1e-12), "day \(day): \(visits) vs \(expected)")
      #expect(dayVisits == visits)
    }
    #expect(viaDay == state)
  }

  @Test func halfSaturationGivesHalfTheMaximum() {
    let response = PaidResponse(halfSaturationSpend: 20_000, hillShape: 2.5)
    #expect(Self.close(response.visits(adstock: 20_000), 12_500, 1e-14))
    #expect(response.visits(adstock: 0) == 0)
    #expect(response.visits(adstock: 1e300) == 25_000)
  }

  @Test func cpmRisesWithFestivalAndBid() {
    let response = PaidResponse(baseCPM: 40, coldStartPremium: 0.25, bidElasticity: 0.5)
    let base = response.cpm(festivalMultiplier: 1, isLearning: false, bidFactor: 1)
    #expect(base == 40)
    let festival = response.cpm(festivalMultiplier: 1.6, isLearning: false, bidFactor: 1)
    #expect(Self.close(festival, 64, 1e-15))
    let highBid = response.cpm(festivalMultiplier: 1, isLearning: false, bidFactor: 1.44)
    #expect(Self.close(highBid, 48, 1e-15))
    let lowBid = response.cpm(festivalMultiplier: 1, isLearning: false, bidFactor: 0.8)
    #expect(lowBid < base)
  }

  @Test(arguments: [1.0, 1.5], [0.7, 1.0, 1.3])
  func coldStartPremiumAppliesOnlyWhileLearning(festival: Double, bid: Double) {
    let response = PaidResponse(coldStartPremium: 0.25)
    let learning = response.cpm(festivalMultiplier: festival, isLearning: true, bidFactor: bid)
    let stable = response.cpm(festivalMultiplier: festival, isLearning: false, bidFactor: bid)
    #expect(Self.close(learning / stable, 1.25, 1e-15))
    let none = PaidResponse(coldStartPremium: 0)
    #expect(
      none.cpm(festivalMultiplier: festival, isLearning: true, bidFactor: bid)
        == none.cpm(festivalMultiplier: festival, isLearning: false, bidFactor: bid))
  }

  @Test func effectiveSpendFallsWhenCPMRises() {
    let response = PaidResponse(baseCPM: 40)
    #expect(response.effectiveSpend(1_000, cpm: 40) == 1_000)
    #expect(response.effectiveSpend(1_000, cpm: 50) == 800)
    var previous = Double.infinity
    for cpm in stride(from: 20.0, through: 200, by: 10) {
      let effective = response.effectiveSpend(1_000, cpm: cpm)
      #expect(effective < previous)
      previous = effective
    }
    // The same yuan buys fewer visits in a festival.
    let calm = response.cpm(festivalMultiplier: 1, isLearning: false, bidFactor: 1)
    let busy = response.cpm(festivalMultiplier: 2, isLearning: false, bidFactor: 1)
    let calmVisits = response.visits(adstock: response.effectiveSpend(10_000, cpm: calm))
    let busyVisits = response.visits(adstock: response.effectiveSpend(10_000, cpm: busy))
    #expect(busyVisits < calmVisits)
  }

  /// The curve counts yuan at `curveCPM`: a market at twice that CPM turns a yuan into half
  /// a curve yuan, in the effective spend and at the margin alike; the market CPM `baseCPM`
  /// is what the day's CPM starts from.
  @Test func aDearerMarketBuysLessOfTheCurve() {
    let calm = PaidResponse(baseCPM: 40, curveCPM: 40)
    let dear = PaidResponse(baseCPM: 80, curveCPM: 40)
    let cpm = dear.cpm(festivalMultiplier: 1, isLearning: false, bidFactor: 1)
    #expect(cpm == 80)
    #expect(dear.effectiveSpend(1_000, cpm: cpm) == 500)
    #expect(calm.effectiveSpend(1_000, cpm: 40) == 1_000)
    #expect(
      Self.close(
        dear.marginalVisitsPerYuan(adstock: 5_000, cpm: cpm),
        calm.marginalVisitsPerYuan(adstock: 5_000, cpm: 40) / 2, 1e-15))
    // A curve stated at the dearer market's own CPM answers it as the calm one does.
    let restated = PaidResponse(baseCPM: 80, curveCPM: 80)
    #expect(restated.effectiveSpend(1_000, cpm: 80) == 1_000)
  }

  @Test(arguments: [0.7, 1.0, 2.0])
  func marginalVisitsMatchAFiniteDifference(shape: Double) {
    let response = PaidResponse(hillShape: shape)
    let cpm = 55.0
    for adstock in [500.0, 7_000, 20_000, 90_000] {
      let step = adstock * 1e-6
      let spendStep = step * cpm / response.curveCPM
      let slope =
        (response.visits(adstock: adstock + step) - response.visits(adstock: adstock - step))
        / (2 * spendStep)
      let marginal = response.marginalVisitsPerYuan(adstock: adstock, cpm: cpm)
      #expect(Self.close(marginal, slope, 1e-6), "A \(adstock): \(marginal) vs \(slope)")
    }
    // At A = 0 with α = 1 the first yuan buys M/γ effective visits.
    #expect(
      Self.close(
        PaidResponse().marginalVisitsPerYuan(adstock: 0, cpm: 40), 25_000.0 / 20_000, 1e-15))
  }

  @Test(arguments: [0.7, 1.0, 2.0], [0.0, 15_000])
  func marginalROISpendSolvesTheCondition(shape: Double, carried: Double) {
    let response = PaidResponse(hillShape: shape, adstockDecay: 0.3)
    let cpm = 48.0
    let value = 3.0
    let start = 0.3 * carried
    let floor = 1.5
    let spend = response.spendForMarginalROI(
      floorROI: floor, valuePerVisit: value, carriedAdstock: carried, cpm: cpm, cap: 1e6)
    #expect(spend > 0 && spend < 1e6, "interior answer expected, got \(spend)")
    let adstock = start + response.effectiveSpend(spend, cpm: cpm)
    let roi = response.marginalVisitsPerYuan(adstock: adstock, cpm: cpm) * value
    #expect(Self.close(roi, floor, 1e-9), "marginal ROI \(roi) at spend \(spend)")
    // One more yuan is below the floor.
    let beyond = start + response.effectiveSpend(spend * 1.01, cpm: cpm)
    #expect(response.marginalVisitsPerYuan(adstock: beyond, cpm: cpm) * value < floor)
  }

  @Test(arguments: [0.7, 1.0, 2.0])
  func marginalROISpendFallsAsTheFloorRises(shape: Double) {
    let response = PaidResponse(hillShape: shape)
    var previous = Double.infinity
    var interior = 0
    for floor in stride(from: 0.25, through: 6, by: 0.25) {
      let spend = response.spendForMarginalROI(
        floorROI: floor, valuePerVisit: 2.5, carriedAdstock: 4_000, cpm: 40, cap: 80_000)
      #expect(spend <= previous, "floor \(floor): \(spend) > \(previous)")
      #expect(spend >= 0 && spend <= 80_000)
      if spend > 0 && spend < 80_000 { interior += 1 }
      previous = spend
    }
    #expect(interior >= 5)
  }

  @Test func marginalROISpendEdges() {
    let response = PaidResponse()
    // First yuan: 1.25 visits × 2 yuan = ROI 2.5; a floor of 3 buys nothing, 0 spends the cap.
    #expect(
      response.spendForMarginalROI(
        floorROI: 3, valuePerVisit: 2, carriedAdstock: 0, cpm: 40, cap: 5_000) == 0)
    #expect(
      response.spendForMarginalROI(
        floorROI: 0, valuePerVisit: 2, carriedAdstock: 0, cpm: 40, cap: 5_000) == 5_000)
    // A low floor is capped.
    #expect(
      response.spendForMarginalROI(
        floorROI: 0.1, valuePerVisit: 2, carriedAdstock: 0, cpm: 40, cap: 5_000) == 5_000)
    // Carried adstock and a higher CPM both lower the spend the floor allows.
    let fresh = response.spendForMarginalROI(
      floorROI: 1, valuePerVisit: 2, carriedAdstock: 0, cpm: 40, cap: 1e6)
    let carried = response.spendForMarginalROI(
      floorROI: 1, valuePerVisit: 2, carriedAdstock: 20_000, cpm: 40, cap: 1e6)
    let dear = response.spendForMarginalROI(
      floorROI: 1, valuePerVisit: 2, carriedAdstock: 0, cpm: 60, cap: 1e6)
    #expect(carried < fresh)
    #expect(dear < fresh)
    // α = 1 closed form: A* = √(M·γ·v·b / (c·floor)) − γ = √(25,000·20,000·2) − 20,000.
    let expected = (25_000.0 * 20_000 * 2).squareRoot() - 20_000
    #expect(Self.close(fresh, expected, 1e-12))
  }

  @Test func closedFormAgreesWithBisection() {
    let response = PaidResponse(hillShape: 1)
    let closed = response.spendForMarginalROI(
      floorROI: 1.2, valuePerVisit: 2, carriedAdstock: 3_000, cpm: 50, cap: 1e6)
    let slope = 1.2 / (2 * 40 / 50)
    let start = 0.1 * 3_000
    let adstock = PaidResponse.bisect(start, start + 1e6 * 40 / 50) {
      response.hillSlope(adstock: $0) >= slope
    }
    #expect(Self.close(closed, (adstock - start) * 50 / 40, 1e-9))
  }

  @Test func sShapedCurveStartsFromColdWhenLaterYuanClearTheFloor() {
    let response = PaidResponse(hillShape: 2.5)
    // The first yuan of an S-curve earns nothing, yet the plan should still spend.
    #expect(response.marginalVisitsPerYuan(adstock: 0, cpm: 40) == 0)
    let spend = response.spendForMarginalROI(
      floorROI: 1, valuePerVisit: 2, carriedAdstock: 0, cpm: 40, cap: 1e6)
    #expect(spend > response.peakSlopeAdstock)
    // A floor above the steepest point buys nothing.
    let steepest = response.marginalVisitsPerYuan(adstock: response.peakSlopeAdstock, cpm: 40)
    #expect(
      response.spendForMarginalROI(
        floorROI: steepest * 2 * 1.01, valuePerVisit: 2, carriedAdstock: 0, cpm: 40, cap: 1e6)
        == 0)
  }
}
