/// What `growthsim bench` reads from the clock, the kernel and the disk: the command passes
/// the system's, since the library reads none of them itself (its results depend on the
/// scenario and seed alone).
public protocol BenchProbe {
  /// Processor cores the parallel workloads use.
  var cores: Int { get }
  /// Seconds `body` takes on the monotonic clock.
  func seconds(_ body: () -> Void) -> Double
  /// CPU seconds the calling thread has run.
  func threadCPUSeconds() -> Double
  /// CPU seconds every thread of the process has run: a whole run's cost, which other
  /// processes on a shared machine do not inflate as they do its wall time.
  func processCPUSeconds() -> Double
  /// The process's peak resident set in bytes.
  func peakResidentBytes() -> Int
  /// Resets the peak resident set to the current one; `false` where that is not possible.
  func resetPeakResident() -> Bool
  /// The one-minute load average, or `nil` where there is none.
  func loadAverage() -> Double?
  /// A new scratch folder's path for a run's files (one of its own: benches in one process,
  /// as in the tests, run side by side).
  func scratchFolder() -> String
  /// Removes a scratch folder and what it holds.
  func removeScratch(_ folder: String)
}

extension BenchProbe {
  /// The median of `runs` timings of `body` (each run its own measurement).
  func medianSeconds(runs: Int, _ body: () -> Void) -> Double {
    BenchMeasurement.median((0..<max(1, runs)).map { _ in seconds(body) })
  }

  /// The medians of `runs` timings of a single-threaded `body`: wall seconds, and seconds the
  /// thread was on a CPU, which time slices lost to other processes on a shared machine do
  /// not inflate.
  func medianWallAndCPUSeconds(runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<max(1, runs) {
      let cpuStart = threadCPUSeconds()
      walls.append(seconds(body))
      cpus.append(threadCPUSeconds() - cpuStart)
    }
    return (BenchMeasurement.median(walls), BenchMeasurement.median(cpus))
  }
}

extension BenchMeasurement {
  /// The middle value (the mean of the two middle ones for an even count); NaN for none.
  public static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
