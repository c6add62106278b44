/// Markdown tables of the sweep files' columns, for `docs/sweeps.md` (a test keeps the doc
/// equal to them).
public enum SweepReference {
  /// The `sweep.csv` and `sweep-daily.csv` column tables, with their headings.
  public static var markdown: String {
    var lines = ["### sweep.csv", "", "| column | meaning |", "| --- | --- |"]
    lines.append("| `point` | Point id, 0-based; rows are in point order. |")
    lines.append(
      "| `seed` | The point seed; `growthsim run FILE --set … --seed SEED` reproduces the point. |")
    lines.append(
      "| `policy` | Only when the sweep compares policies (`--policies`, spec key `policies`): "
        + "the policy every merchant follows on this row; each point has one row per policy. |")
    lines.append(
      "| one per parameter, named by its short name (spec key `name`; by default the pointer's "
        + "last keys: `dailyBudget` for `/policies/0/ads/dailyBudget`, `skus_1_stock` when two "
        + "would clash) | The value the point sets, exactly as simulated; `manifest.json` keeps "
        + "the pointers (and any name given). |")
    for column in SweepTable.metricColumns {
      lines.append("| `\(column.name)` | \(column.doc) |")
    }
    for column in SweepTable.contestColumns {
      lines.append("| `\(column.name)` | Only when comparing policies: \(column.doc) |")
    }
    lines.append(
      "| `\(SweepTable.replicationsColumn.name)` | Only with adaptive replications "
        + "(`--precision`, spec key `precision`): \(SweepTable.replicationsColumn.doc) |")
    lines += ["", "### sweep-daily.csv (`--daily`)", "", "| column | meaning |", "| --- | --- |"]
    lines += [
      "| `point` | Point id. |", "| `replication` | Replication index, 0-based. |",
      "| `merchant` | Merchant id. |", "| `policy` | The policy the merchant follows. |",
      "| `day` | Day of the run, 0-based. |",
      "| `metric` | A numeric column of `daily.csv`: "
        + SweepDailyTable.metrics.map { "`\($0.name)`" }.joined(separator: ", ") + ". |",
      "| `value` | Its value, with the same unit and decimals as in `daily.csv`. |",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
