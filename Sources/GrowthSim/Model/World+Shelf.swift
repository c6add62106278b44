extension World {
  /// An hour of search and mall traffic for every merchant, live or not.
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
  mutating func shelfTick(hour: Int) {
    let scenario = plan.scenario
    for index in merchants.indices {
      // Fields, not the struct: copying a category per merchant and hour cost more than the draws.
      let c = plan.categoryIndex[index]
      let share = plan.supplyShareByHour[hour] * merchants[index].campaignTraffic
      let unreached =
        scenario.loops.marketSaturation
        ? merchants[index].unreachedShare(of: scenario.categories[c].addressablePopulation) : 1
      let discovery = merchants[index].streams.shelf.poisson(
        scenario.categories[c].shelfVisitsPerDay * unreached * share)
      let wordOfMouth =
        scenario.loops.wordOfMouth
        ? merchants[index].streams.shelf.poisson(
          scenario.categories[c].wordOfMouthVisitsPerBuyerDay * merchants[index].buyers * unreached
            * share) : 0
      let fromFollowers =
        scenario.loops.followerFeedback
        ? merchants[index].streams.shelf.poisson(
          merchants[index].followers * scenario.categories[c].shelfVisitsPerFollowerDay * share)
        : 0
      let repeats =
        scenario.loops.repeatBuying
        ? merchants[index].streams.shelf.poisson(
          scenario.categories[c].repeatVisitsPerOrderDay * merchants[index].repeatIntensity * share)
        : 0
      // Videos: cart orders, seeding into the interest pool, follows (MODEL.md §3.2 item 3);
      // the pool comes back through search ("weeding").
      let views = merchants[index].videoViewsToday * plan.supplyShareByHour[hour]
      let cartDemand = merchants[index].streams.conversion.poisson(
        views * unreached * scenario.categories[c].video.cartOrdersPerView)
      merchants[index].interestPool += views * unreached * scenario.categories[c].video.seedRate
      let videoFollows =
        scenario.loops.followerFeedback
        ? merchants[index].streams.audience.poisson(views * scenario.categories[c].video.followRate)
        : 0
      merchants[index].followers += videoFollows
      merchants[index].today.newFollowers += videoFollows
      let interestVisits = min(
        merchants[index].interestPool,
        merchants[index].streams.shelf.poisson(
          merchants[index].interestPool * scenario.categories[c].interestVisitRatePerDay
            * plan.supplyShareByHour[hour]))
      merchants[index].interestPool -= interestVisits
      let rate =
        merchants[index].shelfConversionRate * scenario.categories[c].shelfConversionMultiplier
      let newDemand =
        merchants[index].streams.conversion.binomial(discovery + wordOfMouth, rate) + cartDemand
        + merchants[index].streams.conversion.binomial(
          interestVisits, min(1, rate * scenario.categories[c].interestConversionMultiplier))
      let demand =
        newDemand + merchants[index].streams.conversion.binomial(fromFollowers, rate)
        + merchants[index].streams.conversion.binomial(
          repeats, min(1, rate * scenario.categories[c].repeatConversionMultiplier))
      merchants[index].today.shelfVisits += discovery + wordOfMouth + fromFollowers
      merchants[index].today.wordOfMouthVisits += wordOfMouth
      merchants[index].today.repeatVisits += repeats
      merchants[index].today.interestVisits += interestVisits
      sell(demand, newUserShare: demand > 0 ? newDemand / demand : 0, for: index)
    }
  }
}
