/// Markdown tables of the output columns, for `docs/output-format.md` (a test keeps the doc
/// equal to them).
public enum OutputReference {
  /// The `daily.csv` column table.
  public static var daily: String { table(DailyTable.columns) }

  /// The `daily_long.csv` column table.
  public static var dailyLong: String { table(DailyLongTable.columns) }

  /// The `sku_daily.csv` column table.
  public static var skuDaily: String { table(SKUDailyTable.columns) }

  /// The `daily_stats.csv` column table.
  public static var dailyStatistics: String { table(DailyStatisticsTable.columns) }

  /// The `summary.csv` column table.
  public static var summary: String { table(SummaryTable.columns) }

  /// The `compare` files' column tables, with their headings.
  public static var compare: String {
    "#### compare_daily.csv\n\n" + table(CompareTables.dailyColumns)
      + "\n#### compare_summary.csv\n\n" + table(CompareTables.summaryColumns)
      + "\n#### compare_ablation.csv\n\n" + table(CompareTables.ablationColumns)
      + "\n#### compare_explain.csv\n\n" + table(CompareTables.explainColumns)
      + "\n#### compare_map.csv\n\n" + table(CompareMapTable.columns)
  }

  /// The `providers.csv` column table.
  public static var providers: String { table(ProviderTable.columns) }

  /// The `targets.csv` column table.
  public static var targets: String { table(TargetTable.columns) }

  private static func table<Row>(_ columns: [Column<Row>]) -> String {
    var lines = ["| # | column | meaning |", "| --- | --- | --- |"]
    for (number, column) in columns.enumerated() {
      lines.append("| \(number + 1) | `\(column.name)` | \(column.doc) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
