#if canImport(Glibc)
  import Glibc
#endif

/// Every replication's `daily.csv` values, kept on disk until the run ends, for statistics
/// across replications (`daily_stats.csv`).
///
/// A value of (replication, series, day, metric) sits at a fixed place: replication by
/// replication, series by series (the merchants, then their sum), day by day, metric by
/// metric, as 8-byte doubles. So replications running in parallel write disjoint ranges in
/// any order, and a series' days of every replication are read back in a few contiguous
/// reads. The file is unlinked as soon as it is opened (nothing is left behind, even after
/// a crash); it takes replications × series × days × metrics × 8 bytes of disk.
///
/// Checked `Sendable` (every stored property is a `let`): threads share only the descriptor,
/// and `pwrite`/`pread` at disjoint offsets need no lock.
final class DailyValueFile: Sendable {
  let replications: Int
  let series: Int
  let days: Int
  let metrics: Int
  private let path: String
  private let descriptor: Int32

  /// A scratch file beside `path` (the `daily_stats.csv` it feeds).
  init(beside path: String, replications: Int, series: Int, days: Int, metrics: Int)
    throws(FileError)
  {
    self.replications = replications
    self.series = series
    self.days = days
    self.metrics = metrics
    // A `Temporary`, unlinked at once: nothing is left behind, even after a crash.
    (self.path, descriptor) = try Temporary.create(beside: path)
    unlink(self.path)
  }

  deinit { close(descriptor) }

  /// Where the value of `day`'s first metric starts.
  private func offset(_ replication: Int, _ series: Int, _ day: Int) -> Int {
    ((replication * self.series + series) * days + day) * metrics * 8
  }

  /// Writes consecutive days of one series, metric by metric, from `firstDay` on.
  func write(
    _ values: ArraySlice<Double>, replication: Int, series: Int, firstDay: Int
  ) throws(FileError) {
    var done = 0
    let total = values.count * 8
    let start = offset(replication, series, firstDay)
    while done < total {
      let count = values.withUnsafeBytes {
        pwrite(
          descriptor, UnsafeRawBufferPointer(rebasing: $0[done...]).baseAddress, total - done,
          off_t(start + done))
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path, errno: errno)
      }
      done += count
    }
  }

  /// Reads `days` of one series of one replication, day by day, metric by metric.
  func read(replication: Int, series: Int, days: Range<Int>) throws(FileError) -> [Double] {
    var values = [Double](repeating: .nan, count: days.count * metrics)
    var done = 0
    let total = values.count * 8
    let start = offset(replication, series, days.lowerBound)
    while done < total {
      let count = values.withUnsafeMutableBytes {
        pread(
          descriptor, UnsafeMutableRawBufferPointer(rebasing: $0[done...]).baseAddress,
          total - done, off_t(start + done))
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path, errno: errno)
      }
      guard count > 0 else { throw FileError(path, "ended early") }
      done += count
    }
    return values
  }
}
