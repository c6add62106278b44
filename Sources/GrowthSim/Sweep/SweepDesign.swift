/// Where each point of a sweep lies: a level index per parameter in a grid, a position in
/// [0, 1) per parameter in a random or Latin hypercube design.
///
/// Every point is computed from the sweep seed and its own id alone, in O(1) time and memory,
/// so a shard can compute its points without the others and memory does not grow with the
/// number of points.
public struct SweepDesign: Sendable {
  /// One parameter's position at one point.
  public enum Coordinate: Sendable, Equatable {
    /// The index of one of the parameter's levels (grid).
    case level(Int)
    /// A position in the open interval (0, 1) (random, Latin hypercube and Sobol), or on the
    /// Morris grid 0, 1/3, 2/3, 1.
    case unit(Double)
  }

  /// The kind of design.
  public let kind: SweepSpec.Design
  /// The number of points.
  public let pointCount: Int
  /// Each parameter's number of levels (grid only).
  public let levelCounts: [Int]
  private let seed: UInt64
  private let strata: [RandomPermutation]
  /// The trajectories of a Morris design.
  public private(set) var morris: MorrisDesign? = nil
  /// The matrices of a Sobol design.
  public private(set) var saltelli: SaltelliDesign? = nil

  /// Creates a design over parameters with `levelCounts` levels each (a grid), or over
  /// `levelCounts.count` dimensions with `points` points (random, lhs), `trajectories`
  /// (morris) or `baseSamples` (sobol, with `secondOrder`).
  public init(
    kind: SweepSpec.Design, levelCounts: [Int], points: Int?, seed: UInt64,
    trajectories: Int? = nil, baseSamples: Int? = nil, secondOrder: Bool = false
  ) {
    self.kind = kind
    self.levelCounts = levelCounts
    self.seed = seed
    switch kind {
    case .morris:
      let design = MorrisDesign(
        parameterCount: levelCounts.count, trajectories: trajectories ?? 1, seed: seed)
      morris = design
      pointCount = design.pointCount
      strata = []
    case .sobol:
      let design = SaltelliDesign(
        parameterCount: levelCounts.count, baseSamples: baseSamples ?? 1,
        secondOrder: secondOrder, seed: seed)
      saltelli = design
      pointCount = design.pointCount
      strata = []
    case .grid:
      pointCount = levelCounts.reduce(1, *)
      strata = []
    case .random:
      pointCount = points ?? 1
      strata = []
    case .lhs:
      let count = points ?? 1
      pointCount = count
      strata = levelCounts.indices.map {
        RandomPermutation(
          count: count, seed: StreamSeed.design(seed, Self.strataStream, UInt64($0)))
      }
    }
  }

  /// The coordinates of point `point`, one per parameter.
  ///
  /// - Grid: mixed-radix digits of the point id, the last parameter varying fastest (the
  ///   order of Python's `itertools.product`).
  /// - Random: independent uniform draws from the point's own stream.
  /// - Latin hypercube: in dimension j, point p lies in stratum πⱼ(p) of `pointCount` equal
  ///   strata, where πⱼ is a seeded permutation, at a uniform position inside it.
  public func coordinates(ofPoint point: Int) -> [Coordinate] {
    precondition((0..<pointCount).contains(point), "point \(point) is outside 0..<\(pointCount)")
    switch kind {
    case .grid:
      var remainder = point
      var levels = [Int](repeating: 0, count: levelCounts.count)
      for index in levelCounts.indices.reversed() {
        levels[index] = remainder % levelCounts[index]
        remainder /= levelCounts[index]
      }
      return levels.map(Coordinate.level)
    case .random:
      var generator = SplitMix64(seed: StreamSeed.design(seed, UInt64(point), Self.pointStream))
      return levelCounts.map { _ in .unit(generator.nextUnit()) }
    case .lhs:
      var generator = SplitMix64(seed: StreamSeed.design(seed, UInt64(point), Self.pointStream))
      return strata.map { permutation in
        .unit(Self.position(in: permutation(point), of: pointCount, at: generator.nextUnit()))
      }
    case .morris:
      return (morris?.points[point] ?? []).map(Coordinate.unit)
    case .sobol:
      return (saltelli?.coordinates(ofPoint: point) ?? []).map(Coordinate.unit)
    }
  }

  /// (stratum + offset) / count, nudged by an ulp where rounding would leave the stratum, so
  /// that ⌊u · count⌋ is always `stratum`.
  static func position(in stratum: Int, of count: Int, at offset: Double) -> Double {
    var position = (Double(stratum) + offset) / Double(count)
    while (position * Double(count)).rounded(.down) >= Double(stratum + 1) {
      position = position.nextDown
    }
    while (position * Double(count)).rounded(.down) < Double(stratum) {
      position = position.nextUp
    }
    return position
  }

  /// Stream labels, so that design draws never coincide with simulation seeds.
  private static let pointStream: UInt64 = 0x4445_5349_474E  // "DESIGN"
  private static let strataStream: UInt64 = 0x5354_5241_5441  // "STRATA"
}
