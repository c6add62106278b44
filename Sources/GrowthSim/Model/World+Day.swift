import Foundation

extension World {
  /// Midnight: every merchant plans its day (MODEL.md §3.1 "day start").
  mutating func startDay(_ day: Int) {
    currentDay = day
    let scenario = plan.scenario
    let dayStart = Double(day) * World.minutesPerDay
    let campaign = plan.campaignByDay[day]
    for index in merchants.indices {
      let merchant = scenario.merchants[index]
      let category = scenario.categories[plan.categoryIndex[index]]
      // A new phase changes the policy; a new bidding mode restarts the plan's schedule.
      let variant = plan.variantByDay[plan.policyIndex[index]][day]
      let policy = plan.variants[variant]
      var state = takeState(index)
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
      putBack(state, index)
      publishVideos(for: index)
      let paidCap = throttles ? min(1, max(0.3, 0.3 + 0.7 * (points - 60) / 29)) : 1
      planPaidTraffic(
        for: index, isBanned: throttles && !effects.paidTrafficAllowed, paidCap: paidCap)
      scheduleTalentSessions(
        for: index, on: day, allianceAllowed: !throttles || effects.allianceAllowed)
      if merchants[index].liveTicksToday > 0 {
        queue.schedule(.liveStart(merchant: index), at: dayStart + Double(startHour) * 60)
      }
      if day == 0 {
        work(on: index) { work in
          for sku in merchant.skus.indices { work.reorderIfNeeded(sku) }
        }
      }
    }
    for hour in 0..<24 {
      queue.schedule(.shelfTick(hour: hour), at: dayStart + Double(hour) * 60)
    }
  }

  /// The end of a day: fulfilment, service and score, then the books (MODEL.md §5).
  ///
  /// Each merchant's row goes to its slot of `dayRows`. Merchants do not meet here, so
  /// `forEachMerchant` may share them out over threads.
  mutating func endDay(_ day: Int) {
    let count = merchants.count
    dayRows.removeAll(keepingCapacity: true)
    dayRows.append(contentsOf: repeatElement(DayRecord(), count: count))
    let rows = dayRows.withUnsafeMutableBufferPointer {
      MerchantWork.Rows(base: $0.baseAddress.unsafelyUnwrapped)
    }
    forEachMerchant { work in rows.base[work.index] = work.closeDay(day) }
    endedDay = day
    if day + 1 == plan.scenario.calendar.days {
      // The horizon: refunds and deliveries due after it never happen in this run.
      queue = EventQueue(start: queue.now)
    }
  }
}
