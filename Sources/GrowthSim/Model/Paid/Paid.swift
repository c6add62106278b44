/// Qianchuan paid traffic (MODEL.md §3.3): the day's plan and budget, the visits and
/// impressions of each live tick, the GMV attributed to it, and the plan's day closed.
extension MerchantWork {
  /// The share of the daily paid delivery allowed by the experience score.
  ///
  /// Below 89 points the daily paid delivery is capped, more so the lower the score (D2:
  /// 4.0–4.8 stars get a daily cap, "the higher the score the smaller the impact"): a
  /// linear guess from 30 % at 60 points to 100 % at 89.
  func paidDeliveryCap(_ state: MerchantState) -> Double {
    let points = state.hasScoreHistory ? state.score.points : state.initialScore
    return min(1, max(0.3, 0.3 + 0.7 * (points - 60) / 29))
  }

  /// Sets the day's Qianchuan budget and expected paid visits (MODEL.md §3.3).
  ///
  /// The plan picks a budget by its bidding mode (`PaidPlan`); the price is
  /// `CPM = cpm × festival × (1 + cold-start premium while learning) × bid^elasticity`
  /// `× audience × jump` (`PaidDynamics`: the budget's share of the reachable audience and its
  /// rise over the recent least); a bid below the market's delivers only
  /// `bidFactor^(1 + bidElasticity)` of the budget (it wins fewer auctions); a `videoShare` of
  /// the delivered budget buys short-video views at that
  /// CPM, the rest the live room: the spend x = budget × cpm / CPM feeds the adstock
  /// `A_t = x_t + θ·A_(t−1)`, and the day's paid visits are the Hill curve
  /// `M·A^α / (A^α + γ^α)` times the creative's click-through multiplier, spread evenly over
  /// the live ticks. A day without a live spends nothing.
  mutating func planPaidTraffic(
    day: Int, isBanned: Bool, paidCap: Double = 1, state: inout MerchantState
  ) {
    let scenario = plan.scenario
    // Fields, not the category or the policy: copying those structs retains their strings
    // and arrays every merchant-day.
    let c = plan.categoryIndex[index]
    let variant = state.variant
    let ticks = state.liveTicksToday
    let response = scenario.categories[c].paidResponse
    let dynamics = scenario.categories[c].paidDynamics
    let population = scenario.categories[c].addressablePopulation
    let targeting = plan.variants[variant].adTargeting
    let bidding = plan.variants[variant].bidding
    let isLearning = scenario.loops.learningPhase && state.paidPlan.isLearning
    state.paidConversionMultiplier =
      (scenario.loops.learningPhase ? state.paidPlan.conversionMultiplier : 1)
      * state.help.paidConversion * targeting.conversionMultiplier
    let nominal =
      state.paidPlan.budget(
        day: day, isBanned: isBanned || ticks == 0 || !scenario.loops.paidTraffic) * paidCap
    state.today.paidCap = paidCap
    // A bid below the market's wins fewer auctions, so delivers less of the budget.
    let deliverable =
      nominal * response.deliveredShare(bidFactor: plan.variants[variant].bidFactor)
    let audience =
      population
      * (scenario.loops.marketSaturation
        ? state.unreachedShare(of: population) : 1)
    // A pacing plan's budget is only a cap: it buys about what it bought yesterday.
    let bought: Double
    switch bidding {
    case .roiTarget, .costCap: bought = min(deliverable, state.paidSpendYesterday)
    default: bought = deliverable
    }
    let cpm =
      response.cpm(
        festivalMultiplier: plan.campaignByDay[day].cpm, isLearning: isLearning,
        bidFactor: plan.variants[variant].bidFactor) * targeting.cpmMultiplier
      * dynamics.audienceMultiplier(
        budget: bought, baseCPM: response.baseCPM, audience: audience)
      * dynamics.jumpMultiplier(
        budget: nominal, reference: state.budgetMemory.reference(days: dynamics.jumpDays))
    state.budgetMemory.record(nominal)
    let clicks =
      scenario.loops.creativeRefresh
      ? dynamics.clickMultiplier(creativeAgeDays: state.creativeAgeDays) : 1
    state.today.paidClickMultiplier = clicks
    // Paid short-video views: each impression a view, flowing like the organic ones.
    let videoSpend = deliverable * plan.variants[variant].paidVideoShare
    let videoViews = cpm > 0 ? videoSpend / cpm * 1000 : 0
    state.content.videoViewsToday += videoViews
    state.today.videoViews += videoViews
    state.today.paidVideoViews = videoViews
    state.today.adDelivered += videoSpend
    let cap = deliverable - videoSpend
    var budget = cap
    let ordersPerVisit =
      min(1, state.conversionRate * scenario.categories[c].paidConversionMultiplier)
      * state.paidConversionMultiplier * clicks
    switch bidding {
    case .roiTarget(let floorROI, _):
      budget = response.spendForMarginalROI(
        floorROI: floorROI,
        valuePerVisit: ordersPerVisit * plan.averageListPrice[index]
          * (1 - plan.variants[variant].discount),
        carriedAdstock: state.adstock.adstock, cpm: cpm, cap: cap)
    case .costCap(let target, _):
      // Spend while the last yuan still buys orders at the target cost or better.
      budget = response.spendForMarginalROI(
        floorROI: 1 / target, valuePerVisit: ordersPerVisit, carriedAdstock: state.adstock.adstock,
        cpm: cpm, cap: cap)
    default: break
    }
    // A learning plan must spend its minimum to learn at all (qc_min_daily: ≥ 200 yuan a day
    // for ≥ 3 days, Q9), even below its ROI target: each of its plans.
    if isLearning {
      let least =
        state.paidPlan.settings.minLearningSpend * Double(plan.variants[variant].paidPlans)
      budget = max(budget, min(cap, least))
    }
    let visits = response.dayVisits(spend: budget, cpm: cpm, state: &state.adstock) * clicks
    let perTick = ticks > 0 ? 1 / Double(ticks) : 0
    state.paidSpendPerTick = budget * perTick
    state.paidVisitsPerTick = visits * perTick
    state.paidImpressionsPerTick = cpm > 0 ? budget / cpm * 1000 * perTick : 0
    state.today.cpm = cpm
    state.today.paidLearning = scenario.loops.learningPhase ? state.paidPlan.learning.name : "off"
  }

