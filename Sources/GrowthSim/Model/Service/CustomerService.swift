import Foundation

/// How long an agent spends on one ticket once they start on it.
public enum HandlingTime: Sendable, Equatable {
  /// Exponential with the given mean in minutes: the M/M/c assumption behind Erlang C.
  case exponential(meanMinutes: Double)
  /// Log-normal with the given mean in minutes and coefficient of variation (sd / mean).
  ///
  /// Real handling times are right-skewed but rarely memoryless; a cv of 0 is deterministic.
  case logNormal(meanMinutes: Double, cv: Double)

  /// The mean handling time in minutes.
  public var meanMinutes: Double {
    switch self {
    case .exponential(let mean), .logNormal(let mean, _): mean
    }
  }

  /// The squared coefficient of variation: exactly 1 for the exponential.
  var squaredCV: Double {
    switch self {
    case .exponential: 1
    case .logNormal(_, let cv): cv * cv
    }
  }

  /// Draws one handling time in minutes: one uniform for the exponential, two for the log-normal.
  func sample(using generator: inout SplitMix64) -> Double {
    HandlingSampler(self).sample(using: &generator)
  }

  /// Stops on a mean that is not finite and positive or a cv that is not finite and ≥ 0.
  func validate(_ function: String) {
    switch self {
    case .exponential(let mean):
      precondition(
        mean > 0 && mean.isFinite,
        "CustomerService.\(function): mean handling time \(mean) min is not finite and positive")
    case .logNormal(let mean, let cv):
      precondition(
        mean > 0 && mean.isFinite,
        "CustomerService.\(function): mean handling time \(mean) min is not finite and positive")
      precondition(
        cv >= 0 && cv.isFinite,
        "CustomerService.\(function): handling-time cv \(cv) is not finite and non-negative")
    }
  }
}

/// What one merchant-day of customer service delivered, in the terms the platform scores.
public struct ServiceDayOutcome: Sendable, Equatable {
  /// Tickets that arrived in service hours (fractional in the mean-field model).
  public var tickets: Double
  /// Mean minutes from arrival to the first manual reply: the queue wait for a chat slot plus
  /// the first-reply time (`CustomerService.replyMinutes`); 0 when there are no tickets.
  public var meanResponseMinutes: Double
  /// Tickets whose first reply came within 3 minutes of arrival.
  public var answeredWithin3Minutes: Double
  /// The longest queue wait in minutes, without the reply time; 0 when there are no tickets
  /// (see `expectedDay` for its meaning in the mean-field model).
  public var maxWaitMinutes: Double
  /// Tickets whose first reply came within the asker's patience (`patienceMinutes` of
  /// `simulateDay` and `expectedDay`): a pre-sale asker answered by then keeps the chat's lift.
  public var answeredWithinPatience: Double

  /// The 3-minute manual reply rate (PARAMETERS §1.4, CS1); 1 when there are no tickets.
  public var share3Minutes: Double {
    tickets > 0 ? answeredWithin3Minutes / tickets : 1
  }

  /// The share of tickets answered within the asker's patience; 1 when there are no tickets.
  public var sharePatience: Double {
    tickets > 0 ? answeredWithinPatience / tickets : 1
  }

  /// Creates an outcome from its parts; the tickets answered within patience are those
  /// within 3 minutes unless given (a patience of 3 minutes).
  public init(
    tickets: Double, meanResponseMinutes: Double, answeredWithin3Minutes: Double,
    maxWaitMinutes: Double, answeredWithinPatience: Double? = nil
  ) {
    self.tickets = tickets
    self.meanResponseMinutes = meanResponseMinutes
    self.answeredWithin3Minutes = answeredWithin3Minutes
    self.maxWaitMinutes = maxWaitMinutes
    self.answeredWithinPatience = answeredWithinPatience ?? answeredWithin3Minutes
  }
}

