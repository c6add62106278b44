import Dispatch
import Synchronization

extension World {
  /// Runs `body` on every merchant, then queues the events it scheduled.
  ///
  /// For handlers in which merchants do not meet (day starts, shelf hours, day ends). With
  /// `merchantJobs` above one, contiguous ranges of at least 64 merchants run on several
  /// threads, each collecting the events its merchants schedule; the events are queued range
  /// by range, that is merchant by merchant, as one thread would queue them, so each keeps
  /// its sequence number and the run is the same.
  mutating func forEachMerchant(
    _ body: @Sendable (inout MerchantWork, inout MerchantState) -> Void
  ) {
    _ = mapMerchants(body)
  }

  /// `forEachMerchant` that returns what `body` returns for each merchant, in merchant order.
  mutating func mapMerchants<Row: Sendable>(
    _ body: @Sendable (inout MerchantWork, inout MerchantState) -> Row
  ) -> [Row] {
    let count = merchants.count
    let workers = max(1, min(merchantJobs, count / 64))
    let plan = plan
    let now = queue.now
    guard workers > 1 else {
      var work = MerchantWork(plan: plan, now: now, index: 0)
      var rows: [Row] = []
      rows.reserveCapacity(count)
      for index in 0..<count {
        work.index = index
        rows.append(body(&work, &merchants[index]))
      }
      for scheduled in work.scheduled { queue.schedule(scheduled.event, at: scheduled.time) }
      return rows
    }
    // Each thread takes its range of merchants out of a slot, works on it and puts it back
    // with its rows and events: no two threads share a value.
    var all: [MerchantState] = []
    swap(&all, &merchants)
    let ranges = (0..<workers).map { ($0 * count / workers)..<(($0 + 1) * count / workers) }
    let parts = Mutex(
      ranges.map { range in
        Optional(Part<Row>(first: range.lowerBound, states: Array(all[range])))
      })
    all.removeAll(keepingCapacity: true)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      guard var part = parts.withLock({ $0[worker].take() }) else {
        preconditionFailure("merchant range \(worker) was taken twice")
      }
      var work = MerchantWork(plan: plan, now: now, index: 0)
      part.rows.reserveCapacity(part.states.count)
      for offset in part.states.indices {
        work.index = part.first + offset
        part.rows.append(body(&work, &part.states[offset]))
      }
      part.scheduled = work.scheduled
      parts.withLock { $0[worker] = part }
    }
    var rows: [Row] = []
    rows.reserveCapacity(count)
    let finished = parts.withLock { parts in
      parts.map { part in
        guard let part else { preconditionFailure("a merchant range was never put back") }
        return part
      }
    }
    for part in finished {
      all.append(contentsOf: part.states)
      rows.append(contentsOf: part.rows)
      for scheduled in part.scheduled { queue.schedule(scheduled.event, at: scheduled.time) }
    }
    merchants = all
    return rows
  }
}

/// One thread's range of merchants in `World.mapMerchants`, and what it made of them.
private struct Part<Row: Sendable>: Sendable {
  let first: Int
  var states: [MerchantState]
  var rows: [Row] = []
  var scheduled: [MerchantWork.Scheduled] = []
}
