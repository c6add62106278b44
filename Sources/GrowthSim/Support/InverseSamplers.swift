import Foundation

/// Samplers that turn exactly one uniform into one draw, monotone in the uniform.
///
/// Inversion makes common random numbers work (Law, *Simulation Modeling and Analysis*, 5th
/// ed., §11.2): two runs that differ only in a parameter draw the same uniform for the same
/// event, so their draws move together and paired differences lose most of their noise.
/// Rejection samplers (PTRS, BTRD) are exact but consume a varying number of uniforms, which
/// desynchronises the streams at the first differing parameter.
extension SplitMix64 {
  /// Means at or above this use the Cornish–Fisher normal approximation; below, exact
  /// inversion by sequential search (expected O(mean) steps).
  static let inversionLimit = 50.0

  /// A Poisson count from one uniform: exact inversion below a mean of 50, and above it the
  /// second-order Cornish–Fisher expansion `λ + √λ·(z + (z² − 1)/(6√λ))`, z = Φ⁻¹(u),
  /// rounded (error in the probabilities below 10⁻³ at λ = 50 and shrinking as 1/λ).
  ///
  /// Inlined, as is `binomialByInversion`, into the model's `Draws`, their one caller there:
  /// the call itself was a tenth of a draw's instructions on the belt.
  @inline(__always)
  public mutating func poissonByInversion(mean: Double) -> Int {
    precondition(mean >= 0 && mean.isFinite, "Poisson mean must be finite and ≥ 0, got \(mean)")
    return uncheckedPoissonByInversion(mean: mean)
  }

  /// `poissonByInversion` for a caller that has checked the mean (finite, ≥ 0): the model's
  /// `Draws`, whose guards already ensure it, so 8.6 million draws skip the check.
  @inline(__always)
  mutating func uncheckedPoissonByInversion(mean: Double) -> Int {
    let u = nextUnit()
    guard mean > 0 else { return 0 }
    if mean < SplitMix64.inversionLimit {
      var k = 0
      var probability = exp(-mean)
      var cumulative = probability
      while u > cumulative, probability > 0 || k < Int(mean) {
        k += 1
        probability *= mean / Double(k)
        cumulative += probability
        if k > 10_000 { break }
      }
      return k
    }
    let z = SplitMix64.inverseNormal(u)
    let root = mean.squareRoot()
    return max(0, Int((mean + root * (z + (z * z - 1) / (6 * root))).rounded()))
  }

  /// A binomial count from one uniform: exact inversion when n·min(p, q) is below 50, else
  /// the Cornish–Fisher expansion with the binomial's skewness (q − p)/σ.
  @inline(__always)
  public mutating func binomialByInversion(trials: Int, probability: Double) -> Int {
    precondition(trials >= 0, "binomial trials must be ≥ 0, got \(trials)")
    precondition(
      (0...1).contains(probability), "binomial probability must be in 0…1, got \(probability)")
    return uncheckedBinomialByInversion(trials: trials, probability: probability)
  }

  /// `binomialByInversion` for a caller that has checked its arguments (trials ≥ 0,
  /// probability in 0…1): the model's `Draws`, whose guards already ensure them, so 17
  /// million draws skip the checks.
  @inline(__always)
  mutating func uncheckedBinomialByInversion(trials: Int, probability: Double) -> Int {
    let u = nextUnit()
    guard trials > 0, probability > 0 else { return 0 }
    guard probability < 1 else { return trials }
    let p = probability
    let q = 1 - p
    if trials == 1 { return SplitMix64.oneTrial(u, probability: p) }
    let n = Double(trials)
    if n * min(p, q) < SplitMix64.inversionLimit {
      // Search from the end with the smaller tail mass, so the loop stays short.
      if p <= 0.5 {
        return SplitMix64.searchTail(u, trials: trials, rare: p, common: q)
      } else {
        return trials - SplitMix64.searchTail(1 - u, trials: trials, rare: q, common: p)
      }
    }
    let z = SplitMix64.inverseNormal(u)
    let sd = (n * p * q).squareRoot()
    let skew = (q - p) / sd
    let value = n * p + sd * (z + skew * (z * z - 1) / 6)
    return min(trials, max(0, Int(value.rounded())))
  }