/// The 飞鸽 (Feige) customer-service queue of one merchant-day (MODEL §3.7).
///
/// Tickets arrive as a Poisson process whose rate is constant within each clock hour, only in
/// service hours (`openHour` ..< `closeHour`, default 08:00–23:00, PARAMETERS §1.3–1.4). A pool
/// of agents answers them first come, first served; an agent holds up to `chatsPerAgent`
/// chats at once, each slot a server of its own (M/M/(c·k)). Agents finish the backlog after
/// closing, so every ticket is answered the same day. A ticket's response runs from arrival to
/// the first manual reply: the queue wait for a slot, then the first-reply time, which grows
/// with the other chats the agent is holding (`replyMinutes`). Times are minutes since midnight.
public enum CustomerService {
  /// The wait in minutes scored for a ticket nobody answers.
  ///
  /// R-EXP (PARAMETERS §1.3): "an unanswered turn counts as 10 min". Used only when there are
  /// no agents at all; with any agent the backlog is served after closing instead.
  public static let unansweredWaitMinutes = 10.0

  /// The 3-minute manual reply standard (PARAMETERS §1.4, CS1), in minutes.
  public static let replyStandardMinutes = 3.0

  /// The first-reply time in minutes of a chat that has just reached an agent, in an hour
  /// whose chat slots are busy a share `occupancy` of the time.
  ///
  /// The agent reads and types a first reply in `baseMinutes` when this is the only chat;
  /// holding k chats at once, they answer the chats in turn, and a new message waits on
  /// average for half of the other chats' turns: base × (1 + (k − 1) × min(1, occupancy) / 2),
  /// the mean residual of a round robin over the (k − 1) × occupancy other chats held (a
  /// guess at the form: no first-reply time per concurrent chat was found; §6.3 gives the
  /// 5-chat cap and R-NEG the 90 s limit on the mean). One chat per agent adds only the base.
  ///
  /// - Parameters:
  ///   - baseMinutes: the first-reply time with one chat, ≥ 0.
  ///   - chatsPerAgent: the chats each agent holds at once, ≥ 1.
  ///   - occupancy: the hour's offered load over the chat slots, ≥ 0 (capped at 1).
  /// - Returns: the mean first-reply time in minutes.
  public static func replyMinutes(baseMinutes: Double, chatsPerAgent: Int, occupancy: Double)
    -> Double
  {
    baseMinutes * (1 + Double(chatsPerAgent - 1) * min(1, occupancy) / 2)
  }

  /// The first-reply time of each clock hour (`replyMinutes` at the hour's offered load).
  static func replyMinutesByHour(
    ratePerHour: [Double], agents: Int, chatsPerAgent: Int, handling: HandlingTime,
    baseMinutes: Double, onDuty: AgentsOnDuty? = nil
  ) -> [Double] {
    return ratePerHour.indices.map { hour in
      let rate = ratePerHour[hour]
      // With shifts, the hour's agents on duty; an hour nobody covers takes the base.
      let slots = Double(max(onDuty.map { $0[hour] } ?? agents, 1) * chatsPerAgent)
      guard baseMinutes > 0, agents > 0 else { return 0 }
      let occupancy = rate / 60 * handling.meanMinutes / slots
      return replyMinutes(
        baseMinutes: baseMinutes, chatsPerAgent: chatsPerAgent, occupancy: occupancy)
    }
  }

