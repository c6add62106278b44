/// Service providers (代运营): what their help does once the contract starts
/// (`CapabilityEffects`, resolved per merchant in `ResolvedScenario`), and their fees.
extension MerchantWork {
  /// The provider's help on `day`: none before its contract starts.
  func providerHelp(on day: Int) -> CapabilityEffects {
    day >= plan.contractStartDay[index] ? plan.providerEffects[index] : .none
  }

  /// The provider's fees for a day's row: the monthly fee by day, commission on net GMV and
  /// a fee on ad spend (0 without a provider or before the contract).
  func providerFees(_ day: Int, _ row: DayRecord) -> Double? {
    let scenario = plan.scenario
    guard let provider = plan.providerIndex[index].map({ scenario.providers[$0] }),
      day >= plan.contractStartDay[index]
    else { return nil }
    return provider.monthlyFee * 12 / 365 + provider.gmvCommissionRate * row.netGMV
      + provider.adServiceFeeRate * row.adSpend
  }
}
