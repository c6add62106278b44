/// Derives independent generator seeds from a path of integers, never by incrementing a seed.
///
/// Every seed of the package is derived here, by the named functions below: a replication's
/// from the scenario seed, a merchant's from the replication's, a merchant-day's from the
/// merchant's and each random process's from the merchant-day's (`Streams`); a sweep point's
/// from the sweep seed; a design's and a cohort's draws from theirs. Each depends only on its
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

extension StreamSeed {
  /// The seed of replication `replication` of a scenario (or of a sweep point).
  public static func replication(_ replication: Int, of scenarioSeed: UInt64) -> UInt64 {
    derive(scenarioSeed, UInt64(replication))
  }

  /// The seed of merchant `merchant` (its position in the scenario) in a replication.
  static func merchant(_ merchant: Int, of replicationSeed: UInt64) -> UInt64 {
    derive(replicationSeed, UInt64(merchant))
  }

  /// The seed of one merchant's day, from which its processes' streams derive.
  static func day(_ day: Int, of merchantSeed: UInt64) -> UInt64 {
    derive(merchantSeed, UInt64(day))
  }

  /// The seed of one random process's stream on a merchant-day.
  static func process(_ process: Subsystem, of daySeed: UInt64) -> UInt64 {
    derive(daySeed, process.rawValue)
  }

  /// The seed of sweep point `point`, cut to 53 bits (so it reads back exactly from JSON).
  static func sweepPoint(_ point: Int, of sweepSeed: UInt64) -> UInt64 {
    derive(sweepSeed, UInt64(point)) >> 11
  }

  /// The seed of a sweep design's stream `stream` (strata or points) at `index`, in the
  /// order (seed, index, stream) or (seed, stream, index) the design has always used.
  static func design(_ designSeed: UInt64, _ first: UInt64, _ second: UInt64) -> UInt64 {
    derive(designSeed, first, second)
  }

  /// The seed of the draw of entry `entry` of cohort member `member`.
  static func cohortDraw(member: Int, entry: Int, of cohortSeed: UInt64) -> UInt64 {
    derive(cohortSeed, UInt64(member), UInt64(entry))
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
  case returns = 13
}
