/// The figures on a day or summed over a window, across replications: each metric's mean and
/// 5–95 % range, and the probability that a SKU runs out of stock in the span.
public struct FocusFigures: Sendable {
  /// One metric: its name, whether it is a level (read on the last day) and its spread.
  public struct Row: Sendable {
    public var metric: String
    public var isLevel: Bool
    public var mean: Double
    public var p05: Double
    public var p95: Double
  }

  public var span: FocusSpan
  public var start: CivilDate
  public var rows: [Row]
  /// The share of replications in which some merchant had a SKU out of stock on a day of the
  /// span; `nil` when the totals lack `skus_out_of_stock`.
  public var stockOutProbability: Double?
  public var replications: Int

  /// The metrics shown, in order.
  static let shown = [
    "gmv_cny", "net_gmv_cny", "profit_cny", "cumulative_profit_cny", "ad_spend_cny", "visits",
    "paid_visits", "orders", "lost_orders", "followers", "stock_on_hand_units", "score_points",
  ]

  /// The figures of `totals` over `span`.
  public init(_ totals: DailyTotals, span: FocusSpan) {
    self.span = span
    start = totals.start
    replications = totals.values.count
    rows = Self.shown.compactMap { metric -> Row? in
      guard let column = totals.index(metric) else { return nil }
      let isLevel = DailyTotals.levels.contains(metric)
      let samples = totals.values.compactMap { days -> Double? in
        guard span.to < days.count else { return nil }
        if isLevel { return days[span.to][column] }
        return days[span.from...span.to].reduce(0) { $0 + $1[column] }
      }
      let q = Statistics.quantiles(samples, [0.05, 0.95])
      return Row(
        metric: metric, isLevel: isLevel, mean: Statistics.mean(samples) ?? .nan,
        p05: q[0] ?? .nan, p95: q[1] ?? .nan)
    }
    let stock = totals.index("skus_out_of_stock")
    stockOutProbability = stock.map { column in
      let out = totals.values.filter { days in
        span.to < days.count && days[span.from...span.to].contains { $0[column] > 0 }
      }
      return totals.values.isEmpty ? .nan : Double(out.count) / Double(totals.values.count)
    }
  }

  /// The heading: `on day 30 (2026-07-31)` or `over days 48…51 (…)`.
  public var heading: String {
    (span.to > span.from ? "over " : "on ") + span.heading(start: start)
  }

  /// The figures as aligned text lines for the terminal.
  public var text: String {
    var lines = [
      "figures \(heading), mean [5 %…95 %] over \(replications) replication(s)"
        + (span.to > span.from ? "; flows summed, levels on the last day" : "")
    ]
    let width = rows.map(\.metric.count).max() ?? 0
    for row in rows {
      let padding = String(repeating: " ", count: width - row.metric.count)
      lines.append(
        "  \(row.metric)\(padding)  \(HTMLText.figure(row.mean)) [\(HTMLText.figure(row.p05))…"
          + "\(HTMLText.figure(row.p95))]")
    }
    if let probability = stockOutProbability {
      lines.append(
        "  P(a SKU out of stock \(span.to > span.from ? "on some day" : "that day")) = "
          + HTMLText.number(probability * 100, places: 1) + " %")
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
