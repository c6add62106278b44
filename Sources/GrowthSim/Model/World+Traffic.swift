extension World {
  /// A room opens: it joins the feed's allocation for its category (MODEL.md §3.2).
  mutating func openLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let ticks = plan.liveTicks[plan.policyIndex[index]]
    let tick = Double(plan.scenario.platform.tickMinutes)
    merchants[index].isLive = true
    merchants[index].ticksLeft = ticks
    liveWeight[category] += merchants[index].feedWeight
    liveRooms[category] += 1
    queue.schedule(.liveTick(merchant: index, isFirst: true), at: queue.now)
    queue.schedule(.liveEnd(merchant: index), at: queue.now + Double(ticks) * tick)
  }

  /// A room closes and leaves the allocation.
  mutating func closeLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    merchants[index].isLive = false
    liveRooms[category] -= 1
    // Reset exactly when the last room closes, so rounding never accumulates.
    liveWeight[category] =
      liveRooms[category] == 0 ? 0 : liveWeight[category] - merchants[index].feedWeight
  }

  /// One live tick: feed, follower and paid visits arrive and convert (MODEL.md §3.2–3.4).
  ///
  /// Feed: the category's hourly supply is shared among the rooms live now and the
  /// background competition, in proportion to weight: `E = S·w / (B + Σ w_live)`.
  /// Paid: `impressions = spend / CPM × 1000`, visits by click-through (PARAMETERS §4.3).
  mutating func liveTick(_ index: Int, isFirst: Bool) {
    let scenario = plan.scenario
    let categoryIndex = plan.categoryIndex[index]
    let category = scenario.categories[categoryIndex]
    let campaign = plan.campaignByDay[currentDay]
    let hour = hourOfDay
    let tickMinutes = Double(scenario.platform.tickMinutes)
    let tickHours = tickMinutes / 60
    var state = merchants[index]

    let supply =
      category.liveImpressionsPerDay * plan.supplyShareByHour[hour] * tickHours
      * campaign.traffic
    let competition =
      category.backgroundRooms * plan.competitionByHour[hour] * campaign.competition
    let feedExpected = supply * state.feedWeight / (competition + liveWeight[categoryIndex])
    let feedImpressions = state.traffic.poisson(feedExpected)
    let feedVisits = state.traffic.binomial(feedImpressions, category.entryRate)

    let followerShare =
      (isFirst ? category.followerOpenShare : 0) + category.followerShareInLivePerHour * tickHours
    let followerVisits = state.traffic.binomial(state.followers, min(1, followerShare))

    let spend = min(state.adBudgetLeft, state.adSpendPerTick)
    state.adBudgetLeft -= spend
    let cpm = category.cpm * campaign.cpm
    let paidImpressions = state.traffic.poisson(spend / cpm * 1000)
    let paidVisits = state.traffic.binomial(paidImpressions, category.adClickThroughRate)

    let rate = state.conversionRate
    let paidDemand = state.conversion.binomial(paidVisits, rate * category.paidConversionMultiplier)
    let demand =
      state.conversion.binomial(feedVisits, rate)
      + state.conversion.binomial(followerVisits, rate * category.followerConversionMultiplier)
      + paidDemand
    let follows = state.traffic.binomial(feedVisits + paidVisits, category.followRate)
    state.followers += follows

    state.today.liveMinutes += tickMinutes
    state.today.feedImpressions += feedImpressions
    state.today.paidImpressions += paidImpressions
    state.today.feedVisits += feedVisits
    state.today.followerVisits += followerVisits
    state.today.paidVisits += paidVisits
    state.today.newFollowers += follows
    state.ticksLeft -= 1
    let hasNextTick = state.ticksLeft > 0
    merchants[index] = state

    let soldValue = sell(demand, for: index)
    // Paid GMV is attributed by the paid share of the tick's demand (last-touch by channel).
    if paidDemand > 0 { merchants[index].today.paidGMV += soldValue * paidDemand / demand }
    if hasNextTick {
      queue.schedule(.liveTick(merchant: index, isFirst: false), at: queue.now + tickMinutes)
    }
  }

  /// An hour of search and mall traffic for every merchant, live or not ("people find goods",
  /// MODEL.md §3.2 item 4): a base rate plus a share of followers, by the hourly profile, and
  /// lifted by festivals like the feed (mall GMV rises with campaigns, PARAMETERS §1.5).
  mutating func shelfTick(hour: Int) {
    let scenario = plan.scenario
    let festival = plan.campaignByDay[currentDay].traffic
    for index in merchants.indices {
      let category = scenario.categories[plan.categoryIndex[index]]
      var state = merchants[index]
      let expected =
        (category.shelfVisitsPerDay + state.followers * category.shelfVisitsPerFollowerDay)
        * plan.supplyShareByHour[hour] * festival
      let visits = state.traffic.poisson(expected)
      let demand = state.conversion.binomial(
        visits, state.shelfConversionRate * category.shelfConversionMultiplier)
      state.today.shelfVisits += visits
      merchants[index] = state
      sell(demand, for: index)
    }
  }
}