  /// Simulates one day's tickets exactly and summarises their responses.
  ///
  /// Each ticket, in arrival order, starts at max(arrival, the earliest time an agent is
  /// free) and keeps that agent until start + handling time. This is the Kiefer–Wolfowitz
  /// workload recursion (Kiefer & Wolfowitz (1955), "On the theory of queues with many
  /// servers", Trans. AMS 78, 1–18), which for FIFO service yields the same waits as an event
  /// simulation of arrivals and completions, without an event list. With no agents every
  /// ticket scores `unansweredWaitMinutes` and none is within 3 minutes.
  ///
  /// The draws are, per service hour with a positive rate, exponential gaps (restarted at the
  /// hour boundary, exact by memorylessness) and one handling time per ticket, so the stream
  /// consumed does not depend on `agents`: calls that differ only in `agents` see the same
  /// tickets (common random numbers).
  ///
  /// - Parameters:
  ///   - ratePerHour: 24 expected ticket counts per clock hour, finite and ≥ 0; only the
  ///     service hours are used.
  ///   - agents: the pool size, ≥ 0.
  ///   - chatsPerAgent: the chats each agent holds at once, ≥ 1: the pool is
  ///     `agents` × `chatsPerAgent` servers.
  ///   - handling: the handling-time distribution (how long a chat holds its slot).
  ///   - firstReplyMinutes: the first-reply time with one chat held (`replyMinutes`), ≥ 0;
  ///     it is added to each answered ticket's wait and does not delay the queue (the reply
  ///     is typed within the chat's handling time).
  ///   - openHour: the first service hour, 0...24.
  ///   - closeHour: the end of service, `openHour`...24; arrivals stop here, service doesn't.
  ///   - patienceMinutes: how long an asker waits for the first reply, ≥ 0: the tickets
  ///     answered by then are counted in `answeredWithinPatience`.
  ///   - shiftHours: the service hours one agent works (`ServiceShifts`); the service hours or
  ///     more: every agent all day. A chat that arrives when nobody is on duty waits for the
  ///     next shift.
  ///   - generator: the random stream.
  /// - Returns: the day's tickets and responses.
  /// - Complexity: O(n log min(n, c)) time and O(min(n, c)) memory for n tickets.
  public static func simulateDay(
    ratePerHour: [Double], agents: Int, chatsPerAgent: Int = 1, handling: HandlingTime,
    firstReplyMinutes: Double = 0, openHour: Int = 8, closeHour: Int = 23,
    patienceMinutes: Double = replyStandardMinutes, shiftHours: Int = 24,
    using generator: inout SplitMix64
  ) -> ServiceDayOutcome {
    simulateDay(
      ratePerHour: ratePerHour, agents: agents, chatsPerAgent: chatsPerAgent, handling: handling,
      firstReplyMinutes: firstReplyMinutes, openHour: openHour, closeHour: closeHour,
      patienceMinutes: patienceMinutes,
      shifts: ServiceShifts(
        agents: agents, shiftHours: shiftHours, ratePerHour: ratePerHour, openHour: openHour,
        closeHour: closeHour),
      using: &generator)
  }

  /// `simulateDay` with the day's shifts already laid (`ServiceShifts` of the same agents,
  /// rates and hours), so a merchant-day lays them once.
  static func simulateDay(
    ratePerHour: [Double], agents: Int, chatsPerAgent: Int, handling: HandlingTime,
    firstReplyMinutes: Double, openHour: Int, closeHour: Int, patienceMinutes: Double,
    shifts: ServiceShifts, using generator: inout SplitMix64
  ) -> ServiceDayOutcome {
    precondition(
      firstReplyMinutes >= 0 && firstReplyMinutes.isFinite,
      "CustomerService.simulateDay: first reply \(firstReplyMinutes) min is not finite and ≥ 0")
    let reply = replyMinutesByHour(
      ratePerHour: ratePerHour, agents: agents, chatsPerAgent: chatsPerAgent, handling: handling,
      baseMinutes: firstReplyMinutes, onDuty: shifts.onDuty)
    var tickets = 0
    var totalResponse = 0.0
    var withinStandard = 0
    var withinPatience = 0
    var longest = 0.0
    simulateTickets(
      ratePerHour: ratePerHour, agents: agents, chatsPerAgent: chatsPerAgent, handling: handling,
      openHour: openHour, closeHour: closeHour, shifts: shifts, using: &generator
    ) { arrival, wait in
      // An unanswered ticket scores its fixed wait; an answered one adds its hour's reply.
      let response = agents == 0 ? wait : wait + reply[min(23, Int(arrival / 60))]
      tickets += 1
      totalResponse += response
      if response <= replyStandardMinutes { withinStandard += 1 }
      if response <= patienceMinutes { withinPatience += 1 }
      longest = max(longest, wait)
    }
    return ServiceDayOutcome(
      tickets: Double(tickets),
      meanResponseMinutes: tickets > 0 ? totalResponse / Double(tickets) : 0,
      answeredWithin3Minutes: Double(withinStandard), maxWaitMinutes: longest,
      answeredWithinPatience: Double(withinPatience))
  }

