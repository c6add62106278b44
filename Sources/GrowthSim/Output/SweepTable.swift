/// `sweep.csv`: one row per point, with the point's values and the statistics of each metric
/// across its replications.
public enum SweepTable {
  /// The statistics written for each metric, as column suffixes.
  static let statistics = ["mean", "se", "p05", "p50", "p95"]

  /// The header: `point`, `seed`, one column per parameter named by its pointer, then
  /// `<metric>_<statistic>` for each metric and statistic.
  public static func header(parameters: [JSONPointer]) -> [UInt8] {
    var writer = CSVWriter()
    writer.header(["point", "seed"] + parameters.map(\.description) + metricColumns.map(\.name))
    return writer.bytes
  }

  /// The row of one point.
  public static func row(_ summary: PointSummary) -> [UInt8] {
    var writer = CSVWriter()
    writer.integer(summary.point)
    writer.unsigned(summary.seed)
    for setting in summary.settings {
      switch setting.value {
      case .number(let number): writer.numberLiteral(number)
      case .string(let text): writer.text(text)
      default: writer.text(setting.value.jsonText)
      }
    }
    for (metric, statistics) in zip(SweepMetric.allCases, summary.statistics) {
      for value in [
        statistics.mean, statistics.standardError, statistics.p05, statistics.p50,
        statistics.p95,
      ] {
        writer.number(value, places: metric.places)
      }
    }
    writer.endRow()
    return writer.bytes
  }

  /// The metric columns with their meaning, in file order (for the docs).
  public static var metricColumns: [(name: String, doc: String)] {
    SweepMetric.allCases.flatMap { metric in
      [
        ("\(metric.rawValue)_mean", "Mean over replications of the \(metric.doc)."),
        ("\(metric.rawValue)_se", "Standard error of that mean (sample sd / √R); empty for R = 1."),
        ("\(metric.rawValue)_p05", "5th percentile over replications (type 7)."),
        ("\(metric.rawValue)_p50", "Median over replications (type 7)."),
        ("\(metric.rawValue)_p95", "95th percentile over replications (type 7)."),
      ]
    }
  }
}
