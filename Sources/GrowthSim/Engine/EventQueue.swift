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
///
/// The heap is 4-ary and holds 16-byte keys, `UInt128`s compared as single integers: the high
/// word is the time mapped to an order-preserving integer, the low word the sequence number
/// above the index of the event's slot in a side array. A node's four children are 64 bytes,
/// a cache line's worth (LaMarca and Ladner, "The influence of caches on the performance of
/// heaps", JEA 1996; the array is not line-aligned, so they may straddle two), and the least
/// of them is picked without data-dependent branches. A pop leaves
/// the root vacant until the next call: a schedule fills it with one sift down (a pop then a
/// push is one "replace the top"), anything else moves the last key there first. Slots are
/// reused, so steady scheduling allocates nothing.
public struct EventQueue<Event: Sendable>: Sendable {
  /// Bits of the low key word that hold the slot; the sequence number takes the rest.
  static var slotBits: UInt64 { 26 }

  private var heap: [UInt128] = []
  /// Payloads by slot; a freed slot keeps its stale event until it is reused.
  private var events: [Event] = []
  private var freeSlots: [UInt32] = []
  /// The slot the last pop or cancel freed, kept out of `freeSlots` so that a pop followed by
  /// a schedule touches no free list.
  private var spareSlot: UInt32?
  private var nextSequence: UInt64 = 0
  /// Whether `heap[0]` is vacant: popped, not yet refilled.
  private var rootIsVacant = false

  /// The time of the event popped last: the simulation clock, in minutes.
  public private(set) var now: Double = 0

  /// Creates an empty queue whose clock stands at `start`.
  public init(start: Double = 0) {
    precondition(start.isFinite, "the start time must be finite, got \(start)")
    now = start
  }

  /// The number of pending events.
  public var count: Int { rootIsVacant ? heap.count - 1 : heap.count }

  /// Whether no event is pending.
  public var isEmpty: Bool { count == 0 }

  /// The time of the earliest pending event, or `nil` when none is pending.
  public var nextTime: Double? {
    // Below a vacant root, the earliest key is one of the root's children.
    let earliest = rootIsVacant ? heap.dropFirst().prefix(4).min() : heap.first
    return earliest.map { Self.time(of: $0) }
  }

  /// Schedules `event` to happen at `time`.
  ///
  /// - Precondition: `time` is finite and not before `now`.
  /// - Returns: a token for `cancel(_:)`.
  /// - Complexity: O(log n).
  @discardableResult
  public mutating func schedule(_ event: Event, at time: Double) -> EventToken {
    precondition(time.isFinite, "cannot schedule an event at non-finite time \(time)")
    precondition(time >= now, "cannot schedule an event at \(time), before the clock \(now)")
    precondition(nextSequence < 1 << (64 - Self.slotBits), "more events than the queue numbers")
    let slot: UInt32
    if let spare = spareSlot {
      slot = spare
      spareSlot = nil
      events[Int(spare)] = event
    } else if let free = freeSlots.popLast() {
      slot = free
      events[Int(free)] = event
    } else {
      precondition(events.count < 1 << Self.slotBits, "more pending events than the queue holds")
      slot = UInt32(events.count)
      events.append(event)
    }
    let token = EventToken(sequence: nextSequence)
    let key =
      UInt128(Self.orderedBits(time)) << 64
      | UInt128(nextSequence << Self.slotBits | UInt64(slot))
    nextSequence += 1
    if rootIsVacant {
      rootIsVacant = false
      siftDown(key, from: 0)
    } else {
      heap.append(key)
      siftUp(key, from: heap.count - 1)
    }
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
    fillVacantRoot()
    guard
      let index = heap.firstIndex(where: {
        UInt64(truncatingIfNeeded: $0) >> Self.slotBits == token.sequence
      })
    else {
      return false
    }
    _ = release(heap[index])
    let last = heap.removeLast()
    if index < heap.count {
      siftDown(last, from: index)
      siftUp(heap[index], from: index)
    }
    return true
  }

