/// A seeded pseudo-random permutation of `0..<count`, evaluated one index at a time in O(1)
/// memory.
///
/// A balanced Feistel network on the smallest even number of bits that covers `count`, with
/// SplitMix64-keyed round functions, is a bijection on that power-of-two domain; "cycle
/// walking" (re-applying it until the result falls below `count`) restricts it to a bijection
/// on `0..<count` (Black and Rogaway, "Ciphers with arbitrary finite domains", 2002). The
/// domain is less than 4 × `count`, so fewer than four steps are needed on average. Latin
/// hypercube sweeps use one permutation per dimension, so the design of a million points needs
/// no million-element tables and any shard can compute any point directly.
public struct RandomPermutation: Sendable, Equatable {
  /// The size of the permuted range.
  public let count: Int
  private let halfBits: UInt64
  private let keys: [UInt64]

  /// Creates the permutation of `0..<count` fixed by `seed`.
  public init(count: Int, seed: UInt64) {
    precondition(count >= 1, "a permutation needs at least one element, got \(count)")
    var bits: UInt64 = 2
    while bits < 62, (UInt64(1) << bits) < UInt64(count) { bits += 2 }
    self.count = count
    halfBits = bits / 2
    keys = (0..<6).map { StreamSeed.derive(seed, UInt64($0)) }
  }

  /// The image of `index`, which must lie in `0..<count`.
  public func callAsFunction(_ index: Int) -> Int {
    precondition((0..<count).contains(index), "index \(index) is outside 0..<\(count)")
    var value = UInt64(index)
    repeat {
      value = encrypt(value)
    } while value >= UInt64(count)
    return Int(value)
  }

  private func encrypt(_ value: UInt64) -> UInt64 {
    let mask = (UInt64(1) << halfBits) - 1
    var left = value >> halfBits
    var right = value & mask
    for key in keys {
      let next = left ^ (SplitMix64.mix(right ^ key) & mask)
      left = right
      right = next
    }
    return left << halfBits | right
  }
}
