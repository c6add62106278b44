/// The headline of a run with many merchants (the 1,300-merchant belt printed 1,309 lines and
/// not the provider share it exists for): the totals over merchants, each provider's share of
/// GMV, and the top merchants by GMV, pointing to the files for the rest.
extension HeadlineTable {
  /// Beyond this many merchants the headline shows totals and the top merchants.
  public static let merchantsListed = 20

  static func largeText(for scenario: Scenario, summaries: [SummaryTable.Row]) -> String {
    let count = scenario.merchants.count
    // byReplication[r][m]: replication-major, merchants in scenario order.
    let byReplication = stride(from: 0, to: summaries.count, by: count).map {
      Array(summaries[$0..<min($0 + count, summaries.count)]).map(\.summary)
    }
    func spread(_ values: [Double], places: Int = 0) -> String {
      guard !values.isEmpty else { return "-" }
      let mean = values.reduce(0, +) / Double(values.count)
      guard values.count > 1, let low = values.min(), let high = values.max() else {
        return format(mean, places: places)
      }
      return "\(format(mean, places: places)) [\(format(low, places: places))…"
        + "\(format(high, places: places))]"
    }
    func total(_ value: (MerchantSummary) -> Double) -> String {
      spread(byReplication.map { $0.reduce(0) { $0 + value($1) } })
    }
    let paidROI = byReplication.compactMap { merchants -> Double? in
      let spend = merchants.reduce(0) { $0 + $1.adSpend }
      return spend > 0 ? merchants.reduce(0) { $0 + $1.paidGMV } / spend : nil
    }
    var lines = [
      ["merchant", "policy", "GMV", "net GMV", "profit", "paid ROI", "followers", "stockout d"],
      [
        "all \(count)", "", total(\.gmv), total(\.netGMV), total(\.profit),
        spread(paidROI, places: 2), total(\.followersEnd),
        total { Double($0.stockoutDays) },
      ],
    ]
    let meanGMV = (0..<count).map { index in
      byReplication.reduce(0) { $0 + $1[index].gmv } / Double(max(byReplication.count, 1))
    }
    let top = (0..<count).sorted { (meanGMV[$0], $1) > (meanGMV[$1], $0) }.prefix(merchantsListed)
    for index in top {
      let mine = byReplication.map { $0[index] }
      let roi = mine.compactMap(\.paidROI)
      lines.append([
        scenario.merchants[index].id, scenario.merchants[index].policy, spread(mine.map(\.gmv)),
        spread(mine.map(\.netGMV)), spread(mine.map(\.profit)), spread(roi, places: 2),
        spread(mine.map(\.followersEnd)), spread(mine.map { Double($0.stockoutDays) }, places: 1),
      ])
    }
    var text = align(lines, leftColumns: 2)
    text +=
      "(the top \(top.count) of \(count) merchants by GMV; every merchant is in summary.csv "
      + "and daily.csv)\n"
    let providers = Set(scenario.merchants.compactMap(\.provider)).sorted()
    for provider in providers {
      let members = scenario.merchants.indices.filter {
        scenario.merchants[$0].provider == provider
      }
      let shares = byReplication.compactMap { merchants -> Double? in
        let all = merchants.reduce(0) { $0 + $1.gmv }
        return all > 0 ? members.reduce(0) { $0 + merchants[$1].gmv } / all * 100 : nil
      }
      text +=
        "provider \(provider): \(members.count) merchants, "
        + "\(spread(shares, places: 1)) % of all GMV\n"
    }
    return text
  }
}