  /// One trial (a single order, a single unit), answered by the search's first comparison.
  ///
  /// Made without the power, the ratio and the margin checks; the same count as the search
  /// (`BinomialSearchTests`). About 2.8 million of the belt cut's 17 million binomial draws.
  @inline(__always)
  static func oneTrial(_ u: Double, probability p: Double) -> Int {
    p <= 0.5 ? (u > 1 - p ? 1 : 0) : (1 - u > p ? 0 : 1)
  }

  /// The smallest k whose cumulative binomial mass, summed from k = 0 with success
  /// probability `rare` (failure `common`), reaches `target`; at most `trials`.
  ///
  /// The first mass `common^trials` is what costs: `pow` is most of a draw. The search runs
  /// first from that power by repeated squaring, with the ratio `rare / common` worked out once
  /// (relative error below 10⁻¹⁰ for up to 2¹⁶ trials, where `pow` is within one ulp); where
  /// the two cumulative masses around `target` clear a 10⁻⁸ relative margin, the answer is the
  /// one the plain search from `pow` would give, since the two runs stay within that margin of
  /// each other. Otherwise, about once in 10⁸ draws, it searches again from `pow` the plain
  /// way. The result is bit for bit the plain search's.
  static func searchTail(_ target: Double, trials: Int, rare: Double, common: Double) -> Int {
    if trials <= 1 << 16,
      let k = quickSearch(target, trials: trials, rare: rare, common: common, margin: 1e-8)
    {
      return k
    }
    return search(
      target, trials: trials, rare: rare, common: common, first: pow(common, Double(trials)))
  }

  /// The inversion search from `common^trials` by repeated squaring; `nil` when `target` lies
  /// within `margin` (relative) of the last cumulative mass below it or of the one that
  /// reached it.
  ///
  /// Checking those two is checking every step: the cumulative mass only grows, so a mass
  /// below `target` closer than the margin makes the last one below closer still.
  @inline(__always)
  private static func quickSearch(
    _ target: Double, trials: Int, rare: Double, common: Double, margin: Double
  ) -> Int? {
    let ratio = rare / common
    var remaining = Double(trials)
    var next = 1.0
    var k = 0
    var mass = power(common, trials)
    var below = 0.0
    var cumulative = mass
    while k < trials, target > cumulative {
      mass *= remaining / next * ratio
      remaining -= 1
      next += 1
      k += 1
      below = cumulative
      cumulative += mass
    }
    if k > 0, target - below <= margin * below { return nil }
    if k < trials, cumulative - target <= margin * cumulative { return nil }
    return k
  }

  /// The plain inversion search from the first mass `first`.
  private static func search(
    _ target: Double, trials: Int, rare: Double, common: Double, first: Double
  ) -> Int {
    let n = Double(trials)
    var k = 0
    var mass = first
    var cumulative = mass
    while k < trials {
      guard target > cumulative else { break }
      mass *= (n - Double(k)) / Double(k + 1) * rare / common
      k += 1
      cumulative += mass
    }
    return k
  }

  /// `base^exponent` by repeated squaring, without a branch on the exponent's bits.
  ///
  /// Each step multiplies by `square` where the bit is set and by 1 (exact) where it is not,
  /// the factor picked from a pair by the bit, and squares every step (the last square is
  /// unused): the same products as branching on each bit. The bits of a drawn count are
  /// random, and that branch was mispredicted about twice a draw (session 9: 28 of the belt
  /// cut's 81 million mispredicted branches); a `?:` on doubles compiles back to it.
  @inline(__always)
  private static func power(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    var square = base
    var rest = exponent
    while rest > 0 {
      result *= SIMD2(1, square)[rest & 1]
      rest >>= 1
      square *= square
    }
    return result
  }

  /// Φ⁻¹(u), the standard normal quantile, by Acklam's rational approximation (relative
  /// error below 1.2·10⁻⁹).
  static func inverseNormal(_ u: Double) -> Double {
    let a = [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    ]
    let b = [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
      6.680131188771972e+01, -1.328068155288572e+01,
    ]
    let c = [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    ]
    let d = [
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
      3.754408661907416e+00,
    ]
    let low = 0.02425
    if u < low {
      let t = (-2 * log(u)).squareRoot()
      return (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5])
        / ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1)
    }
    if u > 1 - low {
      let t = (-2 * log(1 - u)).squareRoot()
      return -(((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5])
        / ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1)
    }
    let t = u - 0.5
    let r = t * t
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * t
      / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  }
}
