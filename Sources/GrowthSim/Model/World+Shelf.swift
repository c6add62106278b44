import Dispatch

extension World {
  /// An hour of search and mall traffic for every merchant (`MerchantWork.shelfHour`).
  mutating func shelfTick(hour: Int) {
    forEachMerchant { $0.shelfHour(hour) }
  }

  /// Runs `body` on every merchant, then queues the events it scheduled.
  ///
  /// For handlers in which merchants do not meet (day starts, shelf hours, day ends). With
  /// `merchantJobs` above one, contiguous ranges of at least 64 merchants run on several
  /// threads, each collecting the events its merchants schedule; the events are queued range
  /// by range, that is merchant by merchant, as one thread would queue them, so each keeps
  /// its sequence number and the run is the same.
  mutating func forEachMerchant(_ body: @Sendable (inout MerchantWork) -> Void) {
    let count = merchants.count
    let workers = max(1, min(merchantJobs, count / 64))
    let base = merchants.withUnsafeMutableBufferPointer { $0.baseAddress.unsafelyUnwrapped }
    let now = queue.now
    var pending = Array(repeating: [MerchantWork.Scheduled](), count: workers)
    pending.withUnsafeMutableBufferPointer { slots in
      let ranges = MerchantWork.Ranges(slots: slots, base: base, plan: planAddress)
      @Sendable func run(_ worker: Int) {
        var work = MerchantWork(plan: ranges.plan, now: now, index: 0, pointer: ranges.base)
        for index in (worker * count / workers)..<((worker + 1) * count / workers) {
          work.moveTo(index, at: ranges.base + index)
          body(&work)
        }
        ranges.slots[worker] = work.scheduled
      }
      if workers == 1 {
        run(0)
      } else {
        DispatchQueue.concurrentPerform(iterations: workers, execute: run)
      }
    }
    for events in pending {
      for scheduled in events { queue.schedule(scheduled.event, at: scheduled.time) }
    }
  }
}
