/// Derives independent generator seeds from a path of integers, never by incrementing a seed.
///
/// A replication's seed is `derive(scenarioSeed, replication)`; a merchant's seed is
/// `derive(replicationSeed, merchant)`, and each of its random processes draws each day from
/// `derive(derive(merchantSeed, day), process)` (`Streams`). Each depends only on its
/// arguments, so replication 7 draws the same numbers whether 8 or 800 replications are run,
/// and an extra draw in one subsystem never shifts another's stream.
public enum StreamSeed {
  /// Hashes a path of integers into one seed by chaining the SplitMix64 finaliser.
  ///
  /// - Parameter path: the scenario seed first, then the replication index, then any further
  ///   coordinates (merchant index, subsystem).
  /// - Returns: a 64-bit seed for `SplitMix64(seed:)`.
  public static func derive(_ path: UInt64...) -> UInt64 {
    derive(path)
  }

  /// Hashes an array of integers into one seed; see `derive(_:)`.
  public static func derive(_ path: [UInt64]) -> UInt64 {
    var hash: UInt64 = 0x243F_6A88_85A3_08D3  // digits of pi: an arbitrary non-zero start
    for (position, word) in path.enumerated() {
      hash = SplitMix64.mix(
        hash ^ SplitMix64.mix(word &+ UInt64(position) &* 0x9E37_79B9_7F4A_7C15))
    }
    return hash
  }
}

/// The random processes that own a stream each, so that their draws stay independent.
public enum Subsystem: UInt64, Sendable, CaseIterable {
  case feed = 1
  case conversion = 2
  case content = 3
  case refunds = 4
  case assortment = 5
  case service = 6
  case paid = 7
  case followers = 8
  case video = 9
  case shelf = 10
  case talent = 11
  case audience = 12
}
