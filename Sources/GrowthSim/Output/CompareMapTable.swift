/// `compare_map.csv` (docs/compare.md, "A map of who wins"): one row per follow rate × repeat
/// strength × horizon, in that order, the horizon varying fastest.
public enum CompareMapTable {
  /// The file's name.
  public static let fileName = "compare_map.csv"

  /// The columns.
  public static let columns: [Column<CompareMap.Cell>] = [
    Column("policy", "The first policy: the lead, winner and crossover are its.") {
      $0.text($1.policies[0])
    },
    Column("versus", "The second policy.") { $0.text($1.policies[1]) },
    .ratio("follow_rate", "/categories/0/followRate of the cell.") { $0.followRate },
    .ratio(
      "repeat_visits_per_order_day", "/categories/0/repeatVisitsPerOrderDay of the cell."
    ) { $0.repeatStrength },
    .whole("horizon_days", "The horizon: days 0 … horizon − 1 of the run.", additive: false) {
      $0.horizon
    },
    Column(
      "winner",
      "The policy the 90 % interval of the mean lead points to; `undecided` when it contains 0 "
        + "(one replication: the sign of the lead)."
    ) { $0.text($1.winner ?? "undecided") },
    .money(
      "lead_cny_mean",
      "Settled horizon profit (refunds due booked) of the first policy minus the second's, "
        + "paired by replication, mean."
    ) { $0.lead.mean ?? .nan },
    .money("lead_cny_ci90_low", "90 % confidence interval of the mean lead, low.") {
      $0.leadCI90?.low ?? .nan
    },
    .money("lead_cny_ci90_high", "… high; both empty with one replication.") {
      $0.leadCI90?.high ?? .nan
    },
    .ratio(
      "probability_ahead",
      "Share of replications in which the first policy ends the horizon with more settled "
        + "profit."
    ) { $0.probabilityAhead },
    .ratio(
      "crossover_day_p50",
      "Median day from which the first policy's settled cumulative profit stays ahead to the "
        + "horizon, "
        + "among replications that have one; empty if none."
    ) { $0.crossoverDay.p50 },
    .ratio("crossover_day_p05", "… 5 % quantile.") { $0.crossoverDay.p05 },
    .ratio("crossover_day_p95", "… 95 % quantile.") { $0.crossoverDay.p95 },
  ]

  /// Writes `compare_map.csv` into `directory`, creating it if needed.
  ///
  /// - Returns: the path written.
  public static func write(
    _ map: CompareMap, to directory: String, cancellation: Cancellation? = nil
  ) throws(FileError) -> String {
    let path = (directory.hasSuffix("/") ? directory : directory + "/") + fileName
    try FileError.check(cancellation, writing: path)
    let claim = try OutputClaim(directory, names: [fileName])
    defer { claim.release() }
    try Files.writeAll([(path, columns.csv(rows: map.cells))], cancellation: cancellation)
    return path
  }
}
