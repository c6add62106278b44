/// Summary statistics over replications: the one place where means, standard errors and
/// quantiles are defined.
///
/// Sums run in index order, so the same values in the same order give the same bits.
public enum Statistics {
  /// The arithmetic mean, or `nil` for no values.
  public static func mean(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    var sum = 0.0
    for value in values { sum += value }
    return sum / Double(values.count)
  }

  /// The standard error of the mean: the sample standard deviation (divisor n − 1) over √n,
  /// or `nil` for fewer than two values.
  public static func standardError(_ values: [Double]) -> Double? {
    guard values.count >= 2, let mean = mean(values) else { return nil }
    var squares = 0.0
    for value in values { squares += (value - mean) * (value - mean) }
    let variance = squares / Double(values.count - 1)
    return (variance / Double(values.count)).squareRoot()
  }

  /// The 90 % confidence interval of the mean, mean ± t₀.₉₅,ₙ₋₁ standard errors (Student's
  /// t, as replications are few), or `nil` for fewer than two values.
  public static func confidenceInterval90(_ values: [Double]) -> (low: Double, high: Double)? {
    guard let mean = mean(values), let error = standardError(values) else { return nil }
    let t = studentT95(degreesOfFreedom: values.count - 1)
    return (mean - t * error, mean + t * error)
  }

  /// The 95 % quantile of Student's t with `degreesOfFreedom` (≥ 1): tabulated to 30, then
  /// interpolated in 1/df towards the normal's 1.645 (error below 0.001).
  static func studentT95(degreesOfFreedom df: Int) -> Double {
    let table = [
      6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812, 1.796, 1.782, 1.771,
      1.761, 1.753, 1.746, 1.740, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706,
      1.703, 1.701, 1.699, 1.697,
    ]
    precondition(df >= 1, "degrees of freedom must be at least 1, got \(df)")
    if df <= table.count { return table[df - 1] }
    return 1.645 + (1.697 - 1.645) * 30 / Double(df)
  }

  /// The `probability` quantile of `values` by Hyndman and Fan's definition 7 (linear
  /// interpolation between order statistics; the default of R's `quantile` and numpy's
  /// `quantile`), or `nil` for no values.
  ///
  /// With the values sorted ascending as x₀ … xₙ₋₁, h = (n − 1)·p, and the result is
  /// x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). So p = 0 gives the minimum, p = 1 the maximum, and
  /// p = 0.5 the usual median.
  public static func quantile(_ values: [Double], _ probability: Double) -> Double? {
    quantiles(values, [probability]).first ?? nil
  }

  /// Several quantiles of the same values (see `quantile(_:_:)`), sorting them once.
  public static func quantiles(_ values: [Double], _ probabilities: [Double]) -> [Double?] {
    guard !values.isEmpty else { return probabilities.map { _ in nil } }
    let sorted = values.sorted()
    return probabilities.map { probability in
      precondition(
        (0...1).contains(probability), "quantile probability must be in 0…1, got \(probability)")
      let position = Double(sorted.count - 1) * probability
      let lower = Int(position.rounded(.down))
      let upper = min(lower + 1, sorted.count - 1)
      let fraction = position - Double(lower)
      return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }
  }
}
