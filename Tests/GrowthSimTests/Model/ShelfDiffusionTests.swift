import Foundation
import Testing

@testable import GrowthSim

/// The exact Bass step of the shelf against a fine numerical integration of the same equation.
@Suite struct ShelfDiffusionTests {
  /// Integrates dB/dt = c (a + b B)(1 − B/M) and each kind of visit with 20,000 RK4 steps.
  static func integrate(
    _ diffusion: ShelfDiffusion, buyers: Double, population: Double?, days: Double
  ) -> (discovery: Double, wordOfMouth: Double) {
    let steps = 20_000
    let h = days / Double(steps)
    // State: buyers, discovery visits, word-of-mouth visits.
    func rates(_ b: Double) -> (Double, Double, Double) {
      let unreached = population.map { 1 - b / $0 } ?? 1
      let discovery = diffusion.discoveryPerDay * unreached
      let word = diffusion.perBuyerDay * b * unreached
      return (diffusion.conversion * (discovery + word), discovery, word)
    }
    var b = buyers
    var discovery = 0.0
    var word = 0.0
    for _ in 0..<steps {
      let k1 = rates(b)
      let k2 = rates(b + h / 2 * k1.0)
      let k3 = rates(b + h / 2 * k2.0)
      let k4 = rates(b + h * k3.0)
      b += h / 6 * (k1.0 + 2 * k2.0 + 2 * k3.0 + k4.0)
      discovery += h / 6 * (k1.1 + 2 * k2.1 + 2 * k3.1 + k4.1)
      word += h / 6 * (k1.2 + 2 * k2.2 + 2 * k3.2 + k4.2)
    }
    return (discovery, word)
  }

  @Test(arguments: [
    (1e4, 1.0, 1.0, 0.0), (1e4, 1.0, 0.5, 2e5), (50.0, 0.4, 0.02, 9e5), (0.0, 0.8, 1.0, 5e5),
    (1e4, 0.0, 1.0, 0.0), (3e4, 2.0, 0.3, 1e3),
  ])
  func stepMatchesTheIntegratedEquation(
    discoveryPerDay: Double, perBuyerDay: Double, conversion: Double, buyers: Double
  ) {
    let diffusion = ShelfDiffusion(
      discoveryPerDay: discoveryPerDay, perBuyerDay: perBuyerDay, conversion: conversion)
    for population in [1e6, nil] as [Double?] {
      for days in [1.0 / 24, 0.3, 3] {
        let exact = diffusion.visits(buyers: buyers, population: population, days: days)
        let numeric = Self.integrate(diffusion, buyers: buyers, population: population, days: days)
        let scale = max(1, numeric.discovery + numeric.wordOfMouth)
        #expect(
          abs(exact.discovery - numeric.discovery) < 1e-7 * scale,
          "\(population as Any) \(days): \(exact) vs \(numeric)")
        #expect(
          abs(exact.wordOfMouth - numeric.wordOfMouth) < 1e-7 * scale,
          "\(population as Any) \(days): \(exact) vs \(numeric)")
      }
    }
  }

  @Test func aReachedMarketOrAnEmptyStepBringsNobody() {
    let diffusion = ShelfDiffusion(discoveryPerDay: 100, perBuyerDay: 1, conversion: 0.5)
    #expect(diffusion.visits(buyers: 1e6, population: 1e6, days: 1) == (0, 0))
    #expect(diffusion.visits(buyers: 10, population: 1e6, days: 0) == (0, 0))
    let silent = ShelfDiffusion(discoveryPerDay: 0, perBuyerDay: 1, conversion: 0.5)
    #expect(silent.visits(buyers: 0, population: 1e6, days: 1) == (0, 0))
  }
}
