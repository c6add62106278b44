/// `daily_long.csv` (`output.long`, or `run --long`): `daily.csv` in long (tidy) form, one
/// row per replication × merchant × day × metric, in `daily.csv`'s order.
///
/// The metrics are the numeric columns of `daily.csv` (also those of `sweep-daily.csv`), with
/// the same names, units and decimals; an empty value means undefined (ROI without spend).
public enum DailyLongTable {
  /// One metric of one merchant-day.
  public struct Row: Sendable {
    /// The merchant-day, as `daily.csv` writes it.
    public var daily: DailyTable.Row
    /// The `daily.csv` column written as the metric.
    let metric: Column<DailyTable.Row>
  }

  /// The `daily.csv` columns written as metrics: those holding a number.
  static let metrics = DailyTable.columns.filter { $0.value != nil }

  /// The columns, in file order.
  public static let columns: [Column<Row>] = [
    Column("replication", "Replication index, 0-based.") { $0.integer($1.daily.replication) },
    Column("merchant", "Merchant id.") { $0.text($1.daily.merchant) },
    Column("policy", "Policy id the merchant followed.") { $0.text($1.daily.policy) },
    Column("day", "Day of the run, 0-based.") { $0.integer($1.daily.record.day) },
    Column("date", "Calendar date, ISO 8601.") { $0.text($1.daily.date.description) },
    Column("metric", "A numeric `daily.csv` column's name.") { $0.text($1.metric.name) },
    Column("value", "Its `daily.csv` cell, same decimals; empty when undefined.") {
      $1.metric.write(&$0, $1.daily)
    },
  ]

  /// The file's bytes for an in-memory run.
  public static func csv(of result: RunResult) -> [UInt8] {
    var writer = CSVWriter()
    writer.header(columns.map(\.name))
    for row in DailyTable.rows(of: result) { write(row, to: &writer) }
    return writer.bytes
  }

  /// Appends the rows of one day of a replication (every merchant's, in scenario order) to
  /// `writer`, and where each merchant's rows end to `rowEnds` (`DailyEncoder`'s rows).
  static func write(
    day: Int, records: [DayRecord], replication: Int, seed: UInt64, scenario: Scenario,
    to writer: inout CSVWriter, rowEnds: inout [Int]
  ) {
    let date = scenario.calendar.startDate.adding(days: day)
    for (merchant, record) in zip(scenario.merchants, records) {
      let row = DailyTable.Row(
        replication: replication, seed: seed, merchant: merchant.id, policy: merchant.policy,
        date: date, record: record)
      write(row, to: &writer)
      rowEnds.append(writer.bytes.count)
    }
  }

  /// Appends one line per metric of a merchant-day.
  private static func write(_ daily: DailyTable.Row, to writer: inout CSVWriter) {
    for metric in metrics {
      let row = Row(daily: daily, metric: metric)
      for column in columns { column.write(&writer, row) }
      writer.endRow()
    }
  }
}
