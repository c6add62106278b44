import Foundation
import Testing

@testable import GrowthSim

@Suite struct InverseSamplersTests {
  static func moments(_ draws: [Int]) -> (mean: Double, variance: Double) {
    let values = draws.map(Double.init)
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    return (mean, variance)
  }

  @Test(arguments: [0.3, 4, 20, 49.9, 50, 300, 1e6])
  func poissonMeanAndVarianceMatchInBothRegimes(mean: Double) {
    var generator = SplitMix64(seed: 42)
    let n = 100_000
    let (m, v) = Self.moments((0..<n).map { _ in generator.poissonByInversion(mean: mean) })
    #expect(abs(m - mean) < 5 * (mean / Double(n)).squareRoot(), "mean \(m)")
    // Variance of the sample variance ≈ (2λ² + λ)/n for a Poisson.
    #expect(
      abs(v - mean) < 5 * ((2 * mean * mean + mean) / Double(n)).squareRoot(), "variance \(v)")
  }

  @Test(arguments: [(20, 0.1), (1000, 0.02), (200, 0.9), (100_000, 0.3), (5_000_000, 0.97)])
  func binomialMeanAndVarianceMatchInBothRegimes(trials: Int, probability: Double) {
    var generator = SplitMix64(seed: 7)
    let n = 100_000
    let draws = (0..<n).map { _ in
      generator.binomialByInversion(trials: trials, probability: probability)
    }
    let (m, v) = Self.moments(draws)
    let mean = Double(trials) * probability
    let variance = mean * (1 - probability)
    #expect(abs(m - mean) < 5 * (variance / Double(n)).squareRoot(), "mean \(m)")
    #expect(abs(v - variance) < 5 * variance * (2 / Double(n)).squareRoot() + 0.01, "var \(v)")
  }

  @Test func smallMeansFollowThePoissonPMFExactly() {
    var generator = SplitMix64(seed: 3)
    let n = 200_000
    let mean = 4.0
    var counts = [Int](repeating: 0, count: 30)
    for _ in 0..<n { counts[min(29, generator.poissonByInversion(mean: mean))] += 1 }
    var chiSquare = 0.0
    var pmf = exp(-mean)
    for k in 0..<13 {
      let expected = pmf * Double(n)
      chiSquare += pow(Double(counts[k]) - expected, 2) / expected
      pmf *= mean / Double(k + 1)
    }
    // 13 bins, 12 degrees of freedom: the 0.001 critical value is 32.9.
    #expect(chiSquare < 32.9, "chi-square \(chiSquare)")
  }

  @Test func eachDrawUsesOneUniformAndGrowsWithTheParameter() {
    for seed in 0..<200 as Range<UInt64> {
      var low = SplitMix64(seed: seed)
      var high = SplitMix64(seed: seed)
      #expect(low.poissonByInversion(mean: 30) <= high.poissonByInversion(mean: 31))
      #expect(
        low.binomialByInversion(trials: 10_000, probability: 0.1)
          <= high.binomialByInversion(trials: 10_000, probability: 0.11))
      #expect(low == high, "seed \(seed): both consumed the same uniforms")
    }
  }

  @Test(arguments: [0.001, 0.0249, 0.3, 0.5, 0.9, 0.99])
  func inverseNormalInvertsTheCDF(u: Double) {
    let z = SplitMix64.inverseNormal(u)
    let cdf = 0.5 * erfc(-z / 2.0.squareRoot())
    #expect(abs(cdf - u) < 1e-8, "u \(u) → z \(z) → \(cdf)")
  }
}

/// The binomial search from a power by squaring returns what the plain search from `pow`
/// returns, draw for draw.
@Suite struct BinomialSearchTests {
  /// The search as it was written before the fast start: from `pow`, no margin.
  static func plain(_ u: Double, trials: Int, probability p: Double) -> Int {
    let q = 1 - p
    let n = Double(trials)
    if p <= 0.5 {
      var k = 0
      var mass = pow(q, n)
      var cumulative = mass
      while u > cumulative, k < trials {
        mass *= (n - Double(k)) / Double(k + 1) * p / q
        k += 1
        cumulative += mass
      }
      return k
    }
    var k = 0
    var mass = pow(p, n)
    var cumulative = mass
    while 1 - u > cumulative, k < trials {
      mass *= (n - Double(k)) / Double(k + 1) * q / p
      k += 1
      cumulative += mass
    }
    return trials - k
  }

  @Test func theFastStartGivesThePlainSearchesCounts() {
    var generator = SplitMix64(seed: 99)
    var checked = 0
    for _ in 0..<300_000 {
      // Trials from 1 to beyond the 2^16 fast-start limit, probabilities on both sides of ½,
      // kept inside the inversion regime (n·min(p, q) < 50).
      let trials = 1 + Int(generator.nextUnit() * (generator.nextUnit() < 0.1 ? 100_000 : 300))
      var p = generator.nextUnit()
      if generator.nextUnit() < 0.5 { p = min(p, 49 / Double(trials)) }
      let n = Double(trials)
      guard n * min(p, 1 - p) < SplitMix64.inversionLimit else { continue }
      // The sampler draws exactly one uniform: the same one as `u`.
      var copy = generator
      let u = copy.nextUnit()
      #expect(
        generator.binomialByInversion(trials: trials, probability: p)
          == Self.plain(u, trials: trials, probability: p), "trials \(trials), p \(p), u \(u)")
      checked += 1
    }
    #expect(checked > 100_000)
  }
}

extension BinomialSearchTests {
  /// A uniform exactly on a cumulative mass is inside the margin: the search falls back to
  /// `pow` and still answers as the plain search does, on both sides of the boundary.
  @Test func aUniformOnTheBoundaryFallsBackToPow() {
    // ½³ = 0.125 exactly: k = 0 at u = 0.125, k = 1 just above it.
    #expect(SplitMix64.searchTail(0.125, trials: 3, rare: 0.5, common: 0.5) == 0)
    #expect(SplitMix64.searchTail(0.125.nextUp, trials: 3, rare: 0.5, common: 0.5) == 1)
    #expect(Self.plain(0.125.nextUp, trials: 3, probability: 0.5) == 1)
  }
}

extension BinomialSearchTests {
  /// One trial is answered without the search: the same count as the plain search, on both
  /// sides of ½ and of the boundary uniform (u exactly on the first mass, and just above).
  @Test func oneTrialGivesThePlainSearchesCount() {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<20_000 {
      let p = generator.nextUnit()
      var copy = generator
      let u = copy.nextUnit()
      #expect(
        generator.binomialByInversion(trials: 1, probability: p)
          == Self.plain(u, trials: 1, probability: p), "p \(p), u \(u)")
    }
    for p in [0.25, 0.5, 0.75, 0.1, 0.9] {
      for u in [1 - p, (1 - p).nextUp, (1 - p).nextDown, p, p.nextUp, p.nextDown] {
        #expect(SplitMix64.oneTrial(u, probability: p) == Self.plain(u, trials: 1, probability: p))
      }
    }
  }
}
