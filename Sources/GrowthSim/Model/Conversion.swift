/// Visits turning into orders (MODEL.md §3.4): today's conversion rates, each channel's
/// demand, and the orders served from stock.
extension MerchantWork {
  /// Conversion today, before channel multipliers: the host sells in the live room only;
  /// the price paid against the category's peers (`PriceResponse`), the discount's own pull
  /// (promotion salience) and festivals move every channel, and buyers see the stars on
  /// shop and product pages (R-EXP): fewer stars, fewer orders.
  func setConversionRates(
    _ day: Int, policy: Policy, inCampaign: Bool, throttles: Bool, category: Category,
    _ state: inout MerchantState
  ) {
    let merchant = plan.scenario.merchants[index]
    let paidPrice = plan.averageListPrice[index] * (1 - policy.discount)
    state.peerGPM = category.priceResponse.peerGPM(
      conversionRate: category.conversionRate, paidPrice: paidPrice)
    state.peerOrdersPerVisit =
      category.conversionRate * category.priceResponse.conversionFactor(paidPrice: paidPrice)
    state.shelfConversionRate =
      state.peerOrdersPerVisit * (1 + policy.discountElasticity * policy.discount)
      * (inCampaign ? plan.campaignByDay[day].conversion : 1)
    let stars =
      state.hasScoreHistory
      ? state.score.stars : ExperienceScore.stars(points: state.initialScore)
    let trust = throttles ? max(0.5, 1 - category.ratingConversionLossPerStar * (5 - stars)) : 1
    state.shelfConversionRate *= trust
    // Yesterday's pre-sale chats answered too late (`PresaleChats`): 1 when all were in time.
    state.shelfConversionRate *= state.presaleConversion
    state.conversionRate =
      state.shelfConversionRate * (0.6 + 0.8 * merchant.hostSkill)
      * (0.8 + 0.4 * merchant.roomQuality) * state.help.liveConversion
  }

  /// A live tick's orders wanted: paid, in all, and by channel (feed, video and interest,
  /// paid, followers).
  func liveDemand(
    feed: Double, video: Double, paid: Double, interest: Double, followers: Double,
    _ state: inout MerchantState
  ) -> (paid: Double, total: Double, mix: DemandMix) {
    let c = plan.categoryIndex[index]
    let rate = state.conversionRate
    let paidDemand = state.streams.conversion.binomial(
      paid,
      min(1, rate * plan.scenario.categories[c].paidConversionMultiplier)
        * state.paidConversionMultiplier)
    // Feed and video visitors convert alike: one draw, shared by their visits.
    let feedAndVideo = state.streams.conversion.binomial(feed + video, rate)
    let interestDemand = state.streams.conversion.binomial(
      interest, min(1, rate * plan.scenario.categories[c].interestConversionMultiplier))
    let followerDemand = state.streams.conversion.binomial(
      followers,
      rate * plan.scenario.categories[c].followerConversionMultiplier
        * state.buyerBase.followerConversion)
    var mix = DemandMix()
    if feedAndVideo > 0 {
      mix.channels[.feed] = feedAndVideo * feed / (feed + video)
      mix.channels[.content] = feedAndVideo * video / (feed + video)
    }
    mix.channels[.content] += interestDemand
    mix.channels[.paid] = paidDemand
    mix.channels[.followers] = followerDemand
    return (paidDemand, feedAndVideo + paidDemand + interestDemand + followerDemand, mix)
  }

  /// An hour's shelf orders wanted, in all and by channel (discovery, word of mouth, video
  /// carts and interest, followers, repeat buyers).
  func shelfDemand(
    _ visits: ShelfVisits, cartDemand: Double, interestVisits: Double,
    _ state: inout MerchantState
  ) -> (total: Double, mix: DemandMix) {
    let c = plan.categoryIndex[index]
    let rate = state.shelfConversionRate * plan.scenario.categories[c].shelfConversionMultiplier
    // Discovery and word-of-mouth visitors convert alike: one draw, shared by their visits.
    let searchAndWord = state.streams.conversion.binomial(
      visits.discovery + visits.wordOfMouth, rate)
    let interestDemand = state.streams.conversion.binomial(
      interestVisits, min(1, rate * plan.scenario.categories[c].interestConversionMultiplier))
    // Past buyers answer the price less than new visitors (`PriceResponse.returningShare`).
    let followerDemand = state.streams.conversion.binomial(
      visits.fromFollowers, rate * state.buyerBase.followerConversion)
    let repeatDemand = state.streams.conversion.binomial(
      visits.repeats,
      min(
        1,
        rate * plan.scenario.categories[c].repeatConversionMultiplier
          * state.buyerBase.returningConversion))
    var mix = DemandMix()
    if searchAndWord > 0 {
      let visitors = visits.discovery + visits.wordOfMouth
      mix.channels[.search] = searchAndWord * visits.discovery / visitors
      mix.channels[.wordOfMouth] = searchAndWord * visits.wordOfMouth / visitors
    }
    mix.channels[.content] = cartDemand + interestDemand
    mix.channels[.followers] = followerDemand
    mix.repeats = repeatDemand
    return (searchAndWord + cartDemand + interestDemand + followerDemand + repeatDemand, mix)
  }

