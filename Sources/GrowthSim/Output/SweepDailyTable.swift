/// `sweep-daily.csv` (with `--daily`): every point's daily series in long form, one row per
/// point × replication × merchant × day × metric (and policy, when the
/// sweep compares policies: each runs the point's merchants).
///
/// The metrics are the numeric columns of `daily.csv`, with the same names, units and
/// decimals; an empty value means undefined (ROI without spend).
public enum SweepDailyTable {
  /// The columns.
  public static let columnNames = [
    "point", "replication", "merchant", "policy", "day", "metric", "value",
  ]

  /// The `daily.csv` columns written as metrics: those of `daily_long.csv`.
  static var metrics: [Column<DailyTable.Row>] { DailyLongTable.metrics }

  /// The header row.
  public static var header: [UInt8] {
    var writer = CSVWriter()
    writer.header(columnNames)
    return writer.bytes
  }

  /// The rows of one replication of point `point`: merchant by merchant, day by day, metric
  /// by metric.
  public static func rows(point: Int, _ outcome: ReplicationOutcome) -> [UInt8] {
    var writer = CSVWriter()
    let scenario = outcome.scenario
    for (merchant, days) in zip(scenario.merchants, outcome.days) {
      for record in days {
        let row = DailyTable.Row(
          replication: outcome.replication, seed: outcome.seed, merchant: merchant.id,
          policy: merchant.policy, date: scenario.calendar.startDate.adding(days: record.day),
          record: record)
        for metric in metrics {
          writer.integer(point)
          writer.integer(outcome.replication)
          writer.text(merchant.id)
          writer.text(merchant.policy)
          writer.integer(record.day)
          writer.text(metric.name)
          metric.write(&writer, row)
          writer.endRow()
        }
      }
    }
    return writer.bytes
  }
}