  /// Computes the same day in expectation (mean field), deterministically.
  ///
  /// Each answered ticket's response is its wait plus its hour's first-reply time r
  /// (`replyMinutes`), so the hour's mean response is Wq + r and its 3-minute share
  /// P(W ≤ 3 − r) from the wait distributions below (none when r ≥ 3 minutes).
  /// Hour by hour, with λ the hour's rate and capacity c μ:
  /// - **No backlog and ρ = λ / (c μ) < 1:** the stationary M/M/c queue, Erlang C
  ///   (Erlang 1917; Kleinrock 1975, §3.5): Wq = C / (c μ − λ) and
  ///   P(W ≤ t) = 1 − C e^{−(c μ − λ) t}. Each hour is treated as if it had reached steady
  ///   state (the stationary independent period-by-period approximation), ignoring the time
  ///   a queue takes to build up or to clear.
  /// - **ρ ≥ 1, or a backlog carried in:** a deterministic fluid queue. The backlog Q changes
  ///   at λ − c μ per minute (never below 0) and is carried from hour to hour; a ticket
  ///   arriving with Q waiting starts after Q / (c μ) under FIFO, so waits are linear in time
  ///   within the hour. Once the backlog drains, the rest of the hour is Erlang C again. The
  ///   fluid ignores queueing variability, so it flatters a pool near or just above full load.
  /// - **Log-normal handling:** the Allen–Cunneen approximation (Allen (1990), *Probability,
  ///   Statistics, and Queueing Theory*, 2nd ed.) with Poisson arrivals (c_a² = 1):
  ///   Wq ≈ Wq(M/M/c) (1 + cv²) / 2; the conditional wait is kept exponential, so
  ///   P(W > t) ≈ C e^{−(c μ − λ) t · 2 / (1 + cv²)}. With cv = 1 this is Erlang C exactly.
  /// - **No agents:** every ticket scores `unansweredWaitMinutes`, as in `simulateDay`.
  ///
  /// `maxWaitMinutes` is the largest wait the approximation gives any arrival: an hour's
  /// mean wait Wq in stationary hours, the peak fluid wait Q / (c μ) in backlog hours. It is
  /// not the expected maximum of the random day, which grows with the number of tickets.
  ///
  /// - Parameters:
  ///   - ratePerHour: 24 expected ticket counts per clock hour, finite and ≥ 0; only the
  ///     service hours are used.
  ///   - agents: the pool size, ≥ 0.
  ///   - chatsPerAgent: the chats each agent holds at once, ≥ 1: M/M/(c·k), the pool is
  ///     `agents` × `chatsPerAgent` servers.
  ///   - handling: the handling-time distribution.
  ///   - firstReplyMinutes: the first-reply time with one chat held, ≥ 0.
  ///   - openHour: the first service hour, 0...24.
  ///   - closeHour: the end of service, `openHour`...24.
  ///   - patienceMinutes: how long an asker waits for the first reply, ≥ 0: the expected
  ///     tickets answered by then, P(W ≤ patience − r) hour by hour as for 3 minutes.
  ///   - shiftHours: the service hours one agent works (`ServiceShifts`): each hour is served
  ///     by its agents on duty; an hour nobody covers is a fluid stretch of no capacity, and a
  ///     fluid wait runs until the agents of later hours serve it (linear within a stretch).
  /// - Returns: expected tickets, the ticket-weighted mean response, the expected number
  ///   answered within 3 minutes and within patience, and the largest wait as described above.
  /// - Complexity: O(c·k) per service hour.
  public static func expectedDay(
    ratePerHour: [Double], agents: Int, chatsPerAgent: Int = 1, handling: HandlingTime,
    firstReplyMinutes: Double = 0, openHour: Int = 8, closeHour: Int = 23,
    patienceMinutes: Double = replyStandardMinutes, shiftHours: Int = 24
  ) -> ServiceDayOutcome {
    expectedDay(
      ratePerHour: ratePerHour, agents: agents, chatsPerAgent: chatsPerAgent, handling: handling,
      firstReplyMinutes: firstReplyMinutes, openHour: openHour, closeHour: closeHour,
      patienceMinutes: patienceMinutes,
      shifts: ServiceShifts(
        agents: agents, shiftHours: shiftHours, ratePerHour: ratePerHour, openHour: openHour,
        closeHour: closeHour))
  }

