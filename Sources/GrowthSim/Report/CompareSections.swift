/// The sections of a comparison's report, from `compare_daily.csv` and `compare_summary.csv`:
/// the summary with the gap and crossover day, each policy's daily lines with bands, and the
/// gap in settled cumulative profit to the first policy with its band and crossover day.
enum CompareSections {
  /// A policy's daily spreads of one metric: value and difference to the first policy.
  private struct Line {
    var value: [LineChart.Point] = []
    var difference: [LineChart.Point] = []
  }

  /// The sections, or none without `compare_daily.csv`.
  static func sections(
    _ directory: String, windows: [ReportContext.Window]?
  ) throws(ReportError) -> [ReportPage.Section] {
    guard var daily = try ReportCSV(path: directory + "compare_daily.csv") else { return [] }
    let columns = try ["day", "date", "policy", "metric", "mean", "p05", "p95"].map {
      (name) throws(ReportError) in try daily.index(of: name)
    }
    let differences = try ["diff_mean", "diff_p05", "diff_p95"].map {
      (name) throws(ReportError) in try daily.index(of: name)
    }
    var policies: [String] = []
    var lines: [String: [String: Line]] = [:]
    var start: CivilDate? = nil
    while let row = try daily.next() {
      let day = row[columns[0]].number
      if start == nil, day == 0 { start = CivilDate(iso: String(row[columns[1]])) }
      let policy = String(row[columns[2]])
      if !policies.contains(policy) { policies.append(policy) }
      var line = lines[String(row[columns[3]])]?[policy] ?? Line()
      line.value.append(
        LineChart.Point(
          x: day, y: row[columns[4]].number, low: row[columns[5]].number,
          high: row[columns[6]].number))
      line.difference.append(
        LineChart.Point(
          x: day, y: row[differences[0]].number, low: row[differences[1]].number,
          high: row[differences[2]].number))
      lines[String(row[columns[3]]), default: [:]][policy] = line
    }
    guard let start else {
      throw .format(path: daily.path, line: daily.line, reason: "no row for day 0")
    }
    let summary = try summaryTable(directory)
    let chartWindows = (windows ?? []).map {
      LineChart.Window(label: $0.label, from: Double($0.from), to: Double($0.to))
    }
    func chart(_ metric: String, _ title: String, _ yLabel: String, gap: Bool = false) -> String {
      let shown = gap ? Array(policies.dropFirst()) : policies
      let series = shown.enumerated().compactMap { index, policy -> LineChart.Series? in
        guard let line = lines[metric]?[policy] else { return nil }
        return LineChart.Series(
          name: gap ? "\(policy) − \(policies[0])" : policy,
          points: gap ? line.difference : line.value,
          color: ChartPalette.color(gap ? index + 1 : index))
      }
      guard !series.isEmpty else { return "" }
      let markers = shown.compactMap { policy -> LineChart.Marker? in
        guard let day = summary.crossover[policy], day.isFinite else { return nil }
        return LineChart.Marker(
          x: day, label: "\(policy) ahead from day \(HTMLText.number(day))")
      }
      return LineChart(
        title: title, yLabel: yLabel, axis: .days(start: start), series: series,
        windows: chartWindows, markers: metric == verdict ? markers : []
      ).svg
    }
    // The verdict's profit: settled since session 11; a folder written before has only the
    // running one, which its crossover days judged.
    let settled = lines["cumulative_profit_settled_cny"] != nil
    let verdict = settled ? "cumulative_profit_settled_cny" : "cumulative_profit_cny"
    let basis = settled ? "settled cumulative profit" : "cumulative profit"
    var gap = chart(verdict, "Gap in \(basis) to \(policies.first ?? "")", "yuan", gap: true)
    let title = (settled ? "Settled cumulative" : "Cumulative") + " profit by policy"
    gap += chart(verdict, title, "yuan")
    gap += "<p class=\"note\">The gap is the paired difference on common random numbers; the "
    gap += "crossover day is the median day from which the policy's \(basis) stays ahead, "
    gap += "among the replications that have one. Settled: the refunds still due booked each "
    gap += "day, as a refund provision does.</p>\n"
    var dayByDay = chart("gmv_cny", "GMV per day by policy", "yuan per day")
    dayByDay += chart("profit_cny", "Profit per day by policy", "yuan per day")
    dayByDay += chart("visits", "Visits per day by policy", "visits per day")
    dayByDay += chart("skus_out_of_stock", "SKUs out of stock by policy", "SKUs")
    dayByDay += chart("score_points", "Experience score by policy", "points")
    var sections = [
      ReportPage.Section(id: "compare", heading: "Policies compared", body: summary.html),
      ReportPage.Section(id: "gap", heading: "Gap and crossover", body: gap),
      ReportPage.Section(id: "compare-daily", heading: "Policies day by day", body: dayByDay),
    ]
    if var ablation = try ReportCSV(path: directory + "compare_ablation.csv") {
      let rows = try ablation.rows().map { $0.map { HTMLText.escape(String($0)) } }
      sections.append(
        ReportPage.Section(
          id: "ablation", heading: "Ablation",
          body: ReportPage.table(ablation.header.map(HTMLText.escape), rows)))
    }
    if var explanation = try ReportCSV(path: directory + "compare_explain.csv") {
      let rows = try explanation.rows().map { $0.map { HTMLText.escape(String($0)) } }
      sections.append(
        ReportPage.Section(
          id: "explain", heading: "The gap explained (Shapley values; rows add up to the gap)",
          body: ReportPage.table(explanation.header.map(HTMLText.escape), rows)))
    }
    return sections
  }

