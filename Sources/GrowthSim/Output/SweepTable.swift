/// `sweep.csv`: one row per point — one per point and policy when the sweep compares policies —
/// with the point's values and the statistics of each metric across its replications.
public enum SweepTable {
  /// The statistics written for each metric, as column suffixes.
  static let statistics = ["mean", "se", "p05", "p50", "p95"]

  /// The header: `point`, `seed`, `policy` when comparing, one column per parameter named by
  /// its short name (`SweepSpec.columnNames`), `<metric>_<statistic>` for each metric and
  /// statistic, then the comparison columns when comparing, then `replications` when the
  /// sweep's points choose their own count (`isAdaptive`, `--precision`).
  public static func header(
    parameters: [String], comparesPolicies: Bool, isAdaptive: Bool = false
  ) -> [UInt8] {
    var writer = CSVWriter()
    let policy = comparesPolicies ? ["policy"] : []
    let contest = comparesPolicies ? contestColumns.map(\.name) : []
    writer.header(
      ["point", "seed"] + policy + parameters + metricColumns.map(\.name)
        + contest + (isAdaptive ? [replicationsColumn.name] : []))
    return writer.bytes
  }

  /// The rows of one point, policy by policy.
  public static func rows(_ summary: PointSummary) -> [UInt8] {
    var writer = CSVWriter()
    let comparesPolicies = summary.policies.first?.policy != nil
    for policy in summary.policies {
      writer.integer(summary.point)
      writer.unsigned(summary.seed)
      if let id = policy.policy { writer.text(id) }
      for setting in summary.settings {
        switch setting.value {
        case .number(let number): writer.numberLiteral(number)
        case .string(let text): writer.text(text)
        default: writer.text(setting.value.jsonText)
        }
      }
      for (metric, statistics) in zip(SweepMetric.allCases, policy.statistics) {
        write(statistics, places: metric.places, to: &writer)
      }
      if comparesPolicies {
        // The reference row leaves the comparison empty.
        let contest = policy.contest
        write(contest?.profitDifference ?? MetricStatistics([]), places: 2, to: &writer)
        writer.number(contest?.probabilityAhead, places: 4)
        write(contest?.crossoverDay ?? MetricStatistics([]), places: 4, to: &writer)
      }
      if let count = summary.replicationCount { writer.integer(count) }
      writer.endRow()
    }
    return writer.bytes
  }

  private static func write(
    _ statistics: MetricStatistics, places: Int, to writer: inout CSVWriter
  ) {
    for value in [
      statistics.mean, statistics.standardError, statistics.p05, statistics.p50, statistics.p95,
    ] {
      writer.number(value, places: places)
    }
  }

  /// The columns of each statistic of a figure, with their meaning.
  private static func spread(_ name: String, _ figure: String) -> [(name: String, doc: String)] {
    [
      ("\(name)_mean", "Mean over replications of the \(figure)."),
      ("\(name)_se", "Standard error of that mean (sample sd / √R); empty for R = 1."),
      ("\(name)_p05", "5th percentile over replications (type 7)."),
      ("\(name)_p50", "Median over replications (type 7)."),
      ("\(name)_p95", "95th percentile over replications (type 7)."),
    ]
  }

  /// The metric columns with their meaning, in file order (for the docs).
  public static var metricColumns: [(name: String, doc: String)] {
    SweepMetric.allCases.flatMap { spread($0.rawValue, $0.doc) }
  }

  /// The column adaptive replications add, with its meaning (for the docs).
  public static let replicationsColumn = (
    name: "replications",
    doc: "the replications the point ran: the first count from 3 at which the 95 % "
      + "half-width of its metric's mean is at most the target share of the mean's absolute "
      + "value (under every policy when comparing), or the cap."
  )

  /// The columns a policy comparison adds, with their meaning, in file order (for the docs).
  ///
  /// They are empty on the reference policy's rows.
  public static var contestColumns: [(name: String, doc: String)] {
    spread(
      "profit_difference_cny",
      "settled horizon profit (refunds due booked) minus the reference policy's, on the same "
        + "random numbers (yuan)")
      + [
        (
          "probability_ahead",
          "Share of replications ending with more settled profit than the reference; exactly these "
            + "have a crossover day."
        )
      ]
      + spread(
        "crossover_day",
        "crossover day (the first day from which the settled cumulative profit stays above the "
          + "reference's to the horizon), among the replications that have one")
  }
}
