extension World {
  /// A replenishment order arrives.
  mutating func receive(_ units: Double, of skuIndex: Int, for index: Int) {
    work(on: index) { _, state in
      state.onHand[skuIndex] += units
      // Fractional order quantities (days of cover, mean-field) can leave rounding dust.
      let left = state.onOrder[skuIndex] - units
      state.onOrder[skuIndex] = abs(left) < 1e-6 * max(1, units) ? 0 : left
      state.today.restockArrived += units
    }
  }

  /// Refunded orders: the money goes back, the goods return to stock (so their cost of goods
  /// is recovered), and each return costs freight and handling.
  mutating func refund(_ units: Double, of skuIndex: Int, for index: Int, amount: Double) {
    let unitCost = plan.scenario.merchants[index].skus[skuIndex].unitCost
    let returnCost = plan.scenario.categories[plan.categoryIndex[index]].returnCostPerRefund
    work(on: index) { _, state in
      state.onHand[skuIndex] += units
      state.today.refundedUnits += units
      state.today.refunds += amount
      state.today.costOfGoods -= units * unitCost
      state.today.returnCost += units * returnCost
    }
  }
}
