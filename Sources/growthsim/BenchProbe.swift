import Foundation

/// What `growthsim bench` reads from the clock and the kernel.
enum BenchProbe {
  /// Seconds `body` takes on the monotonic clock.
  static func seconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  /// The median of `runs` timings of `body` (each run its own measurement).
  static func medianSeconds(runs: Int, _ body: () -> Void) -> Double {
    median((0..<max(1, runs)).map { _ in seconds(body) })
  }

  /// The medians of `runs` timings of a single-threaded `body`: wall seconds, and seconds the
  /// thread was on a CPU (`CLOCK_THREAD_CPUTIME_ID`), which time slices lost to other
  /// processes on a shared machine do not inflate.
  static func medianWallAndCPUSeconds(runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double)
  {
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<max(1, runs) {
      let cpuStart = threadCPUSeconds()
      walls.append(seconds(body))
      cpus.append(threadCPUSeconds() - cpuStart)
    }
    return (median(walls), median(cpus))
  }

  /// CPU seconds every thread of the process has run: a whole run's cost, which other
  /// processes on a shared machine do not inflate as they do its wall time.
  static func processCPUSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return .nan }
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// CPU seconds the calling thread has run.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return .nan }
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The process's peak resident set in bytes: `VmHWM` of /proc/self/status, else
  /// `getrusage`'s `ru_maxrss` (kilobytes on Linux).
  static func peakResidentBytes() -> Int {
    if let kilobytes = statusKilobytes("VmHWM:") { return kilobytes * 1024 }
    var usage = rusage()
    #if canImport(Glibc)
      let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    return Int(usage.ru_maxrss) * 1024
  }

  /// Resets the peak resident set to the current one (Linux ≥ 4.0: writing 5 to
  /// /proc/self/clear_refs); `false` where that is not possible.
  static func resetPeakResident() -> Bool {
    let descriptor = open("/proc/self/clear_refs", O_WRONLY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return write(descriptor, "5", 1) == 1
  }

  /// The one-minute load average, or `nil` off Linux.
  static func loadAverage() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
      return nil
    }
    return text.split(separator: " ").first.flatMap { Double($0) }
  }

  private static func statusKilobytes(_ key: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(key) {
      return line.dropFirst(key.count).split(separator: " ").first.flatMap { Int($0) }
    }
    return nil
  }
}
