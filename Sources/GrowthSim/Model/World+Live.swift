extension World {
  /// A room opens: it joins the feed's allocation for its category (MODEL.md §3.2).
  mutating func openLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let ticks = merchants[index].liveTicksToday
    let tick = Double(plan.scenario.platform.tickMinutes)
    let policy = plan.variants[merchants[index].variant]
    var state = takeState(index)
    state.isLive = true
    state.ticksLeft = ticks
    state.sessionGMV = 0
    state.sessionVisits = 0
    // The weight is fixed for the session, so closing removes exactly what opening added.
    let scenario = plan.scenario
    let categoryValues = scenario.categories[category]
    // Traffic drivers in stock (引流款) and lucky bags (福袋) make the room more engaging.
    let skus = scenario.merchants[index].skus
    let active = policy.activeSKUs > 0 ? policy.activeSKUs : skus.count
    let hasTrafficDriver = skus.indices.prefix(active).contains {
      skus[$0].role == "traffic" && state.onHand[$0] > 0
    }
    let bags = policy.luckyBagBudgetPerHour
    let bagShare = bags / (bags + categoryValues.luckyBagHalfBudgetPerHour)
    state.followLift = 1 + categoryValues.luckyBagMaxFollowLift * bagShare
    state.liveWeight =
      state.baseWeight * scenario.platform.levelWeights[state.level] * state.recommendation
      * state.help.liveWeight * (hasTrafficDriver ? 1 + categoryValues.trafficDriverBoost : 1)
      * (1 + categoryValues.luckyBagMaxWeightLift * bagShare)
    liveWeight[category] += state.liveWeight
    liveRooms[category] += 1
    putBack(state, index)
    queue.schedule(.liveTick(merchant: index, isFirst: true), at: queue.now)
    queue.schedule(.liveEnd(merchant: index), at: queue.now + Double(ticks) * tick)
  }

  /// A room closes, leaves the allocation, and its session moves its traffic level.
  ///
  /// The level follows a score s ← (s + GPM_session) / 2, a short memory of recent sessions
  /// (PARAMETERS §1.1: each session's allocation references the last few): up one level when
  /// s reaches the next threshold, down one when s falls below `levelHysteresis` × the
  /// current level's threshold.
  mutating func closeLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let platform = plan.scenario.platform
    var state = takeState(index)
    state.isLive = false
    liveRooms[category] -= 1
    // Reset exactly when the last room closes, so rounding never accumulates.
    liveWeight[category] = liveRooms[category] == 0 ? 0 : liveWeight[category] - state.liveWeight
    if plan.scenario.loops.levelEscalation, state.sessionVisits > 0 {
      let gpm = 1000 * state.sessionGMV / state.sessionVisits
      state.levelScore = state.levelScore.isNaN ? gpm : (state.levelScore + gpm) / 2
      let thresholds = platform.levelGPMThresholds
      if state.level + 1 < thresholds.count, state.levelScore >= thresholds[state.level + 1] {
        state.level += 1
      } else if state.level > 0,
        state.levelScore < thresholds[state.level] * platform.levelHysteresis
      {
        state.level -= 1
      }
    }
    putBack(state, index)
  }

  /// One live tick: feed, follower and paid visits arrive and convert (MODEL.md §3.2–3.4).
  ///
  /// Feed: the category's hourly supply is shared among the rooms live now and the
  /// background competition, in proportion to weight: `E = S·w / (B + Σ w_live)`, of which
  /// the share of the market not yet reached are new users who may come.
  /// Paid: the day's budget and Hill-curve visits (`planPaidTraffic`) spread evenly over the
  /// ticks; impressions are what the spend buys at the day's CPM.
  mutating func liveTick(_ index: Int, isFirst: Bool) {
    let scenario = plan.scenario
    let categoryIndex = plan.categoryIndex[index]
    let hour = hourOfDay
    let tickMinutes = Double(scenario.platform.tickMinutes)
    let tickHours = tickMinutes / 60
    let unreached =
      scenario.loops.marketSaturation
      ? merchants[index].unreachedShare(
        of: scenario.categories[categoryIndex].addressablePopulation) : 1

    let supply =
      scenario.categories[categoryIndex].liveImpressionsPerDay * plan.supplyShareByHour[hour]
      * tickHours
      * merchants[index].campaignTraffic
    let competition =
      scenario.categories[categoryIndex].backgroundRooms * plan.competitionByHour[hour]
      * plan.campaignByDay[currentDay].competition
    let feedExpected =
      supply * merchants[index].liveWeight / (competition + liveWeight[categoryIndex])
    let feedImpressions = merchants[index].streams.feed.poisson(feedExpected)
    let feedVisits = merchants[index].streams.feed.binomial(
      feedImpressions, scenario.categories[categoryIndex].entryRate * unreached)

    let videoVisits = merchants[index].streams.video.poisson(
      merchants[index].videoViewsToday * plan.supplyShareByHour[hour] * tickHours
        * scenario.categories[categoryIndex].video.liveClickRate * unreached)

    // The interest pool "weeds" in lives too (MODEL.md §3.2): seeded users who see the room.
    let interestVisits = min(
      merchants[index].interestPool,
      merchants[index].streams.video.poisson(
        merchants[index].interestPool * scenario.categories[categoryIndex].interestVisitRatePerDay
          * plan.supplyShareByHour[hour] * tickHours))
    merchants[index].interestPool -= interestVisits
    merchants[index].today.interestVisits += interestVisits

    let followerShare =
      (isFirst ? scenario.categories[categoryIndex].followerOpenShare : 0) + scenario.categories[
        categoryIndex
      ].followerShareInLivePerHour * tickHours
    let followerVisits =
      scenario.loops.followerFeedback
      ? merchants[index].streams.followers.binomial(
        merchants[index].followers, min(1, followerShare)) : 0

    let paidImpressions = merchants[index].streams.paid.poisson(
      merchants[index].paidImpressionsPerTick)
    let paidVisits = merchants[index].streams.paid.poisson(
      merchants[index].paidVisitsPerTick * unreached)
    merchants[index].today.adDelivered += merchants[index].paidSpendPerTick

    let rate = merchants[index].conversionRate
    let paidDemand = merchants[index].streams.conversion.binomial(
      paidVisits,
      min(1, rate * scenario.categories[categoryIndex].paidConversionMultiplier)
        * merchants[index].paidConversionMultiplier)
    let newDemand =
      merchants[index].streams.conversion.binomial(feedVisits + videoVisits, rate) + paidDemand
      + merchants[index].streams.conversion.binomial(
        interestVisits,
        min(1, rate * scenario.categories[categoryIndex].interestConversionMultiplier))
    let demand =
      newDemand
      + merchants[index].streams.conversion.binomial(
        followerVisits, rate * scenario.categories[categoryIndex].followerConversionMultiplier)
    let follows =
      scenario.loops.followerFeedback
      ? merchants[index].streams.audience.binomial(
        feedVisits + paidVisits + videoVisits,
        min(
          1,
          scenario.categories[categoryIndex].followRate * merchants[index].followLift
            * (0.5 + scenario.merchants[index].hostSkill)))
      : 0
    merchants[index].followers += follows

    merchants[index].today.liveMinutes += tickMinutes
    merchants[index].today.marketingCost +=
      plan.variants[merchants[index].variant].luckyBagBudgetPerHour * tickHours
    merchants[index].today.feedImpressions += feedImpressions
    merchants[index].today.paidImpressions += paidImpressions
    merchants[index].today.feedVisits += feedVisits
    merchants[index].today.followerVisits += followerVisits
    merchants[index].today.paidVisits += paidVisits
    merchants[index].today.videoVisits += videoVisits
    merchants[index].today.newFollowers += follows
    merchants[index].sessionVisits += feedVisits + followerVisits + paidVisits + videoVisits
    merchants[index].ticksLeft -= 1
    let hasNextTick = merchants[index].ticksLeft > 0

    let sold = work(on: index) {
      $0.sell(demand, newUserShare: demand > 0 ? newDemand / demand : 0)
    }
    merchants[index].sessionGMV += sold.gmv
    merchants[index].today.liveGMV += sold.gmv
    // Paid GMV is attributed by the paid share of the tick's demand (last-touch by channel).
    if paidDemand > 0 {
      merchants[index].today.paidGMV += sold.gmv * paidDemand / demand
      merchants[index].today.paidOrders += sold.orders * paidDemand / demand
    }
    if hasNextTick {
      queue.schedule(.liveTick(merchant: index, isFirst: false), at: queue.now + tickMinutes)
    }
  }
}
