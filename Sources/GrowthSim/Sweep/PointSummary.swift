/// One row of `sweep.csv`: a point, its values and the statistics of every metric.
public struct PointSummary: Sendable {
  /// The point id.
  public var point: Int
  /// The point seed (`growthsim run --seed` reproduces the point with it).
  public var seed: UInt64
  /// The values the point sets, in parameter order.
  public var settings: [ScenarioOverride]
  /// One entry per `SweepMetric`, in `allCases` order.
  public var statistics: [MetricStatistics]

  /// Summarises a point from each replication's merchant totals, in replication order.
  public init(
    point: Int, seed: UInt64, settings: [ScenarioOverride], replications: [[MerchantSummary]]
  ) {
    self.point = point
    self.seed = seed
    self.settings = settings
    statistics = SweepMetric.allCases.map { metric in
      MetricStatistics(replications.compactMap(metric.value))
    }
  }
}
