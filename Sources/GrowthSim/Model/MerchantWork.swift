/// One merchant's part of an event: what the handlers that touch no other merchant need.
///
/// Its state in place, the plan, the clock, and the events it schedules, kept in order for
/// the world to queue afterwards. Day starts and ends, shelf hours and sales run on it; that
/// lets the first three run for many merchants on several threads
/// (`World.forEachMerchant`) while the queue still receives their events merchant by
/// merchant.
struct MerchantWork {
  /// An event to queue at `time`.
  struct Scheduled {
    var event: ModelEvent
    var time: Double
  }

  /// The plan, at an address that outlives every work (`World.simulate` owns it): reading
  /// through an address projects fields in place, where a copy of the plan would retain
  /// its twenty arrays per sale.
  private let planAddress: UnsafePointer<ResolvedScenario>
  var plan: ResolvedScenario {
    unsafeAddress { planAddress }
  }
  /// The time of the event being handled, in minutes.
  let now: Double
  /// The merchant, and where its state lives (in the world's array, which neither grows
  /// nor moves while a handler runs).
  private(set) var index: Int
  private var pointer: UnsafeMutablePointer<MerchantState>
  /// The events scheduled so far, in order.
  var scheduled: [Scheduled] = []

  init(
    plan: UnsafePointer<ResolvedScenario>, now: Double, index: Int,
    pointer: UnsafeMutablePointer<MerchantState>
  ) {
    planAddress = plan
    self.now = now
    self.index = index
    self.pointer = pointer
  }

  /// The merchant's state, read and written in place.
  var state: MerchantState {
    unsafeAddress { UnsafePointer(pointer) }
    unsafeMutableAddress { pointer }
  }

  /// Moves on to merchant `index`, keeping the events scheduled so far.
  mutating func moveTo(_ index: Int, at pointer: UnsafeMutablePointer<MerchantState>) {
    self.index = index
    self.pointer = pointer
  }

  /// Schedules `event` at `time` (queued by the world when the work is done).
  mutating func schedule(_ event: ModelEvent, at time: Double) {
    scheduled.append(Scheduled(event: event, time: time))
  }

  /// The merchants' states and one result slot per thread, handed to the threads of
  /// `World.forEachMerchant`: each thread writes only its own merchants and its own slot.
  struct Ranges: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<[Scheduled]>
    let base: UnsafeMutablePointer<MerchantState>
    let plan: UnsafePointer<ResolvedScenario>
  }

  /// The day's rows, one slot per merchant, for the threads of a day end.
  struct Rows: @unchecked Sendable {
    let base: UnsafeMutablePointer<DayRecord>
  }
}

extension World {
  /// Runs `body` on merchant `index` and queues the events it scheduled, in order.
  mutating func work<Result>(on index: Int, _ body: (inout MerchantWork) -> Result) -> Result {
    precondition(merchants.indices.contains(index), "no merchant \(index)")
    // The address outlives the closure: nothing resizes `merchants` while `body` runs.
    let base = merchants.withUnsafeMutableBufferPointer { $0.baseAddress.unsafelyUnwrapped }
    var work = MerchantWork(
      plan: planAddress, now: queue.now, index: index, pointer: base + index)
    swap(&work.scheduled, &spareEvents)
    let result = body(&work)
    for scheduled in work.scheduled { queue.schedule(scheduled.event, at: scheduled.time) }
    work.scheduled.removeAll(keepingCapacity: true)
    swap(&work.scheduled, &spareEvents)
    return result
  }
}
