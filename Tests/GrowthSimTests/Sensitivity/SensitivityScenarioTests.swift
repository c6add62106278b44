import Foundation
import Testing

@testable import GrowthSim

/// Sensitivity designs run on the model: a mean-field scenario whose profit is additive in
/// its parameters, where the Sobol indices follow from the slopes, and a parameter with no
/// effect that Morris ranks last.
struct SensitivityScenarioTests {
  /// The days simulated: the claims hold for any horizon, and each day costs a debug build
  /// about as much as a point (the Sobol design runs 325 points).
  private static let days = 2

  /// `days` days of the default scenario in mean field: no draw, so a point's profit is a
  /// function of its values alone.
  private static func batch() throws -> PointBatch {
    var document = try JSONParser.parse(DefaultScenario.json)
    try document.set(.bool(true), at: try #require(JSONPointer("/experiment/meanField")))
    try document.set(
      .number(JSONNumber(Double(days))), at: try #require(JSONPointer("/calendar/days")))
    return PointBatch(base: document, replications: 1, seed: 1)
  }

  /// The fixed cost per day (profit falls by the days × the cost), the unit cost of the first
  /// SKU (by the units sold × the cost) and the lucky-bag half budget, which the default
  /// policy (no lucky bags) never reaches.
  private static let parameters: [(pointer: String, low: Double, high: Double)] = [
    ("/merchants/0/fixedCostPerDay", 500, 2500),
    ("/merchants/0/skus/0/unitCost", 50, 90),
    ("/categories/0/luckyBagHalfBudgetPerHour", 100, 900),
  ]

  private static func settings(_ unit: [Double]) -> [ScenarioOverride] {
    zip(parameters, unit).map { parameter, u in
      ScenarioOverride(
        pointer: JSONPointer(parameter.pointer) ?? .root,
        value: .number(JSONNumber(parameter.low + (parameter.high - parameter.low) * u)))
    }
  }

  private static func profits(_ batch: PointBatch, _ units: [[Double]]) throws -> [Double?] {
    PointBatch.means(of: .profit, try batch.run(units.map(settings), jobs: 2))
  }

  @Test func sobolIndicesOfAnAdditiveProfitMatchTheSquaredSlopes() throws {
    let batch = try Self.batch()
    // Slopes over each whole range, from the corners; the profit must be additive in them.
    let corners = try Self.profits(
      batch, [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]
    )
    .map { try #require($0) }
    let slopes = (1...3).map { corners[$0] - corners[0] }
    #expect(
      abs(slopes[0] + Double(Self.days) * 2000) < 1e-6 * abs(slopes[0]),
      "fixed cost: −days × range")
    #expect(slopes[1] < 0 && slopes[2] == 0)
    let additive = corners[0] + slopes.reduce(0, +)
    #expect(abs(corners[4] - additive) < 1e-9 * abs(corners[4]), "the profit is additive")
    // A linear additive function of uniform inputs: Sᵢ = STᵢ = aᵢ² / Σ a².
    let squares = slopes.map { $0 * $0 }
    let truth = squares.map { $0 / squares.reduce(0, +) }

    let design = SaltelliDesign(parameterCount: 3, baseSamples: 64, secondOrder: false, seed: 4)
    let outputs = try Self.profits(
      batch, (0..<design.pointCount).map(design.coordinates(ofPoint:)))
    let indices = SobolIndices.estimate(design: design, outputs: outputs, resamples: 400, seed: 4)
    for i in 0..<3 {
      #expect(indices.first[i]?.covers(truth[i]) == true, "S\(i + 1) vs \(truth[i])")
      #expect(indices.total[i]?.covers(truth[i]) == true, "ST\(i + 1) vs \(truth[i])")
    }
  }

  @Test func morrisRanksTheParameterWithoutEffectLast() throws {
    let batch = try Self.batch()
    let design = MorrisDesign(parameterCount: 3, trajectories: 4, seed: 8)
    let effects = MorrisEffects.estimate(
      design: design, outputs: try Self.profits(batch, design.points))
    #expect(effects[2].muStar == 0)
    #expect(effects.allSatisfy { $0.effectCount == 4 })
    let ranking = effects.indices.sorted { (effects[$0].muStar ?? 0) > (effects[$1].muStar ?? 0) }
    #expect(ranking.last == 2)
    // The fixed cost's effect is exactly −days × 2000 yuan over its whole range.
    #expect(
      abs((effects[0].mu ?? 0) + Double(Self.days) * 2000) < 1e-6 && (effects[0].sigma ?? 1) < 1e-6)
  }
}
