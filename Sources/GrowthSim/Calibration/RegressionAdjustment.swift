import Foundation

/// The local-linear regression adjustment of an ABC population (Beaumont, Zhang & Balding
/// 2002, "Approximate Bayesian computation in population genetics", Genetics 162).
///
/// Why: a population accepted within a tolerance ε is a sample of the parameters given a
/// summary *within ε of* the data's, so its spread is set by ε as much as by the data, and
/// more data do not narrow it until the sampler reaches a smaller ε. The adjustment
/// regresses each parameter on the summaries' errors sᵢ − s_obs over the population and
/// moves every particle to where the regression puts it at the data's own summary:
/// θᵢ* = θᵢ − β̂ᵀ(sᵢ − s_obs). What is left is the scatter of θ around the regression line,
/// which is the posterior's (to first order) and shrinks as the summaries get less noisy —
/// with more observed days.
///
/// The fit is weighted least squares with weights wᵢ·K(dᵢ / δ): the importance weight times
/// the Epanechnikov kernel 1 − (d/δ)² at the population's largest distance δ, so particles
/// near the data count most; the adjusted particles keep those weights. Parameters are
/// regressed on the logit of their place within the prior's bounds (Hamilton, Stoneking &
/// Excoffier 2005; the `abc` R package's `transf = "logit"`), so adjusted values stay inside
/// the bounds.
///
/// The summaries are two per target or series: the level (the mean of its block errors)
/// and, for a series of two or more blocks, the trend (last block's error less the first's);
/// with too few particles for those, the levels alone; with too few for them, no adjustment.
/// "Too few" is an effective sample size below `particlesPerCovariate` × (covariates + 1): a
/// regression with many covariates and few points fits the noise and shrinks the scatter
/// below the posterior's.
enum RegressionAdjustment {
  /// The least effective sample size per regression coefficient.
  static let particlesPerCovariate = 5.0

  /// How a population was adjusted.
  enum Covariates: String, Sendable {
    case levelAndTrend = "level and trend"
    case level = "level"
  }

  /// The adjusted population: each particle's values and coordinates moved, its weight
  /// times the kernel, normalised; `nil` (with the population left as it is) when there are
  /// too few particles for a regression.
  static func adjust(
    _ particles: [CalibrationResult.Particle], plan: CalibrationPlan
  ) -> (particles: [CalibrationResult.Particle], covariates: Covariates)? {
    guard particles.count > 2 else { return nil }
    let largest = particles.map(\.distance).max() ?? 0
    guard largest > 0, largest.isFinite else { return nil }
    let weights = particles.map { particle in
      let ratio = particle.distance / largest
      return particle.weight * max(0, 1 - ratio * ratio)
    }
    let size = WeightedStatistics.effectiveSampleSize(weights)
    let errors = particles.map { plan.objective.blockErrors(ABCSMC.mean($0.replications)) }
    for covariates in [Covariates.levelAndTrend, .level] {
      let rows = errors.map { Self.summaries($0, covariates) }
      let count = rows.first?.count ?? 0
      guard count > 0, size >= particlesPerCovariate * Double(count + 1) else { continue }
      guard rows.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { return nil }
      var adjusted = particles
      for (d, parameter) in plan.parameters.enumerated() {
        let range = parameter.coordinateRange
        let y = particles.map { Self.logit($0.coordinates[d], range) }
        guard let beta = Self.weightedLeastSquares(rows, y, weights) else { return nil }
        for index in particles.indices {
          var moved = y[index]
          for (j, value) in rows[index].enumerated() { moved -= beta[j + 1] * value }
          let coordinate = Self.inverseLogit(moved, range)
          adjusted[index].coordinates[d] = coordinate
          adjusted[index].values[d] = parameter.value(at: coordinate)
        }
      }
      let total = weights.reduce(0, +)
      for index in adjusted.indices { adjusted[index].weight = weights[index] / total }
      return (adjusted, covariates)
    }
    return nil
  }

  /// A particle's summaries from its groups' block errors.
  static func summaries(_ groups: [[Double]], _ covariates: Covariates) -> [Double] {
    var row: [Double] = []
    for blocks in groups {
      row.append(blocks.reduce(0, +) / Double(max(1, blocks.count)))
      if covariates == .levelAndTrend, blocks.count > 1, let first = blocks.first,
        let last = blocks.last
      {
        row.append(last - first)
      }
    }
    return row
  }

  /// The logit of a coordinate's place in `range`, kept a millionth inside its ends.
  static func logit(_ coordinate: Double, _ range: ClosedRange<Double>) -> Double {
    let width = range.upperBound - range.lowerBound
    guard width > 0 else { return 0 }
    let place = min(1 - 1e-6, max(1e-6, (coordinate - range.lowerBound) / width))
    return log(place / (1 - place))
  }

  /// The coordinate whose logit is `value`.
  static func inverseLogit(_ value: Double, _ range: ClosedRange<Double>) -> Double {
    range.lowerBound + (range.upperBound - range.lowerBound) / (1 + exp(-value))
  }

  /// β minimising Σ wᵢ (yᵢ − β₀ − Σⱼ βⱼ xᵢⱼ)², by the normal equations with a ridge of a
  /// millionth of each slope's diagonal (it only keeps a covariate that never varies, such as
  /// a series the model cannot move, from making them singular); `nil` if still singular.
  static func weightedLeastSquares(_ x: [[Double]], _ y: [Double], _ w: [Double]) -> [Double]? {
    let size = (x.first?.count ?? 0) + 1
    var matrix = Array(repeating: Array(repeating: 0.0, count: size + 1), count: size)
    for (row, (value, weight)) in zip(x, zip(y, w)) where weight > 0 {
      let full = [1] + row
      for i in 0..<size {
        for j in 0..<size { matrix[i][j] += weight * full[i] * full[j] }
        matrix[i][size] += weight * full[i] * value
      }
    }
    for i in 1..<size { matrix[i][i] += max(matrix[i][i] * 1e-6, 1e-12) }
    // Gaussian elimination with partial pivoting.
    for column in 0..<size {
      let pivot =
        (column..<size).max { abs(matrix[$0][column]) < abs(matrix[$1][column]) } ?? column
      guard abs(matrix[pivot][column]) > 1e-300 else { return nil }
      matrix.swapAt(column, pivot)
      for row in 0..<size where row != column {
        let factor = matrix[row][column] / matrix[column][column]
        if factor == 0 { continue }
        for k in column...size { matrix[row][k] -= factor * matrix[column][k] }
      }
    }
    let beta = (0..<size).map { matrix[$0][size] / matrix[$0][$0] }
    return beta.allSatisfy(\.isFinite) ? beta : nil
  }
}
