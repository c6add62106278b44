extension World {
  /// Turns `demand` orders into sales, SKU by SKU.
  ///
  /// Demand splits by `demandShare`; what an empty SKU cannot serve is lost (MODEL.md
  /// §3.4–3.5). Each sale may be refunded later.
  /// - Parameters:
  ///   - demand: the orders wanted.
  ///   - newUserShare: the share of `demand` from people who have never bought here; that
  ///     share of the units sold are first-time buyers (never more than the market left).
  ///   - index: the merchant.
  /// - Returns: the units and GMV (yuan) sold.
  @discardableResult
  mutating func sell(_ demand: Double, newUserShare: Double, for index: Int)
    -> (units: Double, gmv: Double)
  {
    guard demand > 0 else { return (0, 0) }
    let scenario = plan.scenario
    let merchant = scenario.merchants[index]
    let category = scenario.categories[plan.categoryIndex[index]]
    let policy = scenario.policies[plan.policyIndex[index]]
    var remainingDemand = demand
    var remainingShare = merchant.skus.reduce(0) { $0 + $1.demandShare }
    var soldValue = 0.0
    var soldUnits = 0.0
    for (skuIndex, sku) in merchant.skus.enumerated() {
      // A multinomial split drawn as a chain of binomials.
      let isLast = skuIndex == merchant.skus.count - 1
      let wanted =
        isLast
        ? remainingDemand
        : merchants[index].conversion.binomial(remainingDemand, sku.demandShare / remainingShare)
      remainingDemand -= wanted
      remainingShare -= sku.demandShare
      let sold = min(wanted, merchants[index].onHand[skuIndex])
      let pricePaid = sku.price * (1 - policy.discount)
      merchants[index].onHand[skuIndex] -= sold
      merchants[index].today.orders += sold
      merchants[index].today.lostOrders += wanted - sold
      merchants[index].today.unitsBySKU[skuIndex] += sold
      merchants[index].today.gmv += sold * pricePaid
      soldValue += sold * pricePaid
      soldUnits += sold
      merchants[index].today.costOfGoods += sold * sku.unitCost
      let refunded = merchants[index].refunds.binomial(sold, category.refundRate)
      if refunded > 0 {
        queue.schedule(
          .refund(merchant: index, sku: skuIndex, units: refunded, amount: refunded * pricePaid),
          at: queue.now + Double(category.refundDelayDays) * World.minutesPerDay)
      }
      reorderIfNeeded(skuIndex, for: index)
    }
    let room = max(0, category.addressablePopulation - merchants[index].buyers)
    let firstTime = min(room, merchants[index].conversion.binomial(soldUnits, newUserShare))
    merchants[index].buyers += firstTime
    merchants[index].today.firstTimeBuyers += firstTime
    merchants[index].repeatIntensity += soldUnits
    return (soldUnits, soldValue)
  }

  /// The (s, Q) rule: while on hand plus on order is at or below s, order Q more
  /// (Silver, Pyke & Peterson, *Inventory Management*, 3rd ed., §7.1).
  mutating func reorderIfNeeded(_ skuIndex: Int, for index: Int) {
    let sku = plan.scenario.merchants[index].skus[skuIndex]
    guard sku.reorderQuantity > 0 else { return }
    let quantity = Double(sku.reorderQuantity)
    var position = merchants[index].onHand[skuIndex] + merchants[index].onOrder[skuIndex]
    while position <= Double(sku.reorderPoint) {
      merchants[index].onOrder[skuIndex] += quantity
      position += quantity
      queue.schedule(
        .restockArrival(merchant: index, sku: skuIndex, units: quantity),
        at: queue.now + Double(sku.leadTimeDays) * merchants[index].help.leadTime
          * World.minutesPerDay)
    }
  }

  /// A replenishment order arrives.
  mutating func receive(_ units: Double, of skuIndex: Int, for index: Int) {
    merchants[index].onHand[skuIndex] += units
    merchants[index].onOrder[skuIndex] -= units
    merchants[index].today.restockArrived += units
  }

  /// Refunded orders: the money goes back, the goods return to stock (so their cost of goods
  /// is recovered), and each return costs freight and handling.
  mutating func refund(_ units: Double, of skuIndex: Int, for index: Int, amount: Double) {
    let merchant = plan.scenario.merchants[index]
    let category = plan.scenario.categories[plan.categoryIndex[index]]
    merchants[index].onHand[skuIndex] += units
    merchants[index].today.refundedUnits += units
    merchants[index].today.refunds += amount
    merchants[index].today.costOfGoods -= units * merchant.skus[skuIndex].unitCost
    merchants[index].today.returnCost += units * category.returnCostPerRefund
  }
}
