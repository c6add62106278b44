/// The rules of a plan's learning phase, compensation and budget stepping.
///
/// No official Qianchuan learning rule was found (PARAMETERS §5); the defaults are the
/// guesses of PARAMETERS §1.2 and §2. A service provider's traffic capability (MODEL.md §3.3)
/// can be expressed by lowering `conversionsToExit` and raising the two multipliers.
public struct PaidPlanSettings: Sendable, Equatable {
  /// The largest `windowDays` the plan's fixed ring buffer holds.
  public static let maxWindowDays = 8

  /// Conversions within the window that end learning.
  ///
  /// Default 20: learn_conv (guess; sources say 20–50: X1, L5, L1, L2).
  public var conversionsToExit: Double
  /// The rolling window, in active days; clamped to `1...maxWindowDays`.
  ///
  /// Default 3: learn_window (guess; Q12 puts cold start at 3–5 days).
  public var windowDays: Int
  /// Active learning days after which a plan that has not exited fails.
  ///
  /// Default 7: learn_window (guess).
  public var failAfterDays: Int
  /// Paid conversion multiplier while learning.
  ///
  /// Default 0.8 (guess: "a plan in learning converts worse", MODEL.md §3.3; the same size as
  /// the +20–30 % cold-start CPM premium, Q3).
  public var learningConversionMultiplier: Double
  /// Paid conversion multiplier after learning failed.
  ///
  /// Default 0.7 (guess).
  public var failedConversionMultiplier: Double
  /// A day-over-day budget change above this share restarts learning.
  ///
  /// Default 0.3 (guess: "any bid/targeting edit resets", L4; the practitioners' +20 % step,
  /// Q10, stays below it).
  public var editThreshold: Double
  /// Calendar days a failed plan runs before it is rebuilt as a new, learning plan.
  ///
  /// Default 3 (guess).
  public var rebuildAfterFailureDays: Int
  /// The least spend that makes a day count for learning.
  ///
  /// A day spending less (bans, pauses, starved pacing) is a pause: the learning clock and
  /// window stand still. Default 200 yuan: qc_min_daily (Q9, stated for 全域推广; applied to
  /// every mode, guess).
  public var minLearningSpend: Double
  /// Conversions a day needs before over-cost is compensated.
  ///
  /// Default 6: comp_min_conv (Q7, Q8; the feed figure, search needs 2).
  public var compensationMinConversions: Double
  /// Cost per order over target, as a ratio, that triggers compensation.
  ///
  /// Default 1.2: comp_trigger (Q7).
  public var compensationCostRatio: Double
  /// Consecutive days with ROI above the floor before a test-then-scale step.
  ///
  /// Default 3: budget_step (Q10).
  public var scaleAfterDays: Int
  /// The most a test-then-scale step may lift the budget, as a multiple of yesterday's spend.
  ///
  /// Default 1.5: budget_step (Q10).
  public var maxDailyIncrease: Double

  /// Settings with the documented defaults.
  public init(
    conversionsToExit: Double = 20,
    windowDays: Int = 3,
    failAfterDays: Int = 7,
    learningConversionMultiplier: Double = 0.8,
    failedConversionMultiplier: Double = 0.7,
    editThreshold: Double = 0.3,
    rebuildAfterFailureDays: Int = 3,
    minLearningSpend: Double = 200,
    compensationMinConversions: Double = 6,
    compensationCostRatio: Double = 1.2,
    scaleAfterDays: Int = 3,
    maxDailyIncrease: Double = 1.5
  ) {
    self.conversionsToExit = conversionsToExit
    self.windowDays = windowDays
    self.failAfterDays = failAfterDays
    self.learningConversionMultiplier = learningConversionMultiplier
    self.failedConversionMultiplier = failedConversionMultiplier
    self.editThreshold = editThreshold
    self.rebuildAfterFailureDays = rebuildAfterFailureDays
    self.minLearningSpend = minLearningSpend
    self.compensationMinConversions = compensationMinConversions
    self.compensationCostRatio = compensationCostRatio
    self.scaleAfterDays = scaleAfterDays
    self.maxDailyIncrease = maxDailyIncrease
  }
}
