import Foundation

/// Morris's one-at-a-time trajectories over the unit cube, with optimised spread.
///
/// Each trajectory starts on a grid of `levels` levels and moves every parameter once, in a
/// random order, by ±Δ with Δ = levels / (2 (levels − 1)) (2/3 for 4 levels): k + 1 points
/// for k parameters. `candidates` trajectories are drawn and the `trajectories` most spread
/// out are kept (Campolongo, Cariboni and Saltelli 2007), chosen greedily as in Ruano et al.
/// 2012: first the two farthest apart, then each time the one farthest from those kept (the
/// sum of the distances between every pair of their points). Everything follows from the seed.
public struct MorrisDesign: Sendable, Equatable {
  /// Grid levels per parameter.
  public static let levels = 4
  /// The step, in unit-cube coordinates.
  public static let delta = Double(levels) / (2 * Double(levels - 1))

  /// Parameters.
  public let parameterCount: Int
  /// Trajectories kept.
  public let trajectories: Int
  /// Trajectories drawn to choose from.
  public let candidates: Int
  /// Every point's coordinates, trajectory after trajectory: point t (k + 1) + s is step s of
  /// trajectory t.
  public let points: [[Double]]

  /// The points.
  public var pointCount: Int { points.count }

  /// Draws the design for `parameterCount` parameters.
  public init(parameterCount: Int, trajectories: Int, seed: UInt64) {
    precondition(parameterCount >= 1 && trajectories >= 1, "a Morris design needs k, r ≥ 1")
    self.parameterCount = parameterCount
    self.trajectories = trajectories
    candidates = Self.candidateCount(parameters: parameterCount, trajectories: trajectories)
    let pool = (0..<candidates).map {
      Self.trajectory(
        parameters: parameterCount, seed: StreamSeed.design(seed, UInt64($0), 0x4D4F_5252_4953))
    }
    let chosen = Self.mostSpread(pool, keeping: trajectories)
    points = chosen.flatMap { pool[$0] }
  }

  /// Four candidates per trajectory kept, fewer when comparing every pair would cost more
  /// than about 4 × 10⁸ operations (many parameters and trajectories).
  static func candidateCount(parameters: Int, trajectories: Int) -> Int {
    let pairCost = Double((parameters + 1) * (parameters + 1) * parameters)
    let affordable = Int((8e8 / pairCost).squareRoot())
    return max(trajectories, min(4 * trajectories, affordable))
  }

  /// One trajectory: a start on the lower half of the grid, a direction per parameter, and
  /// the parameters moved in a random order.
  static func trajectory(parameters: Int, seed: UInt64) -> [[Double]] {
    var generator = SplitMix64(seed: seed)
    let step = 1 / Double(levels - 1)
    let startLevels = levels / 2
    var point = (0..<parameters).map { _ in
      Double(Int(generator.nextUnit() * Double(startLevels))) * step
    }
    var directions = [Double](repeating: 1, count: parameters)
    for index in 0..<parameters where generator.nextUnit() < 0.5 {
      directions[index] = -1
      point[index] += delta
    }
    var order = Array(0..<parameters)
    for index in stride(from: parameters - 1, to: 0, by: -1) {
      let other = Int(generator.nextUnit() * Double(index + 1))
      order.swapAt(index, other)
    }
    var result = [point]
    for index in order {
      point[index] = Self.snap(point[index] + directions[index] * delta)
      result.append(point)
    }
    return result
  }

  /// A coordinate put back on the grid exactly (0, 1/3, 2/3, 1), so sums do not drift.
  private static func snap(_ value: Double) -> Double {
    let level = (value * Double(levels - 1)).rounded()
    return level / Double(levels - 1)
  }

  /// The indices of `count` trajectories of `pool` chosen greedily for the largest spread.
  static func mostSpread(_ pool: [[[Double]]], keeping count: Int) -> [Int] {
    guard pool.count > count else { return Array(pool.indices) }
    var distance = [[Double]](
      repeating: [Double](repeating: 0, count: pool.count), count: pool.count)
    for first in pool.indices {
      for second in pool.indices where second > first {
        let value = Self.distance(pool[first], pool[second])
        distance[first][second] = value
        distance[second][first] = value
      }
    }
    var best = (0, 1)
    for first in pool.indices {
      for second in pool.indices
      where second > first && distance[first][second] > distance[best.0][best.1] {
        best = (first, second)
      }
    }
    var chosen = [best.0, best.1]
    var total = pool.indices.map { distance[$0][best.0] + distance[$0][best.1] }
    while chosen.count < count {
      var next = -1
      for candidate in pool.indices where !chosen.contains(candidate) {
        if next < 0 || total[candidate] > total[next] { next = candidate }
      }
      chosen.append(next)
      for candidate in pool.indices { total[candidate] += distance[candidate][next] }
    }
    return Array(chosen.prefix(count))
  }

  /// The sum of the Euclidean distances between every point of `first` and every point of
  /// `second`.
  static func distance(_ first: [[Double]], _ second: [[Double]]) -> Double {
    var sum = 0.0
    for a in first {
      for b in second {
        var squares = 0.0
        for (x, y) in zip(a, b) { squares += (x - y) * (x - y) }
        sum += squares.squareRoot()
      }
    }
    return sum
  }
}
