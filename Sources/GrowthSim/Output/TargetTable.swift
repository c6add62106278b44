/// `targets.csv` and the table `run` prints: one row per scenario target, hit or miss.
public enum TargetTable {
  /// The columns, in file order.
  public static let columns: [Column<TargetOutcome>] = [
    Column("target", "Target id.") { $0.text($1.target.id) },
    Column("description", "The published figure, in words.") { $0.text($1.target.description) },
    Column("merchant", "The merchant measured; empty for a provider or all merchants.") {
      $0.text($1.target.merchant ?? "")
    },
    Column("provider", "The provider measured (rows of providers.csv); empty otherwise.") {
      $0.text($1.target.provider ?? "")
    },
    Column("metric", "The column measured.") { $0.text($1.target.metric) },
    Column("aggregate", "How the window's days reduce: sum, mean, max, min or last.") {
      $0.text($1.target.window.aggregate.rawValue)
    },
    Column("window_from", "First day of the window.") {
      $0.text($1.target.window.from.description)
    },
    Column("window_to", "Last day of the window, inclusive.") {
      $0.text($1.target.window.to.description)
    },
    Column("baseline_from", "First day of the baseline divided by; empty without one.") {
      $0.text($1.target.baseline?.from.description ?? "")
    },
    Column("baseline_to", "Last day of the baseline, inclusive.") {
      $0.text($1.target.baseline?.to.description ?? "")
    },
    Column("baseline_aggregate", "How the baseline's days reduce.") {
      $0.text($1.target.baseline?.aggregate.rawValue ?? "")
    },
    .ratio("value", "The figure expected.") { $0.target.value },
    .ratio("tolerance", "Relative tolerance (absolute when value is 0).") { $0.target.tolerance },
    .whole("replications", "Replications measured.") { $0.statistics.count },
    .ratio("mean", "Mean of the statistic over replications; empty if any is undefined.") {
      $0.mean
    },
    .ratio("ci90_low", "Lower end of the 90 % confidence interval of the mean (Student's t).") {
      $0.interval?.low
    },
    .ratio("ci90_high", "Upper end of that interval; both empty with one replication.") {
      $0.interval?.high
    },
    .ratio("error", "(mean − value) / abs(value); mean − value when value is 0.") { $0.error },
    Column(
      "hit", "true when abs(mean − value) ≤ tolerance × abs(value) (≤ tolerance when value is 0)."
    ) {
      $0.text($1.isHit ? "true" : "false")
    },
    Column("note", "Why the mean is undefined (a miss); empty otherwise.") { $0.text($1.note) },
  ]

  /// The file's bytes.
  public static func csv(of outcomes: [TargetOutcome]) -> [UInt8] {
    columns.csv(rows: outcomes)
  }

  /// The lines `run` prints after its headline table; empty without targets.
  public static func text(for outcomes: [TargetOutcome]) -> String {
    guard !outcomes.isEmpty else { return "" }
    var lines = [["target", "value", "mean [90 % CI]", "error", "result"]]
    for outcome in outcomes {
      let places = abs(outcome.target.value) >= 100 ? 0 : 4
      var mean = outcome.mean.map { HeadlineTable.format($0, places: places) } ?? "undefined"
      if let interval = outcome.interval {
        mean +=
          " [\(HeadlineTable.format(interval.low, places: places))…"
          + "\(HeadlineTable.format(interval.high, places: places))]"
      }
      // Relative in percent, or absolute for a value of 0.
      let error =
        outcome.error.map {
          outcome.target.value == 0
            ? HeadlineTable.plain($0) : HeadlineTable.format($0 * 100, places: 1) + " %"
        } ?? "-"
      lines.append([
        outcome.target.id, HeadlineTable.plain(outcome.target.value), mean,
        error, (outcome.isHit ? "hit" : "MISS") + " (±\(toleranceText(outcome.target)))",
      ])
    }
    return HeadlineTable.align(lines, leftColumns: 1)
      + "(targets: mean over replications [90 % confidence interval of the mean]; error "
      + "relative to the value, absolute for a value of 0)\n"
  }

  /// One line per missed target, for `--check-targets`.
  public static func misses(in outcomes: [TargetOutcome]) -> [String] {
    outcomes.filter { !$0.isHit }.map { outcome in
      let target = outcome.target
      let mean = outcome.mean.map { HeadlineTable.plain($0) } ?? "undefined"
      var line =
        "target \(target.id) missed: \(target.metric) mean \(mean), expected "
        + "\(HeadlineTable.plain(target.value)) ± \(toleranceText(target))"
      if !outcome.note.isEmpty { line += " (\(outcome.note))" }
      return line
    }
  }

  /// `15 %`, or the absolute tolerance of a target whose value is 0.
  static func toleranceText(_ target: Target) -> String {
    target.value == 0
      ? HeadlineTable.plain(target.tolerance)
      : HeadlineTable.plain(target.tolerance * 100, places: 1) + " %"
  }
}
