extension World {
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
  mutating func closeFulfilmentAndService(for index: Int) {
    let scenario = plan.scenario
    let merchant = scenario.merchants[index]
    let category = scenario.categories[plan.categoryIndex[index]]
    var state = takeState(index)
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
    putBack(state, index)
  }
}
