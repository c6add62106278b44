/// Stock: orders served from it, replenishment orders placed by each SKU's rule, and
/// deliveries received (MODEL.md §3.5).
extension MerchantWork {
  /// Serves up to `wanted` orders of one SKU from stock; some take a second unit; units are
  /// refunded at the category's rate × `refundMultiplier` (the buyers', at most 1).
  mutating func serve(
    _ wanted: Double, of skuIndex: Int, refundMultiplier: Double = 1, state: inout MerchantState
  )
    -> (orders: Double, units: Double, gmv: Double)
  {
    // Scalars only: copying the policy or category structs here costs more than the sale.
    let price = plan.scenario.merchants[index].skus[skuIndex].price
    let unitCost = plan.scenario.merchants[index].skus[skuIndex].unitCost
    let refundRate = plan.scenario.categories[plan.categoryIndex[index]].refundRate
    let refundDelayDays = plan.scenario.categories[plan.categoryIndex[index]].refundDelayDays
    let discount = plan.variants[state.variant].discount
    let comboShare = plan.variants[state.variant].comboShare
    let orders = min(wanted, state.onHand[skuIndex])
    state.demandToday[skuIndex] += wanted
    state.today.skus[skuIndex].lostOrders += wanted - orders
    let extra = min(
      state.onHand[skuIndex] - orders,
      state.streams.assortment.binomial(orders, comboShare))
    let units = orders + extra
    let pricePaid = price * (1 - discount)
    state.onHand[skuIndex] -= units
    state.today.orders += orders
    state.today.units += units
    state.today.skus[skuIndex].units += units
    state.today.gmv += units * pricePaid
    state.today.costOfGoods += units * unitCost
    let refunded = state.streams.refunds.binomial(units, min(1, refundRate * refundMultiplier))
    if refunded > 0 {
      schedule(
        .refund(merchant: index, sku: skuIndex, units: refunded, amount: refunded * pricePaid),
        at: now + Double(refundDelayDays) * World.minutesPerDay)
      state.refundsDue.add(refunded, amount: refunded * pricePaid, unitCost: unitCost)
    }
    reorderIfNeeded(skuIndex, state: &state)
    return (orders, units, units * pricePaid)
  }

  /// Places replenishment orders by the SKU's reorder rule.
  ///
  /// Silver, Pyke & Peterson, *Inventory Management*, 3rd ed., §7.1: while on hand plus on
  /// order is at or below s, order Q more (`sQ`) or up to S (`sS`), never more than the
  /// supplier can have in production at once. A provider's supply-chain help shortens the
  /// lead time and raises that capacity.
  mutating func reorderIfNeeded(_ skuIndex: Int, state: inout MerchantState) {
    // Scalars, read up front: neither the SKU (its strings) nor the SKU array is held, as
    // either would be retained and released on every sale (two retains were a third of this).
    let leadTimeDays = plan.scenario.merchants[index].skus[skuIndex].leadTimeDays
    let isSS = plan.scenario.merchants[index].skus[skuIndex].reorderPolicy == .sS
    let fixedPoint = plan.scenario.merchants[index].skus[skuIndex].reorderPoint
    let fixedUpTo = plan.scenario.merchants[index].skus[skuIndex].orderUpTo
    let reorderQuantity = plan.scenario.merchants[index].skus[skuIndex].reorderQuantity
    let supplierCapacity = plan.scenario.merchants[index].skus[skuIndex].supplierCapacity
    let leadTime = state.help.leadTime
    let leadDays = Double(leadTimeDays) * leadTime
    // A policy's days of cover turn the rule into order-up-to with s = D·L, S = D·(L + cover),
    // D the SKU's recent demand per day.
    let cover = plan.variants[state.variant].stockCoverDays
    let demand = state.demandEstimate[skuIndex]
    let isOrderUpTo = cover > 0 || isSS
    let reorderPoint = cover > 0 ? demand * leadDays : Double(fixedPoint)
    let orderUpTo = cover > 0 ? demand * (leadDays + cover) : Double(fixedUpTo)
    guard isOrderUpTo ? orderUpTo > 0 : reorderQuantity > 0 else { return }
    let capacity = supplierCapacity / leadTime
    var position = state.onHand[skuIndex] + state.onOrder[skuIndex]
    while position <= reorderPoint {
      let wanted = isOrderUpTo ? orderUpTo - position : Double(reorderQuantity)
      var quantity = min(wanted, capacity - state.onOrder[skuIndex])
      // Suppliers ship whole units; only mean-field runs keep fractions.
      if !plan.scenario.experiment.isMeanField { quantity = quantity.rounded(.down) }
      guard quantity > 0 else { return }
      state.onOrder[skuIndex] += quantity
      position += quantity
      schedule(
        .restockArrival(merchant: index, sku: skuIndex, units: quantity),
        at: now + leadDays * World.minutesPerDay)
    }
  }
}

extension MerchantState {
  /// A replenishment order arrives.
  ///
  /// Purchases are paid on arrival (MODEL.md §5: deliveries due after the horizon never
  /// arrive, so goods are paid for when they enter the books).
  mutating func receive(_ units: Double, of skuIndex: Int, unitCost: Double) {
    onHand[skuIndex] += units
    today.skus[skuIndex].restockArrived += units
    today.purchases += units * unitCost
    // Fractional order quantities (days of cover, mean-field) can leave rounding dust.
    let left = onOrder[skuIndex] - units
    onOrder[skuIndex] = abs(left) < 1e-6 * max(1, units) ? 0 : left
    today.restockArrived += units
  }
}

extension MerchantWork {
  /// Recent demand per SKU, for days-of-cover reordering: an exponentially weighted mean,
  /// weight 0.3 on the day just ended.
  func updateDemandEstimates(_ day: Int, _ state: inout MerchantState) {
    for sku in state.demandToday.indices {
      state.demandEstimate[sku] =
        day == 0
        ? state.demandToday[sku] : 0.3 * state.demandToday[sku] + 0.7 * state.demandEstimate[sku]
      state.demandToday[sku] = 0
    }
  }
}

extension MerchantState {
  /// Orders that move from empty SKUs to others were counted lost where they were first
  /// wanted: take them off those SKUs, in scenario order, so each order is lost at most once
  /// (at the SKU that finally could not serve it) and the SKUs' lost orders add up to the
  /// day's.
  mutating func takeMovedOffLost(_ moving: Double, among skus: Range<Int>) {
    var left = moving
    for sku in skus where left > 0 && onHand[sku] <= 0 {
      let taken = min(left, today.skus[sku].lostOrders)
      today.skus[sku].lostOrders -= taken
      left -= taken
    }
  }
}
