import Foundation
import Testing

@testable import GrowthSim

/// Adaptive replications stop where the half-width formula says they should.
struct PrecisionTargetTests {
  /// Values alternating μ ± σ: after an even count n their sample standard deviation is
  /// σ √(n / (n − 1)), so the 95 % half-width is t₀.₉₇₅,ₙ₋₁ σ / √(n − 1).
  private static func alternating(mean: Double, sd: Double, count: Int) -> [Double] {
    (0..<count).map { mean + ($0.isMultiple(of: 2) ? sd : -sd) }
  }

  @Test(arguments: [0.01, 0.02, 0.05])
  func stopsAtTheCountTheFormulaPredicts(relative: Double) throws {
    let (mean, sd) = (100_000.0, 15_000.0)
    let values = Self.alternating(mean: mean, sd: sd, count: 1200)
    let target = PrecisionTarget(relative: relative, cap: 1200)
    let count = try #require(target.count(for: values))
    // The formula for a known σ: the least n with t₀.₉₇₅,ₙ₋₁ σ / √n ≤ REL μ. The sample sd of
    // these values is σ √(n / (n − 1)) at even n, so the rule stops at most 2 later.
    let predicted = try #require(
      (2...1200).first {
        Statistics.studentT975(degreesOfFreedom: $0 - 1) * sd / Double($0).squareRoot()
          <= relative * mean
      })
    #expect((predicted...(predicted + 2)).contains(count), "\(count) vs \(predicted)")
    // Near the normal approximation (1.96 σ / (REL μ))² too.
    #expect(abs(Double(count) / pow(1.96 * sd / (relative * mean), 2) - 1) < 0.12)
    // Exactly: the first even n with t σ / √(n − 1) ≤ REL μ, unless an odd n came first.
    // (The prefix's mean is taken once per n: summing it again for each value made this
    // check cubic in n, seconds of CPU in a debug build.)
    let exact = (target.minimum...1200).first { n in
      let prefix = values.prefix(n)
      let mean = prefix.reduce(0, +) / Double(n)
      let s =
        (prefix.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)).squareRoot()
      return Statistics.studentT975(degreesOfFreedom: n - 1) * s / Double(n).squareRoot()
        <= relative * abs(mean)
    }
    #expect(count == exact)
  }

  @Test func undecidedValuesAskForMoreAndTheCapEndsTheSearch() {
    let values = Self.alternating(mean: 10, sd: 5, count: 50)
    #expect(PrecisionTarget(relative: 0.01).count(for: values) == nil)
    #expect(PrecisionTarget(relative: 0.01, cap: 40).count(for: values) == 40)
    #expect(PrecisionTarget(relative: 0.5).count(for: [1, 1]) == nil)
  }

  @Test func aScenarioRunsUntilItsProfitIsKnownAndTheCountIsTheSameAtAnyJobs() throws {
    var scenario = try Scenario.decode(try JSONParser.parse(SweepFixtures.scenarioText(days: 5)))
    scenario.experiment.seed = 3
    let target = PrecisionTarget(relative: 0.02, metric: .gmv, cap: 200)
    let count = try AdaptiveReplications.count(scenario, target: target, jobs: 1)
    #expect(try AdaptiveReplications.count(scenario, target: target, jobs: 3) == count)
    // The values of a fixed run with that many replications meet the target; one fewer do not.
    let values = try (0..<count).map { r in
      try #require(
        SweepMetric.gmv.value(
          PolicyOutcome.simulate(
            scenario, seed: StreamSeed.replication(r, of: 3)
          ).summaries))
    }
    #expect(count == 200 || target.isMet(by: values))
    #expect(count == target.minimum || !target.isMet(by: Array(values.dropLast())))
  }
}
