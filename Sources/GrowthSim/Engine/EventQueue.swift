/// A handle to a scheduled event, used to cancel it.
public struct EventToken: Hashable, Sendable {
  /// The sequence number the queue assigned when the event was scheduled.
  public let sequence: UInt64
}

/// A future-event list ordered by (time, sequence number assigned at scheduling).
///
/// Simultaneous events come out in the order they were scheduled (SimPy's `eid`, NIO's
/// `insertOrder`), so ties resolve the same way on every run. Time is in minutes from the
/// start of the simulation. Events are plain values: no closures sit in the queue.
public struct EventQueue<Event: Sendable>: Sendable {
  @usableFromInline
  struct Entry: Sendable {
    @usableFromInline var time: Double
    @usableFromInline var sequence: UInt64
    @usableFromInline var event: Event

    @inlinable
    func precedes(_ other: Entry) -> Bool {
      time < other.time || (time == other.time && sequence < other.sequence)
    }
  }

  @usableFromInline var heap: [Entry] = []
  @usableFromInline var nextSequence: UInt64 = 0

  /// The time of the event popped last: the simulation clock, in minutes.
  public private(set) var now: Double = 0

  /// Creates an empty queue whose clock stands at `start`.
  public init(start: Double = 0) {
    precondition(start.isFinite, "the start time must be finite, got \(start)")
    now = start
  }

  /// The number of pending events.
  public var count: Int { heap.count }

  /// Whether no event is pending.
  public var isEmpty: Bool { heap.isEmpty }

  /// The time of the earliest pending event, or `nil` when none is pending.
  public var nextTime: Double? { heap.first?.time }

  /// Schedules `event` to happen at `time`.
  ///
  /// - Precondition: `time` is finite and not before `now`.
  /// - Returns: a token for `cancel(_:)`.
  /// - Complexity: O(log n).
  @discardableResult
  public mutating func schedule(_ event: Event, at time: Double) -> EventToken {
    precondition(time.isFinite, "cannot schedule an event at non-finite time \(time)")
    precondition(time >= now, "cannot schedule an event at \(time), before the clock \(now)")
    let token = EventToken(sequence: nextSequence)
    heap.append(Entry(time: time, sequence: nextSequence, event: event))
    nextSequence += 1
    siftUp(heap.count - 1)
    return token
  }

  /// Schedules `event` to happen `delay` minutes from now.
  @discardableResult
  public mutating func schedule(_ event: Event, after delay: Double) -> EventToken {
    precondition(delay >= 0, "cannot schedule an event with negative delay \(delay)")
    return schedule(event, at: now + delay)
  }

  /// Removes a pending event.
  ///
  /// - Returns: `true` if the event was pending, `false` if it had already happened or been
  ///   cancelled.
  /// - Complexity: O(n): cancellation is rare, so the heap keeps no index.
  @discardableResult
  public mutating func cancel(_ token: EventToken) -> Bool {
    guard let index = heap.firstIndex(where: { $0.sequence == token.sequence }) else {
      return false
    }
    let last = heap.removeLast()
    if index < heap.count {
      heap[index] = last
      siftDown(index)
      siftUp(index)
    }
    return true
  }

  /// Removes the earliest event and advances the clock to its time.
  ///
  /// - Complexity: O(log n).
  public mutating func popNext() -> (time: Double, event: Event)? {
    guard let first = heap.first else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      siftDown(0)
    }
    now = first.time
    return (first.time, first.event)
  }

  /// Removes the earliest event if it happens at or before `limit`.
  ///
  /// - Returns: the event, or `nil` when the queue is empty or the next event is later; in
  ///   that case the clock moves to `limit` (if it is later than `now`).
  public mutating func popNext(through limit: Double) -> (time: Double, event: Event)? {
    if let time = heap.first?.time, time <= limit { return popNext() }
    if limit > now { now = limit }
    return nil
  }

  @inlinable
  mutating func siftUp(_ start: Int) {
    var child = start
    let entry = heap[child]
    while child > 0 {
      let parent = (child - 1) / 2
      guard entry.precedes(heap[parent]) else { break }
      heap[child] = heap[parent]
      child = parent
    }
    heap[child] = entry
  }

  @inlinable
  mutating func siftDown(_ start: Int) {
    var parent = start
    let entry = heap[parent]
    let count = heap.count
    while true {
      var child = 2 * parent + 1
      guard child < count else { break }
      if child + 1 < count, heap[child + 1].precedes(heap[child]) { child += 1 }
      guard heap[child].precedes(entry) else { break }
      heap[parent] = heap[child]
      parent = child
    }
    heap[parent] = entry
  }
}
