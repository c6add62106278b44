import Testing

@testable import GrowthSim

/// Qianchuan plan over days: learning phase, bidding-mode schedules, compensation, bans.
@Suite struct PaidPlanTests {
  /// Runs one day: budget, full spend of it, and the given results.
  @discardableResult
  static func day(
    _ plan: inout PaidPlan, _ day: Int, conversions: Double, roi: Double = 3,
    banned: Bool = false, spendShare: Double = 1
  ) -> Double {
    let budget = plan.budget(day: day, isBanned: banned)
    let spend = budget * spendShare
    plan.close(day: day, spend: spend, conversions: conversions, gmv: spend * roi)
    return budget
  }

  @Test func learningExitsAtTwentyConversionsWithinThreeDays() {
    var plan = PaidPlan(mode: .fixed(dailyBudget: 1_000))
    #expect(plan.isLearning)
    #expect(plan.conversionMultiplier == 0.8)
    Self.day(&plan, 0, conversions: 5)
    Self.day(&plan, 1, conversions: 8)
    #expect(plan.learning == .learning(day: 2, conversions: 13))
    Self.day(&plan, 2, conversions: 7)
    #expect(plan.learning == .stable)
    #expect(!plan.isLearning)
    #expect(plan.conversionMultiplier == 1)
  }

  @Test func theWindowRollsOverThreeDays() {
    var plan = PaidPlan(mode: .fixed(dailyBudget: 1_000))
    for (day, conversions) in [10.0, 5, 4, 1].enumerated() {
      Self.day(&plan, day, conversions: conversions)
    }
    // 20 in total, but only 5 + 4 + 1 = 10 in the latest three days.
    #expect(plan.learning == .learning(day: 4, conversions: 10))
    Self.day(&plan, 4, conversions: 15)
    #expect(plan.learning == .stable)
  }

  @Test func learningFailsAfterSevenDaysAndIsRebuilt() {
    var plan = PaidPlan(mode: .fixed(dailyBudget: 1_000))
    for day in 0..<6 { Self.day(&plan, day, conversions: 2) }
    #expect(plan.learning == .learning(day: 6, conversions: 6))
    Self.day(&plan, 6, conversions: 2)
    #expect(plan.learning == .failed(daysSince: 0))
    #expect(!plan.isLearning)
    #expect(plan.conversionMultiplier == 0.7)
    Self.day(&plan, 7, conversions: 30)
    #expect(plan.learning == .failed(daysSince: 1))
    Self.day(&plan, 8, conversions: 30)
    #expect(plan.learning == .failed(daysSince: 2))
    Self.day(&plan, 9, conversions: 30)
    #expect(plan.learning == .learning(day: 0, conversions: 0))
    #expect(plan.isLearning)
    // The rebuilt plan learns again from an empty window.
    Self.day(&plan, 10, conversions: 12)
    Self.day(&plan, 11, conversions: 8)
    #expect(plan.learning == .stable)
  }

  @Test func pausedDaysDoNotAdvanceLearning() {
    var plan = PaidPlan(mode: .fixed(dailyBudget: 1_000))
    Self.day(&plan, 0, conversions: 4)
    Self.day(&plan, 1, conversions: 0, banned: true)
    Self.day(&plan, 2, conversions: 1, spendShare: 0.15)  // 150 yuan < qc_min_daily 200
    #expect(plan.learning == .learning(day: 1, conversions: 4))
    Self.day(&plan, 3, conversions: 9)
    Self.day(&plan, 4, conversions: 7)
    #expect(plan.learning == .stable)
  }

  @Test func aBudgetEditAboveThirtyPercentRestartsLearning() {
    var plan = PaidPlan(mode: .fixed(dailyBudget: 1_000))
    for day in 0..<3 { Self.day(&plan, day, conversions: 7) }
    #expect(plan.learning == .stable)
    plan.mode = .fixed(dailyBudget: 1_250)  // +25 %: not an edit
    Self.day(&plan, 3, conversions: 0)
    #expect(plan.learning == .stable)
    plan.mode = .fixed(dailyBudget: 1_700)  // +36 %: restarts
    #expect(plan.budget(day: 4, isBanned: false) == 1_700)
    #expect(plan.learning == .learning(day: 0, conversions: 0))
    plan.close(day: 4, spend: 1_700, conversions: 3, gmv: 5_000)
    // A cut beyond 30 % restarts a learning plan too, resetting its clock and window.
    plan.mode = .fixed(dailyBudget: 1_000)
    Self.day(&plan, 5, conversions: 1)
    #expect(plan.learning == .learning(day: 1, conversions: 1))
  }

