/// Statistics of one metric across a point's replications (see `Statistics`).
public struct MetricStatistics: Sendable, Equatable {
  /// The mean, its standard error (empty with one replication) and the 5th, 50th and 95th
  /// percentiles (Hyndman–Fan type 7); all `nil` when no replication defines the metric.
  public var mean: Double?
  public var standardError: Double?
  public var p05: Double?
  public var p50: Double?
  public var p95: Double?

  /// The statistics of `values`, in replication order.
  public init(_ values: [Double]) {
    mean = Statistics.mean(values)
    standardError = Statistics.standardError(values)
    let quantiles = Statistics.quantiles(values, [0.05, 0.5, 0.95])
    p05 = quantiles[0]
    p50 = quantiles[1]
    p95 = quantiles[2]
  }
}
