extension MerchantWork {
  /// Turns `demand` orders into sales, SKU by SKU (MODEL.md §3.4–3.5).
  ///
  /// Demand splits by `demandShare` (a multinomial drawn as a chain of binomials). What an
  /// empty SKU cannot serve partly moves to the SKUs still in stock (`substitutionShare`, by
  /// their demand shares) and is otherwise lost. A `comboShare` of orders take a second
  /// unit. Each unit sold may be refunded later.
  /// - Parameters:
  ///   - demand: the orders wanted.
  ///   - newUserShare: the share of `demand` from people who have never bought here; that
  ///     share of the orders served are first-time buyers (never more than the market left).
  ///   - repeatWeight: how much each order adds to the repeat hazard (talent sessions less).
  ///   - state: the merchant's state.
  /// - Returns: the orders served, units and GMV (yuan) sold.
  @discardableResult
  mutating func sell(
    _ demand: Double, newUserShare: Double, repeatWeight: Double = 1,
    state: inout MerchantState
  )
    -> (orders: Double, units: Double, gmv: Double)
  {
    guard demand > 0 else { return (0, 0, 0) }
    let skus = plan.scenario.merchants[index].skus
    let c = plan.categoryIndex[index]
    let active = plan.variants[state.variant].activeSKUs
    let selling = skus.indices.prefix(active > 0 ? active : skus.count)
    var total = (orders: 0.0, units: 0.0, gmv: 0.0)
    var lost = 0.0
    split(demand, over: selling, state: &state) { work, state, sku, wanted in
      let sold = work.serve(wanted, of: sku, state: &state)
      total = (total.orders + sold.orders, total.units + sold.units, total.gmv + sold.gmv)
      lost += wanted - sold.orders
    }
    if lost > 0, plan.scenario.categories[c].substitutionShare > 0 {
      let moving = state.streams.assortment.binomial(
        lost, plan.scenario.categories[c].substitutionShare)
      let inStock = selling.filter { state.onHand[$0] > 0 }
      if !inStock.isEmpty {
        split(moving, over: inStock, state: &state) { work, state, sku, wanted in
          let sold = work.serve(wanted, of: sku, state: &state)
          total = (total.orders + sold.orders, total.units + sold.units, total.gmv + sold.gmv)
          lost -= sold.orders
        }
      }
    }
    state.today.lostOrders += lost
    let room = max(0, plan.scenario.categories[c].addressablePopulation - state.buyers)
    let firstTime = min(
      room, state.streams.assortment.binomial(total.orders, newUserShare))
    state.buyers += firstTime
    state.today.firstTimeBuyers += firstTime
    state.repeatIntensity += total.orders * repeatWeight
    return total
  }

  /// Splits `orders` over `skus` by their demand shares, a chain of binomials, and hands each
  /// part to `take`.
  private mutating func split(
    _ orders: Double, over skus: some Collection<Int>, state: inout MerchantState,
    _ take: (inout MerchantWork, inout MerchantState, Int, Double) -> Void
  ) {
    let all = plan.scenario.merchants[index].skus
    var remainingOrders = orders
    var remainingShare = skus.reduce(0) { $0 + all[$1].demandShare }
    for (position, sku) in skus.enumerated() {
      let isLast = position == skus.count - 1
      let wanted =
        isLast
        ? remainingOrders
        : state.streams.assortment.binomial(
          remainingOrders, all[sku].demandShare / remainingShare)
      remainingOrders -= wanted
      remainingShare -= all[sku].demandShare
      take(&self, &state, sku, wanted)
    }
  }

  /// Serves up to `wanted` orders of one SKU from stock; some take a second unit.
  private mutating func serve(
    _ wanted: Double, of skuIndex: Int, state: inout MerchantState
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
    let extra = min(
      state.onHand[skuIndex] - orders,
      state.streams.assortment.binomial(orders, comboShare))
    let units = orders + extra
    let pricePaid = price * (1 - discount)
    state.onHand[skuIndex] -= units
    state.today.orders += orders
    state.today.units += units
    state.today.unitsBySKU[skuIndex] += units
    state.today.gmv += units * pricePaid
    state.today.costOfGoods += units * unitCost
    let refunded = state.streams.refunds.binomial(units, refundRate)
    if refunded > 0 {
      schedule(
        .refund(merchant: index, sku: skuIndex, units: refunded, amount: refunded * pricePaid),
        at: now + Double(refundDelayDays) * World.minutesPerDay)
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
    // Fields, not the struct: a SKU's strings would be retained and released on every sale.
    let skus = plan.scenario.merchants[index].skus
    let help = state.help
    let leadDays = Double(skus[skuIndex].leadTimeDays) * help.leadTime
    // A policy's days of cover turn the rule into order-up-to with s = D·L, S = D·(L + cover),
    // D the SKU's recent demand per day.
    let cover = plan.variants[state.variant].stockCoverDays
    let demand = state.demandEstimate[skuIndex]
    let isOrderUpTo = cover > 0 || skus[skuIndex].reorderPolicy == "sS"
    let reorderPoint = cover > 0 ? demand * leadDays : Double(skus[skuIndex].reorderPoint)
    let orderUpTo = cover > 0 ? demand * (leadDays + cover) : Double(skus[skuIndex].orderUpTo)
    guard isOrderUpTo ? orderUpTo > 0 : skus[skuIndex].reorderQuantity > 0 else { return }
    let capacity = skus[skuIndex].supplierCapacity / help.leadTime
    var position = state.onHand[skuIndex] + state.onOrder[skuIndex]
    while position <= reorderPoint {
      let wanted = isOrderUpTo ? orderUpTo - position : Double(skus[skuIndex].reorderQuantity)
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
