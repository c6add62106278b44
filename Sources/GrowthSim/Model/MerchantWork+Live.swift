extension MerchantWork {
  /// One live tick: feed, follower and paid visits arrive and convert (MODEL.md §3.2–3.4).
  ///
  /// Feed: the category's hourly supply is shared among the rooms live now and the
  /// background competition, in proportion to weight: `E = S·w / (B + Σ w_live)`, of which
  /// the share of the market not yet reached are new users who may come.
  /// Paid: the day's budget and Hill-curve visits (`planPaidTraffic`) spread evenly over the
  /// ticks; impressions are what the spend buys at the day's CPM.
  mutating func liveTick(
    isFirst: Bool, day: Int, hour: Int, roomsWeight: Double, state: inout MerchantState
  ) {
    let scenario = plan.scenario
    let categoryIndex = plan.categoryIndex[index]
    let tickMinutes = Double(scenario.platform.tickMinutes)
    let tickHours = tickMinutes / 60
    let unreached =
      scenario.loops.marketSaturation
      ? state.unreachedShare(
        of: scenario.categories[categoryIndex].addressablePopulation) : 1

    let supply =
      scenario.categories[categoryIndex].liveImpressionsPerDay * plan.supplyShareByHour[hour]
      * tickHours
      * state.campaignTraffic
    let competition =
      scenario.categories[categoryIndex].backgroundRooms * plan.competitionByHour[hour]
      * plan.campaignByDay[day].competition
    let feedExpected =
      supply * state.liveWeight / (competition + roomsWeight)
    let feedImpressions = state.streams.feed.poisson(feedExpected)
    let feedVisits = state.streams.feed.binomial(
      feedImpressions, scenario.categories[categoryIndex].entryRate * unreached)

    let videoVisits = state.streams.video.poisson(
      state.videoViewsToday * plan.supplyShareByHour[hour] * tickHours
        * scenario.categories[categoryIndex].video.liveClickRate * unreached)

    // The interest pool "weeds" in lives too (MODEL.md §3.2): seeded users who see the room.
    let interestVisits = min(
      state.interestPool,
      state.streams.video.poisson(
        state.interestPool * scenario.categories[categoryIndex].interestVisitRatePerDay
          * plan.supplyShareByHour[hour] * tickHours))
    state.interestPool -= interestVisits
    state.today.interestVisits += interestVisits

    let followerShare =
      (isFirst ? scenario.categories[categoryIndex].followerOpenShare : 0) + scenario.categories[
        categoryIndex
      ].followerShareInLivePerHour * tickHours
    let followerVisits =
      scenario.loops.followerFeedback
      ? state.streams.followers.binomial(
        state.followers, min(1, followerShare)) : 0

    let paidImpressions = state.streams.paid.poisson(
      state.paidImpressionsPerTick)
    let paidVisits = state.streams.paid.poisson(
      state.paidVisitsPerTick * unreached)
    state.today.adDelivered += state.paidSpendPerTick

    let rate = state.conversionRate
    let paidDemand = state.streams.conversion.binomial(
      paidVisits,
      min(1, rate * scenario.categories[categoryIndex].paidConversionMultiplier)
        * state.paidConversionMultiplier)
    let newDemand =
      state.streams.conversion.binomial(feedVisits + videoVisits, rate) + paidDemand
      + state.streams.conversion.binomial(
        interestVisits,
        min(1, rate * scenario.categories[categoryIndex].interestConversionMultiplier))
    let demand =
      newDemand
      + state.streams.conversion.binomial(
        followerVisits, rate * scenario.categories[categoryIndex].followerConversionMultiplier)
    let follows =
      scenario.loops.followerFeedback
      ? state.streams.audience.binomial(
        feedVisits + paidVisits + videoVisits,
        min(
          1,
          scenario.categories[categoryIndex].followRate * state.followLift
            * (0.5 + scenario.merchants[index].hostSkill)))
      : 0
    state.followers += follows

    state.today.liveMinutes += tickMinutes
    state.today.marketingCost +=
      plan.variants[state.variant].luckyBagBudgetPerHour * tickHours
    state.today.feedImpressions += feedImpressions
    state.today.paidImpressions += paidImpressions
    state.today.feedVisits += feedVisits
    state.today.followerVisits += followerVisits
    state.today.paidVisits += paidVisits
    state.today.videoVisits += videoVisits
    state.today.newFollowers += follows
    state.sessionVisits += feedVisits + followerVisits + paidVisits + videoVisits
    state.ticksLeft -= 1
    let hasNextTick = state.ticksLeft > 0

    let sold = sell(demand, newUserShare: demand > 0 ? newDemand / demand : 0, state: &state)
    state.sessionGMV += sold.gmv
    state.today.liveGMV += sold.gmv
    // Paid GMV is attributed by the paid share of the tick's demand (last-touch by channel).
    if paidDemand > 0 {
      state.today.paidGMV += sold.gmv * paidDemand / demand
      state.today.paidOrders += sold.orders * paidDemand / demand
    }
    if hasNextTick {
      schedule(.liveTick(merchant: index, isFirst: false), at: now + tickMinutes)
    }
  }
}
