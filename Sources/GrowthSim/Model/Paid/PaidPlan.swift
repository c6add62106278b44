/// The learning state of a plan (Ocean Engine: 学习期 / 学习期结束 / 学习期失败, L4).
public enum LearningState: Sendable, Equatable {
  /// Learning: `day` active days closed in this attempt, `conversions` in the rolling window.
  case learning(day: Int, conversions: Double)
  /// Learning passed: normal CPM and conversion.
  case stable
  /// Learning failed `daysSince` days ago; the plan is rebuilt after a few days.
  case failed(daysSince: Int)
}

/// The last few days' conversions in a fixed ring: no allocation, ever.
struct ConversionWindow: Sendable, Equatable {
  private var slots = InlineArray<8, Double>(repeating: 0)
  private var next = 0
  private var count = 0

  /// Records one day's conversions, dropping the oldest when full.
  mutating func push(_ value: Double) {
    slots[next] = value
    next = (next + 1) % slots.count
    count = min(count + 1, slots.count)
  }

  /// The sum over the latest `days` recorded days (fewer if fewer were recorded).
  func sum(last days: Int) -> Double {
    let days = min(max(days, 0), count)
    var total = 0.0
    for back in 0..<days { total += slots[(next - 1 - back + slots.count) % slots.count] }
    return total
  }

  /// The least value over the latest `days` recorded days, or `nil` if none was recorded.
  func least(last days: Int) -> Double? {
    let days = min(max(days, 0), count)
    guard days > 0 else { return nil }
    var least = Double.infinity
    for back in 0..<days {
      least = min(least, slots[(next - 1 - back + slots.count) % slots.count])
    }
    return least
  }

  /// Forgets every recorded day.
  mutating func reset() {
    self = ConversionWindow()
  }

  static func == (lhs: ConversionWindow, rhs: ConversionWindow) -> Bool {
    guard lhs.next == rhs.next, lhs.count == rhs.count else { return false }
    for index in 0..<lhs.slots.count where lhs.slots[index] != rhs.slots[index] { return false }
    return true
  }
}

/// A Qianchuan plan's state over days: budget schedule, learning phase and credit.
///
/// Call ``budget(day:isBanned:)`` at day start and ``close(day:spend:conversions:gmv:)`` at
/// day end, once each per day. The plan's day 0 is the first day ``budget(day:isBanned:)`` is
/// called (and again after ``mode`` changes). A value type with no heap storage: copying and
/// mutating it never allocates.
///
/// Learning (PARAMETERS §1.2, learn_*): a new plan learns. It exits when the conversions of the
/// latest `windowDays` active days reach `conversionsToExit`; it fails after `failAfterDays`
/// active days without; a failed plan is rebuilt after `rebuildAfterFailureDays` calendar days
/// and learns again; a budget edit beyond `editThreshold` restarts learning from any state.
/// An active day spends at least `minLearningSpend`; other days (bans, pauses, tiny spend)
/// neither count toward exit nor toward failure. With `plans` parallel plans the rules apply
/// to each plan's even share of the spend and conversions.
public struct PaidPlan: Sendable, Equatable {
  /// The bidding mode; assigning a different one restarts its schedule on the next budget call.
  ///
  /// A budget change the new mode brings is an edit like any other (it can restart learning).
  public var mode: BiddingMode {
    didSet {
      guard mode != oldValue else { return }
      firstDay = nil
      isScaling = false
      roiStreak = 0
    }
  }
  /// The learning, compensation and stepping rules.
  public let settings: PaidPlanSettings
  /// Parallel plans sharing the budget evenly, ≥ 1: each learns on its share of the spend
  /// and conversions (learn_conv counts per plan).
  public var plans = 1
  /// The learning state after the latest close (or edit).
  public private(set) var learning: LearningState = .learning(day: 0, conversions: 0)
  /// Ad credit waiting to pay for future delivery, in yuan.
  public private(set) var creditCarried = 0.0
  /// Credit set against today's budget by the latest budget call, in yuan.
  ///
  /// After ``close(day:spend:conversions:gmv:)`` it is the credit actually used (the unused
  /// part went back to ``creditCarried``).
  public private(set) var creditApplied = 0.0
  /// Today's budget as returned by the latest budget call (delivery, credit included).
  public private(set) var todayBudget = 0.0
  /// The compensation granted by the latest close, in yuan of credit.
  public private(set) var lastCompensation = 0.0
  /// Consecutive closed days with ROI above a test-then-scale floor, since the last step.
  public private(set) var roiStreak = 0

  private var firstDay: Int?
  private var referenceBudget = 0.0
  private var isScaling = false
  private var scaleBudget = 0.0
  private var lastSpend = 0.0
  private var failedOnDay = 0
  private var window = ConversionWindow()

  /// A new plan, learning from its first day.
  public init(mode: BiddingMode, settings: PaidPlanSettings = .init()) {
    self.mode = mode
    self.settings = settings
  }

  /// Whether the plan is learning today (cold-start CPM premium, lower conversion).
  public var isLearning: Bool {
    if case .learning = learning { return true }
    return false
  }

  /// The paid conversion multiplier of the learning state: 0.8 learning, 0.7 failed, 1 stable.
  public var conversionMultiplier: Double {
    switch learning {
    case .learning: settings.learningConversionMultiplier
    case .stable: 1
    case .failed: settings.failedConversionMultiplier
    }
  }

