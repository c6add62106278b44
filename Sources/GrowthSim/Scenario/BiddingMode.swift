/// How a Qianchuan plan sets its daily budget (MODEL.md §3.3, PARAMETERS §1.2).
public enum BiddingMode: Sendable, Equatable {
  /// The same budget every day.
  case fixed(dailyBudget: Double)
  /// A straight line from `startBudget` on the plan's day 0 to `targetBudget` on day `days`,
  /// then flat (`days ≤ 0` starts at the target).
  ///
  /// Steps above `editThreshold` restart learning, so a steep ramp pays for itself in
  /// cold-start CPM and conversion (design choice, PARAMETERS §1.2 learning phase).
  case ramp(startBudget: Double, targetBudget: Double, days: Int)
  /// A small test budget, then steps while ROI holds (the TeenieWeenie case).
  ///
  /// `testBudget` for the plan's first `testDays` days; afterwards the budget rises by
  /// `stepShare` (0.2) each time the plan has had `scaleAfterDays` (3) consecutive days with
  /// ROI > `roiFloor`, never above `maxDailyIncrease` (1.5) × yesterday's spend nor
  /// `maxBudget` (budget_step, Q10). A day at or below the floor holds the budget (Q10 cuts
  /// the bid instead, which this plan does not model).
  case testThenScale(
    testBudget: Double, testDays: Int, stepShare: Double, maxBudget: Double, roiFloor: Double)
  /// 全域推广-style ROI target: the budget is `maxBudget`, and the engine spends only while the
  /// marginal ROI stays at or above `floorROI` (``PaidResponse/spendForMarginalROI``; Q9).
  case roiTarget(floorROI: Double, maxBudget: Double)
  /// 控成本 cost cap with over-cost compensation (Q7, Q8); the budget is `maxBudget`.
  ///
  /// When a day's cost per order exceeds `compensationCostRatio` (1.2) × target with at least
  /// `compensationMinConversions` (6) conversions, the over-cost
  /// `spend − 1.2 × target × conversions` comes back as ad credit that pays for the next days'
  /// delivery (comp_trigger, comp_min_conv).
  case costCap(targetCostPerOrder: Double, maxBudget: Double)
}
