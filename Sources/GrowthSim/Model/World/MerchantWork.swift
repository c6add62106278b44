/// One merchant's part of an event: what the handlers that touch no other merchant need
/// besides the merchant's state, which they receive `inout` beside it.
///
/// The plan, the clock, the merchant's index, and the events it schedules, kept in order for
/// the world to queue afterwards. Day starts and ends, shelf hours, live ticks, talent
/// sessions and sales run on it; that lets the first three run for many merchants on several
/// threads (`World.forEachMerchant`) while the queue still receives their events merchant by
/// merchant.
struct MerchantWork {
  /// An event to queue at `time`.
  struct Scheduled {
    var event: ModelEvent
    var time: Double
  }

  /// The run's plan, shared read-only.
  let plan: ResolvedScenario
  /// The time of the event being handled, in minutes.
  let now: Double
  /// The merchant being worked on.
  var index: Int
  /// The events scheduled so far, in order.
  var scheduled: [Scheduled] = []

  /// Schedules `event` at `time` (queued by the world when the work is done).
  mutating func schedule(_ event: ModelEvent, at time: Double) {
    scheduled.append(Scheduled(event: event, time: time))
  }
}

extension World {
  /// The one way a handler touches merchant `index`: `body` gets the work and the merchant's
  /// state in place (no copy), and the events it scheduled are queued afterwards, in order.
  @discardableResult
  mutating func work<Result>(
    on index: Int, _ body: (inout MerchantWork, inout MerchantState) -> Result
  ) -> Result {
    precondition(merchants.indices.contains(index), "no merchant \(index)")
    var work = MerchantWork(plan: plan, now: queue.now, index: index)
    // Reuse one buffer, so scheduling from a sale allocates nothing.
    swap(&work.scheduled, &spareEvents)
    let result = body(&work, &merchants[index])
    if !work.scheduled.isEmpty {
      for scheduled in work.scheduled { queue.schedule(scheduled.event, at: scheduled.time) }
      // Emptied from the end, keeping the capacity: `removeAll(keepingCapacity:)` goes
      // through `replaceSubrange`, 50 to 90 instructions for each of 1.4 million handlers.
      while work.scheduled.popLast() != nil {}
    }
    swap(&work.scheduled, &spareEvents)
    return result
  }
}
