extension MerchantWork {
  /// One merchant's hour of search and mall traffic, live or not.
  ///
  /// "People find goods" (MODEL.md §3.2 items 4 and 6), by the hourly profile and lifted by
  /// festivals like the feed (mall GMV rises with campaigns, PARAMETERS §1.5):
  ///
  /// - discovery: `shelfVisitsPerDay` × (1 − F), F the share of the market reached;
  /// - word of mouth: `wordOfMouthVisitsPerBuyerDay` × buyers × (1 − F) — with discovery
  ///   alone and every visit converting, cumulative buyers follow Bass (1969);
  /// - followers: `shelfVisitsPerFollowerDay` × followers;
  /// - repeat visits: `repeatVisitsPerOrderDay` × R, where R sums past orders weighted by
  ///   2^(−age / half-life): a hazard decaying with time since each order.
  mutating func shelfHour(_ hour: Int, state: inout MerchantState) {
    let scenario = plan.scenario
    // Fields, not the struct: copying a category per merchant and hour cost more than the draws.
    let c = plan.categoryIndex[index]
    let share = plan.supplyShareByHour[hour] * state.campaignTraffic
    let unreached =
      scenario.loops.marketSaturation
      ? state.unreachedShare(of: scenario.categories[c].addressablePopulation) : 1
    let discovery = state.streams.shelf.poisson(
      scenario.categories[c].shelfVisitsPerDay * unreached * share)
    let wordOfMouth =
      scenario.loops.wordOfMouth
      ? state.streams.shelf.poisson(
        scenario.categories[c].wordOfMouthVisitsPerBuyerDay * state.buyers * unreached
          * share) : 0
    let fromFollowers =
      scenario.loops.followerFeedback
      ? state.streams.shelf.poisson(
        state.followers * scenario.categories[c].shelfVisitsPerFollowerDay * share)
      : 0
    let repeats =
      scenario.loops.repeatBuying
      ? state.streams.shelf.poisson(
        scenario.categories[c].repeatVisitsPerOrderDay * state.repeatIntensity * share)
      : 0
    // Videos: cart orders, seeding into the interest pool, follows (MODEL.md §3.2 item 3);
    // the pool comes back through search ("weeding").
    let views = state.videoViewsToday * plan.supplyShareByHour[hour]
    let cartDemand = state.streams.conversion.poisson(
      views * unreached * scenario.categories[c].video.cartOrdersPerView)
    state.interestPool += views * unreached * scenario.categories[c].video.seedRate
    let videoFollows =
      scenario.loops.followerFeedback
      ? state.streams.audience.poisson(views * scenario.categories[c].video.followRate)
      : 0
    state.followers += videoFollows
    state.today.newFollowers += videoFollows
    let interestVisits = min(
      state.interestPool,
      state.streams.shelf.poisson(
        state.interestPool * scenario.categories[c].interestVisitRatePerDay
          * plan.supplyShareByHour[hour]))
    state.interestPool -= interestVisits
    let rate =
      state.shelfConversionRate * scenario.categories[c].shelfConversionMultiplier
    let newDemand =
      state.streams.conversion.binomial(discovery + wordOfMouth, rate) + cartDemand
      + state.streams.conversion.binomial(
        interestVisits, min(1, rate * scenario.categories[c].interestConversionMultiplier))
    let demand =
      newDemand + state.streams.conversion.binomial(fromFollowers, rate)
      + state.streams.conversion.binomial(
        repeats, min(1, rate * scenario.categories[c].repeatConversionMultiplier))
    state.today.shelfVisits += discovery + wordOfMouth + fromFollowers
    state.today.wordOfMouthVisits += wordOfMouth
    state.today.repeatVisits += repeats
    state.today.interestVisits += interestVisits
    sell(demand, newUserShare: demand > 0 ? newDemand / demand : 0, state: &state)
  }
}
