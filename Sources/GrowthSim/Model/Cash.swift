/// The merchant's cash (MODEL.md §5): sales settle after the platform's settlement lag,
/// suppliers are paid on arrival, every other cost is paid the day it is booked.
struct CashState: Sendable {
  /// Cash since day 0 (the opening stock is already paid for).
  var balance = 0.0
  /// Sales booked but not yet settled.
  var receivable = 0.0
  /// What the platform pays out on each day of the run (net GMV less commission of the day
  /// `settlementDays` before); sized on first use.
  var due: [Double] = []
  /// Today's proceeds from clearing returned units not resold.
  var clearance = 0.0
}

extension MerchantWork {
  /// Books the day's cash: today's sales fall due after the settlement lag (longer below the
  /// score `settlementScoreStars`), what falls due today is paid out, and the day's costs
  /// and purchases are paid.
  func settle(_ day: Int, _ row: inout DayRecord, _ cash: inout CashState) {
    let days = plan.scenario.calendar.days
    if cash.due.count != days { cash.due = Array(repeating: 0, count: days) }
    let sales = row.netGMV - row.platformCommission
    // Fields, not the platform: copying it retains its arrays every day.
    let lag =
      row.scoreStars >= plan.scenario.platform.settlementScoreStars
      ? plan.scenario.platform.settlementDays : plan.scenario.platform.settlementDaysLowScore
    // Money due after the horizon stays a receivable.
    if day + lag < days { cash.due[day + lag] += sales }
    row.settled = cash.due[day]
    cash.receivable += sales - row.settled
    let paid =
      row.purchases + row.adSpend + row.providerFees + row.serviceCost + row.marketingCost
      + row.talentCost + row.returnCost + row.compensation + row.fixedCost + row.holdingCost
    cash.balance += row.settled + cash.clearance - paid
    cash.clearance = 0
    row.cash = cash.balance
    row.receivable = cash.receivable
  }
}
