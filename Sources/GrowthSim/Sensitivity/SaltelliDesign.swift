/// Saltelli's sampling scheme for Sobol indices over the unit cube.
///
/// Two independent N × k matrices A and B are drawn; base sample j gives a block of points:
/// A_j, B_j, then for each parameter i the row A_j with column i taken from B_j (AB_j^i),
/// and with second order also B_j with column i taken from A_j (BA_j^i). A block has k + 2
/// points (2k + 2 with second order), so N (k + 2) runs in all (Saltelli et al. 2010). The rows
/// of A and B are pseudo-random, each from its own stream of the seed, so any point is computed
/// on its own in O(k).
public struct SaltelliDesign: Sendable, Equatable {
  /// Parameters.
  public let parameterCount: Int
  /// Base samples N: rows of A and of B.
  public let baseSamples: Int
  /// Whether the BA blocks for second-order indices are included.
  public let secondOrder: Bool
  private let seed: UInt64

  /// Creates the design.
  public init(parameterCount: Int, baseSamples: Int, secondOrder: Bool, seed: UInt64) {
    precondition(parameterCount >= 1 && baseSamples >= 1, "a Saltelli design needs k, N ≥ 1")
    self.parameterCount = parameterCount
    self.baseSamples = baseSamples
    self.secondOrder = secondOrder
    self.seed = seed
  }

  /// Points per base sample.
  public var blockSize: Int { secondOrder ? 2 * parameterCount + 2 : parameterCount + 2 }
  /// Points in all.
  public var pointCount: Int { baseSamples * blockSize }

  /// What a point of a block is.
  public enum Role: Sendable, Equatable {
    case a, b
    /// A with column `i` from B.
    case ab(Int)
    /// B with column `i` from A.
    case ba(Int)
  }

  /// The base sample and role of point `point`.
  public func role(ofPoint point: Int) -> (sample: Int, role: Role) {
    let (sample, offset) = point.quotientAndRemainder(dividingBy: blockSize)
    let k = parameterCount
    switch offset {
    case 0: return (sample, .a)
    case 1: return (sample, .b)
    case 2..<(k + 2): return (sample, .ab(offset - 2))
    default: return (sample, .ba(offset - k - 2))
    }
  }

  /// The rows A_j and B_j.
  public func rows(ofSample sample: Int) -> (a: [Double], b: [Double]) {
    var generator = SplitMix64(seed: StreamSeed.design(seed, UInt64(sample), 0x534F_424F_4C))
    let a = (0..<parameterCount).map { _ in generator.nextUnit() }
    let b = (0..<parameterCount).map { _ in generator.nextUnit() }
    return (a, b)
  }

  /// The coordinates of point `point`, one per parameter.
  public func coordinates(ofPoint point: Int) -> [Double] {
    let (sample, role) = role(ofPoint: point)
    var (a, b) = rows(ofSample: sample)
    switch role {
    case .a: return a
    case .b: return b
    case .ab(let column):
      a[column] = b[column]
      return a
    case .ba(let column):
      b[column] = a[column]
      return b
    }
  }
}
