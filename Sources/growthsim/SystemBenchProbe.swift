import Foundation
import GrowthSim

/// What `growthsim bench` reads from the clock, the kernel (`/proc`, `clock_gettime`,
/// `getrusage`) and the disk on this system.
struct SystemBenchProbe: BenchProbe {
  var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Seconds `body` takes on the monotonic clock.
  func seconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let elapsed = clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  /// CPU seconds every thread of the process has run: a whole run's cost, which other
  /// processes on a shared machine do not inflate as they do its wall time.
  func processCPUSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return .nan }
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// CPU seconds the calling thread has run.
  func threadCPUSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return .nan }
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// The process's peak resident set in bytes: `VmHWM` of /proc/self/status, else
  /// `getrusage`'s `ru_maxrss` (kilobytes on Linux).
  func peakResidentBytes() -> Int {
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
  func resetPeakResident() -> Bool {
    let descriptor = open("/proc/self/clear_refs", O_WRONLY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return write(descriptor, "5", 1) == 1
  }

  /// The one-minute load average, or `nil` off Linux.
  func loadAverage() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
      return nil
    }
    return text.split(separator: " ").first.flatMap { Double($0) }
  }

  private func statusKilobytes(_ key: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(key) {
      return line.dropFirst(key.count).split(separator: " ").first.flatMap { Int($0) }
    }
    return nil
  }

  /// A folder of the system's temporary directory, named by a new UUID.
  func scratchFolder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "growthsim-bench-\(UUID().uuidString)"
    ).path
  }

  func removeScratch(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }
}
