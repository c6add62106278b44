import Dispatch

extension World {
  /// An hour of search and mall traffic for every merchant (`MerchantWork.shelfHour`).
  ///
  /// Merchants do not meet in the shelf: with `merchantJobs` above one, contiguous ranges of
  /// merchants run on several threads, each collecting the events its merchants schedule,
  /// and the events are queued range by range, that is merchant by merchant, as one thread
  /// would have queued them: the same sequence numbers, so the same run.
  mutating func shelfTick(hour: Int) {
    let count = merchants.count
    // Below 64 merchants a thread's share is not worth waking it.
    let workers = max(1, min(merchantJobs, count / 64))
    let base = merchants.withUnsafeMutableBufferPointer { $0.baseAddress.unsafelyUnwrapped }
    let now = queue.now
    var pending = Array(repeating: [MerchantWork.Scheduled](), count: workers)
    pending.withUnsafeMutableBufferPointer { slots in
      let ranges = MerchantWork.Ranges(slots: slots, base: base, plan: planAddress)
      let run: @Sendable (Int) -> Void = { worker in
        var work = MerchantWork(plan: ranges.plan, now: now, index: 0, pointer: ranges.base)
        for index in (worker * count / workers)..<((worker + 1) * count / workers) {
          work.moveTo(index, at: ranges.base + index)
          work.shelfHour(hour)
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