  /// A live tick's paid impressions and visits: the day's plan spread evenly over the
  /// ticks; impressions are what the spend buys at the day's CPM.
  func paidTraffic(unreached: Double, _ state: inout MerchantState)
    -> (impressions: Double, visits: Double)
  {
    let impressions = state.streams.paid.poisson(state.paidImpressionsPerTick)
    let visits = state.streams.paid.poisson(state.paidVisitsPerTick * unreached)
    state.today.adDelivered += state.paidSpendPerTick
    return (impressions, visits)
  }

  /// Paid GMV is attributed by the paid share of the tick's demand (last-touch by channel).
  func attributePaidSales(
    _ sold: (orders: Double, units: Double, gmv: Double), paidDemand: Double, demand: Double,
    _ state: inout MerchantState
  ) {
    guard paidDemand > 0 else { return }
    state.today.paidGMV += sold.gmv * paidDemand / demand
    state.today.paidOrders += sold.orders * paidDemand / demand
  }

  /// Closes the plan's day: learning, ROI streak and cost-cap credit; the cash spend is what
  /// the day cost after any credit.
  func closePaidTraffic(day: Int, state: inout MerchantState) {
    let delivered = state.today.adDelivered
    state.paidSpendYesterday = delivered
    state.today.adSpend = state.paidPlan.cashSpend(delivered)
    state.today.adCredit = delivered - state.today.adSpend
    state.paidPlan.close(
      day: day, spend: delivered, conversions: state.today.paidOrders, gmv: state.today.paidGMV)
  }
}
