/// How big and how often the workloads of `growthsim bench` run.
public enum BenchMode: Equatable, Sendable {
  /// Full sizes, several runs each (the figures of docs/performance.md).
  case full
  /// Fewer runs of smaller workloads: a check that takes under 30 seconds.
  case quick
  /// Tiny workloads, one run each (hidden `--smoke`: for the tests, not for figures).
  case smoke
}

/// How big the workloads of `growthsim bench` are, per mode.
public struct BenchSizes: Sendable {
  /// A belt cut to `served` + `alone` merchants over `days` days.
  public struct Belt: Equatable, Sendable {
    public var served: Int
    public var alone: Int
    public var days: Int
    public var merchants: Int { served + alone }
  }

  /// Timed runs per workload: micro-benchmarks (hold, CSV) and whole-model runs.
  public var microRuns: Int
  public var modelRuns: Int
  /// Hold benchmark: queue sizes and timed holds per run (after a warm-up of 10 × Q).
  public var holdSizes: [Int]
  public var holds: Int
  /// The default scenario: days and replications.
  public var defaultDays: Int
  public var defaultReplications: Int
  /// The belt, its smaller cut for memory per merchant, and the cost-slope sizes.
  public var belt: Belt
  public var smallBelt: Belt
  public var slopeSizes: [Belt]
  /// Sweep points (one replication each) and their days.
  public var sweepPoints: Int
  public var sweepDays: Int
  /// Scaling, whole runs with their files: the default scenario's days (2 replications,
  /// with and without `daily_stats.csv`), and belt cuts of one category, growing.
  public var statisticsDays: [Int]
  public var oneCategorySizes: [Belt]

  /// The sizes of `mode`.
  public init(_ mode: BenchMode) {
    switch mode {
    case .full:
      (microRuns, modelRuns, holds) = (5, 3, 2_000_000)
      holdSizes = [300, 3000, 30000]
      (defaultDays, defaultReplications) = (365, 64)
      belt = Belt(served: 300, alone: 1000, days: 365)
      smallBelt = Belt(served: 30, alone: 100, days: 365)
      slopeSizes = [
        Belt(served: 30, alone: 100, days: 182), Belt(served: 30, alone: 100, days: 365),
        Belt(served: 60, alone: 200, days: 365),
      ]
      (sweepPoints, sweepDays) = (16, 365)
      statisticsDays = [457, 1830]
      oneCategorySizes = [
        Belt(served: 300, alone: 1000, days: 30), Belt(served: 1150, alone: 3850, days: 30),
        Belt(served: 4600, alone: 15400, days: 30),
      ]
    case .quick:
      (microRuns, modelRuns, holds) = (3, 1, 300_000)
      holdSizes = [300, 3000, 30000]
      (defaultDays, defaultReplications) = (365, 8)
      belt = Belt(served: 30, alone: 100, days: 365)
      smallBelt = Belt(served: 3, alone: 10, days: 365)
      slopeSizes = [
        Belt(served: 3, alone: 10, days: 90), Belt(served: 3, alone: 10, days: 182),
        Belt(served: 6, alone: 20, days: 182),
      ]
      (sweepPoints, sweepDays) = (8, 90)
      statisticsDays = [457, 915]
      oneCategorySizes = [
        Belt(served: 300, alone: 1000, days: 10), Belt(served: 600, alone: 2000, days: 10),
      ]
    case .smoke:
      (microRuns, modelRuns, holds) = (1, 1, 1000)
      holdSizes = [30, 300]
      (defaultDays, defaultReplications) = (5, 2)
      belt = Belt(served: 1, alone: 2, days: 5)
      smallBelt = Belt(served: 1, alone: 1, days: 5)
      slopeSizes = [
        Belt(served: 1, alone: 1, days: 3), Belt(served: 1, alone: 1, days: 6),
        Belt(served: 1, alone: 2, days: 6),
      ]
      (sweepPoints, sweepDays) = (2, 5)
      statisticsDays = [3, 6]
      oneCategorySizes = [
        Belt(served: 1, alone: 1, days: 3), Belt(served: 1, alone: 2, days: 3),
      ]
    }
  }
}
