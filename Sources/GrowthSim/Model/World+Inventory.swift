extension World {
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
