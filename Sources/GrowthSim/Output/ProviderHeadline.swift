/// The agency lines `growthsim run` prints under the merchant table: per provider, its fees,
/// costs and margin over the horizon (mean over replications, with the lowest and highest)
/// and its load at the start (MODEL.md §3.9).
public enum ProviderHeadline {
  /// The table text, one provider a line; empty without providers.
  public static func text(for scenario: Scenario, summaries: [SummaryTable.Row]) -> String {
    guard !scenario.providers.isEmpty, !scenario.merchants.isEmpty else { return "" }
    let plan = ResolvedScenario(scenario)
    var lines = [["provider", "staff", "utilisation", "fees", "costs", "margin"]]
    for (index, provider) in scenario.providers.enumerated() {
      var fees: [Double] = []
      var costs: [Double] = []
      for (offset, row) in summaries.enumerated() {
        let merchant = offset % scenario.merchants.count
        if merchant == 0 { (fees, costs) = (fees + [0], costs + [0]) }
        guard plan.providerIndex[merchant] == index else { continue }
        fees[fees.count - 1] += row.summary.providerFees
        costs[costs.count - 1] += row.summary.providerCost
      }
      func figure(_ values: [Double]) -> String {
        guard let low = values.min(), let high = values.max() else { return "-" }
        let mean = HeadlineTable.format(values.reduce(0, +) / Double(values.count), places: 0)
        guard values.count > 1 else { return mean }
        let range =
          "\(HeadlineTable.format(low, places: 0))…\(HeadlineTable.format(high, places: 0))"
        return "\(mean) [\(range)]"
      }
      let load = provider.utilisation(
        staff: provider.staff, serving: plan.merchantsServed[index])
      lines.append([
        provider.id, "\(provider.staff)", load.map { HeadlineTable.format($0, places: 2) } ?? "-",
        figure(fees), figure(costs), figure(zip(fees, costs).map { $0 - $1 }),
      ])
    }
    return HeadlineTable.align(lines, leftColumns: 1)
  }
}
