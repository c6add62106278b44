import Foundation

extension MerchantWork {
  /// Midnight for one merchant: streams, policy variant, help, staff, score effects,
  /// conversion, the session's length and start, videos, the paid plan, talent sessions
  /// (MODEL.md §3.1 "day start").
  mutating func startDay(_ day: Int, state: inout MerchantState) {
    let scenario = plan.scenario
    let dayStart = Double(day) * World.minutesPerDay
    let campaign = plan.campaignByDay[day]
    let merchant = scenario.merchants[index]
    let category = scenario.categories[plan.categoryIndex[index]]
    // A new phase changes the policy; a new bidding mode restarts the plan's schedule.
    let variant = plan.variantByDay[plan.policyIndex[index]][day]
    let policy = plan.variants[variant]
    state.streams = Streams(
      merchantSeed: state.merchantSeed, day: day, isMeanField: scenario.experiment.isMeanField)
    state.variant = variant
    if state.paidPlan.mode != policy.bidding { state.paidPlan.mode = policy.bidding }
    state.today = DayRecord()
    state.today.day = day
    state.today.unitsBySKU = Array(repeating: 0, count: merchant.skus.count)
    state.today.phase = plan.variantPhase[variant]
    state.help = day >= plan.contractStartDay[index] ? plan.providerEffects[index] : .none
    state.agentsToday = staff(for: policy, category: category, state: state)
    // Yesterday's experience score sets today's effects (MODEL.md §3.6); with the rating
    // throttle off the score is still computed, but changes nothing.
    let effects = state.scoreEffects
    let throttles = scenario.loops.ratingThrottle
    state.recommendation = throttles ? effects.recommendationMultiplier : 1
    // A store barred from a festival gets none of its lift, but meets its competition.
    let inCampaign = !throttles || effects.campaignsAllowed
    state.campaignTraffic = inCampaign ? campaign.traffic : 1
    state.today.campaign = inCampaign ? campaign.label : ""
    state.today.campaignPhase = inCampaign ? campaign.phase : ""
    // Each past order's repeat hazard halves every `repeatHalfLifeDays`.
    state.repeatIntensity *= exp2(-1 / category.repeatHalfLifeDays)
    // Followers drift away slowly (MODEL.md §3.8).
    let lost =
      scenario.loops.followerFeedback
      ? state.streams.audience.binomial(state.followers, category.followerChurnPerDay) : 0
    state.followers -= lost
    state.today.lostFollowers = lost
    // Conversion today, before channel multipliers (MODEL.md §3.4): the host sells in the
    // live room only; price and festival move every channel.
    state.shelfConversionRate =
      category.conversionRate * (1 + policy.discountElasticity * policy.discount)
      * (inCampaign ? campaign.conversion : 1)
    // Buyers see the stars on shop and product pages (R-EXP): fewer stars, fewer orders.
    let stars =
      state.hasScoreHistory
      ? state.score.stars : ExperienceScore.stars(points: state.initialScore)
    let trust = throttles ? max(0.5, 1 - category.ratingConversionLossPerStar * (5 - stars)) : 1
    state.shelfConversionRate *= trust
    state.conversionRate =
      state.shelfConversionRate * (0.6 + 0.8 * merchant.hostSkill)
      * (0.8 + 0.4 * merchant.roomQuality) * state.help.liveConversion
    // Festival days may move the session or lengthen it on the peak.
    let isFestival = inCampaign && !campaign.label.isEmpty && campaign.phase != "hangover"
    let isPeak = inCampaign && campaign.phase.contains("peak")
    let extraTicks =
      isPeak
      ? Int((policy.peakDayExtraHours * 60 / Double(scenario.platform.tickMinutes)).rounded()) : 0
    state.liveTicksToday = plan.liveTicks[variant] + extraTicks
    let startHour =
      isFestival ? (policy.campaignStartHour ?? policy.liveStartHour) : policy.liveStartHour
    // Below 89 points the daily paid delivery is capped, more so the lower the score (D2:
    // 4.0–4.8 stars get a daily cap, "the higher the score the smaller the impact"): a
    // linear guess from 30 % at 60 points to 100 % at 89.
    let points = state.hasScoreHistory ? state.score.points : state.initialScore
    publishVideos(state: &state)
    let paidCap = throttles ? min(1, max(0.3, 0.3 + 0.7 * (points - 60) / 29)) : 1
    planPaidTraffic(
      day: day, isBanned: throttles && !effects.paidTrafficAllowed, paidCap: paidCap,
      state: &state)
    scheduleTalentSessions(
      on: day, allianceAllowed: !throttles || effects.allianceAllowed, state: state)
    if state.liveTicksToday > 0 {
      schedule(.liveStart(merchant: index), at: dayStart + Double(startHour) * 60)
    }
    if day == 0 {
      for sku in merchant.skus.indices { reorderIfNeeded(sku, state: &state) }
    }
  }

