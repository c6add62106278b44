/// How a run met one target: the statistic in every replication, its mean with the 90 %
/// confidence interval, and hit or miss.
public struct TargetOutcome: Sendable {
  /// The target.
  public let target: Target
  /// The statistic in each replication; `nil` where it is undefined (no value in the window,
  /// or a baseline of 0).
  public let statistics: [Double?]
  /// Why each undefined statistic is undefined (`nil` where it is defined).
  let reasons: [String?]

  /// The mean over replications, or `nil` if any replication's statistic is undefined.
  public var mean: Double? {
    let values = statistics.compactMap { $0 }
    return values.count == statistics.count ? Statistics.mean(values) : nil
  }

  /// The 90 % confidence interval of the mean (Student's t), or `nil` with one replication or
  /// an undefined mean.
  public var interval: (low: Double, high: Double)? {
    guard mean != nil else { return nil }
    return Statistics.confidenceInterval90(statistics.compactMap { $0 })
  }

  /// (mean − value) / |value|, or mean − value when the value is 0; `nil` without a mean.
  public var error: Double? {
    guard let mean else { return nil }
    let difference = mean - target.value
    return target.value == 0 ? difference : difference / abs(target.value)
  }

  /// Whether the mean is within tolerance; an undefined mean is a miss.
  public var isHit: Bool { mean.map(target.isHit) ?? false }

  /// Why the mean is undefined; empty when it is not.
  public var note: String {
    let undefined = statistics.indices.filter { statistics[$0] == nil }
    guard let first = undefined.first else { return "" }
    return "undefined in \(undefined.count) of \(statistics.count) replication(s) "
      + "(first: \(first)): \(reasons[first] ?? "no value")"
  }
}
