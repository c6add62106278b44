/// `daily_stats.csv` (runs of more than one replication, unless `output.dailyStatistics` is
/// false): per merchant, day and numeric `daily.csv` metric, the mean and quantiles across
/// replications; with several merchants also per day the statistics of their sum, under
/// merchant `*` (no merchant id can be `*`), for the additive metrics (money and counts).
///
/// Statistics are of the values `daily.csv` prints, so they can be recomputed from it
/// exactly; they skip replications where a ratio is undefined (empty cells when all do).
/// When `sku_daily.csv` is written, each merchant's rows of a day end with one metric per
/// SKU, `sku_out_of_stock:<sku id>`, whose mean is the probability that the SKU ended the
/// day with no stock.
public enum DailyStatisticsTable {
  /// One metric of one merchant-day (or of the sum over merchants).
  public struct Row: Sendable {
    /// A merchant id, or `*` for the sum over merchants.
    public var merchant: String
    public var day: Int
    public var date: CivilDate
    /// The `daily.csv` column.
    let metric: Column<DailyTable.Row>
    /// The statistics, `nil` when no replication defines the value.
    public var mean: Double?
    public var p05: Double?
    public var p50: Double?
    public var p95: Double?
  }

  /// The merchant id of the rows summing every merchant.
  public static let allMerchants = "*"

  /// The `daily.csv` columns summarised: those holding a number (as `daily_long.csv`'s).
  static var metrics: [Column<DailyTable.Row>] { DailyLongTable.metrics }

  /// The columns, in file order.
  public static let columns: [Column<Row>] = [
    Column("merchant", "Merchant id; `*` for the sum over merchants (additive metrics only).") {
      $0.text($1.merchant)
    },
    Column("day", "Day of the run, 0-based.") { $0.integer($1.day) },
    Column("date", "Calendar date, ISO 8601.") { $0.text($1.date.description) },
    Column("metric", "A numeric `daily.csv` column's name.") { $0.text($1.metric.name) },
    Column("mean", "Mean across replications, with the column's decimals (4 for whole numbers).") {
      $0.number($1.mean, places: places($1.metric))
    },
    Column("p05", "5 % quantile across replications (Hyndman–Fan 7).") {
      $0.number($1.p05, places: places($1.metric))
    },
    Column("p50", "Median across replications.") { $0.number($1.p50, places: places($1.metric)) },
    Column("p95", "95 % quantile across replications.") {
      $0.number($1.p95, places: places($1.metric))
    },
  ]

  /// The decimals of a metric's statistics: a mean of whole numbers is not whole.
  private static func places(_ metric: Column<DailyTable.Row>) -> Int { metric.places ?? 4 }

  /// Whether `scenario`'s run writes the file.
  static func isWritten(for scenario: Scenario) -> Bool {
    scenario.output.writesDailyStatistics && scenario.experiment.replications > 1
  }

  /// A value file for `scenario`'s run, beside `path`.
  static func valueFile(for scenario: Scenario, beside path: String) throws(FileError)
    -> DailyValueFile
  {
    let merchants = scenario.merchants.count
    return try DailyValueFile(
      beside: path, replications: scenario.experiment.replications,
      series: merchants > 1 ? merchants + 1 : merchants, days: scenario.calendar.days,
      metrics: metrics.count + skuSlots(scenario))
  }

  /// The values kept per merchant-day after the metrics: one per SKU of the merchant with the
  /// most, when `sku_daily.csv` is written (NaN beyond a merchant's own SKUs).
  static func skuSlots(_ scenario: Scenario) -> Int {
    SKUDailyTable.isWritten(for: scenario) ? scenario.merchants.map(\.skus.count).max() ?? 0 : 0
  }

  /// The metric naming SKU `id`'s stock-out indicator (1 out of stock at the day's end, else 0).
  static func stockoutMetric(_ id: String) -> Column<DailyTable.Row> {
    .whole("sku_out_of_stock:" + id, "1 when the SKU ended the day with no stock.") { _ in 0 }
  }

  /// The file's bytes for an in-memory run, through a value file beside `path`.
  static func csv(of result: RunResult, beside path: String) throws(FileError) -> [UInt8] {
    let values = try valueFile(for: result.scenario, beside: path)
    for (replication, merchants) in result.days.enumerated() {
      var collector = DailyValueCollector(
        values, scenario: result.scenario, replication: replication,
        seed: result.seeds[replication])
      for day in 0..<values.days {
        collector.add(day: day, records: merchants.map { $0[day] })
      }
      try collector.finish()
    }
    var bytes: [UInt8] = []
    try write(values, scenario: result.scenario) { (part: [UInt8]) throws(FileError) in
      bytes += part
    }
    return bytes
  }

  /// Writes the header and every row to `sink`, series by series, day by day, metric by
  /// metric, reading at most about `bufferBytes` of values at a time.
  static func write(
    _ values: DailyValueFile, scenario: Scenario, bufferBytes: Int = 4 << 20,
    to sink: ([UInt8]) throws(FileError) -> Void
  ) throws(FileError) {
    var header = CSVWriter()
    header.header(columns.map(\.name))
    try sink(header.bytes)
    let metrics = self.metrics
    let replications = values.replications
    let width = values.metrics
    let blockDays = max(1, bufferBytes / (replications * width * 8))
    var sample: [Double] = []
    sample.reserveCapacity(replications)
    for series in 0..<values.series {
      let isSum = series == scenario.merchants.count
      let merchant = isSum ? allMerchants : scenario.merchants[series].id
      // Per-SKU stock-outs, for the merchants (not their sum) when the values hold them.
      let skuMetrics =
        isSum || width == metrics.count
        ? [] : scenario.merchants[series].skus.map { stockoutMetric($0.id) }
      let written = (metrics + skuMetrics).enumerated().filter { !isSum || $0.element.isAdditive }
      for first in stride(from: 0, to: values.days, by: blockDays) {
        let days = first..<min(values.days, first + blockDays)
        var blocks: [[Double]] = []
        for replication in 0..<replications {
          blocks.append(try values.read(replication: replication, series: series, days: days))
        }
        var writer = CSVWriter()
        for day in days {
          let date = scenario.calendar.startDate.adding(days: day)
          for (number, metric) in written {
            let index = (day - first) * width + number
            sample.removeAll(keepingCapacity: true)
            for block in blocks where !block[index].isNaN { sample.append(block[index]) }
            let quantiles = Statistics.quantiles(sample, [0.05, 0.5, 0.95])
            let row = Row(
              merchant: merchant, day: day, date: date, metric: metric,
              mean: Statistics.mean(sample), p05: quantiles[0], p50: quantiles[1],
              p95: quantiles[2])
            for column in columns { column.write(&writer, row) }
            writer.endRow()
          }
        }
        try sink(writer.bytes)
      }
    }
  }
}
