/// An estimate with its 95 % bootstrap interval.
public struct Estimate: Sendable, Equatable {
  public var value: Double
  public var low: Double
  public var high: Double

  /// Creates an estimate.
  public init(value: Double, low: Double, high: Double) {
    self.value = value
    self.low = low
    self.high = high
  }

  /// Whether `truth` lies in the interval.
  public func covers(_ truth: Double) -> Bool { low <= truth && truth <= high }
}

/// Sobol's variance-based indices from a Saltelli design: first order Sᵢ (the share of the
/// output's variance that parameter i explains alone) and total order STᵢ (the share left
/// unexplained when every other parameter is fixed: its effect with all interactions), and
/// with the BA blocks second order Sᵢⱼ.
///
/// Estimators (over the N base samples, outputs centred on the mean of the 2N outputs of A
/// and B, V their variance):
/// Sᵢ = mean(f(B) (f(ABⁱ) − f(A))) / V (Saltelli et al. 2010),
/// STᵢ = mean((f(A) − f(ABⁱ))²) / (2V) (Jansen 1999),
/// Sᵢⱼ = mean(f(BAⁱ) f(ABʲ) − f(A) f(B)) / V − Sᵢ − Sⱼ (Saltelli 2002).
/// Intervals are the 2.5 % and 97.5 % percentiles of the estimates over `resamples`
/// bootstrap resamples of the base samples, drawn from `seed`.
public struct SobolIndices: Sendable, Equatable {
  /// Sᵢ per parameter; `nil` when the output does not vary.
  public var first: [Estimate?]
  /// STᵢ per parameter.
  public var total: [Estimate?]
  /// Sᵢⱼ for i < j, in the order (0, 1), (0, 2), … (1, 2), …; empty without second order.
  public var second: [(first: Int, second: Int, estimate: Estimate?)]
  /// Base samples whose whole block had an output.
  public var samplesUsed: Int

  /// Estimates the indices of `design` from the output of each of its points, in point
  /// order; a base sample with any undefined output is left out.
  public static func estimate(
    design: SaltelliDesign, outputs: [Double?], resamples: Int = 1000, seed: UInt64
  ) -> SobolIndices {
    precondition(outputs.count == design.pointCount, "one output per point")
    let k = design.parameterCount
    let size = design.blockSize
    let blocks: [[Double]] = (0..<design.baseSamples).compactMap { sample in
      let block = outputs[(sample * size)..<((sample + 1) * size)]
      let values = block.compactMap { $0 }
      return values.count == size ? values : nil
    }
    let all = Array(blocks.indices)
    let point = Self.indices(blocks, rows: all, k: k, secondOrder: design.secondOrder)
    var generator = SplitMix64(seed: StreamSeed.design(seed, 0, 0x424F_4F54))
    var draws: [[Double?]] = []
    if !blocks.isEmpty {
      for _ in 0..<resamples {
        let rows = all.map { _ in Int(generator.nextUnit() * Double(blocks.count)) }
        draws.append(Self.indices(blocks, rows: rows, k: k, secondOrder: design.secondOrder))
      }
    }
    let estimates = point.indices.map { index -> Estimate? in
      guard let value = point[index] else { return nil }
      let spread = Statistics.quantiles(draws.compactMap { $0[index] }, [0.025, 0.975])
      return Estimate(value: value, low: spread[0] ?? value, high: spread[1] ?? value)
    }
    var pairs: [(first: Int, second: Int, estimate: Estimate?)] = []
    if design.secondOrder {
      var index = 2 * k
      for i in 0..<k {
        for j in (i + 1)..<k {
          pairs.append((i, j, estimates[index]))
          index += 1
        }
      }
    }
    return SobolIndices(
      first: Array(estimates[0..<k]), total: Array(estimates[k..<(2 * k)]), second: pairs,
      samplesUsed: blocks.count)
  }

  /// S₁ … Sₖ, ST₁ … STₖ, then Sᵢⱼ (i < j) over the blocks `rows` (repeats allowed).
  static func indices(_ blocks: [[Double]], rows: [Int], k: Int, secondOrder: Bool) -> [Double?] {
    let count = 2 * k + (secondOrder ? k * (k - 1) / 2 : 0)
    guard !rows.isEmpty else { return Array(repeating: nil, count: count) }
    let n = Double(rows.count)
    var mean = 0.0
    for row in rows { mean += blocks[row][0] + blocks[row][1] }
    mean /= 2 * n
    var variance = 0.0
    for row in rows {
      variance += (blocks[row][0] - mean) * (blocks[row][0] - mean)
      variance += (blocks[row][1] - mean) * (blocks[row][1] - mean)
    }
    variance /= 2 * n
    guard variance > 0 else { return Array(repeating: nil, count: count) }
    var first = [Double](repeating: 0, count: k)
    var total = [Double](repeating: 0, count: k)
    for row in rows {
      // Centred on the mean of A and B: the estimators' variance grows with the output's
      // distance from 0 (Saltelli et al. 2010; SALib centres too), not their expectation.
      let block = blocks[row].map { $0 - mean }
      let (a, b) = (block[0], block[1])
      for i in 0..<k {
        let ab = block[2 + i]
        first[i] += b * (ab - a)
        total[i] += (a - ab) * (a - ab)
      }
    }
    var result: [Double?] = first.map { $0 / n / variance } + total.map { $0 / (2 * n) / variance }
    if secondOrder {
      for i in 0..<k {
        for j in (i + 1)..<k {
          var sum = 0.0
          for row in rows {
            let block = blocks[row].map { $0 - mean }
            sum += block[2 + k + i] * block[2 + j] - block[0] * block[1]
          }
          let closed = sum / n / variance
          result.append(closed - (first[i] / n / variance) - (first[j] / n / variance))
        }
      }
    }
    return result
  }

  public static func == (lhs: SobolIndices, rhs: SobolIndices) -> Bool {
    lhs.first == rhs.first && lhs.total == rhs.total && lhs.samplesUsed == rhs.samplesUsed
      && lhs.second.map(\.estimate) == rhs.second.map(\.estimate)
  }
}
