extension World {
  /// Sets the day's Qianchuan budget and expected paid visits (MODEL.md §3.3).
  ///
  /// The plan picks a budget by its bidding mode (`PaidPlan`); the price is
  /// `CPM = cpm × festival × (1 + cold-start premium while learning) × bid^elasticity`; the
  /// spend x = budget × cpm / CPM feeds the adstock `A_t = x_t + θ·A_(t−1)`, and the day's paid
  /// visits are the Hill curve `M·A^α / (A^α + γ^α)`, spread evenly over the live ticks.
  /// Paid traffic buys the live room, so a day without a live spends nothing.
  mutating func planPaidTraffic(for index: Int, isBanned: Bool, paidCap: Double = 1) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let policy = plan.variants[merchants[index].variant]
    let ticks = merchants[index].liveTicksToday
    let response = category.paidResponse
    var state = takeState(index)
    let isLearning = scenario.loops.learningPhase && state.paidPlan.isLearning
    state.paidConversionMultiplier =
      (scenario.loops.learningPhase ? state.paidPlan.conversionMultiplier : 1)
      * state.help.paidConversion
    let cpm = response.cpm(
      festivalMultiplier: plan.campaignByDay[currentDay].cpm, isLearning: isLearning,
      bidFactor: policy.bidFactor)
    var budget =
      state.paidPlan.budget(day: currentDay, isBanned: isBanned || ticks == 0) * paidCap
    state.today.paidCap = paidCap
    let ordersPerVisit =
      min(1, state.conversionRate * category.paidConversionMultiplier)
      * state.paidConversionMultiplier
    let cap = budget
    switch policy.bidding {
    case .roiTarget(let floorROI, _):
      budget = response.spendForMarginalROI(
        floorROI: floorROI,
        valuePerVisit: ordersPerVisit * plan.averageListPrice[index] * (1 - policy.discount),
        carriedAdstock: state.adstock.adstock, cpm: cpm, cap: cap)
    case .costCap(let target, _):
      // Spend while the last yuan still buys orders at the target cost or better.
      budget = response.spendForMarginalROI(
        floorROI: 1 / target, valuePerVisit: ordersPerVisit, carriedAdstock: state.adstock.adstock,
        cpm: cpm, cap: cap)
    default: break
    }
    // A learning plan must spend its minimum to learn at all (qc_min_daily: ≥ 200 yuan a day
    // for ≥ 3 days, Q9), even below its ROI target.
    if isLearning { budget = max(budget, min(cap, state.paidPlan.settings.minLearningSpend)) }
    let visits = response.dayVisits(spend: budget, cpm: cpm, state: &state.adstock)
    let perTick = ticks > 0 ? 1 / Double(ticks) : 0
    state.paidSpendPerTick = budget * perTick
    state.paidVisitsPerTick = visits * perTick
    state.paidImpressionsPerTick = cpm > 0 ? budget / cpm * 1000 * perTick : 0
    state.today.cpm = cpm
    state.today.paidLearning = scenario.loops.learningPhase ? state.paidPlan.learning.name : "off"
    putBack(state, index)
  }
}

extension LearningState {
  /// `learning`, `stable` or `failed`, for the CSV.
  var name: String {
    switch self {
    case .learning: return "learning"
    case .stable: return "stable"
    case .failed: return "failed"
    }
  }
}
