extension World {
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
  ///   - index: the merchant.
  /// - Returns: the orders served, units and GMV (yuan) sold.
  @discardableResult
  mutating func sell(
    _ demand: Double, newUserShare: Double, repeatWeight: Double = 1, for index: Int
  )
    -> (orders: Double, units: Double, gmv: Double)
  {
    guard demand > 0 else { return (0, 0, 0) }
    let skus = plan.scenario.merchants[index].skus
    let c = plan.categoryIndex[index]
    let active = plan.variants[merchants[index].variant].activeSKUs
    let selling = skus.indices.prefix(active > 0 ? active : skus.count)
    var total = (orders: 0.0, units: 0.0, gmv: 0.0)
    var lost = 0.0
    split(demand, over: selling, for: index) { world, sku, wanted in
      let sold = world.serve(wanted, of: sku, for: index)
      total = (total.orders + sold.orders, total.units + sold.units, total.gmv + sold.gmv)
      lost += wanted - sold.orders
    }
    if lost > 0, plan.scenario.categories[c].substitutionShare > 0 {
      let moving = merchants[index].streams.assortment.binomial(
        lost, plan.scenario.categories[c].substitutionShare)
      let inStock = selling.filter { merchants[index].onHand[$0] > 0 }
      if !inStock.isEmpty {
        split(moving, over: inStock, for: index) { world, sku, wanted in
          let sold = world.serve(wanted, of: sku, for: index)
          total = (total.orders + sold.orders, total.units + sold.units, total.gmv + sold.gmv)
          lost -= sold.orders
        }
      }
    }
    merchants[index].today.lostOrders += lost
    let room = max(0, plan.scenario.categories[c].addressablePopulation - merchants[index].buyers)
    let firstTime = min(
      room, merchants[index].streams.assortment.binomial(total.orders, newUserShare))
    merchants[index].buyers += firstTime
    merchants[index].today.firstTimeBuyers += firstTime
    merchants[index].repeatIntensity += total.orders * repeatWeight
    return total
  }

  /// Splits `orders` over `skus` by their demand shares, a chain of binomials, and hands each
  /// part to `take`.
  private mutating func split(
    _ orders: Double, over skus: some Collection<Int>, for index: Int,
    _ take: (inout World, Int, Double) -> Void
  ) {
    let all = plan.scenario.merchants[index].skus
    var remainingOrders = orders
    var remainingShare = skus.reduce(0) { $0 + all[$1].demandShare }
    for (position, sku) in skus.enumerated() {
      let isLast = position == skus.count - 1
      let wanted =
        isLast
        ? remainingOrders
        : merchants[index].streams.assortment.binomial(
          remainingOrders, all[sku].demandShare / remainingShare)
      remainingOrders -= wanted
      remainingShare -= all[sku].demandShare
      take(&self, sku, wanted)
    }
  }

  /// Serves up to `wanted` orders of one SKU from stock; some take a second unit.
  private mutating func serve(_ wanted: Double, of skuIndex: Int, for index: Int)
    -> (orders: Double, units: Double, gmv: Double)
  {
    // Scalars only: copying the policy or category structs here costs more than the sale.
    let price = plan.scenario.merchants[index].skus[skuIndex].price
    let unitCost = plan.scenario.merchants[index].skus[skuIndex].unitCost
    let refundRate = plan.scenario.categories[plan.categoryIndex[index]].refundRate
    let refundDelayDays = plan.scenario.categories[plan.categoryIndex[index]].refundDelayDays
    let discount = plan.variants[merchants[index].variant].discount
    let comboShare = plan.variants[merchants[index].variant].comboShare
    let orders = min(wanted, merchants[index].onHand[skuIndex])
    merchants[index].demandToday[skuIndex] += wanted
    let extra = min(
      merchants[index].onHand[skuIndex] - orders,
      merchants[index].streams.assortment.binomial(orders, comboShare))
    let units = orders + extra
    let pricePaid = price * (1 - discount)
    merchants[index].onHand[skuIndex] -= units
    merchants[index].today.orders += orders
    merchants[index].today.units += units
    merchants[index].today.unitsBySKU[skuIndex] += units
    merchants[index].today.gmv += units * pricePaid
    merchants[index].today.costOfGoods += units * unitCost
    let refunded = merchants[index].streams.refunds.binomial(units, refundRate)
    if refunded > 0 {
      queue.schedule(
        .refund(merchant: index, sku: skuIndex, units: refunded, amount: refunded * pricePaid),
        at: queue.now + Double(refundDelayDays) * World.minutesPerDay)
    }
    reorderIfNeeded(skuIndex, for: index)
    return (orders, units, units * pricePaid)
  }

