/// Service providers (代运营): what their help does once the contract starts
/// (`CapabilityEffects`, resolved per merchant in `ResolvedScenario`), and their fees.
extension MerchantWork {
  /// The provider's help on `day`: none before its contract starts, then as diluted by the
  /// staff of the day (the hiring plan's last step begun).
  func providerHelp(on day: Int) -> CapabilityEffects {
    guard day >= plan.contractStartDay[index] else { return .none }
    var help = plan.providerEffects[index]
    for step in plan.providerHelpSteps[index] where step.day <= day { help = step.effects }
    return help
  }

  /// Charges the provider's fees on a day's row, by kind: the monthly fee by day, the
  /// commission on net GMV and the fee on ad spend, flat or tiered on the calendar month so
  /// far (none without a provider or before the contract; MODEL.md §3.9); and the share of
  /// the provider's own cost the merchant takes (`AgencyBooks`).
  func chargeProviderFees(_ day: Int, _ row: inout DayRecord, _ month: inout FeeMonth) {
    let scenario = plan.scenario
    guard let providerIndex = plan.providerIndex[index], day >= plan.contractStartDay[index]
    else { return }
    let provider = scenario.providers[providerIndex]
    row.providerCost = provider.allocatedCost(
      staff: provider.staff(on: day, start: scenario.calendar.startDate),
      among: plan.merchantsServed[providerIndex])
    let calendarMonth = scenario.calendar.startDate.adding(days: day).month
    if calendarMonth != month.month { month = FeeMonth(month: calendarMonth) }
    row.providerFixedFee = provider.monthlyFee * 12 / 365
    row.providerCommission =
      provider.gmvCommissionTiers.isEmpty
      ? provider.gmvCommissionRate * row.netGMV
      : FeeTier.fee(provider.gmvCommissionTiers, before: month.netGMV, amount: row.netGMV)
    row.providerAdFee =
      provider.adServiceFeeTiers.isEmpty
      ? provider.adServiceFeeRate * row.adSpend
      : FeeTier.fee(provider.adServiceFeeTiers, before: month.adSpend, amount: row.adSpend)
    row.providerFees = row.providerFixedFee + row.providerCommission + row.providerAdFee
    month.netGMV += row.netGMV
    month.adSpend += row.adSpend
  }
}

/// The calendar month's bases of a provider's tiered fees for one merchant.
struct FeeMonth: Sendable {
  /// The month (1–12) they are for; 0 before the first contract day.
  var month = 0
  var netGMV = 0.0
  var adSpend = 0.0
}
