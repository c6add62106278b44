import GrowthSim

/// The figures `growthsim bench` measured.
struct BenchFigures {
  /// One whole-model workload: what it did and how long it took (median wall time).
  struct Model {
    var label: String
    var work: ModelBenchmark.Work
    var seconds: Double
    var eventsPerSecond: Double { Double(work.events) / seconds }
    var nanosecondsPerEvent: Double { seconds * 1e9 / Double(work.events) }
    var merchantDaysPerSecond: Double { Double(work.merchantDays) / seconds }
  }

  /// A parallel run against a serial one.
  struct Parallel {
    var serialSeconds: Double
    var parallelSeconds: Double
    var jobs: Int
    var speedup: Double { serialSeconds / parallelSeconds }
    var efficiency: Double { speedup / Double(jobs) }
  }

  /// A least-squares line `seconds = intercept + slope × merchant-days`.
  struct Slope {
    var points: [(merchantDays: Int, seconds: Double)]
    var slope: Double
    var intercept: Double
    var rSquared: Double

    init(points: [(merchantDays: Int, seconds: Double)]) {
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

  var mode: String
  var cores: Int
  var loadBefore: Double?
  var loadAfter: Double?
  var microRuns: Int
  var modelRuns: Int
  /// Nanoseconds per hold by queue size: wall time and the thread's CPU time.
  var hold: [(pending: Int, nanoseconds: Double, cpuNanoseconds: Double)] = []
  var defaultRun: Model?
  var belt: Model?
  var replications: Parallel?
  var sweepPoints: Parallel?
  var sweepPointCount = 0
  var peakResidentBytes = 0
  /// Peak resident bytes of the belt and of its smaller cut, and their merchant counts.
  var beltPeak: (merchants: Int, bytes: Int)?
  var smallBeltPeak: (merchants: Int, bytes: Int)?
  var csvRows = 0
  var csvBytes = 0
  var csvColumns = 0
  var csvSeconds = Double.nan
  var csvCPUSeconds = Double.nan
  var slope: Slope?
  /// Whole runs of the default scenario (2 replications) with and without
  /// `daily_stats.csv`, by day count: median CPU seconds (all threads).
  var statistics: [(days: Int, withSeconds: Double, withoutSeconds: Double)] = []
  /// Whole runs of one-category belt cuts, growing: merchant-days and median CPU seconds (all
  /// threads); the smallest is the belt's own 1,300 merchants.
  var oneCategory: [(merchants: Int, merchantDays: Int, seconds: Double)] = []

  /// The cost of `daily_stats.csv` at the longest horizon: seconds with it over without.
  var statisticsRatio: Double? {
    statistics.last.map { $0.withSeconds / $0.withoutSeconds }
  }

  /// Seconds per merchant-day of the largest one-category run over the smallest's.
  var oneCategoryRatio: Double? {
    guard let first = oneCategory.first, let last = oneCategory.last else { return nil }
    return last.seconds / Double(last.merchantDays) / (first.seconds / Double(first.merchantDays))
  }

  /// CPU seconds per merchant-day of the largest one-category run over the belt workload's
  /// wall seconds (model only, all cores).
  var oneCategoryToBelt: Double? {
    guard let last = oneCategory.last, let belt else { return nil }
    return last.seconds / Double(last.merchantDays) * belt.merchantDaysPerSecond
  }

  var bytesPerMerchant: Double? {
    guard let large = beltPeak, let small = smallBeltPeak, large.merchants > small.merchants
    else { return nil }
    return Double(large.bytes - small.bytes) / Double(large.merchants - small.merchants)
  }

  var csvRowsPerSecond: Double { Double(csvRows) / csvSeconds }
  var csvRowsPerCPUSecond: Double { Double(csvRows) / csvCPUSeconds }
}
