import Foundation
import Synchronization

/// Turns a replication's days into `daily.csv` (or `daily_long.csv`) rows in a `DailySpool`,
/// on the simulating thread or on a thread of its own.
///
/// Encoding the rows costs about half as much as simulating them, so a run with a core to
/// spare (one belt replication on two cores) hands each day over and simulates the next
/// while this one is written: within-run parallelism whose bytes cannot differ, because the
/// same rows are encoded in the same order either way. At most `capacity` days wait.
///
/// Checked `Sendable`: the days waiting live in a `Mutex` beside the condition that makes the
/// two threads wait for each other (every change is made with the condition locked too), and
/// the encoding thread's buffers in a `Mutex` of their own, taken once per day and
/// uncontended (`finish` waits for the thread on `finished` before it reads them). Paired belt
/// runs measured 0.97–1.02× the CPU time of the former unchecked class (docs/performance.md).
final class DailyEncoder: Sendable {
  /// Appends a day's rows to a writer and where each merchant's rows end
  /// (`DailyTable.write(day:…)`).
  typealias Rows =
    @Sendable (
      _ day: Int, _ records: [DayRecord], _ replication: Int, _ seed: UInt64, _ scenario: Scenario,
      _ writer: inout CSVWriter, _ rowEnds: inout [Int]
    ) -> Void

  private let spool: DailySpool
  private let rows: Rows
  private let scenario: Scenario
  private let replication: Int
  private let seed: UInt64
  /// The encoding thread's row ends (reused day to day) and its first failure.
  private let encoding = Mutex<(rowEnds: [Int], failure: FileError?)>(([], nil))
  /// The hand-over to the encoding thread (unused when encoding inline).
  private let condition = NSCondition()
  private let queue = Mutex<(waiting: [(day: Int, records: [DayRecord])], isClosed: Bool)>(
    ([], false))
  private let capacity = 4
  private let finished = DispatchSemaphore(value: 0)
  private let isBackground: Bool

  init(
    spool: DailySpool, scenario: Scenario, replication: Int, seed: UInt64, inBackground: Bool,
    rows: @escaping Rows = DailyTable.write
  ) {
    self.spool = spool
    self.rows = rows
    self.scenario = scenario
    self.replication = replication
    self.seed = seed
    isBackground = inBackground
    if inBackground {
      let thread = Thread { [self] in
        while let (day, records) = next() { encode(day, records) }
        finished.signal()
      }
      thread.start()
    }
  }

  /// Adds the rows of `day` (every merchant's, in scenario order).
  func add(day: Int, records: [DayRecord]) {
    guard isBackground else { return encode(day, records) }
    condition.lock()
    while queue.withLock({ $0.waiting.count >= capacity }) { condition.wait() }
    // The array is shared, not copied: the world's next day writes to a new buffer.
    queue.withLock { $0.waiting.append((day, records)) }
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for every day to be encoded; the spool then holds them all.
  func finish() throws(FileError) -> DailySpool {
    if isBackground {
      condition.lock()
      queue.withLock { $0.isClosed = true }
      condition.broadcast()
      condition.unlock()
      finished.wait()
    }
    if let failure = encoding.withLock({ $0.failure }) { throw failure }
    return spool
  }

  private func next() -> (Int, [DayRecord])? {
    condition.lock()
    defer { condition.unlock() }
    while queue.withLock({ $0.waiting.isEmpty && !$0.isClosed }) { condition.wait() }
    let first = queue.withLock { $0.waiting.isEmpty ? nil : $0.waiting.removeFirst() }
    if first != nil { condition.broadcast() }
    return first
  }

  private func encode(_ day: Int, _ records: [DayRecord]) {
    encoding.withLock { encoding in
      guard encoding.failure == nil else { return }
      var writer = CSVWriter()
      encoding.rowEnds.removeAll(keepingCapacity: true)
      rows(day, records, replication, seed, scenario, &writer, &encoding.rowEnds)
      do throws(FileError) {
        try spool.append(day: writer.bytes, rowEnds: encoding.rowEnds)
      } catch {
        encoding.failure = error
      }
    }
  }
}
