/// The books (MODEL.md §5): the day's row with its stock and audience figures, costs, profit
/// and running totals; refunds give money back.
extension MerchantWork {
  /// Closes the day's books.
  ///
  /// - Returns: the day's row.
  func closeBooks(_ day: Int, _ state: inout MerchantState) -> DayRecord {
    let scenario = plan.scenario
    var row = state.today
    row.followers = state.followers
    row.level = state.level
    row.buyers = state.buyers
    row.interestPool = state.content.interestPool
    row.stockOnHand = state.onHand.reduce(0, +)
    row.stockOnOrder = state.onOrder.reduce(0, +)
    row.skusOutOfStock = state.onHand.filter { $0 <= 0 }.count
    closeStock(&row, variant: state.variant, onHand: state.onHand, onOrder: state.onOrder)
    // Fields, not the struct: copying a category retains its strings and arrays every day.
    let categoryIndex = plan.categoryIndex[index]
    let commissionRate =
      scenario.categories[categoryIndex].commissionRate ?? scenario.platform.commissionRate
    row.platformCommission = commissionRate * row.netGMV
    chargeProviderFees(day, &row, &state.feeMonth)
    row.serviceAgents = state.agentsToday
    // The field, not the policy: copying it retains its strings and arrays every day.
    row.serviceCost = Double(state.agentsToday) * plan.variants[state.variant].agentCostPerDay
    updateDemandEstimates(day, &state)
    state.ordersYesterday = row.orders
    row.fixedCost = scenario.merchants[index].fixedCostPerDay
    row.profit =
      row.netGMV - row.costOfGoods - row.platformCommission - row.adSpend - row.providerFees
      - row.serviceCost - row.marketingCost - row.talentCost - row.returnCost - row.compensation
      - row.fixedCost - row.holdingCost - row.returnWriteOff
    state.cumulativeGMV += row.gmv
    state.cumulativeProfit += row.profit
    row.cumulativeGMV = state.cumulativeGMV
    row.cumulativeProfit = state.cumulativeProfit
    row.refundsDue = state.refundsDue.amount
    row.refundsDueUnits = state.refundsDue.units
    row.refundsDueValue = state.refundsDue.value
    let recovery = scenario.categories[categoryIndex].clearanceRecovery
    let resold = scenario.categories[categoryIndex].returnsResoldShare
    let returnCost = scenario.categories[categoryIndex].returnCostPerRefund
    // Settled: the refunds already due booked now, as their refunds will book them (a refund
    // provision, as accrual accounting books expected refunds at the sale), the stock at cost.
    row.cumulativeProfitSettled =
      row.cumulativeProfit
      - state.refundsDue.cost(
        commissionRate: commissionRate, recoveredShare: resold + (1 - resold) * recovery,
        returnCost: returnCost)
    // Were everything cleared today: the stock on hand and on order fetches its recovery, and
    // the refunds already due are made, their units coming back to be cleared too.
    row.cumulativeProfitAfterClearance =
      row.cumulativeProfit - (row.stockValue + row.stockOnOrderValue) * (1 - recovery)
      - state.refundsDue.cost(
        commissionRate: commissionRate, recoveredShare: recovery, returnCost: returnCost)
    settle(day, &row, &state.cash)
    return row
  }
}

extension MerchantWork {
  /// The closing stock per SKU, its value at unit cost and its holding cost: `holdingCostPerYear`
  /// / 365 of the value a day (MODEL.md §5).
  ///
  /// Takes the fields it reads, not the merchant's state: passing the state copied it.
  func closeStock(_ row: inout DayRecord, variant: Int, onHand: [Double], onOrder: [Double]) {
    // Fields, not the merchant: copying it retains its strings every day.
    let skus = plan.scenario.merchants[index].skus
    let discount = plan.variants[variant].discount
    let holdingPerDay = plan.scenario.merchants[index].holdingCostPerYear / 365
    for sku in skus.indices {
      let unitCost = skus[sku].unitCost
      let value = onHand[sku] * unitCost
      row.skus[sku].pricePaid = skus[sku].price * (1 - discount)
      row.skus[sku].stockOnHand = onHand[sku]
      row.skus[sku].stockOnOrder = onOrder[sku]
      row.skus[sku].holdingCost = holdingPerDay * value
      row.stockValue += value
      row.stockOnOrderValue += onOrder[sku] * unitCost
      row.holdingCost += row.skus[sku].holdingCost
    }
  }
}

extension MerchantState {
  /// Refunded orders: the money goes back and each return costs freight and handling.
  ///
  /// A `resoldShare` of the units goes back on hand (so its cost of goods is recovered); the
  /// rest is cleared at `clearanceRecovery` of its cost, the loss booked as a write-off and
  /// the recovery paid in cash.
  mutating func refund(
    _ units: Double, of skuIndex: Int, amount: Double, unitCost: Double, returnCost: Double,
    resoldShare: Double, clearanceRecovery: Double
  ) {
    let resold = streams.returns.binomial(units, resoldShare)
    let cleared = units - resold
    onHand[skuIndex] += resold
    today.refundedUnits += units
    today.returnedResoldUnits += resold
    today.refunds += amount
    refundsDue.remove(units, amount: amount, unitCost: unitCost)
    today.costOfGoods -= units * unitCost
    today.returnCost += units * returnCost
    today.returnWriteOff += cleared * unitCost * (1 - clearanceRecovery)
    cash.clearance += cleared * unitCost * clearanceRecovery
  }
}
