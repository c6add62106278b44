/// Statistics of weighted samples: a population of particles, or the replications of its
/// particles each carrying its particle's weight.
enum WeightedStatistics {
  /// The `probability` quantile of `values` with `weights` (not necessarily normalised):
  /// the smallest value whose cumulative weight reaches `probability` of the total, so a
  /// 90 % interval from the 0.05 and 0.95 quantiles holds at least 90 % of the weight.
  static func quantile(_ values: [Double], weights: [Double], _ probability: Double) -> Double {
    let order = values.indices.sorted {
      values[$0] < values[$1] || values[$0] == values[$1] && $0 < $1
    }
    let total = weights.reduce(0, +)
    guard total > 0, let last = order.last else { return .nan }
    var cumulative = 0.0
    for index in order {
      cumulative += weights[index]
      if cumulative >= probability * total * (1 - 1e-12) { return values[index] }
    }
    return values[last]
  }

  /// The effective sample size (Σw)² / Σw² (Kish): N for equal weights, 1 when one particle
  /// holds all the weight.
  static func effectiveSampleSize(_ weights: [Double]) -> Double {
    let sum = weights.reduce(0, +)
    let squares = weights.reduce(0) { $0 + $1 * $1 }
    return squares > 0 ? sum * sum / squares : 0
  }

  /// The weighted mean and variance of `values` (weights normalised here).
  static func meanAndVariance(_ values: [Double], weights: [Double]) -> (
    mean: Double, variance: Double
  ) {
    let total = weights.reduce(0, +)
    guard total > 0 else { return (.nan, .nan) }
    var mean = 0.0
    for (value, weight) in zip(values, weights) { mean += weight * value }
    mean /= total
    var variance = 0.0
    for (value, weight) in zip(values, weights) {
      variance += weight * (value - mean) * (value - mean)
    }
    return (mean, variance / total)
  }
}
