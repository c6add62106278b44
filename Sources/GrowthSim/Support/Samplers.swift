import Foundation

/// Random variates from the common distributions, drawn from a `SplitMix64` stream.
///
/// Every sampler takes all of its randomness from `next()` / `nextUnit()`, so a generator
/// with a given seed always yields the same sequence of variates. Discrete samplers are exact
/// (no normal approximations) and run in O(1) expected time for large means.
extension SplitMix64 {
  /// Returns `true` with the given probability.
  ///
  /// Always consumes exactly one uniform draw, even when `probability` is 0 or 1, so the
  /// stream stays aligned whatever the probability.
  public mutating func bernoulli(_ probability: Double) -> Bool {
    precondition(
      probability >= 0 && probability <= 1,
      "bernoulli: probability \(probability) is not in [0, 1]")
    // Inversion of the two-point distribution: u < p with u uniform on (0, 1).
    return nextUnit() < probability
  }

  /// Returns the number of successes in `trials` independent trials with success `probability`.
  ///
  /// Exact. Uses inversion when `trials * min(p, 1 - p) < 10` and Hörmann's BTRD otherwise,
  /// so the expected cost is O(1) however large `trials` is. Consumes no draws when the
  /// result is certain (`trials == 0`, `probability == 0` or `probability == 1`).
  public mutating func binomial(trials: Int, probability: Double) -> Int {
    precondition(trials >= 0, "binomial: trials \(trials) is negative")
    precondition(
      probability >= 0 && probability <= 1,
      "binomial: probability \(probability) is not in [0, 1]")
    if trials == 0 || probability == 0 { return 0 }
    if probability == 1 { return trials }
    // Symmetry: Bin(n, p) = n - Bin(n, 1 - p); 1 - p is exact for p in (0.5, 1).
    if probability > 0.5 {
      return trials - binomialAtMostHalf(trials: trials, probability: 1 - probability)
    }
    return binomialAtMostHalf(trials: trials, probability: probability)
  }

  /// Returns a Poisson variate with the given mean.
  ///
  /// Exact. Uses inversion for `mean < 10` and Hörmann's PTRS otherwise, so the expected
  /// cost is O(1) however large the mean is. Consumes no draws when `mean == 0`.
  public mutating func poisson(mean: Double) -> Int {
    precondition(
      mean >= 0 && mean.isFinite,
      "poisson: mean \(mean) is not a finite non-negative number")
    precondition(mean < 0x1p62, "poisson: mean \(mean) is too large for an Int result")
    if mean == 0 { return 0 }
    if mean < 10 { return poissonInversion(mean: mean) }
    return poissonPTRS(mean: mean)
  }

  /// Returns an exponential variate with the given rate (mean `1 / rate`).
  public mutating func exponential(rate: Double) -> Double {
    precondition(
      rate > 0 && rate.isFinite,
      "exponential: rate \(rate) is not a finite positive number")
    // Inversion: -log(U) / rate (e.g. Devroye, 1986); U in (0, 1) keeps the log finite.
    return -log(nextUnit()) / rate
  }

  /// Returns a normal variate with the given mean and standard deviation.
  ///
  /// Consumes exactly two uniform draws and keeps no cached second variate, so the result
  /// depends only on the generator state.
  public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
    precondition(mean.isFinite, "normal: mean \(mean) is not finite")
    precondition(
      standardDeviation >= 0 && standardDeviation.isFinite,
      "normal: standardDeviation \(standardDeviation) is not a finite non-negative number")
    return mean + standardDeviation * standardNormal()
  }

  /// Returns a log-normal variate: `exp(normal(mean: mu, standardDeviation: sigma))`.
  public mutating func logNormal(mu: Double, sigma: Double) -> Double {
    precondition(mu.isFinite, "logNormal: mu \(mu) is not finite")
    precondition(
      sigma >= 0 && sigma.isFinite,
      "logNormal: sigma \(sigma) is not a finite non-negative number")
    return exp(mu + sigma * standardNormal())
  }
}