  /// `expectedDay` with the day's shifts already laid (`ServiceShifts` of the same agents,
  /// rates and hours), so a merchant-day lays them once.
  static func expectedDay(
    ratePerHour: [Double], agents: Int, chatsPerAgent: Int, handling: HandlingTime,
    firstReplyMinutes: Double, openHour: Int, closeHour: Int, patienceMinutes: Double,
    shifts: ServiceShifts
  ) -> ServiceDayOutcome {
    validate(ratePerHour, agents, chatsPerAgent, handling, openHour, closeHour, "expectedDay")
    precondition(
      firstReplyMinutes >= 0 && firstReplyMinutes.isFinite,
      "CustomerService.expectedDay: first reply \(firstReplyMinutes) min is not finite and ≥ 0")
    var tally = MeanFieldTally(patience: patienceMinutes)
    let servers = agents * chatsPerAgent
    guard servers > 0 else {
      let tickets = ratePerHour[openHour..<closeHour].reduce(0, +)
      tally.add(
        tickets: tickets, fromWait: unansweredWaitMinutes, toWait: unansweredWaitMinutes,
        reply: 0)
      return tally.outcome
    }
    let mean = handling.meanMinutes
    let variability = (1 + handling.squaredCV) / 2
    let reply = replyMinutesByHour(
      ratePerHour: ratePerHour, agents: agents, chatsPerAgent: chatsPerAgent, handling: handling,
      baseMinutes: firstReplyMinutes, onDuty: shifts.onDuty)
    // FIFO: the last of a fluid backlog at `minute` waits until the agents on duty serve it.
    func clearance(_ backlog: Double, _ minute: Double) -> Double {
      shifts.clearance(backlog, from: minute, chatsPerAgent: chatsPerAgent, handlingMinutes: mean)
    }
    var backlog = 0.0  // fluid tickets waiting at the start of the hour
    for hour in openHour..<closeHour {
      // The hour's agents on duty (all of them without shifts).
      let servers = shifts.onDuty[hour] * chatsPerAgent
      let capacity = Double(servers) / mean  // tickets per minute
      let arrival = ratePerHour[hour] / 60  // tickets per minute
      var elapsed = 0.0  // minutes of the hour already accounted for
      if backlog > 0 || arrival >= capacity {
        let drift = arrival - capacity
        let duration = drift < 0 ? min(60, backlog / -drift) : 60
        let end = max(0, backlog + drift * duration)
        let start = Double(hour) * 60
        tally.add(
          tickets: ratePerHour[hour] * duration / 60, fromWait: clearance(backlog, start),
          toWait: clearance(end, start + duration), reply: reply[hour])
        backlog = duration < 60 ? 0 : end
        elapsed = duration
      }
      let tickets = ratePerHour[hour] * (60 - elapsed) / 60
      guard elapsed < 60, tickets > 0 else { continue }
      // Here the backlog is 0 and arrival < capacity: the stationary M/M/c regime.
      let delayed = ErlangC.uncheckedWaitProbability(
        agents: servers, offeredLoad: arrival * mean)
      let slack = capacity - arrival
      // P(W > t): the chance a ticket still waits after t minutes (1 when t ≤ 0).
      func exceeds(_ t: Double) -> Double {
        t > 0 ? delayed * exp(-slack * t / variability) : 1
      }
      tally.addStationary(
        tickets: tickets, meanResponse: delayed / slack * variability + reply[hour],
        meanWait: delayed / slack * variability,
        exceedsStandard: exceeds(replyStandardMinutes - reply[hour]),
        exceedsPatience: exceeds(patienceMinutes - reply[hour]))
    }
    return tally.outcome
  }