  /// Removes the earliest event and advances the clock to its time.
  ///
  /// - Complexity: O(log n).
  public mutating func popNext() -> (time: Double, event: Event)? {
    fillVacantRoot()
    guard let first = heap.first else { return nil }
    rootIsVacant = true
    now = Self.time(of: first)
    return (now, release(first))
  }

  /// Moves the last key into a vacant root and sifts it down.
  private mutating func fillVacantRoot() {
    guard rootIsVacant else { return }
    rootIsVacant = false
    let last = heap.removeLast()
    if !heap.isEmpty { siftDown(last, from: 0) }
  }

  /// Removes the earliest event if it happens at or before `limit`.
  ///
  /// - Returns: the event, or `nil` when the queue is empty or the next event is later; in
  ///   that case the clock moves to `limit` (if it is later than `now`).
  public mutating func popNext(through limit: Double) -> (time: Double, event: Event)? {
    if let time = nextTime, time <= limit { return popNext() }
    if limit > now { now = limit }
    return nil
  }

  /// Takes the event out of the slot `key` names and frees the slot.
  private mutating func release(_ key: UInt128) -> Event {
    let slot = UInt32(
      truncatingIfNeeded: UInt64(truncatingIfNeeded: key) & (1 << Self.slotBits - 1))
    if let spare = spareSlot { freeSlots.append(spare) }
    spareSlot = slot
    return events[Int(slot)]
  }

  /// A finite double as an unsigned integer of the same order: flip every bit of a negative
  /// number, only the sign bit of a positive one (−0 counts as +0, as `==` has it).
  static func orderedBits(_ time: Double) -> UInt64 {
    let bits = (time + 0).bitPattern
    return bits >> 63 == 1 ? ~bits : bits | 1 << 63
  }

  /// The time a key was scheduled at: `orderedBits` inverted.
  static func time(of key: UInt128) -> Double {
    let bits = UInt64(truncatingIfNeeded: key >> 64)
    return Double(bitPattern: bits >> 63 == 1 ? bits & ~(1 << 63) : ~bits)
  }

  /// Moves the hole at `start` up until `key` fits, and puts it there.
  ///
  /// Unsafe, within this call only: indices stay in `0..<count` by construction (a parent or
  /// a child checked against `count`), and unchecked access with the 4-ary layout took a
  /// hold from 519 to 360 instructions at Q = 300 (docs/performance.md, "Event queue").
  private mutating func siftUp(_ key: UInt128, from start: Int) {
    heap.withUnsafeMutableBufferPointer { buffer in
      guard let heap = buffer.baseAddress else { return }
      var child = start
      while child > 0 {
        let parent = (child &- 1) >> 2
        let above = heap[parent]
        guard key < above else { break }
        heap[child] = above
        child = parent
      }
      heap[child] = key
    }
  }

  /// Moves the hole at `start` down, each step to its least child, until `key` fits.
  ///
  /// Unsafe within this call only, as `siftUp`.
  private mutating func siftDown(_ key: UInt128, from start: Int) {
    heap.withUnsafeMutableBufferPointer { buffer in
      guard let heap = buffer.baseAddress else { return }
      let count = buffer.count
      var parent = start
      // Wrapping arithmetic: indices stay below `count`, so they cannot overflow.
      while true {
        let first = parent &* 4 &+ 1
        var least = first
        if first &+ 3 < count {
          // All four children: pick the least without branches on the data.
          let a = heap[first] < heap[first &+ 1] ? first : first &+ 1
          let b = heap[first &+ 2] < heap[first &+ 3] ? first &+ 2 : first &+ 3
          least = heap[a] < heap[b] ? a : b
        } else if first < count {
          for child in first &+ 1..<count where heap[child] < heap[least] { least = child }
        } else {
          break
        }
        let candidate = heap[least]
        guard candidate < key else { break }
        heap[parent] = candidate
        parent = least
      }
      heap[parent] = key
    }
  }
}