// MARK: - Implementation

extension SplitMix64 {
  /// Returns a standard normal variate from two uniforms, discarding the second variate.
  mutating func standardNormal() -> Double {
    // Box & Muller (1958) transform, cosine branch only.
    let radius = (-2 * log(nextUnit())).squareRoot()
    let angle = 2 * Double.pi * nextUnit()
    return radius * cos(angle)
  }

  /// Binomial sampling for 0 < p <= 0.5 and n >= 1.
  mutating func binomialAtMostHalf(trials: Int, probability: Double) -> Int {
    if Double(trials) * probability < 10 {
      return binomialInversion(trials: trials, probability: probability)
    }
    return binomialBTRD(trials: trials, probability: probability)
  }

  /// Binomial by sequential-search inversion from 0, expected O(n p) steps; needs n p < 10.
  mutating func binomialInversion(trials n: Int, probability p: Double) -> Int {
    // BINV, Kachitvichyanukul & Schmeiser (1988): pmf recurrence f(x) = f(x-1)(a/x - s).
    let s = p / (1 - p)
    let a = (Double(n) + 1) * s
    // (1 - p)^n; with n p < 10 and p <= 0.5 it is above e^-14, so it never underflows.
    let f0 = exp(Double(n) * log1p(-p))
    while true {
      var u = nextUnit()
      var f = f0
      var x = 0
      while u > f {
        u -= f
        x += 1
        f *= a / Double(x) - s
        // Rounding can leave u above the summed pmf; restart rather than run off the end.
        if x > n || f <= 0 { break }
      }
      if x <= n && f > 0 { return x }
    }
  }

  /// Binomial by transformed rejection with decomposition; needs n p >= 10 and p <= 0.5.
  mutating func binomialBTRD(trials n: Int, probability p: Double) -> Int {
    // BTRD, Hörmann (1993), "The generation of binomial random variates", steps 0-3.4.
    let nd = Double(n)
    let m = Int(((nd + 1) * p).rounded(.down))
    let md = Double(m)
    let r = p / (1 - p)
    let nr = (nd + 1) * r
    let npq = nd * p * (1 - p)
    let sqrtNPQ = npq.squareRoot()
    let b = 1.15 + 2.53 * sqrtNPQ
    let a = -0.0873 + 0.0248 * b + 0.01 * p
    let c = nd * p + 0.5
    let alpha = (2.83 + 5.1 / b) * sqrtNPQ
    let vr = 0.92 - 4.2 / b
    let urvr = 0.86 * vr

    while true {
      var v = nextUnit()
      var u: Double
      // Step 1: the central box, accepted without evaluating the pmf.
      if v <= urvr {
        u = v / vr - 0.43
        let kd = ((2 * a / (0.5 - abs(u)) + b) * u + c).rounded(.down)
        if kd >= 0 && kd <= nd && kd < 0x1p63 { return Int(kd) }
        continue
      }
      // Step 2: a point under the hat outside the box.
      if v >= vr {
        u = nextUnit() - 0.5
      } else {
        u = v / vr - 0.93
        u = (u < 0 ? -0.5 : 0.5) - u
        v = nextUnit() * vr
      }
      // Step 3.0: transform and reject values outside the support.
      let us = 0.5 - abs(u)
      let kd = ((2 * a / us + b) * u + c).rounded(.down)
      if kd < 0 || kd > nd || kd >= 0x1p63 { continue }
      let k = Int(kd)
      v *= alpha / (a / (us * us) + b)
      let km = abs(kd - md)
      if km <= 15 {
        // Step 3.1: evaluate f(k) / f(m) by the pmf recurrence.
        var f = 1.0
        if m < k {
          for i in (m + 1)...k { f *= nr / Double(i) - r }
        } else if m > k {
          for i in (k + 1)...m { v *= nr / Double(i) - r }
        }
        if v <= f { return k }
        continue
      }
      // Step 3.2: squeeze on log f(k) / f(m).
      let logV = log(v)
      let rho = (km / npq) * (((km / 3 + 0.625) * km + 1.0 / 6) / npq + 0.5)
      let t = -km * km / (2 * npq)
      if logV < t - rho { return k }
      if logV > t + rho { continue }
      // Steps 3.3-3.4: final acceptance with Stirling-corrected log factorials.
      let nm = nd - md + 1
      let h =
        (md + 0.5) * log((md + 1) / (r * nm))
        + SplitMix64.stirlingCorrection(m) + SplitMix64.stirlingCorrection(n - m)
      let nk = nd - kd + 1
      let bound =
        h + (nd + 1) * log(nm / nk) + (kd + 0.5) * log(nk * r / (kd + 1))
        - SplitMix64.stirlingCorrection(k) - SplitMix64.stirlingCorrection(n - k)
      if logV <= bound { return k }
    }
  }

