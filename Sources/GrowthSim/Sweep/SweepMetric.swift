/// A horizon figure that `sweep.csv` summarises over each point's replications.
///
/// With several merchants, a replication's figure is the sum over merchants (the ratio of the
/// sums for paid ROI); statistics are then taken across replications.
public enum SweepMetric: String, Sendable, CaseIterable {
  case gmv = "gmv_cny"
  case netGMV = "net_gmv_cny"
  case profit = "profit_cny"
  case paidROI = "paid_roi"
  case followersEnd = "followers_end"
  case stockoutDays = "stockout_days"

  /// The figure of one replication from its merchants' totals, or `nil` when undefined
  /// (paid ROI without ad spend).
  public func value(_ summaries: [MerchantSummary]) -> Double? {
    func total(_ figure: (MerchantSummary) -> Double) -> Double {
      var sum = 0.0
      for summary in summaries { sum += figure(summary) }
      return sum
    }
    switch self {
    case .gmv: return total(\.gmv)
    case .netGMV: return total(\.netGMV)
    case .profit: return total(\.profit)
    case .paidROI:
      let spend = total(\.adSpend)
      return spend > 0 ? total(\.paidGMV) / spend : nil
    case .followersEnd: return total(\.followersEnd)
    case .stockoutDays: return total { Double($0.stockoutDays) }
    }
  }

  /// Decimals written: 2 for money, 4 for ratios and counts.
  public var places: Int {
    switch self {
    case .gmv, .netGMV, .profit: 2
    case .paidROI, .followersEnd, .stockoutDays: 4
    }
  }

  /// What one replication's figure is.
  public var doc: String {
    switch self {
    case .gmv: "GMV over the horizon, summed over merchants (yuan)"
    case .netGMV: "GMV less refunds over the horizon, summed over merchants (yuan)"
    case .profit: "profit over the horizon, summed over merchants (yuan)"
    case .paidROI:
      "paid-attributed GMV / ad spend over all merchants; replications without spend are left out"
    case .followersEnd: "followers after the last day, summed over merchants"
    case .stockoutDays:
      "merchant-days that ended with at least one SKU out of stock, summed over merchants"
    }
  }
}

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