  /// Turns `demand` orders into sales, SKU by SKU (MODEL.md §3.4–3.5).
  ///
  /// Demand splits by `demandShare` (a multinomial drawn as a chain of binomials). What an
  /// empty SKU cannot serve partly moves to the SKUs still in stock (`substitutionShare`, by
  /// their demand shares) and is otherwise lost. A `comboShare` of orders take a second
  /// unit. Each unit sold may be refunded later, at the rate of the batch's buyer groups.
  /// - Parameters:
  ///   - demand: the orders wanted.
  ///   - mix: the demand by channel: it splits the orders served into first-time buyers by
  ///     source, follower and repeat orders (`recordBuyers`).
  ///   - state: the merchant's state.
  /// - Returns: the orders served, units and GMV (yuan) sold.
  @discardableResult
  mutating func sell(
    _ demand: Double, mix: DemandMix, state: inout MerchantState
  )
    -> (orders: Double, units: Double, gmv: Double)
  {
    guard demand > 0 else { return (0, 0, 0) }
    let refundMultiplier = state.buyerBase.refundMultiplier(mix)
    // The count, not the SKU array: holding it across the sale retained it on every sale.
    let skuCount = plan.scenario.merchants[index].skus.count
    let c = plan.categoryIndex[index]
    let active = plan.variants[state.variant].activeSKUs
    let selling = (0..<skuCount).prefix(active > 0 ? active : skuCount)
    var total = (orders: 0.0, units: 0.0, gmv: 0.0)
    var lost = 0.0
    split(demand, over: selling, state: &state) { work, state, sku, wanted in
      let sold = work.serve(
        wanted, of: sku, refundMultiplier: refundMultiplier, state: &state)
      total = (total.orders + sold.orders, total.units + sold.units, total.gmv + sold.gmv)
      lost += wanted - sold.orders
    }
    if lost > 0, plan.scenario.categories[c].substitutionShare > 0 {
      let moving = state.streams.assortment.binomial(
        lost, plan.scenario.categories[c].substitutionShare)
      let inStock = selling.filter { state.onHand[$0] > 0 }
      if !inStock.isEmpty {
        state.takeMovedOffLost(moving, among: selling)
        split(moving, over: inStock, state: &state) { work, state, sku, wanted in
          let sold = work.serve(
            wanted, of: sku, refundMultiplier: refundMultiplier, state: &state)
          total = (total.orders + sold.orders, total.units + sold.units, total.gmv + sold.gmv)
          lost -= sold.orders
        }
      }
    }
    state.today.lostOrders += lost
    recordBuyers(total.orders, mix: mix, &state)
    return total
  }

  /// Splits `orders` over `skus` by their demand shares, a chain of binomials, and hands each
  /// part to `take`.
  private mutating func split(
    _ orders: Double, over skus: some Collection<Int>, state: inout MerchantState,
    _ take: (inout MerchantWork, inout MerchantState, Int, Double) -> Void
  ) {
    // Each share read in place: the SKU array held across `take` was retained every sale.
    func share(_ sku: Int) -> Double { plan.scenario.merchants[index].skus[sku].demandShare }
    var remainingOrders = orders
    var remainingShare = skus.reduce(0) { $0 + share($1) }
    for (position, sku) in skus.enumerated() {
      let isLast = position == skus.count - 1
      let wanted =
        isLast
        ? remainingOrders
        : state.streams.assortment.binomial(remainingOrders, share(sku) / remainingShare)
      remainingOrders -= wanted
      remainingShare -= share(sku)
      take(&self, &state, sku, wanted)
    }
  }
}