  /// Poisson by sequential-search inversion from 0, expected O(mean) steps; needs mean < 10.
  mutating func poissonInversion(mean: Double) -> Int {
    // Inversion by sequential search (Devroye, 1986, Section X.3).
    let f0 = exp(-mean)
    while true {
      var u = nextUnit()
      var f = f0
      var x = 0
      while u > f {
        u -= f
        x += 1
        f *= mean / Double(x)
        // Rounding can leave u above the summed pmf; restart once the pmf underflows.
        if f <= 0 { break }
      }
      if f > 0 { return x }
    }
  }

  /// Poisson by transformed rejection with squeeze; needs mean >= 10.
  mutating func poissonPTRS(mean lambda: Double) -> Int {
    // PTRS, Hörmann (1993), "The transformed rejection method for generating Poisson
    // random variables".
    let logLambda = log(lambda)
    let b = 0.931 + 2.53 * lambda.squareRoot()
    let a = -0.059 + 0.02483 * b
    let logInvAlpha = log(1.1239 + 1.1328 / (b - 3.4))
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = nextUnit() - 0.5
      let v = nextUnit()
      let us = 0.5 - abs(u)
      let kd = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
      if kd < 0 || kd >= 0x1p63 { continue }
      if us >= 0.07 && v <= vr { return Int(kd) }
      if us < 0.013 && v > us { continue }
      let lhs = log(v) + logInvAlpha - log(a / (us * us) + b)
      if lhs <= -lambda + kd * logLambda - SplitMix64.logFactorial(kd) { return Int(kd) }
    }
  }

  /// Returns log(k!) for a whole number `k` >= 0 given as a `Double`.
  static func logFactorial(_ k: Double) -> Double {
    // The (value, sign) overload is the reentrant lgamma_r: no write to the global signgam.
    let (value, _): (Double, Int) = lgamma(k + 1)
    return value
  }

  /// The Stirling-series remainder log(k!) - [(k + 1/2) log(k + 1) - (k + 1) + log(2π) / 2].
  static func stirlingCorrection(_ k: Int) -> Double {
    // Tabulated for k < 10 and a three-term series beyond, as in Hörmann (1993).
    switch k {
    case 0: return 0.081_061_466_795_327_26
    case 1: return 0.041_340_695_955_409_29
    case 2: return 0.027_677_925_684_998_34
    case 3: return 0.020_790_672_103_765_09
    case 4: return 0.016_644_691_189_821_19
    case 5: return 0.013_876_128_823_070_75
    case 6: return 0.011_896_709_945_891_77
    case 7: return 0.010_411_265_261_972_09
    case 8: return 0.009_255_462_182_712_733
    case 9: return 0.008_330_563_433_362_871
    default:
      let inv = 1 / (Double(k) + 1)
      let inv2 = inv * inv
      return (1.0 / 12 - (1.0 / 360 - inv2 / 1260) * inv2) * inv
    }
  }
}
