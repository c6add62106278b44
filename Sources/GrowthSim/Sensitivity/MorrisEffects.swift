/// Morris's screening measures of one parameter: μ, μ* and σ of its elementary effects.
///
/// μ is their mean, μ* the mean of their absolute values (Campolongo and others, 2007: it
/// ranks importance, as effects of opposite sign do not cancel) and σ their standard
/// deviation (non-linearity or interaction).
///
/// An elementary effect is the change of the output over a step of the parameter alone, per
/// unit of the unit cube: (y(x + Δeᵢ) − y(x)) / Δ, so μ* reads as "the change of the output
/// when the parameter crosses its whole range", comparable across parameters of any unit.
public struct MorrisEffects: Sendable, Equatable {
  /// μ*, μ and σ (sample standard deviation, divisor r − 1); `nil` without effects (σ
  /// without two).
  public var muStar: Double?
  public var mu: Double?
  public var sigma: Double?
  /// The elementary effects that entered (a step whose output is undefined is left out).
  public var effectCount: Int

  /// The measures of every parameter of `design` from the output of each of its points
  /// (`nil` where the output is undefined), in point order.
  public static func estimate(design: MorrisDesign, outputs: [Double?]) -> [MorrisEffects] {
    precondition(outputs.count == design.pointCount, "one output per point")
    let k = design.parameterCount
    var effects = [[Double]](repeating: [], count: k)
    for trajectory in 0..<design.trajectories {
      for step in 1...k {
        let after = trajectory * (k + 1) + step
        let before = after - 1
        guard
          let moved = design.points[after].indices.first(where: {
            design.points[after][$0] != design.points[before][$0]
          }), let y0 = outputs[before], let y1 = outputs[after]
        else { continue }
        effects[moved].append(
          (y1 - y0) / (design.points[after][moved] - design.points[before][moved]))
      }
    }
    return effects.map(MorrisEffects.init(effects:))
  }

  /// The measures of one parameter's elementary effects.
  public init(effects: [Double]) {
    effectCount = effects.count
    mu = Statistics.mean(effects)
    muStar = Statistics.mean(effects.map(abs))
    sigma = Statistics.standardError(effects).map { $0 * Double(effects.count).squareRoot() }
  }
}
