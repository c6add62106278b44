import Foundation
import Testing

@testable import GrowthSim

/// The Morris and Sobol estimators against functions whose indices are known in closed form.
struct SensitivityEstimatorTests {
  /// Ishigami's function, sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ on [−π, π]³ (a = 7, b = 0.1).
  private static func ishigami(_ unit: [Double]) -> Double {
    let x = unit.map { -Double.pi + 2 * Double.pi * $0 }
    return sin(x[0]) + 7 * sin(x[1]) * sin(x[1]) + 0.1 * pow(x[2], 4) * sin(x[0])
  }

  /// Its indices (Ishigami and Homma 1990): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2.
  private static let ishigamiIndices: (first: [Double], total: [Double]) = {
    let (a, b, pi) = (7.0, 0.1, Double.pi)
    let v1 = 0.5 * pow(1 + b * pow(pi, 4) / 5, 2)
    let v2 = a * a / 8
    let v13 = pow(b, 2) * pow(pi, 8) * (1.0 / 18 - 1.0 / 50)
    let v = v1 + v2 + v13
    return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v])
  }()

  /// Long: 32,768 evaluations and 500 bootstrap resamples.
  ///
  /// Fewer would loosen the 0.05 accuracy it asserts; the linear and constant functions below
  /// check the same estimator in the fast suite.
  @Test(.long) func sobolIndicesOfIshigamisFunctionCoverTheAnalyticValues() {
    let design = SaltelliDesign(parameterCount: 3, baseSamples: 4096, secondOrder: true, seed: 5)
    let outputs = (0..<design.pointCount).map { Self.ishigami(design.coordinates(ofPoint: $0)) }
    let indices = SobolIndices.estimate(design: design, outputs: outputs, resamples: 500, seed: 5)
    let truth = Self.ishigamiIndices
    for i in 0..<3 {
      let first = indices.first[i], total = indices.total[i]
      #expect(first?.covers(truth.first[i]) == true, "S\(i + 1) \(String(describing: first))")
      #expect(total?.covers(truth.total[i]) == true, "ST\(i + 1) \(String(describing: total))")
      #expect(abs((first?.value ?? 9) - truth.first[i]) < 0.05)
      #expect(abs((total?.value ?? 9) - truth.total[i]) < 0.05)
    }
    // Only x₁ and x₃ interact: S₁₃ = V₁₃ / V, the others 0.
    let s13 = truth.total[2]
    for pair in indices.second {
      let expected = (pair.first, pair.second) == (0, 2) ? s13 : 0
      #expect(pair.estimate?.covers(expected) == true, "S\(pair.first + 1)\(pair.second + 1)")
    }
    #expect(indices.samplesUsed == 4096)
  }

  @Test func aLinearFunctionHasFirstEqualTotalInTheRatioOfItsSquaredSlopes() {
    // y = 3 u₁ + u₂ + 0 u₃: Sᵢ = STᵢ = cᵢ² / Σ c² = 0.9, 0.1, 0.
    let design = SaltelliDesign(parameterCount: 3, baseSamples: 2048, secondOrder: false, seed: 9)
    let outputs = (0..<design.pointCount).map {
      let u = design.coordinates(ofPoint: $0)
      return 3 * u[0] + u[1]
    }
    let indices = SobolIndices.estimate(design: design, outputs: outputs, seed: 1)
    for (i, expected) in [0.9, 0.1, 0].enumerated() {
      #expect(indices.first[i]?.covers(expected) == true)
      #expect(indices.total[i]?.covers(expected) == true)
    }
    #expect(indices.total[2]?.value == 0)
  }

  @Test func aConstantOutputHasNoIndices() {
    let design = SaltelliDesign(parameterCount: 2, baseSamples: 16, secondOrder: false, seed: 1)
    let indices = SobolIndices.estimate(
      design: design, outputs: Array(repeating: 4, count: design.pointCount), seed: 1)
    #expect(indices.first == [nil, nil] && indices.total == [nil, nil])
  }

  @Test func morrisTrajectoriesMoveEachParameterOnceByDelta() {
    let design = MorrisDesign(parameterCount: 5, trajectories: 6, seed: 3)
    #expect(design.pointCount == 36)
    for trajectory in 0..<6 {
      var moved: Set<Int> = []
      for step in 1...5 {
        let (before, after) = (
          design.points[trajectory * 6 + step - 1], design.points[trajectory * 6 + step]
        )
        let changed = before.indices.filter { before[$0] != after[$0] }
        #expect(changed.count == 1)
        if let index = changed.first {
          #expect(abs(abs(after[index] - before[index]) - MorrisDesign.delta) < 1e-12)
          moved.insert(index)
        }
      }
      #expect(moved.count == 5)
      #expect(
        design.points[(trajectory * 6)..<(trajectory * 6 + 6)].allSatisfy { point in
          point.allSatisfy { [0, 1.0 / 3, 2.0 / 3, 1].contains($0) }
        })
    }
    #expect(design == MorrisDesign(parameterCount: 5, trajectories: 6, seed: 3))
  }

  @Test func optimisedSpreadKeepsTrajectoriesFartherApartThanTheFirstDrawn() {
    let design = MorrisDesign(parameterCount: 4, trajectories: 5, seed: 11)
    #expect(design.candidates == 20)
    func spread(_ trajectories: [[[Double]]]) -> Double {
      var sum = 0.0
      for i in trajectories.indices {
        for j in trajectories.indices where j > i {
          sum += MorrisDesign.distance(trajectories[i], trajectories[j])
        }
      }
      return sum
    }
    let kept = stride(from: 0, to: 25, by: 5).map { Array(design.points[$0..<($0 + 5)]) }
    let firstDrawn = (0..<5).map {
      MorrisDesign.trajectory(
        parameters: 4, seed: StreamSeed.design(11, UInt64($0), 0x4D4F_5252_4953))
    }
    #expect(spread(kept) > spread(firstDrawn))
  }

  @Test func morrisRanksAParameterWithoutEffectLast() {
    // y = 5 u₁ + u₂² + 0 u₃ + u₁ u₄: the third parameter has no effect at all.
    let design = MorrisDesign(parameterCount: 4, trajectories: 10, seed: 2)
    let outputs: [Double?] = design.points.map { u in 5 * u[0] + u[1] * u[1] + u[0] * u[3] }
    let effects = MorrisEffects.estimate(design: design, outputs: outputs)
    #expect(effects.map(\.effectCount) == [10, 10, 10, 10])
    #expect(effects[2].muStar == 0 && effects[2].sigma == 0)
    let ranking = effects.indices.sorted { (effects[$0].muStar ?? 0) > (effects[$1].muStar ?? 0) }
    #expect(ranking.first == 0 && ranking.last == 2)
    // A linear effect is the same at every step: μ = μ* = slope, σ = 0.
    // u₁'s effect is 5 + u₄, between 5 and 6.
    #expect((5.0...6.0).contains(effects[0].mu ?? 0))
    let linear = MorrisEffects.estimate(
      design: design, outputs: design.points.map { 2 * $0[0] - 3 * $0[1] })
    #expect(abs((linear[0].mu ?? 0) - 2) < 1e-9 && abs((linear[1].mu ?? 0) + 3) < 1e-9)
    #expect(abs((linear[1].muStar ?? 0) - 3) < 1e-9 && (linear[1].sigma ?? 1) < 1e-9)
  }
}