  /// `compare_summary.csv` as a table, and each policy's median crossover day.
  private static func summaryTable(
    _ directory: String
  ) throws(ReportError) -> (html: String, crossover: [String: Double]) {
    guard var file = try ReportCSV(path: directory + "compare_summary.csv") else {
      return ("<p>No <code>compare_summary.csv</code>.</p>\n", [:])
    }
    let names = [
      "policy", "gmv_cny_mean", "gmv_cny_p05", "gmv_cny_p95", "profit_diff_cny_mean",
      "profit_diff_cny_ci90_low", "profit_diff_cny_ci90_high", "crossover_day_p50",
      "crossover_day_p05", "crossover_day_p95", "crossover_share", "probability_ahead",
    ]
    let at = try names.map { (name) throws(ReportError) in try file.index(of: name) }
    // Columns added later (the settled gap in session 10; the settled profit's range and the
    // gap after clearance in session 11): optional, so a folder written before still reads.
    func optional(_ names: [String]) -> [Int] { names.compactMap { try? file.index(of: $0) } }
    let settledProfit = optional([
      "profit_settled_cny_mean", "profit_settled_cny_p05", "profit_settled_cny_p95",
    ])
    let settled = optional([
      "profit_settled_diff_cny_mean", "profit_settled_diff_cny_ci90_low",
      "profit_settled_diff_cny_ci90_high",
    ])
    let cleared = optional([
      "profit_after_clearance_diff_cny_mean", "profit_after_clearance_diff_cny_ci90_low",
      "profit_after_clearance_diff_cny_ci90_high",
    ])
    /// A mean with its range in brackets, or "–" on the reference's row or without the columns.
    func figure(_ columns: [Int], _ row: [Substring], first: Bool) -> String {
      first || columns.count < 3
        ? "–"
        : HTMLText.figure(row[columns[0]].number) + " [" + HTMLText.figure(row[columns[1]].number)
          + "…" + HTMLText.figure(row[columns[2]].number) + "]"
    }
    var crossover: [String: Double] = [:]
    var rows: [[String]] = []
    var otherBases: [[String]] = []
    for (index, row) in try file.rows().enumerated() {
      let v = at.map { row[$0].number }
      crossover[String(row[at[0]])] = v[7]
      rows.append([
        HTMLText.escape(String(row[at[0]])), HTMLText.spread(v[1], v[2], v[3]),
        settledProfit.count < 3
          ? "–"
          : HTMLText.spread(
            row[settledProfit[0]].number, row[settledProfit[1]].number,
            row[settledProfit[2]].number),
        figure(settled, row, first: index == 0),
        index == 0 || !v[7].isFinite
          ? (index == 0 ? "–" : "never")
          : HTMLText.spread(v[7], v[8], v[9]) + " in " + HTMLText.number(v[10] * 100) + " %",
        HTMLText.number(v[11] * 100) + " %",
      ])
      if index > 0 {
        otherBases.append([
          rows[index][0], figure([at[4], at[5], at[6]], row, first: false),
          figure(cleared, row, first: false),
        ])
      }
    }
    let html =
      ReportPage.table(
        [
          "policy", "GMV", "settled profit", "settled vs first [90 % CI]", "crossover day",
          "P(ahead)",
        ], rows)
      + ReportPage.table(
        ["policy", "running vs first [90 % CI]", "after clearance vs first [90 % CI]"],
        otherBases)
      + "<p class=\"note\">Over the horizon, from <code>compare_summary.csv</code>; the first "
      + "policy is the reference. Settled: the refunds due at the horizon booked (a refund "
      + "provision), the verdict's basis since session 11: the crossover day and P(ahead) judge "
      + "it (a folder written before session 11 judged the running profit). The second table "
      + "gives the gap on the other bases: running, each refund charged on the day it is made; "
      + "after clearance, were everything cleared at the horizon: the stock left and the returns "
      + "still due sold off at the category's clearance recovery.</p>\n"
    return (html, crossover)
  }
}
