/// The figures `growthsim bench` measured.
public struct BenchFigures: Sendable {
  /// One whole-model workload: what it did and how long it took (median wall time).
  public struct Model: Sendable {
    public var label: String
    public var work: ModelBenchmark.Work
    public var seconds: Double
    public var eventsPerSecond: Double { Double(work.events) / seconds }
    public var nanosecondsPerEvent: Double { seconds * 1e9 / Double(work.events) }
    public var merchantDaysPerSecond: Double { Double(work.merchantDays) / seconds }
  }

  /// A parallel run against a serial one.
  public struct Parallel: Sendable {
    public var serialSeconds: Double
    public var parallelSeconds: Double
    public var jobs: Int
    public var speedup: Double { serialSeconds / parallelSeconds }
    public var efficiency: Double { speedup / Double(jobs) }
  }

  /// A least-squares line `seconds = intercept + slope × merchant-days`.
  public struct Slope: Sendable {
    public var points: [(merchantDays: Int, seconds: Double)]
    public var slope: Double
    public var intercept: Double
    public var rSquared: Double

    public init(points: [(merchantDays: Int, seconds: Double)]) {
      self.points = points
      let xs = points.map { Double($0.merchantDays) }
      let ys = points.map(\.seconds)
      let n = Double(points.count)
      let meanX = xs.reduce(0, +) / n
      let meanY = ys.reduce(0, +) / n
      let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
      let sxx = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
      let syy = ys.reduce(0) { $0 + ($1 - meanY) * ($1 - meanY) }
      slope = sxx > 0 ? sxy / sxx : .nan
      intercept = meanY - slope * meanX
      rSquared = sxx > 0 && syy > 0 ? sxy * sxy / (sxx * syy) : .nan
    }
  }

  public var mode: String
  public var cores: Int
  public var loadBefore: Double?
  public var loadAfter: Double?
  public var microRuns: Int
  public var modelRuns: Int
  /// Nanoseconds per hold by queue size: wall time and the thread's CPU time.
  public var hold: [(pending: Int, nanoseconds: Double, cpuNanoseconds: Double)] = []
  public var defaultRun: Model?
  public var belt: Model?
  public var replications: Parallel?
  public var sweepPoints: Parallel?
  public var sweepPointCount = 0
  public var peakResidentBytes = 0
  /// Peak resident bytes of the belt and of its smaller cut, and their merchant counts.
  public var beltPeak: (merchants: Int, bytes: Int)?
  public var smallBeltPeak: (merchants: Int, bytes: Int)?
  public var csvRows = 0
  public var csvBytes = 0
  public var csvColumns = 0
  public var csvSeconds = Double.nan
  public var csvCPUSeconds = Double.nan
  public var slope: Slope?
  /// Whole runs of the default scenario (2 replications) with and without
  /// `daily_stats.csv`, by day count: median CPU seconds (all threads).
  public var statistics: [(days: Int, withSeconds: Double, withoutSeconds: Double)] = []
  /// Whole runs of one-category belt cuts, growing: merchant-days and median CPU seconds (all
  /// threads); the smallest is the belt's own 1,300 merchants.
  public var oneCategory: [(merchants: Int, merchantDays: Int, seconds: Double)] = []

  /// The cost of `daily_stats.csv` at the longest horizon: seconds with it over without.
  public var statisticsRatio: Double? {
    statistics.last.map { $0.withSeconds / $0.withoutSeconds }
  }

  /// Seconds per merchant-day of the largest one-category run over the smallest's.
  public var oneCategoryRatio: Double? {
    guard let first = oneCategory.first, let last = oneCategory.last else { return nil }
    return last.seconds / Double(last.merchantDays) / (first.seconds / Double(first.merchantDays))
  }

  /// CPU seconds per merchant-day of the largest one-category run over the belt workload's
  /// wall seconds (model only, all cores).
  public var oneCategoryToBelt: Double? {
    guard let last = oneCategory.last, let belt else { return nil }
    return last.seconds / Double(last.merchantDays) * belt.merchantDaysPerSecond
  }

  public var bytesPerMerchant: Double? {
    guard let large = beltPeak, let small = smallBeltPeak, large.merchants > small.merchants
    else { return nil }
    return Double(large.bytes - small.bytes) / Double(large.merchants - small.merchants)
  }

  public var csvRowsPerSecond: Double { Double(csvRows) / csvSeconds }
  public var csvRowsPerCPUSecond: Double { Double(csvRows) / csvCPUSeconds }
}