  /// The cash part of today's budget: `todayBudget − creditApplied`, never negative.
  public var cashBudget: Double { max(0, todayBudget - creditApplied) }

  /// The cash cost of a day's spend: what credit does not pay, never negative.
  public func cashSpend(_ spend: Double) -> Double { max(0, spend - creditApplied) }

  /// The budget for today given yesterday's results; ban (score < 60) → 0.
  ///
  /// The budget is what Qianchuan may deliver today, credit included; ``cashBudget`` is what
  /// the merchant pays (budget − credit, never negative). It moves carried credit into
  /// ``creditApplied``, takes a test-then-scale step when one is due and restarts learning on
  /// an edit: a change of more than `editThreshold` against the last positive budget. Zero
  /// budgets (bans, a ramp from 0) are pauses, not edits. A banned day (exp_qc_ban, X3) takes
  /// no step and uses no credit.
  /// - Parameters:
  ///   - day: The simulation day (any origin; only differences matter).
  ///   - isBanned: Whether Qianchuan is closed to the store today.
  /// - Returns: Today's budget in yuan.
  public mutating func budget(day: Int, isBanned: Bool) -> Double {
    let start = firstDay ?? day
    firstDay = start
    creditApplied = 0
    todayBudget = 0
    guard !isBanned else { return 0 }
    let budget = max(0, scheduledBudget(planDay: max(0, day - start)))
    if budget > 0 {
      if referenceBudget > 0
        && abs(budget - referenceBudget) > settings.editThreshold * referenceBudget
      {
        restartLearning()
      }
      referenceBudget = budget
    }
    creditApplied = min(creditCarried, budget)
    creditCarried -= creditApplied
    todayBudget = budget
    return budget
  }

  /// Closes the day: learning, ROI streak and cost-cap compensation.
  ///
  /// - Parameters:
  ///   - day: The simulation day, the same as the budget call's.
  ///   - spend: Spend actually delivered today, credit included, in yuan.
  ///   - conversions: Paid conversions (orders) today.
  ///   - gmv: Paid-attributed GMV today, in yuan.
  public mutating func close(day: Int, spend: Double, conversions: Double, gmv: Double) {
    let spend = max(0, spend)
    let conversions = max(0, conversions)
    if creditApplied > spend {
      creditCarried += creditApplied - spend
      creditApplied = spend
    }
    updateLearning(day: day, spend: spend, conversions: conversions)
    if case .testThenScale(_, _, _, _, let floor) = mode {
      roiStreak = spend > 0 && gmv / spend > floor ? roiStreak + 1 : 0
    }
    lastSpend = spend
    lastCompensation = 0
    if case .costCap(let target, _) = mode, conversions >= settings.compensationMinConversions {
      let allowed = settings.compensationCostRatio * target * conversions
      if spend > allowed {
        lastCompensation = spend - allowed
        creditCarried += lastCompensation
      }
    }
  }

  /// The mode's nominal budget on the plan's day `planDay`; takes a due scale step.
  private mutating func scheduledBudget(planDay: Int) -> Double {
    switch mode {
    case .fixed(let dailyBudget):
      return dailyBudget
    case .ramp(let startBudget, let targetBudget, let days):
      guard days > 0 else { return targetBudget }
      let share = Double(min(planDay, days)) / Double(days)
      return startBudget + (targetBudget - startBudget) * share
    case .testThenScale(let testBudget, let testDays, let stepShare, let maxBudget, _):
      if planDay < testDays { return testBudget }
      if !isScaling {
        isScaling = true
        scaleBudget = min(testBudget, maxBudget)
      }
      if roiStreak >= max(1, settings.scaleAfterDays) {
        let stepped = min(
          scaleBudget * (1 + stepShare), settings.maxDailyIncrease * lastSpend, maxBudget)
        scaleBudget = max(scaleBudget, stepped)
        roiStreak = 0
      }
      return scaleBudget
    case .roiTarget(_, let maxBudget), .costCap(_, let maxBudget):
      return maxBudget
    }
  }

  /// Advances the learning state machine by one closed day.
  private mutating func updateLearning(day: Int, spend: Double, conversions: Double) {
    switch learning {
    case .stable:
      return
    case .failed:
      let since = day - failedOnDay
      if since >= settings.rebuildAfterFailureDays {
        restartLearning()
      } else {
        learning = .failed(daysSince: since)
      }
    case .learning(let learningDay, _):
      // Each of the identical plans spends and converts its share of the day.
      let share = 1 / Double(max(1, plans))
      guard spend > 0, spend * share >= settings.minLearningSpend else { return }
      window.push(conversions * share)
      let windowDays = min(max(settings.windowDays, 1), PaidPlanSettings.maxWindowDays)
      let recent = window.sum(last: windowDays)
      if recent >= settings.conversionsToExit {
        learning = .stable
        window.reset()
      } else if learningDay + 1 >= settings.failAfterDays {
        learning = .failed(daysSince: 0)
        failedOnDay = day
        window.reset()
      } else {
        learning = .learning(day: learningDay + 1, conversions: recent)
      }
    }
  }

  /// Starts a new learning attempt with an empty window.
  private mutating func restartLearning() {
    learning = .learning(day: 0, conversions: 0)
    window.reset()
  }
}
