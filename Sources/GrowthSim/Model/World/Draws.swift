/// The random draws of one process, or their expectations in mean-field mode.
///
/// Every draw inverts one uniform (`poissonByInversion`, `binomialByInversion`), so runs that
/// differ in a parameter stay coupled draw by draw (common random numbers).
///
/// Counts are `Double`: whole numbers when drawn, fractional expectations in mean-field mode,
/// where the whole model becomes deterministic (MODEL.md §4).
struct Draws: Sendable {
  private var generator: SplitMix64
  /// Whether draws are replaced by expectations.
  let isMeanField: Bool

  init(seed: UInt64, isMeanField: Bool) {
    generator = SplitMix64(seed: seed)
    self.isMeanField = isMeanField
  }

  /// Beyond this mean a draw is its expectation: the relative spread is below 10⁻⁷, and
  /// the samplers' integer counts stay far inside `Int`.
  private static let largeMean = 1e14

  /// A Poisson count with the given mean.
  mutating func poisson(_ mean: Double) -> Double {
    // A draw of nothing still uses its uniform, so the streams of runs that differ stay aligned.
    guard mean > 0 else {
      if !isMeanField { _ = generator.nextUnit() }
      return 0
    }
    guard !isMeanField, mean < Draws.largeMean else { return mean }
    // 0 < mean < 10¹⁴ here: the sampler's check would only repeat these guards.
    return Double(generator.uncheckedPoissonByInversion(mean: mean))
  }

  /// A coin flip with probability `probability`; callers handle mean-field mode themselves.
  mutating func bernoulli(_ probability: Double) -> Bool {
    generator.bernoulli(min(1, max(0, probability)))
  }

  /// The successes among `trials` independent tries of probability `probability`.
  mutating func binomial(_ trials: Double, _ probability: Double) -> Double {
    guard trials > 0, probability > 0 else {
      if !isMeanField { _ = generator.nextUnit() }
      return 0
    }
    let p = min(probability, 1)
    guard !isMeanField, trials * p < Draws.largeMean else { return trials * p }
    // trials > 0 and 0 < p ≤ 1 here: the sampler's checks would only repeat these guards.
    return Double(generator.uncheckedBinomialByInversion(trials: Int(trials), probability: p))
  }
}
