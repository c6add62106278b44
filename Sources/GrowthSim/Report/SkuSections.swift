/// The report's "Stock per SKU" section, made from `sku_daily.csv`.
///
/// Each SKU's stock on hand (mean across replications with its 5–95 % band) and its stock-out
/// probability per day, with a table of the days on which it may run out. Many SKUs: the best
/// sellers only, so the page stays small.
enum SkuSections {
  /// At most this many SKUs get a line (the best sellers by mean units over the horizon).
  static let skusShown = 8

  /// One SKU's figures: `stock[replication][day]`, `out[replication][day]` (1 when empty),
  /// and its units summed over days per replication.
  private struct Figures {
    var stock: [[Double]] = []
    var out: [[Double]] = []
    var units: [Double] = []
  }

  /// The section, or `nil` without `sku_daily.csv`.
  static func section(
    _ directory: String, windows: [ReportContext.Window]
  ) throws(ReportError) -> ReportPage.Section? {
    let path = directory + "sku_daily.csv"
    guard var file = try ReportCSV(path: path) else { return nil }
    let replicationColumn = try file.index(of: "replication")
    let merchantColumn = try file.index(of: "merchant")
    let skuColumn = try file.index(of: "sku")
    let dayColumn = try file.index(of: "day")
    let dateColumn = try file.index(of: "date")
    let unitsColumn = try file.index(of: "units")
    let stockColumn = try file.index(of: "stock_on_hand_units")
    let outColumn = try file.index(of: "out_of_stock")
    var order: [String] = []
    var merchants = Set<Substring>()
    var figures: [String: Figures] = [:]
    var start: CivilDate? = nil
    while let row = try file.next() {
      guard let replication = Int(row[replicationColumn]), let day = Int(row[dayColumn]),
        replication >= 0, day >= 0, replication < 1_000_000, day < 100_000
      else {
        throw .format(path: path, line: file.line, reason: "replication or day is not a count")
      }
      merchants.insert(row[merchantColumn])
      // A tab cannot occur in an id (the scenario's id rule); it keeps merchant and SKU apart.
      let key = String(row[merchantColumn]) + "\t" + String(row[skuColumn])
      if figures[key] == nil { order.append(key) }
      var entry = figures[key] ?? Figures()
      while entry.stock.count <= replication {
        entry.stock.append([])
        entry.out.append([])
        entry.units.append(0)
      }
      while entry.stock[replication].count <= day {
        entry.stock[replication].append(.nan)
        entry.out[replication].append(0)
      }
      entry.stock[replication][day] = row[stockColumn].number
      entry.out[replication][day] = row[outColumn].number > 0 ? 1 : 0
      let units = row[unitsColumn].number
      if units.isFinite { entry.units[replication] += units }
      figures[key] = entry
      if day == 0, start == nil { start = CivilDate(iso: String(row[dateColumn])) }
    }
    guard let start, !order.isEmpty else {
      throw .format(path: path, line: file.line, reason: "no row for day 0")
    }
    func meanUnits(_ key: String) -> Double { Statistics.mean(figures[key]?.units ?? []) ?? 0 }
    let shown = Array(order.sorted { (meanUnits($0), $1) > (meanUnits($1), $0) }.prefix(skusShown))
    func label(_ key: String) -> String {
      let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
      return merchants.count > 1 ? parts.joined(separator: " / ") : String(parts.last ?? "")
    }
    let charts = ChartSeries(
      totals: DailyTotals(start: start, metrics: [], values: []), windows: windows)
    let probabilities = shown.map { probability(figures[$0]?.out ?? []) }
    let stockSeries = shown.enumerated().map { index, key in
      LineChart.Series(
        name: label(key), points: ChartSeries.points(figures[key]?.stock ?? []),
        color: ChartPalette.color(index))
    }
    let probabilitySeries = shown.indices.map { index in
      LineChart.Series(
        name: label(shown[index]),
        points: probabilities[index].enumerated().map {
          LineChart.Point(x: Double($0.offset), y: $0.element)
        }, color: ChartPalette.color(index))
    }
    var body = charts.chart("Stock on hand per SKU", yLabel: "units", series: stockSeries)
    body += charts.chart(
      "Probability of a stock-out per SKU", yLabel: "share of replications",
      series: probabilitySeries)
    let rows = shown.indices.map { index -> [String] in
      let units = figures[shown[index]]?.units ?? []
      let q = Statistics.quantiles(units, [0.05, 0.95])
      return [
        HTMLText.escape(label(shown[index])),
        HTMLText.spread(meanUnits(shown[index]), q[0] ?? .nan, q[1] ?? .nan),
        HTMLText.number(probabilities[index].reduce(0, +), places: 1),
      ]
    }
    body += ReportPage.table(["SKU", "units sold", "expected stock-out days"], rows)
    // The days at risk are a list, not a column: the table's cells do not wrap.
    body += "<p>Days with a stock-out probability above 0:</p>\n<ul>\n"
    for index in shown.indices {
      body += "<li>" + HTMLText.escape(label(shown[index])) + ": "
      body += HTMLText.escape(spans(probabilities[index], start: start)) + "</li>\n"
    }
    body += "</ul>\n"
    body += "<p class=\"note\">From <code>sku_daily.csv</code>: units sold over the horizon and "
    body += "stock on hand at the end of the day, mean [5 %…95 %] across replications; the "
    body += "probability is the share of "
    body += "replications ending the day with the SKU empty."
    if order.count > shown.count {
      body += " The top \(shown.count) of \(order.count) SKUs by mean units sold; the others are "
      body += "in <code>sku_daily.csv</code>."
    }
    return ReportPage.Section(id: "sku-stock", heading: "Stock per SKU", body: body + "</p>\n")
  }

  /// The share of replications out of stock, day by day (`out[replication][day]` is 0 or 1).
  static func probability(_ out: [[Double]]) -> [Double] {
    let days = out.map(\.count).min() ?? 0
    return (0..<days).map { day in
      out.reduce(0) { $0 + $1[day] } / Double(max(out.count, 1))
    }
  }

  /// The runs of days with a probability above 0, as dates with the highest probability in
  /// each (at most four runs, then how many more).
  static func spans(_ probability: [Double], start: CivilDate) -> String {
    var runs: [(from: Int, to: Int, peak: Double)] = []
    for (day, p) in probability.enumerated() where p > 0 {
      if let last = runs.last, last.to == day - 1 {
        runs[runs.count - 1] = (last.from, day, max(last.peak, p))
      } else {
        runs.append((day, day, p))
      }
    }
    guard !runs.isEmpty else { return "none" }
    var parts = runs.prefix(4).map { run in
      let from = start.adding(days: run.from)
      let dates = run.from == run.to ? "\(from)" : "\(from)…\(start.adding(days: run.to))"
      return dates + " (up to " + HTMLText.number(run.peak * 100, places: 1) + " %)"
    }
    if runs.count > 4 { parts.append("and \(runs.count - 4) more") }
    return parts.joined(separator: "; ")
  }
}
