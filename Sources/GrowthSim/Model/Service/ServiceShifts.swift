/// The agents' shifts over the service hours (issue #14): an agent works `shiftHours` of them,
/// so a small pool leaves hours nobody covers.
///
/// The layout is a merchant's plain rule, laid each day from the hourly chat rates: each agent
/// in turn takes the shift of whole hours that covers the most chats nobody covers yet, and
/// when every hour is covered the shift with the most chats per agent on duty
/// (Σ λ_h / (n_h + 1)); the earliest such shift on a tie. A lone agent so takes the busiest
/// hours (the evening on the default profile); two 8-hour agents cover 15 hours.
///
/// Without shifts (the default) nothing is laid and no array is made: the layout is laid
/// for every merchant-day and every pool `agentsNeeded` tries, so its arrays were a tenth
/// of the belt's service cost.
struct ServiceShifts: Equatable {
  /// The first hour of each laid shift, in the order laid; empty when every agent covers
  /// every hour (`starts` is then the opening hour for each agent).
  private let laidStarts: [Int]
  /// The pool and the opening hour, for the layout without shifts.
  private let agents: Int
  private let openHour: Int
  /// The hours of one shift.
  let length: Int
  /// The agents on duty in each clock hour (0…23).
  let onDuty: AgentsOnDuty
  /// The end of the latest shift: its agents stay to clear the backlog, as the whole pool
  /// does after closing without shifts.
  let lastEnd: Int

  /// Whether every agent works every service hour (no shifts): the layout of
  /// `shiftHours` ≥ the service hours.
  let coversEveryHour: Bool

  /// The first hour (0…24) of each agent's shift, in the order laid.
  var starts: [Int] {
    coversEveryHour ? Array(repeating: openHour, count: agents) : laidStarts
  }

  /// Lays `agents` shifts of `shiftHours` over `openHour..<closeHour` by the rule above.
  init(agents: Int, shiftHours: Int, ratePerHour: [Double], openHour: Int, closeHour: Int) {
    let span = closeHour - openHour
    let length = min(max(1, shiftHours), max(1, span))
    self.length = length
    self.agents = agents
    self.openHour = openHour
    coversEveryHour = shiftHours >= span
    if coversEveryHour {
      // Every agent from opening to the end of the one shift, and on after it.
      laidStarts = []
      lastEnd = openHour + length
      onDuty = AgentsOnDuty(agents: agents, from: openHour, until: closeHour, again: lastEnd)
      return
    }
    var onDuty = Array(repeating: 0, count: 24)
    var starts: [Int] = []
    for _ in 0..<agents {
      var best = (start: openHour, uncovered: -1.0, shared: -1.0)
      for start in openHour...(closeHour - length) {
        var uncovered = 0.0
        var shared = 0.0
        for hour in start..<(start + length) {
          if onDuty[hour] == 0 { uncovered += ratePerHour[hour] }
          shared += ratePerHour[hour] / Double(onDuty[hour] + 1)
        }
        if uncovered > best.uncovered || (uncovered == best.uncovered && shared > best.shared) {
          best = (start, uncovered, shared)
        }
      }
      starts.append(best.start)
      for hour in best.start..<(best.start + length) { onDuty[hour] += 1 }
    }
    let lastEnd = (starts.max() ?? openHour) + length
    // After the latest shift's end its agents go on serving: the backlog, and any chat that
    // arrives before closing.
    let staying = starts.filter { $0 + length == lastEnd }.count
    for hour in lastEnd..<24 { onDuty[hour] = staying }
    laidStarts = starts
    self.onDuty = AgentsOnDuty(byHour: onDuty)
    self.lastEnd = lastEnd
  }

  /// Minutes until a fluid backlog standing at `minute` is served.
  ///
  /// Each hour serves at its agents' capacity (`chatsPerAgent` slots of `handlingMinutes`
  /// each): FIFO, the last ticket of the backlog waits this long. With every agent on every
  /// hour, backlog / capacity.
  func clearance(
    _ backlog: Double, from minute: Double, chatsPerAgent: Int, handlingMinutes: Double
  ) -> Double {
    var left = backlog
    var time = minute
    while left > 0 {
      let hour = min(23, Int(time / 60))
      let rate = Double(onDuty[hour] * chatsPerAgent) / handlingMinutes
      let end = hour == 23 ? Double.infinity : Double(hour + 1) * 60
      if rate > 0 && rate * (end - time) >= left { return time + left / rate - minute }
      guard end.isFinite else { return .infinity }
      left -= rate * (end - time)
      time = end
    }
    return time - minute
  }

  /// The minute agent `agent`'s shift starts and the minute it stops taking new chats
  /// (infinity for the latest shift, whose agents clear the backlog).
  func window(of agent: Int) -> (from: Double, until: Double) {
    let end = starts[agent] + length
    return (Double(starts[agent]) * 60, end >= lastEnd ? .infinity : Double(end) * 60)
  }
}

/// The agents on duty in each clock hour: an array of 24 with shifts; without them the whole
/// pool in the hours it covers, worked out without an array.
struct AgentsOnDuty: Equatable {
  /// The count of each hour; empty without shifts.
  private let byHour: [Int]
  /// Without shifts: the pool, on duty in `from..<until` and from `again` on.
  private let agents: Int
  private let from: Int
  private let until: Int
  private let again: Int

  /// The counts of a laid layout, 24 entries.
  init(byHour: [Int]) {
    self.byHour = byHour
    (agents, from, until, again) = (0, 0, 0, 0)
  }

  /// The whole pool in `from..<until` and from `again` (≥ `until`) on.
  init(agents: Int, from: Int, until: Int, again: Int) {
    byHour = []
    (self.agents, self.from, self.until, self.again) = (agents, from, until, again)
  }

  /// The agents on duty in clock hour `hour` (0…23).
  subscript(hour: Int) -> Int {
    if !byHour.isEmpty { return byHour[hour] }
    return hour >= from && (hour < until || hour >= again) ? agents : 0
  }
}

/// The chat slots of agents on shifts, a binary min-heap by the minute each is free: a slot
/// takes no chat that would start after its shift (`until`); the latest shift's never expire.
struct ShiftSlots {
  private var slots: [(free: Double, until: Double)] = []

  /// Every agent's `chatsPerAgent` slots, each free from its shift's start.
  init(_ shifts: ServiceShifts, chatsPerAgent: Int) {
    for agent in shifts.starts.indices {
      let window = shifts.window(of: agent)
      for _ in 0..<chatsPerAgent { slots.append((window.from, window.until)) }
    }
    slots.sort { $0.free < $1.free }  // a sorted array is a heap
  }

  /// Starts a chat arriving at `arrival` on the slot free first whose shift takes it, holds
  /// that slot `handling` minutes, and returns the chat's wait.
  mutating func take(arrival: Double, handling: Double) -> Double {
    while true {
      let start = max(arrival, slots[0].free)
      if start >= slots[0].until {
        // The slot's shift is over: it leaves the pool.
        slots.swapAt(0, slots.count - 1)
        slots.removeLast()
        siftDown()
        continue
      }
      slots[0].free = start + handling
      siftDown()
      return start - arrival
    }
  }

  private mutating func siftDown() {
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < slots.count else { return }
      let right = left + 1
      let smaller = right < slots.count && slots[right].free < slots[left].free ? right : left
      guard slots[smaller].free < slots[parent].free else { return }
      slots.swapAt(smaller, parent)
      parent = smaller
    }
  }
}
