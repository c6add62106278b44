extension MerchantWork {
  /// The end of the merchant's day: the paid plan's day, fulfilment, service and score, then
  /// the books (MODEL.md §5).
  ///
  /// - Returns: the day's row.
  mutating func closeDay(_ day: Int, state: inout MerchantState) -> DayRecord {
    closePaidTraffic(day: day, state: &state)
    closeFulfilmentAndService(state: &state)
    let scenario = plan.scenario
    let policy = plan.variants[state.variant]
    var row = state.today
    row.followers = state.followers
    row.level = state.level
    row.buyers = state.buyers
    row.interestPool = state.interestPool
    row.stockOnHand = state.onHand.reduce(0, +)
    row.stockOnOrder = state.onOrder.reduce(0, +)
    row.skusOutOfStock = state.onHand.filter { $0 <= 0 }.count
    row.platformCommission = scenario.platform.commissionRate * row.netGMV
    if let provider = plan.providerIndex[index].map({ scenario.providers[$0] }),
      day >= plan.contractStartDay[index]
    {
      row.providerFees =
        provider.monthlyFee * 12 / 365 + provider.gmvCommissionRate * row.netGMV
        + provider.adServiceFeeRate * row.adSpend
    }
    row.serviceAgents = state.agentsToday
    row.serviceCost = Double(state.agentsToday) * policy.agentCostPerDay
    // Recent demand per SKU, for days-of-cover reordering.
    for sku in state.demandToday.indices {
      state.demandEstimate[sku] =
        day == 0
        ? state.demandToday[sku] : 0.3 * state.demandToday[sku] + 0.7 * state.demandEstimate[sku]
      state.demandToday[sku] = 0
    }
    state.ordersYesterday = row.orders
    row.fixedCost = scenario.merchants[index].fixedCostPerDay
    row.profit =
      row.netGMV - row.costOfGoods - row.platformCommission - row.adSpend - row.providerFees
      - row.serviceCost - row.marketingCost - row.talentCost - row.returnCost - row.compensation
      - row.fixedCost
    state.cumulativeGMV += row.gmv
    state.cumulativeProfit += row.profit
    row.cumulativeGMV = state.cumulativeGMV
    row.cumulativeProfit = state.cumulativeProfit
    return row
  }

  /// Closes the plan's day: learning, ROI streak and cost-cap credit; the cash spend is what
  /// the day cost after any credit.
  func closePaidTraffic(day: Int, state: inout MerchantState) {
    let delivered = state.today.adDelivered
    state.today.adSpend = state.paidPlan.cashSpend(delivered)
    state.today.adCredit = delivered - state.today.adSpend
    state.paidPlan.close(
      day: day, spend: delivered, conversions: state.today.paidOrders, gmv: state.today.paidGMV)
  }

  /// Fulfilment, customer service and the experience score at the end of a day
  /// (MODEL.md §3.5–3.7, PARAMETERS §1.3–1.4).
  ///
  /// - Fulfilment: orders must be handed to a courier by the end of the next day; the
  ///   warehouse ships `shippingCapacityPerDay` a day, late orders first, then yesterday's,
  ///   then today's; yesterday's left over become late (shipped as capacity allows) and each
  ///   costs 1 % of its value as compensation, at least 2 and at most 50 yuan (R-LATE).
  /// - Stock-outs: `oversellShare` of the demand lost to empty SKUs was ordered anyway and is
  ///   cancelled, with the same compensation (R-LATE, ≤ 48 h promise).
  /// - Service: the day's tickets (`ticketsPerOrder` × orders) arrive as a Poisson stream over
  ///   the service hours 08:00–23:00 following the hourly profile; `agents` answer them FIFO
  ///   (`CustomerService.simulateDay`, or Erlang C in mean-field mode).
  /// - Score: the day enters the 30-day window; tomorrow's effects follow from it.
  func closeFulfilmentAndService(state: inout MerchantState) {
    let scenario = plan.scenario
    let merchant = scenario.merchants[index]
    let category = scenario.categories[plan.categoryIndex[index]]
    let pricePaid = plan.averageListPrice[index] * (1 - plan.variants[state.variant].discount)
    let compensationPerOrder = min(50, max(2, 0.01 * pricePaid))

    // Late orders ship first, then yesterday's (due today), then today's.
    var capacity = merchant.shippingCapacityPerDay
    let shippedLate = min(capacity, state.lateBacklog)
    capacity -= shippedLate
    let shippedDue = min(capacity, state.shippingBacklog)
    capacity -= shippedDue
    let late = state.shippingBacklog - shippedDue
    state.lateBacklog += late - shippedLate
    state.shippingBacklog = state.today.orders - min(capacity, state.today.orders)
    let cancelled = state.streams.refunds.binomial(state.today.lostOrders, category.oversellShare)
    state.today.lateShipments = late
    state.today.stockoutCancellations = cancelled
    state.today.compensation = (late + cancelled) * compensationPerOrder

    let rates = plan.serviceShareByHour.map { $0 * state.today.orders * category.ticketsPerOrder }
    let handling = HandlingTime.exponential(
      meanMinutes: category.handlingMinutes * state.help.handlingTime)
    let service =
      scenario.experiment.isMeanField
      ? CustomerService.expectedDay(
        ratePerHour: rates, agents: state.agentsToday, handling: handling)
      : CustomerService.simulateDay(
        ratePerHour: rates, agents: state.agentsToday, handling: handling,
        using: &state.streams.service)
    state.today.serviceTickets = service.tickets
    state.today.serviceMeanResponseSeconds = service.meanWaitMinutes * 60
    state.today.serviceShare3Minutes = service.share3Minutes

    let slow = service.tickets > 0 && service.meanWaitMinutes * 60 > 90  // R-NEG: > 90 s
    state.score.record(
      ScoreDay(
        orders: state.today.orders,
        qualityReturns: state.today.refundedUnits * category.qualityReturnShare,
        badReviews: state.streams.refunds.binomial(state.today.orders, category.badReviewRate),
        lateShipments: late, stockoutCancellations: cancelled,
        serviceTickets: service.tickets,
        meanResponseSeconds: service.meanWaitMinutes * 60,
        afterSalesOnTimeShare: service.share3Minutes,
        negativeServiceIncidents: slow ? 1 : 0))
    state.hasScoreHistory = true
    state.today.scorePoints = state.score.points
    state.today.scoreStars = state.score.stars
  }
}