  /// Places replenishment orders by the SKU's reorder rule.
  ///
  /// Silver, Pyke & Peterson, *Inventory Management*, 3rd ed., §7.1: while on hand plus on
  /// order is at or below s, order Q more (`sQ`) or up to S (`sS`), never more than the
  /// supplier can have in production at once. A provider's supply-chain help shortens the
  /// lead time and raises that capacity.
  mutating func reorderIfNeeded(_ skuIndex: Int, for index: Int) {
    // Fields, not the struct: a SKU's strings would be retained and released on every sale.
    let skus = plan.scenario.merchants[index].skus
    let help = merchants[index].help
    let leadDays = Double(skus[skuIndex].leadTimeDays) * help.leadTime
    // A policy's days of cover turn the rule into order-up-to with s = D·L, S = D·(L + cover),
    // D the SKU's recent demand per day.
    let cover = plan.variants[merchants[index].variant].stockCoverDays
    let demand = merchants[index].demandEstimate[skuIndex]
    let isOrderUpTo = cover > 0 || skus[skuIndex].reorderPolicy == "sS"
    let reorderPoint = cover > 0 ? demand * leadDays : Double(skus[skuIndex].reorderPoint)
    let orderUpTo = cover > 0 ? demand * (leadDays + cover) : Double(skus[skuIndex].orderUpTo)
    guard isOrderUpTo ? orderUpTo > 0 : skus[skuIndex].reorderQuantity > 0 else { return }
    let capacity = skus[skuIndex].supplierCapacity / help.leadTime
    var position = merchants[index].onHand[skuIndex] + merchants[index].onOrder[skuIndex]
    while position <= reorderPoint {
      let wanted = isOrderUpTo ? orderUpTo - position : Double(skus[skuIndex].reorderQuantity)
      var quantity = min(wanted, capacity - merchants[index].onOrder[skuIndex])
      // Suppliers ship whole units; only mean-field runs keep fractions.
      if !plan.scenario.experiment.isMeanField { quantity = quantity.rounded(.down) }
      guard quantity > 0 else { return }
      merchants[index].onOrder[skuIndex] += quantity
      position += quantity
      queue.schedule(
        .restockArrival(merchant: index, sku: skuIndex, units: quantity),
        at: queue.now + leadDays * World.minutesPerDay)
    }
  }

  /// A replenishment order arrives.
  mutating func receive(_ units: Double, of skuIndex: Int, for index: Int) {
    merchants[index].onHand[skuIndex] += units
    // Fractional order quantities (days of cover, mean-field) can leave rounding dust.
    let left = merchants[index].onOrder[skuIndex] - units
    merchants[index].onOrder[skuIndex] = abs(left) < 1e-6 * max(1, units) ? 0 : left
    merchants[index].today.restockArrived += units
  }

  /// Refunded orders: the money goes back, the goods return to stock (so their cost of goods
  /// is recovered), and each return costs freight and handling.
  mutating func refund(_ units: Double, of skuIndex: Int, for index: Int, amount: Double) {
    let merchant = plan.scenario.merchants[index]
    let c = plan.categoryIndex[index]
    merchants[index].onHand[skuIndex] += units
    merchants[index].today.refundedUnits += units
    merchants[index].today.refunds += amount
    merchants[index].today.costOfGoods -= units * merchant.skus[skuIndex].unitCost
    merchants[index].today.returnCost += units * plan.scenario.categories[c].returnCostPerRefund
  }
}
