/// The books (MODEL.md §5): the day's row with its stock and audience figures, costs, profit
/// and running totals; refunds give money back.
extension MerchantWork {
  /// Closes the day's books.
  ///
  /// - Returns: the day's row.
  func closeBooks(_ day: Int, _ state: inout MerchantState) -> DayRecord {
    let scenario = plan.scenario
    let policy = plan.variants[state.variant]
    var row = state.today
    row.followers = state.followers
    row.level = state.level
    row.buyers = state.buyers
    row.interestPool = state.content.interestPool
    row.stockOnHand = state.onHand.reduce(0, +)
    row.stockOnOrder = state.onOrder.reduce(0, +)
    row.skusOutOfStock = state.onHand.filter { $0 <= 0 }.count
    row.platformCommission = scenario.platform.commissionRate * row.netGMV
    if let fees = providerFees(day, row) { row.providerFees = fees }
    row.serviceAgents = state.agentsToday
    row.serviceCost = Double(state.agentsToday) * policy.agentCostPerDay
    updateDemandEstimates(day, &state)
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
}

extension MerchantState {
  /// Refunded orders: the money goes back, the goods return to stock (so their cost of goods
  /// is recovered), and each return costs freight and handling.
  mutating func refund(
    _ units: Double, of skuIndex: Int, amount: Double, unitCost: Double, returnCost: Double
  ) {
    onHand[skuIndex] += units
    today.refundedUnits += units
    today.refunds += amount
    today.costOfGoods -= units * unitCost
    today.returnCost += units * returnCost
  }
}
