/// The sections of a run's report: the headline from `summary.csv` (totals and the top
/// merchants when there are many), providers' shares, the daily charts from `daily.csv`, stock
/// with the probability of a stock-out, the score and the targets.
enum RunSections {
  /// Beyond this many merchants the headline shows totals and the top merchants by GMV.
  static let merchantsShown = 20

  /// The headline columns of `summary.csv` and their headings.
  static let headline = [
    ("gmv_cny", "GMV"), ("net_gmv_cny", "net GMV"), ("profit_cny", "profit"),
    ("paid_roi", "paid ROI"), ("followers_end", "followers"), ("stockout_days", "stock-out days"),
  ]

  /// The headline table of `summary.csv`, or `nil` without it.
  static func headline(_ directory: String) throws(ReportError) -> ReportPage.Section? {
    guard var file = try ReportCSV(path: directory + "summary.csv") else { return nil }
    let merchantColumn = try file.index(of: "merchant")
    let replicationColumn = try file.index(of: "replication")
    let columns = headline.compactMap { file.header.firstIndex(of: $0.0) }
    let shown = headline.filter { file.header.contains($0.0) }
    // samples[merchant][metric] over replications; totals[replication][metric].
    var order: [String] = []
    var samples: [String: [[Double]]] = [:]
    var totals: [Int: [Double]] = [:]
    while let row = try file.next() {
      let merchant = String(row[merchantColumn])
      if samples[merchant] == nil {
        order.append(merchant)
        samples[merchant] = Array(repeating: [], count: columns.count)
      }
      let replication = Int(row[replicationColumn]) ?? 0
      var total = totals[replication] ?? Array(repeating: 0, count: columns.count)
      for (slot, column) in columns.enumerated() {
        let value = row[column].number
        samples[merchant]?[slot].append(value)
        if value.isFinite { total[slot] += value }
      }
      totals[replication] = total
    }
    func cells(_ values: [[Double]]) -> [String] {
      values.map { sample in
        let finite = sample.filter(\.isFinite)
        let q = Statistics.quantiles(finite, [0.05, 0.95])
        return HTMLText.spread(Statistics.mean(finite) ?? .nan, q[0] ?? .nan, q[1] ?? .nan)
      }
    }
    let gmvSlot = shown.firstIndex { $0.0 == "gmv_cny" }
    func meanGMV(_ merchant: String) -> Double {
      guard let gmvSlot, let sample = samples[merchant]?[gmvSlot] else { return 0 }
      return Statistics.mean(sample.filter(\.isFinite)) ?? 0
    }
    let isLarge = order.count > merchantsShown
    let listed =
      isLarge
      ? Array(order.sorted { (meanGMV($0), $1) > (meanGMV($1), $0) }.prefix(merchantsShown))
      : order
    var rows = listed.map { [HTMLText.escape($0)] + cells(samples[$0] ?? []) }
    if order.count > 1 {
      // Ratios and per-merchant counts do not add up: the total row leaves them out.
      let summed = Set(["gmv_cny", "net_gmv_cny", "profit_cny", "followers_end"])
      let totalSamples = shown.indices.map { slot in
        summed.contains(shown[slot].0) ? totals.keys.sorted().map { totals[$0]?[slot] ?? 0 } : []
      }
      rows.insert(
        ["<b>all \(order.count) merchants</b>"]
          + zip(shown, cells(totalSamples)).map { summed.contains($0.0.0) ? $0.1 : "–" }, at: 0)
    }
    var body = ReportPage.table(["merchant"] + shown.map(\.1), rows)
    body += "<p class=\"note\">Over the horizon, from <code>summary.csv</code>: mean [5 %…95 %] "
    body += "across \(totals.count) replication(s)."
    if isLarge {
      body += " The top \(merchantsShown) of \(order.count) merchants by mean GMV; the others "
      body += "are in <code>summary.csv</code> and <code>daily.csv</code>."
    }
    return ReportPage.Section(id: "headline", heading: "Headline", body: body + "</p>\n")
  }