  /// Returns the smallest pool whose expected 3-minute share reaches `target3MinuteShare`.
  ///
  /// For policies that "staff to the 3-minute standard", judged by `expectedDay`. The answer
  /// is never below the smallest pool that keeps every service hour under full load
  /// (ρ < 1): there the fluid regime would flatter an overloaded pool (a 1 % overload from an
  /// empty queue shows waits under a minute). Above that floor the share rises with every
  /// agent, so a bisection finds the answer. No tickets at all need no agents.
  ///
  /// - Parameters:
  ///   - ratePerHour: 24 expected ticket counts per clock hour, finite and ≥ 0.
  ///   - chatsPerAgent: the chats each agent holds at once, ≥ 1.
  ///   - handling: the handling-time distribution.
  ///   - firstReplyMinutes: the first-reply time with one chat held, ≥ 0.
  ///   - target3MinuteShare: the share to reach, 0...1 (e.g. 0.8).
  ///   - limit: the largest pool considered, ≥ 0; returned when even it falls short.
  ///   - openHour: the first service hour, 0...24.
  ///   - closeHour: the end of service, `openHour`...24.
  ///   - shiftHours: the service hours one agent works (`ServiceShifts`).
  /// - Returns: the number of agents, 0...`limit`.
  /// - Complexity: O(`limit` log `limit`) per service hour at worst.
  public static func agentsNeeded(
    ratePerHour: [Double], chatsPerAgent: Int = 1, handling: HandlingTime,
    firstReplyMinutes: Double = 0, target3MinuteShare: Double, limit: Int = 10_000,
    openHour: Int = 8, closeHour: Int = 23, shiftHours: Int = 24
  ) -> Int {
    validate(ratePerHour, 0, chatsPerAgent, handling, openHour, closeHour, "agentsNeeded")
    precondition(
      target3MinuteShare >= 0 && target3MinuteShare <= 1,
      "CustomerService.agentsNeeded: target share \(target3MinuteShare) is not in [0, 1]")
    precondition(limit >= 0, "CustomerService.agentsNeeded: limit \(limit) is negative")
    let peak = ratePerHour[openHour..<closeHour].max() ?? 0
    guard peak > 0 else { return 0 }
    // Erlangs per agent: the peak hour's load over the chats an agent holds.
    let peakLoad = peak / 60 * handling.meanMinutes / Double(chatsPerAgent)
    guard peakLoad < Double(limit) else { return limit }
    func meetsTarget(_ agents: Int) -> Bool {
      let day = expectedDay(
        ratePerHour: ratePerHour, agents: agents, chatsPerAgent: chatsPerAgent,
        handling: handling, firstReplyMinutes: firstReplyMinutes, openHour: openHour,
        closeHour: closeHour, shiftHours: shiftHours)
      return day.share3Minutes >= target3MinuteShare
    }
    // Invariant: `low` falls short (or is the stable floor, tested first), `high` suffices.
    var low = min(limit, Int(peakLoad.rounded(.down)) + 1)
    if meetsTarget(low) { return low }
    var high = limit
    if !meetsTarget(high) { return limit }
    while high - low > 1 {
      let middle = low + (high - low) / 2
      if meetsTarget(middle) { high = middle } else { low = middle }
    }
    return high
  }

  /// Generates the day's tickets and hands each one's arrival minute and wait to `body`.
  ///
  /// The engine of `simulateDay`, exposed to tests so they can drop a warm-up period or
  /// measure other thresholds. Free times of the agents used so far sit in a binary min-heap;
  /// agents never used are free, so the heap holds at most min(tickets, agents) entries.
  static func simulateTickets(
    ratePerHour: [Double], agents: Int, chatsPerAgent: Int = 1, handling: HandlingTime,
    openHour: Int, closeHour: Int, shifts: ServiceShifts? = nil,
    using generator: inout SplitMix64,
    _ body: (_ arrivalMinute: Double, _ wait: Double) -> Void
  ) {
    validate(ratePerHour, agents, chatsPerAgent, handling, openHour, closeHour, "simulateDay")
    // Agents on shifts: slots that open and close with their shifts (`ShiftSlots`).
    var shiftSlots: ShiftSlots? = nil
    if let shifts, !shifts.coversEveryHour, agents > 0 {
      shiftSlots = ShiftSlots(shifts, chatsPerAgent: chatsPerAgent)
    }
    // Each agent's concurrent slots are servers of their own: c agents are c·k servers.
    let servers = agents * chatsPerAgent
    // The distribution's constants once a day, not once a ticket (the same values).
    let sampler = HandlingSampler(handling)
    var freeAt: [Double] = []
    // One allocation for the slots a day uses, not one for each doubling (a fifth of the
    // heap's cost on the belt); at most 256 up front, so a huge pool allocates as it goes.
    if shiftSlots == nil, servers > 0 { freeAt.reserveCapacity(min(servers, 256)) }
    for hour in openHour..<closeHour where ratePerHour[hour] > 0 {
      let perMinute = ratePerHour[hour] / 60
      let end = Double(hour + 1) * 60
      var time = Double(hour) * 60
      while true {
        time += generator.exponential(rate: perMinute)
        guard time < end else { break }
        let handlingMinutes = sampler.sample(using: &generator)
        if agents == 0 {
          body(time, unansweredWaitMinutes)
        } else if let wait = shiftSlots?.take(arrival: time, handling: handlingMinutes) {
          body(time, wait)
        } else if freeAt.count < servers {
          pushHeap(&freeAt, time + handlingMinutes)
          body(time, 0)
        } else {
          // Once every slot has served, the heap stays full: its top is replaced in place,
          // through one buffer access a ticket (an array's swaps each check uniqueness).
          let start = max(time, freeAt[0])
          freeAt.withUnsafeMutableBufferPointer { replaceHeapTop($0, start + handlingMinutes) }
          body(time, start - time)
        }
      }
    }
  }

