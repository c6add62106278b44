/// The sections of a sweep's report, from `sweep.csv`: the metric against each parameter (a
/// dot per point with its 5–95 % whisker, or binned means for many points), a heat map over
/// the first two parameters, and the best points.
enum SweepSections {
  /// The metric the charts show.
  static let metric = "profit_cny"
  /// Beyond this many points a parameter's chart shows binned means.
  static let dotLimit = 400

  private struct Row {
    var point: String
    var policy: String
    var settings: [String]
    var mean: Double
    var p05: Double
    var p95: Double
  }

  /// The sections, or none without `sweep.csv`.
  static func sections(_ directory: String) throws(ReportError) -> [ReportPage.Section] {
    guard var file = try ReportCSV(path: directory + "sweep.csv") else { return [] }
    let policyColumn = file.header.firstIndex(of: "policy")
    let first = (policyColumn ?? 1) + 1
    guard let firstMetric = file.header.firstIndex(where: { $0.hasSuffix("_mean") }),
      firstMetric >= first
    else {
      throw .format(path: file.path, line: 1, reason: "no metric columns")
    }
    let parameters = Array(file.header[first..<firstMetric])
    let point = try file.index(of: "point")
    let mean = try file.index(of: metric + "_mean")
    let p05 = try file.index(of: metric + "_p05")
    let p95 = try file.index(of: metric + "_p95")
    var rows: [Row] = []
    var policies: [String] = []
    while let row = try file.next() {
      let policy = policyColumn.map { String(row[$0]) } ?? ""
      if !policies.contains(policy) { policies.append(policy) }
      rows.append(
        Row(
          point: String(row[point]), policy: policy,
          settings: (first..<firstMetric).map { String(row[$0]) }, mean: row[mean].number,
          p05: row[p05].number, p95: row[p95].number))
    }
    var charts = ""
    for (index, parameter) in parameters.enumerated() {
      charts += chart(rows, parameter: parameter, at: index, policies: policies)
    }
    var sections = [
      ReportPage.Section(
        id: "sweep", heading: "Profit against each parameter",
        body: charts
          + "<p class=\"note\">\(rows.count) rows of <code>sweep.csv</code>: each dot is a "
          + "point's mean profit over its replications, the whisker its 5–95 % range"
          + (rows.count > dotLimit
            ? " (binned: the mean of the points' means in each bin, "
              + "the whisker the 5–95 % range of those means)" : "") + ".</p>\n")
    ]
    if parameters.count >= 2 {
      var maps = ""
      for policy in policies.prefix(4) {
        maps += heatMap(rows.filter { $0.policy == policy }, parameters, policy: policy)
      }
      sections.append(
        ReportPage.Section(
          id: "heatmap", heading: "Heat map of the first two parameters",
          body: maps
            + "<p class=\"note\">Mean profit over the points in each cell (averaged over any "
            + "other parameters).</p>\n"))
    }
    sections.append(best(rows, parameters: parameters, policies: policies))
    return sections
  }

  private static func chart(
    _ rows: [Row], parameter: String, at index: Int, policies: [String]
  ) -> String {
    let series = policies.enumerated().compactMap { number, policy -> LineChart.Series? in
      let own = rows.filter { $0.policy == policy && Double($0.settings[index]) != nil }
      guard !own.isEmpty else { return nil }
      var points = own.map {
        LineChart.Point(x: Double($0.settings[index]) ?? 0, y: $0.mean, low: $0.p05, high: $0.p95)
      }
      if points.count > dotLimit { points = binned(points) }
      return LineChart.Series(
        name: policy.isEmpty ? "profit" : policy, points: points, color: ChartPalette.color(number))
    }
    guard !series.isEmpty else {
      return "<p>\(HTMLText.escape(parameter)): not a number; see <code>sweep.csv</code>.</p>\n"
    }
    return LineChart(
      title: "Profit against \(parameter)", yLabel: "yuan over the horizon",
      axis: .values(label: parameter), series: series, drawsDots: true
    ).svg
  }

  /// Means of the points in 40 equal bins of x, with the 5–95 % range of those means.
  private static func binned(_ points: [LineChart.Point]) -> [LineChart.Point] {
    let xs = points.map(\.x)
    let low = xs.min() ?? 0
    let width = max(((xs.max() ?? 1) - low) / 40, 1e-12)
    var bins: [Int: [Double]] = [:]
    for point in points where point.y.isFinite {
      bins[min(Int((point.x - low) / width), 39), default: []].append(point.y)
    }
    return bins.keys.sorted().map { bin in
      let values = bins[bin] ?? []
      let q = Statistics.quantiles(values, [0.05, 0.95])
      return LineChart.Point(
        x: low + (Double(bin) + 0.5) * width, y: Statistics.mean(values) ?? .nan, low: q[0],
        high: q[1])
    }
  }

  /// The cells of one parameter: its distinct values when at most 12, else 8 equal bins.
  private static func levels(_ values: [String]) -> (labels: [String], cell: (String) -> Int) {
    let distinct = Array(Set(values))
    let numbers = distinct.compactMap(Double.init)
    if distinct.count <= 12 || numbers.count < distinct.count {
      let sorted =
        numbers.count == distinct.count
        ? distinct.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) } : distinct.sorted()
      let capped = Array(sorted.prefix(40))
      return (capped, { capped.firstIndex(of: $0) ?? -1 })
    }
    let low = numbers.min() ?? 0
    let width = max(((numbers.max() ?? 1) - low) / 8, 1e-12)
    let labels = (0..<8).map { ChartScale.label(low + (Double($0) + 0.5) * width) }
    return (labels, { min(Int(((Double($0) ?? low) - low) / width), 7) })
  }

  private static func heatMap(_ rows: [Row], _ parameters: [String], policy: String) -> String {
    let x = levels(rows.map { $0.settings[0] })
    let y = levels(rows.map { $0.settings[1] })
    var sums = Array(
      repeating: Array(repeating: (0.0, 0), count: x.labels.count), count: y.labels.count)
    for row in rows where row.mean.isFinite {
      let column = x.cell(row.settings[0])
      let line = y.cell(row.settings[1])
      guard column >= 0, line >= 0 else { continue }
      sums[line][column].0 += row.mean
      sums[line][column].1 += 1
    }
    return HeatMap(
      title: "Mean profit" + (policy.isEmpty ? "" : " (\(policy))"), xLabel: parameters[0],
      yLabel: parameters[1], xValues: x.labels, yValues: y.labels,
      cells: sums.map { $0.map { $0.1 > 0 ? $0.0 / Double($0.1) : nil } }
    ).svg
  }

  private static func best(
    _ rows: [Row], parameters: [String], policies: [String]
  ) -> ReportPage.Section {
    let top = rows.filter(\.mean.isFinite).sorted { ($0.mean, $1.point) > ($1.mean, $0.point) }
      .prefix(10)
    let table = ReportPage.table(
      ["point"] + (policies.count > 1 ? ["policy"] : []) + parameters.map(HTMLText.escape)
        + ["profit"],
      top.map { row in
        [HTMLText.escape(row.point)] + (policies.count > 1 ? [HTMLText.escape(row.policy)] : [])
          + row.settings.map(HTMLText.escape) + [HTMLText.spread(row.mean, row.p05, row.p95)]
      })
    return ReportPage.Section(
      id: "best", heading: "The best points by mean profit",
      body: table + "<p class=\"note\">The first 10 of \(rows.count) rows; every row is in "
        + "<code>sweep.csv</code>, and <code>growthsim run --set … --seed SEED</code> "
        + "reproduces one.</p>\n")
  }
}
