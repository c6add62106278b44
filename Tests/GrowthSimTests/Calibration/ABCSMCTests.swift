import Foundation
import Testing

@testable import GrowthSim

/// The sampler: the same result at any number of threads, normalised weights, tolerances that
/// only fall, a budget that holds, and the weighted statistics it rests on.
@Suite struct ABCSMCTests {
  /// 120 simulations of 20 particles: six populations' worth, enough for several rounds (the
  /// recovery tests run the sampler at the sizes of a real calibration).
  static func plan(budget: Int = 120, particles: Int = 20) throws -> CalibrationPlan {
    var document = RecoveryTests.base
    try document.set(.integer(6), at: JSONPointer.root.appending("calendar").appending("days"))
    let observed = ObservedSeries(series: [
      ObservedSeries.Series(
        metric: "orders", merchant: nil, days: [0, 2, 5], values: [20, 25, 30])
    ])
    let spec = CalibrationSpec(
      parameters: Array(RecoveryTests.parameters.prefix(2)), budget: budget,
      particles: particles, seed: 5)
    return try CalibrationPlan(scenario: document, spec: spec, observed: observed)
  }

  @Test func theResultIsTheSameAtAnyNumberOfThreads() throws {
    let plan = try Self.plan()
    let serial = try #require(ABCSMC.run(plan, jobs: 1))
    let parallel = try #require(ABCSMC.run(plan, jobs: 3))
    #expect(serial.particles == parallel.particles)
    #expect(serial.rounds == parallel.rounds)
    #expect(serial.simulated == parallel.simulated)
  }

  @Test func weightsSumToOneTolerancesFallAndTheBudgetHolds() throws {
    let plan = try Self.plan()
    let result = try #require(ABCSMC.run(plan, jobs: 2))
    #expect(result.rounds.count >= 2)
    #expect(abs(result.particles.reduce(0) { $0 + $1.weight } - 1) < 1e-9)
    #expect(result.particles.count == 20)
    #expect(result.simulated <= 120)
    let tolerances = result.rounds.map(\.tolerance)
    #expect(tolerances.first == .infinity)
    #expect(zip(tolerances, tolerances.dropFirst()).allSatisfy { $0 >= $1 }, "\(tolerances)")
    for round in result.rounds {
      #expect(round.effectiveSampleSize <= 20 + 1e-9 && round.effectiveSampleSize >= 1)
    }
    // Every particle of the last population lies within the last tolerance.
    let last = try #require(result.rounds.last)
    #expect(result.particles.allSatisfy { $0.distance <= last.tolerance })
    // Every value lies inside its prior.
    for particle in result.particles {
      for (value, parameter) in zip(particle.values, plan.parameters) {
        #expect(parameter.low <= value && value <= parameter.high)
      }
    }
  }

  @Test func aCancelledCalibrationKeepsNothingBeforeItsFirstPopulation() throws {
    let cancellation = Cancellation()
    cancellation.cancel(signal: SIGINT)
    #expect(ABCSMC.run(try Self.plan(), jobs: 1, cancellation: cancellation) == nil)
  }

  @Test func weightedQuantilesAndTheEffectiveSampleSize() {
    let values = [3.0, 1, 2, 4]
    #expect(WeightedStatistics.quantile(values, weights: [1, 1, 1, 1], 0.5) == 2)
    #expect(WeightedStatistics.quantile(values, weights: [0, 0, 0, 1], 0.05) == 4)
    #expect(WeightedStatistics.quantile(values, weights: [1, 1, 1, 1], 0.95) == 4)
    #expect(WeightedStatistics.effectiveSampleSize([1, 1, 1, 1]) == 4)
    #expect(WeightedStatistics.effectiveSampleSize([0, 0, 5, 0]) == 1)
  }
}