  /// Stops on arguments no caller should pass, naming the function and the value.
  private static func validate(
    _ ratePerHour: [Double], _ agents: Int, _ chatsPerAgent: Int, _ handling: HandlingTime,
    _ openHour: Int, _ closeHour: Int, _ function: String
  ) {
    precondition(
      ratePerHour.count == 24,
      "CustomerService.\(function): ratePerHour has \(ratePerHour.count) entries, not 24")
    for (hour, rate) in ratePerHour.enumerated() {
      precondition(
        rate >= 0 && rate.isFinite,
        "CustomerService.\(function): rate \(rate) at hour \(hour) is not finite and ≥ 0")
    }
    precondition(agents >= 0, "CustomerService.\(function): agents \(agents) is negative")
    precondition(
      chatsPerAgent >= 1,
      "CustomerService.\(function): chats per agent \(chatsPerAgent) is below 1")
    precondition(
      openHour >= 0 && openHour <= closeHour && closeHour <= 24,
      "CustomerService.\(function): hours \(openHour)–\(closeHour) are not within 0...24")
    handling.validate(function)
  }

  /// Appends `value` to the min-heap `heap`.
  private static func pushHeap(_ heap: inout [Double], _ value: Double) {
    heap.append(value)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child] < heap[parent] else { return }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  /// Replaces the smallest element of the non-empty min-heap `heap` with `value`.
  private static func replaceHeapTop(_ heap: UnsafeMutableBufferPointer<Double>, _ value: Double) {
    heap[0] = value
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < heap.count else { return }
      let right = left + 1
      let smaller = right < heap.count && heap[right] < heap[left] ? right : left
      guard heap[smaller] < heap[parent] else { return }
      heap.swapAt(smaller, parent)
      parent = smaller
    }
  }
}

/// Running sums of the mean-field day: tickets, ticket-weighted responses, the 3-minute count.
private struct MeanFieldTally {
  /// The asker's patience in minutes (`expectedDay`'s `patienceMinutes`).
  let patience: Double
  var tickets = 0.0
  var totalResponse = 0.0
  var withinStandard = 0.0
  var withinPatience = 0.0
  var longest = 0.0

  /// The day so far as an outcome.
  var outcome: ServiceDayOutcome {
    ServiceDayOutcome(
      tickets: tickets, meanResponseMinutes: tickets > 0 ? totalResponse / tickets : 0,
      answeredWithin3Minutes: min(withinStandard, tickets), maxWaitMinutes: longest,
      answeredWithinPatience: min(withinPatience, tickets))
  }

  /// Adds tickets arriving evenly over a stretch in which the wait moves linearly, each
  /// answered `reply` minutes after it reaches a slot.
  mutating func add(
    tickets count: Double, fromWait first: Double, toWait last: Double, reply: Double
  ) {
    guard count > 0 else { return }
    let within = Self.shareWithin(
      CustomerService.replyStandardMinutes - reply, fromWait: first, toWait: last)
    tickets += count
    totalResponse += count * ((first + last) / 2 + reply)
    withinStandard += count * within
    withinPatience += count * Self.shareWithin(patience - reply, fromWait: first, toWait: last)
    longest = max(longest, first, last)
  }

  /// The share of a stretch whose wait, moving linearly from `first` to `last`, is at most
  /// `limit`.
  static func shareWithin(_ limit: Double, fromWait first: Double, toWait last: Double)
    -> Double
  {
    if first <= limit && last <= limit { return 1 }
    if first > limit && last > limit { return 0 }
    // The wait crosses the limit once, at this fraction of the stretch.
    let crossing = (limit - first) / (last - first)
    return last > first ? crossing : 1 - crossing
  }

  /// Adds tickets from a stationary stretch with the given mean response and wait,
  /// P(response > 3 min) and P(response > patience).
  mutating func addStationary(
    tickets count: Double, meanResponse: Double, meanWait: Double, exceedsStandard: Double,
    exceedsPatience: Double
  ) {
    tickets += count
    totalResponse += count * meanResponse
    withinStandard += count * (1 - exceedsStandard)
    withinPatience += count * (1 - exceedsPatience)
    longest = max(longest, meanWait)
  }
}