  @Test func aSteepRampRestartsLearningButAGentleOneDoesNot() {
    var steep = PaidPlan(mode: .ramp(startBudget: 1_000, targetBudget: 3_000, days: 2))
    Self.day(&steep, 0, conversions: 5)
    Self.day(&steep, 1, conversions: 5)  // 1,000 → 2,000
    #expect(steep.learning == .learning(day: 1, conversions: 5))
    var gentle = PaidPlan(mode: .ramp(startBudget: 1_000, targetBudget: 2_000, days: 4))
    Self.day(&gentle, 0, conversions: 5)
    Self.day(&gentle, 1, conversions: 5)  // 1,000 → 1,250
    #expect(gentle.learning == .learning(day: 2, conversions: 10))
  }

  @Test func fixedAndRampBudgetsFollowTheirSchedules() {
    var fixed = PaidPlan(mode: .fixed(dailyBudget: 3_000))
    for day in 0..<5 { #expect(Self.day(&fixed, day, conversions: 1) == 3_000) }
    // The plan's day 0 is its first budget call, here simulation day 10.
    var ramp = PaidPlan(mode: .ramp(startBudget: 1_000, targetBudget: 2_000, days: 4))
    let budgets = (10..<16).map { Self.day(&ramp, $0, conversions: 1) }
    #expect(budgets == [1_000, 1_250, 1_500, 1_750, 2_000, 2_000])
    // Re-assigning the same mode does not restart the schedule.
    ramp.mode = .ramp(startBudget: 1_000, targetBudget: 2_000, days: 4)
    #expect(Self.day(&ramp, 16, conversions: 1) == 2_000)
    var down = PaidPlan(mode: .ramp(startBudget: 2_000, targetBudget: 1_000, days: 2))
    #expect((0..<4).map { Self.day(&down, $0, conversions: 1) } == [2_000, 1_500, 1_000, 1_000])
  }

  static let scale = BiddingMode.testThenScale(
    testBudget: 1_000, testDays: 3, stepShare: 0.2, maxBudget: 2_000, roiFloor: 2)

  @Test func testThenScaleStepsAfterThreeGoodDaysUpToTheMax() {
    var plan = PaidPlan(mode: Self.scale)
    // ROI 3 every day except day 6 (ROI 1.5, below the floor of 2).
    let budgets = (0..<17).map { Self.day(&plan, $0, conversions: 10, roi: $0 == 6 ? 1.5 : 3) }
    let expected: [Double] = [
      1_000, 1_000, 1_000,  // test
      1_200, 1_200, 1_200,  // first step after three good test days
      1_440,  // second step; its ROI is bad, so the streak restarts
      1_440, 1_440, 1_440,
      1_728, 1_728, 1_728,
      2_000, 2_000, 2_000, 2_000,  // 2,073.6 capped at the max
    ]
    for (day, budget) in budgets.enumerated() {
      #expect(abs(budget - expected[day]) < 1e-9, "day \(day): \(budget) vs \(expected[day])")
    }
    #expect(plan.isLearning == false)  // +20 % steps never count as edits
  }

  @Test func testThenScaleNeedsConsecutiveDaysAndRespectsTheTestPhase() {
    var plan = PaidPlan(
      mode: .testThenScale(
        testBudget: 1_000, testDays: 5, stepShare: 0.2, maxBudget: 5_000, roiFloor: 2))
    // Three good days inside the test phase do not scale it early.
    let test = (0..<5).map { Self.day(&plan, $0, conversions: 10, roi: $0 == 3 ? 2 : 3) }
    #expect(test == [1_000, 1_000, 1_000, 1_000, 1_000])
    // Day 3 sat exactly at the floor (not above it), so the streak restarted on day 4.
    #expect(Self.day(&plan, 5, conversions: 10) == 1_000)
    #expect(Self.day(&plan, 6, conversions: 10) == 1_000)
    #expect(Self.day(&plan, 7, conversions: 10) == 1_200)
  }

  @Test func testThenScaleStepIsCappedByYesterdaysSpend() {
    var plan = PaidPlan(mode: Self.scale)
    for day in 0..<3 { Self.day(&plan, day, conversions: 10, spendShare: 0.8) }
    // Yesterday's spend 800: 1.5 × 800 = 1,200 allows the full step.
    #expect(Self.day(&plan, 3, conversions: 10, spendShare: 0.5) == 1_200)
    Self.day(&plan, 4, conversions: 10, spendShare: 0.5)
    Self.day(&plan, 5, conversions: 10, spendShare: 0.5)
    // Yesterday's spend 600: the step stops at 900, below the budget, which holds.
    #expect(Self.day(&plan, 6, conversions: 10, spendShare: 0.7) == 1_200)
    Self.day(&plan, 7, conversions: 10, spendShare: 0.7)
    Self.day(&plan, 8, conversions: 10, spendShare: 0.7)
    // Yesterday's spend 840: 1,260 caps the step to 1,440.
    #expect(abs(Self.day(&plan, 9, conversions: 10) - 1_260) < 1e-9)
  }

  @Test func roiTargetBudgetIsTheCap() {
    var plan = PaidPlan(mode: .roiTarget(floorROI: 2.5, maxBudget: 8_000))
    #expect(Self.day(&plan, 0, conversions: 10, spendShare: 0.3) == 8_000)
    #expect(Self.day(&plan, 1, conversions: 10, spendShare: 0.9) == 8_000)
  }

  @Test func costCapCompensatesOverCostWithEnoughConversions() {
    var plan = PaidPlan(mode: .costCap(targetCostPerOrder: 50, maxBudget: 1_000))
    #expect(plan.budget(day: 0, isBanned: false) == 1_000)
    // 700 for 10 orders: 70 > 1.2 × 50; over-cost 700 − 600 = 100.
    plan.close(day: 0, spend: 700, conversions: 10, gmv: 2_000)
    #expect(abs(plan.lastCompensation - 100) < 1e-9)
    #expect(abs(plan.creditCarried - 100) < 1e-9)
    #expect(plan.budget(day: 1, isBanned: false) == 1_000)
    #expect(abs(plan.creditApplied - 100) < 1e-9)
    #expect(abs(plan.cashBudget - 900) < 1e-9)
    #expect(plan.creditCarried == 0)
    #expect(abs(plan.cashSpend(1_000) - 900) < 1e-9)
    // Five orders at 200 each: too few conversions.
    plan.close(day: 1, spend: 1_000, conversions: 5, gmv: 2_000)
    #expect(plan.lastCompensation == 0)
    #expect(plan.creditCarried == 0)
    // Six orders at exactly 1.2 × target: not over.
    _ = plan.budget(day: 2, isBanned: false)
    plan.close(day: 2, spend: 360, conversions: 6, gmv: 2_000)
    #expect(plan.lastCompensation == 0)
    // Six orders at 361 / 6: one yuan over.
    _ = plan.budget(day: 3, isBanned: false)
    plan.close(day: 3, spend: 361, conversions: 6, gmv: 2_000)
    #expect(abs(plan.lastCompensation - 1) < 1e-9)
  }

  @Test func creditNeverMakesCashNegativeAndUnusedCreditCarries() {
    var plan = PaidPlan(mode: .costCap(targetCostPerOrder: 10, maxBudget: 1_000))
    _ = plan.budget(day: 0, isBanned: false)
    plan.close(day: 0, spend: 1_000, conversions: 10, gmv: 0)  // credit 1,000 − 120 = 880
    #expect(abs(plan.creditCarried - 880) < 1e-9)
    plan.mode = .costCap(targetCostPerOrder: 10, maxBudget: 800)
    #expect(plan.budget(day: 1, isBanned: false) == 800)
    #expect(plan.cashBudget == 0)
    #expect(abs(plan.creditCarried - 80) < 1e-9)
    // Only 500 delivered: 300 of credit goes back; no cash paid.
    plan.close(day: 1, spend: 500, conversions: 2, gmv: 0)
    #expect(plan.cashSpend(500) == 0)
    #expect(abs(plan.creditCarried - 380) < 1e-9)
  }

  @Test func costCapOnlyCompensatesInCostCapMode() {
    var plan = PaidPlan(mode: .fixed(dailyBudget: 1_000))
    _ = plan.budget(day: 0, isBanned: false)
    plan.close(day: 0, spend: 1_000, conversions: 6, gmv: 0)
    #expect(plan.creditCarried == 0)
  }

  @Test func aBanGivesNoBudgetAndNoEdit() {
    // 1,000 for 7 orders against 1.2 × 100 × 7 = 840: 160 of credit a day.
    var plan = PaidPlan(mode: .costCap(targetCostPerOrder: 100, maxBudget: 1_000))
    for day in 0..<3 { Self.day(&plan, day, conversions: 7) }
    #expect(plan.learning == .stable)
    #expect(abs(plan.creditCarried - 160) < 1e-9)
    #expect(plan.budget(day: 3, isBanned: true) == 0)
    #expect(plan.cashBudget == 0)
    #expect(abs(plan.creditCarried - 160) < 1e-9)
    plan.close(day: 3, spend: 0, conversions: 0, gmv: 0)
    // Back from the ban at the same budget: no edit, learning kept, credit used now.
    #expect(plan.budget(day: 4, isBanned: false) == 1_000)
    #expect(plan.learning == .stable)
    #expect(abs(plan.creditApplied - 160) < 1e-9)
  }

  @Test func thePlanHoldsNoHeapStorage() {
    // A trivially copyable value: copying and mutating a plan never allocates.
    #expect(_isPOD(PaidPlan.self))
    #expect(_isPOD(PaidResponse.self))
    #expect(_isPOD(AdstockState.self))
  }
}
