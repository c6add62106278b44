/// Line charts of a run's daily totals: each metric's mean across replications with its
/// 5–95 % band, over a date axis with the campaign windows shaded.
struct ChartSeries {
  let totals: DailyTotals
  let windows: [ReportContext.Window]

  /// A chart of `metrics` (column, legend name); empty when none is in the totals.
  func chart(_ title: String, yLabel: String, metrics: [(String, String)]) -> String {
    let series = metrics.enumerated().compactMap { index, metric -> LineChart.Series? in
      guard let values = totals.series(metric.0) else { return nil }
      return LineChart.Series(
        name: metric.1, points: Self.points(values), color: ChartPalette.color(index))
    }
    guard !series.isEmpty else { return "" }
    return chart(title, yLabel: yLabel, series: series)
  }

  /// A chart of given series on the run's date axis with its windows.
  func chart(_ title: String, yLabel: String, series: [LineChart.Series]) -> String {
    LineChart(
      title: title, yLabel: yLabel, axis: .days(start: totals.start), series: series,
      windows: windows.map {
        LineChart.Window(label: $0.label, from: Double($0.from), to: Double($0.to))
      }
    ).svg
  }

  /// The share of replications with a SKU out of stock, per day.
  func probabilityChart() -> String {
    guard let values = totals.series("skus_out_of_stock") else { return "" }
    let days = values.map(\.count).min() ?? 0
    let points = (0..<days).map { day in
      LineChart.Point(
        x: Double(day),
        y: Double(values.filter { $0[day] > 0 }.count) / Double(max(values.count, 1)))
    }
    return chart(
      "Probability of a stock-out", yLabel: "share of replications",
      series: [LineChart.Series(name: "P(stock-out)", points: points, color: ChartPalette.color(2))]
    )
  }

  /// Mean and 5–95 % range across replications, day by day (`values[replication][day]`).
  static func points(_ values: [[Double]]) -> [LineChart.Point] {
    let days = values.map(\.count).min() ?? 0
    return (0..<days).map { day in
      let sample = values.map { $0[day] }.filter(\.isFinite)
      let q = Statistics.quantiles(sample, [0.05, 0.95])
      return LineChart.Point(
        x: Double(day), y: Statistics.mean(sample) ?? .nan, low: q[0], high: q[1])
    }
  }
}