  /// Each provider's share of all GMV over the horizon, from `providers.csv`.
  static func providers(_ directory: String) throws(ReportError) -> ReportPage.Section? {
    guard var file = try ReportCSV(path: directory + "providers.csv") else { return nil }
    let provider = try file.index(of: "provider")
    let replication = try file.index(of: "replication")
    let gmv = try file.index(of: "gmv_cny")
    let total = try file.index(of: "total_gmv_cny")
    let merchants = try file.index(of: "merchants")
    let fees = try file.index(of: "fees_cny")
    let day = try file.index(of: "day")
    let date = try file.index(of: "date")
    // sums[provider][replication] = (gmv, all GMV, fees); the most merchants on a day;
    // shares[provider][replication][day] for the chart.
    var sums: [String: [Int: (Double, Double, Double)]] = [:]
    var most: [String: Int] = [:]
    var shares: [String: [Int: [Double]]] = [:]
    var start: CivilDate? = nil
    while let row = try file.next() {
      let id = String(row[provider])
      let r = Int(row[replication]) ?? 0
      if start == nil, row[day] == "0" { start = CivilDate(iso: String(row[date])) }
      let all = row[total].number
      shares[id, default: [:]][r, default: []].append(all > 0 ? row[gmv].number / all : .nan)
      let old = sums[id]?[r] ?? (0, 0, 0)
      sums[id, default: [:]][r] = (
        old.0 + row[gmv].number, old.1 + row[total].number, old.2 + row[fees].number
      )
      most[id] = max(most[id] ?? 0, Int(row[merchants]) ?? 0)
    }
    func spread(_ values: [Double], percent: Bool = false) -> String {
      let q = Statistics.quantiles(values, [0.05, 0.95])
      let scale = percent ? 100.0 : 1
      return HTMLText.spread(
        (Statistics.mean(values) ?? .nan) * scale, (q[0] ?? .nan) * scale, (q[1] ?? .nan) * scale,
        unit: percent ? " %" : "")
    }
    let rows = sums.keys.sorted().map { id -> [String] in
      let byReplication = (sums[id] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
      return [
        HTMLText.escape(id), "\(most[id] ?? 0)",
        spread(byReplication.map { $0.1 > 0 ? $0.0 / $0.1 : .nan }, percent: true),
        spread(byReplication.map(\.0)), spread(byReplication.map(\.2)),
      ]
    }
    var body =
      ReportPage.table(["provider", "merchants", "share of all GMV", "GMV", "fees"], rows)
      + "<p class=\"note\">Over the horizon, from <code>providers.csv</code>.</p>\n"
    if let start {
      let series = shares.keys.sorted().enumerated().map { index, id in
        LineChart.Series(
          name: id,
          points: ChartSeries.points(
            (shares[id] ?? [:]).sorted { $0.key < $1.key }.map { $0.value.map { $0 * 100 } }),
          color: ChartPalette.color(index))
      }
      body +=
        LineChart(
          title: "Providers' share of all GMV per day", yLabel: "% of GMV",
          axis: .days(start: start), series: series
        ).svg
    }
    return ReportPage.Section(id: "providers", heading: "Providers' shares", body: body)
  }

  /// The daily charts: GMV and profit, traffic by channel, stock and stock-outs, score.
  static func daily(
    _ totals: DailyTotals, windows: [ReportContext.Window], merchants: Int
  ) -> [ReportPage.Section] {
    let charts = ChartSeries(totals: totals, windows: windows)
    let scope = merchants > 1 ? " (all merchants)" : ""
    var money = charts.chart(
      "GMV and profit per day" + scope, yLabel: "yuan per day",
      metrics: [("gmv_cny", "GMV"), ("net_gmv_cny", "net GMV"), ("profit_cny", "profit")])
    money += charts.chart(
      "Cumulative profit" + scope, yLabel: "yuan", metrics: [("cumulative_profit_cny", "profit")])
    let channels = [
      ("feed_visits", "feed"), ("follower_visits", "followers"), ("paid_visits", "paid"),
      ("video_visits", "video"), ("interest_visits", "interest"), ("talent_visits", "talent"),
      ("shelf_visits", "shelf"), ("word_of_mouth_visits", "word of mouth"),
      ("repeat_visits", "repeat"),
    ].filter { channel in
      // Channels that never carry a visit would only crowd the legend.
      charts.totals.series(channel.0)?.contains { $0.contains { $0 > 0 } } ?? false
    }
    let traffic = charts.chart(
      "Visits per day by channel" + scope, yLabel: "visits per day", metrics: channels)
    var stock = charts.chart(
      "Stock on hand" + scope, yLabel: "units", metrics: [("stock_on_hand_units", "stock")])
    stock += charts.probabilityChart()
    stock += "<p class=\"note\">Stock is the total over SKUs from <code>daily.csv</code>"
    stock += "; the probability is the share of replications in which some SKU is out of stock "
    stock += "that day.</p>\n"
    let score = charts.chart(
      "Experience score" + (merchants > 1 ? " (mean over merchants)" : ""), yLabel: "points",
      metrics: [("score_points", "score")])
    return [
      ReportPage.Section(id: "money", heading: "GMV and profit", body: money),
      ReportPage.Section(id: "traffic", heading: "Traffic by channel", body: traffic),
      ReportPage.Section(id: "stock", heading: "Stock and stock-outs", body: stock),
      ReportPage.Section(id: "score", heading: "Score", body: score),
    ]
  }

  /// `targets.csv` as it is.
  static func targets(_ directory: String) throws(ReportError) -> ReportPage.Section? {
    guard var file = try ReportCSV(path: directory + "targets.csv") else { return nil }
    let rows = try file.rows().map { $0.map { HTMLText.escape(String($0)) } }
    let body = ReportPage.table(file.header.map(HTMLText.escape), rows)
    return ReportPage.Section(id: "targets", heading: "Targets", body: body)
  }
}
