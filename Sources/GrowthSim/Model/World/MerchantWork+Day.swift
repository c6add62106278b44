import Foundation

/// One merchant's day, event by event: each handler calls the mechanisms in order.
///
/// The order is part of the model: a mechanism reads what the ones before it set today (the
/// score's effects before the campaign, conversion before the paid plan that prices it), and
/// each random process draws its numbers in this order.
extension MerchantWork {
  /// Midnight for one merchant: streams, policy variant, help, staff, score effects,
  /// campaign, repeat decay, follower churn, conversion, the session's length, videos, the
  /// paid plan, talent sessions, the session's start (MODEL.md §3.1 "day start").
  mutating func startDay(_ day: Int, state: inout MerchantState) {
    let scenario = plan.scenario
    let merchant = scenario.merchants[index]
    let category = scenario.categories[plan.categoryIndex[index]]
    // A new phase changes the policy; a new bidding mode restarts the plan's schedule.
    let variant = plan.variant(of: index, on: day)
    let policy = plan.variants[variant]
    state.streams = Streams(
      merchantSeed: state.merchantSeed, day: day, isMeanField: scenario.experiment.isMeanField)
    state.variant = variant
    if state.paidPlan.mode != policy.bidding { state.paidPlan.mode = policy.bidding }
    state.paidPlan.plans = policy.paidPlans
    state.today = DayRecord()
    state.today.day = day
    state.today.skus = Array(repeating: SKUDay(), count: merchant.skus.count)
    state.today.phase = plan.variantPhase[variant]
    state.help = providerHelp(on: day)
    state.agentsToday = staff(
      for: policy, category: category, ordersYesterday: state.ordersYesterday,
      presaleConversion: state.presaleConversion, handlingScale: state.help.handlingTime)
    // Yesterday's experience score sets today's effects (MODEL.md §3.6); with the rating
    // throttle off the score is still computed, but changes nothing.
    let effects = state.scoreEffects
    let throttles = scenario.loops.ratingThrottle
    state.recommendation = throttles ? effects.recommendationMultiplier : 1
    let inCampaign = enterCampaign(day, isAllowed: !throttles || effects.campaignsAllowed, &state)
    churnFollowers(category, &state)
    setConversionRates(
      day, policy: policy, inCampaign: inCampaign, throttles: throttles, category: category,
      &state)
    startBuyerDay(category, &state)
    let startHour = planSession(
      day, variant: variant, policy: policy, inCampaign: inCampaign, &state)
    publishVideos(state: &state)
    planPaidTraffic(
      day: day, isBanned: throttles && !effects.paidTrafficAllowed,
      paidCap: throttles ? paidDeliveryCap(state) : 1, state: &state)
    scheduleTalentSessions(
      on: day, allianceAllowed: !throttles || effects.allianceAllowed, variant: state.variant)
    if state.liveTicksToday > 0 {
      schedule(
        .liveStart(merchant: index),
        at: Double(day) * World.minutesPerDay + Double(startHour) * 60)
    }
    if day == 0 {
      for sku in merchant.skus.indices { reorderIfNeeded(sku, state: &state) }
    }
  }

  /// One live tick: feed, content, follower and paid visits arrive, convert and follow
  /// (MODEL.md §3.2–3.4); the next tick is queued while the session lasts.
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
    let feed = feedTraffic(
      day: day, hour: hour, tickHours: tickHours, roomsWeight: roomsWeight,
      unreached: unreached, &state)
    let videoVisits = liveVideoVisits(
      hour: hour, tickHours: tickHours, unreached: unreached, &state)
    let interestVisits = liveInterestVisits(hour: hour, tickHours: tickHours, &state)
    let followerVisits = liveFollowerVisits(isFirst: isFirst, tickHours: tickHours, &state)
    let paid = paidTraffic(unreached: unreached, &state)
    let demand = liveDemand(
      feed: feed.visits, video: videoVisits, paid: paid.visits, interest: interestVisits,
      followers: followerVisits, &state)
    let follows = liveFollows(feed: feed.visits, paid: paid.visits, video: videoVisits, &state)

    state.today.liveMinutes += tickMinutes
    state.today.marketingCost +=
      plan.variants[state.variant].luckyBagBudgetPerHour * tickHours
    state.today.feedImpressions += feed.impressions
    state.today.paidImpressions += paid.impressions
    state.today.feedVisits += feed.visits
    state.today.followerVisits += followerVisits
    state.today.paidVisits += paid.visits
    state.today.videoVisits += videoVisits
    state.today.newFollowers += follows
    state.session.sessionVisits += feed.visits + followerVisits + paid.visits + videoVisits
    state.session.ticksLeft -= 1
    let hasNextTick = state.session.ticksLeft > 0

    let total = demand.total
    let sold = sell(total, mix: demand.mix, state: &state)
    state.session.sessionGMV += sold.gmv
    state.today.liveGMV += sold.gmv
    attributePaidSales(sold, paidDemand: demand.paid, demand: total, &state)
    if hasNextTick {
      schedule(.liveTick(merchant: index, isFirst: false), at: now + tickMinutes)
    }
  }

  /// One merchant's hour of search and mall traffic, live or not: shelf visits and video
  /// cart orders convert (MODEL.md §3.2 items 3, 4 and 6).
  mutating func shelfHour(_ hour: Int, state: inout MerchantState) {
    let scenario = plan.scenario
    let share = plan.supplyShareByHour[hour] * state.campaignTraffic
    let unreached =
      scenario.loops.marketSaturation
      ? state.unreachedShare(
        of: scenario.categories[plan.categoryIndex[index]].addressablePopulation) : 1
    let visits = shelfVisits(share: share, &state)
    let cartDemand = videoHour(hour, unreached: unreached, &state)
    let interestVisits = shelfInterestVisits(hour, &state)
    let demand = shelfDemand(
      visits, cartDemand: cartDemand, interestVisits: interestVisits, &state)
    state.today.shelfVisits += visits.discovery + visits.wordOfMouth + visits.fromFollowers
    state.today.wordOfMouthVisits += visits.wordOfMouth
    state.today.repeatVisits += visits.repeats
    state.today.interestVisits += interestVisits
    sell(demand.total, mix: demand.mix, state: &state)
  }

  /// The end of the merchant's day: the paid plan's day, fulfilment, service and score, then
  /// the books (MODEL.md §5).
  ///
  /// - Returns: the day's row.
  mutating func closeDay(_ day: Int, state: inout MerchantState) -> DayRecord {
    closePaidTraffic(day: day, state: &state)
    let late = ship(&state)
    let cancelled = cancelStockouts(&state)
    compensate(late: late, cancelled: cancelled, &state)
    let service = serveTickets(&state)
    recordScore(late: late, cancelled: cancelled, service: service, &state)
    return closeBooks(day, &state)
  }
}
