/// Orders placed yesterday and not yet handed to a courier, and orders already late.
struct FulfilmentState: Sendable {
  var shippingBacklog = 0.0
  var lateBacklog = 0.0
}

/// Fulfilment (MODEL.md §3.5, PARAMETERS §1.3): orders must be handed to a courier by the end
/// of the next day; late shipments and stock-out cancellations are compensated (R-LATE).
extension MerchantWork {
  /// The day's shipping: the warehouse ships `shippingCapacityPerDay` a day, late orders
  /// first, then yesterday's (due today), then today's; yesterday's left over become late.
  ///
  /// - Returns: the orders that became late today.
  func ship(_ state: inout MerchantState) -> Double {
    var capacity = plan.scenario.merchants[index].shippingCapacityPerDay
    let shippedLate = min(capacity, state.fulfilment.lateBacklog)
    capacity -= shippedLate
    let shippedDue = min(capacity, state.fulfilment.shippingBacklog)
    capacity -= shippedDue
    let late = state.fulfilment.shippingBacklog - shippedDue
    state.fulfilment.lateBacklog += late - shippedLate
    state.fulfilment.shippingBacklog = state.today.orders - min(capacity, state.today.orders)
    state.today.lateShipments = late
    return late
  }

  /// Stock-outs: `oversellShare` of the demand lost to empty SKUs was ordered anyway and is
  /// cancelled (≤ 48 h promise).
  ///
  /// - Returns: the orders cancelled.
  func cancelStockouts(_ state: inout MerchantState) -> Double {
    let category = plan.scenario.categories[plan.categoryIndex[index]]
    let cancelled = state.streams.refunds.binomial(state.today.lostOrders, category.oversellShare)
    state.today.stockoutCancellations = cancelled
    return cancelled
  }

  /// Each late or cancelled order costs a share of its value as compensation, within a least
  /// and a most (R-LATE: 1 %, 2 to 50 yuan; `/platform/lateCompensation*`).
  func compensate(late: Double, cancelled: Double, _ state: inout MerchantState) {
    let pricePaid = plan.averageListPrice[index] * (1 - plan.variants[state.variant].discount)
    let platform = plan.scenario.platform
    let compensationPerOrder = min(
      platform.lateCompensationMax,
      max(platform.lateCompensationMin, platform.lateCompensationShare * pricePaid))
    state.today.compensation = (late + cancelled) * compensationPerOrder
  }
}