  /// The agents on duty today: the policy's number, or with `staffToStandard` the smallest
  /// team expected to answer 90 % of tickets within 3 minutes at yesterday's orders, at least
  /// two and at most the policy's number (the policy's number on day 0, with no history yet).
  func staff(for policy: Policy, category: Category, state: MerchantState) -> Int {
    guard policy.staffsToStandard, let orders = state.ordersYesterday else {
      return policy.serviceAgents
    }
    let rates = plan.serviceShareByHour.map { $0 * orders * category.ticketsPerOrder }
    let handling = HandlingTime.exponential(
      meanMinutes: category.handlingMinutes * state.help.handlingTime)
    // At least two, so that a burst of tickets cannot stall a one-person queue (guess).
    let needed = CustomerService.agentsNeeded(
      ratePerHour: rates, handling: handling, target3MinuteShare: 0.9,
      limit: policy.serviceAgents)
    return min(policy.serviceAgents, max(2, needed))
  }

  /// Publishes the day's videos and moves the views and the interest pool on by a day
  /// (MODEL.md §3.2 item 3, §3.8).
  ///
  /// Each video's total views are `coldStartViews × poolGrowth^K`, K the escalations it makes
  /// (each with `escalationChance × 2 × quality`, D8); all videos' remaining views halve every
  /// `viewHalfLifeDays`, so one number carries them. The interest pool halves every
  /// `interestHalfLifeDays`.
  mutating func publishVideos(state: inout MerchantState) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let policy = plan.variants[state.variant]
    let video = category.video
    let quality = min(1, policy.videoQuality * state.help.videoQuality)
    for _ in 0..<policy.videosPerDay {
      if state.streams.content.isMeanField {
        state.videoBacklog += video.expectedViews(quality: quality)
      } else {
        var views = video.coldStartViews
        var escalations = 0
        while escalations < video.maxEscalations,
          state.streams.content.bernoulli(video.escalationChance(quality: quality))
        {
          views *= video.poolGrowth
          escalations += 1
        }
        state.videoBacklog += views
      }
    }
    state.videoViewsToday = state.videoBacklog * (1 - exp2(-1 / video.viewHalfLifeDays))
    state.videoBacklog -= state.videoViewsToday
    state.interestPool *= exp2(-1 / category.interestHalfLifeDays)
    state.today.videoViews = state.videoViewsToday
    state.today.marketingCost = Double(policy.videosPerDay) * policy.costPerVideo
  }

  /// Sets the day's Qianchuan budget and expected paid visits (MODEL.md §3.3).
  ///
  /// The plan picks a budget by its bidding mode (`PaidPlan`); the price is
  /// `CPM = cpm × festival × (1 + cold-start premium while learning) × bid^elasticity`; the
  /// spend x = budget × cpm / CPM feeds the adstock `A_t = x_t + θ·A_(t−1)`, and the day's paid
  /// visits are the Hill curve `M·A^α / (A^α + γ^α)`, spread evenly over the live ticks.
  /// Paid traffic buys the live room, so a day without a live spends nothing.
  mutating func planPaidTraffic(
    day: Int, isBanned: Bool, paidCap: Double = 1, state: inout MerchantState
  ) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let policy = plan.variants[state.variant]
    let ticks = state.liveTicksToday
    let response = category.paidResponse
    let isLearning = scenario.loops.learningPhase && state.paidPlan.isLearning
    state.paidConversionMultiplier =
      (scenario.loops.learningPhase ? state.paidPlan.conversionMultiplier : 1)
      * state.help.paidConversion
    let cpm = response.cpm(
      festivalMultiplier: plan.campaignByDay[day].cpm, isLearning: isLearning,
      bidFactor: policy.bidFactor)
    var budget =
      state.paidPlan.budget(day: day, isBanned: isBanned || ticks == 0) * paidCap
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
  }

  /// Schedules the day's affiliate session (every `allianceEveryDays` days, if the score
  /// admits the store to the alliance) and any top-KOL session dated today.
  mutating func scheduleTalentSessions(
    on day: Int, allianceAllowed: Bool, state: MerchantState
  ) {
    let scenario = plan.scenario
    let talents = plan.variants[state.variant].talents
    let at = Double(day) * World.minutesPerDay + Double(talents.startHour) * 60
    if allianceAllowed, talents.allianceEveryDays > 0, day % talents.allianceEveryDays == 0 {
      schedule(.talentSession(merchant: index, kol: nil), at: at)
    }
    let today = scenario.calendar.startDate.adding(days: day)
    for (kol, session) in talents.topKOLSessions.enumerated() where session.date == today {
      schedule(.talentSession(merchant: index, kol: kol), at: at)
    }
    if talents.topKOLEveryDays > 0, day > 0, day % talents.topKOLEveryDays == 0 {
      schedule(.talentSession(merchant: index, kol: World.periodicKOL), at: at)
    }
  }
}
