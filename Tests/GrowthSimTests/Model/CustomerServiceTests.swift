import Foundation
import Testing

@testable import GrowthSim

/// The 飞鸽 queue: Erlang C closed forms, the FIFO simulation against them, the mean field,
/// staffing to the 3-minute standard, and the scoring rules for empty pools and empty days.
@Suite struct CustomerServiceTests {
  /// A day of 30 tickets an hour with an evening peak of 90, 120 and 100 from 19:00.
  static let eveningPeak: [Double] = (0..<24).map { hour in
    switch hour {
    case 19: 90
    case 20: 120
    case 21: 100
    case 8..<23: 30
    default: 0
    }
  }

  /// `rate` tickets an hour in every hour of the day.
  static func constant(_ rate: Double) -> [Double] {
    Array(repeating: rate, count: 24)
  }

  /// `rate` tickets an hour in the given hours and none elsewhere.
  static func only(_ hours: [Int: Double]) -> [Double] {
    (0..<24).map { hours[$0] ?? 0 }
  }

  /// Whether `a` and `b` agree to a relative 1e-12 (absolute near 0).
  static func isClose(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
  }

  /// C(c, a) from the textbook formula with factorials, independent of the Erlang B recursion.
  static func factorialErlangC(agents c: Int, load a: Double) -> Double {
    var term = 1.0  // a^k / k!
    var below = 0.0  // Σ_{k<c} a^k / k!
    for k in 0..<c {
      below += term
      term *= a / Double(k + 1)
    }
    let top = term * Double(c) / (Double(c) - a)
    return top / (below + top)
  }

  // MARK: - Erlang C

  @Test(arguments: [0.1, 0.5, 0.9])
  func oneAgentReducesToMM1(load: Double) {
    let serviceRate = 0.25
    let arrivalRate = load * serviceRate
    let probability = ErlangC.waitProbability(agents: 1, offeredLoad: load)
    let wait = ErlangC.meanWait(agents: 1, arrivalRate: arrivalRate, serviceRate: serviceRate)
    #expect(Self.isClose(probability, load), "C(1, \(load)) = \(probability)")
    #expect(Self.isClose(wait, load / (serviceRate - arrivalRate)), "Wq = \(wait)")
  }

  @Test func twoAgentsAtOneErlangWaitAThirdOfTheTime() {
    #expect(Self.isClose(ErlangC.waitProbability(agents: 2, offeredLoad: 1), 1.0 / 3))
  }

  @Test(arguments: [(5, 4.0), (3, 0.5), (10, 8.0), (25, 24.9), (40, 1e-3)])
  func waitProbabilityMatchesTheFactorialFormula(agents: Int, load: Double) {
    let probability = ErlangC.waitProbability(agents: agents, offeredLoad: load)
    let expected = Self.factorialErlangC(agents: agents, load: load)
    #expect(abs(probability - expected) <= 1e-12, "C(\(agents), \(load)) = \(probability)")
    if agents == 5 {
      // The value printed in Erlang C tables: C(5, 4) ≈ 0.5541.
      #expect(abs(probability - 0.5541) < 5e-5, "C(5, 4) = \(probability)")
    }
  }

  @Test func largePoolsNeitherOverflowNorUnderflow() {
    // The factorial formula overflows here; sum a^k / k! in logarithms instead.
    let agents = 2000
    let load = 1950.0
    let logTerms = (0...agents).map { k in
      let (logFactorial, _): (Double, Int) = lgamma(Double(k) + 1)
      return Double(k) * log(load) - logFactorial
    }
    let top = logTerms[agents] + log(Double(agents) / (Double(agents) - load))
    let peak = max(top, logTerms.max() ?? 0)
    let below = logTerms[..<agents].reduce(0) { $0 + exp($1 - peak) }
    let expected = exp(top - peak) / (below + exp(top - peak))
    let probability = ErlangC.waitProbability(agents: agents, offeredLoad: load)
    #expect(abs(probability - expected) <= 1e-9, "C(2000, 1950) = \(probability) vs \(expected)")
    #expect(ErlangC.waitProbability(agents: 10_000, offeredLoad: 10) == 0)
  }

  @Test(arguments: [0.0, 1, 3])
  func waitTailIsTheDelayProbabilityTimesAnExponential(threshold: Double) {
    let probability = ErlangC.waitProbability(agents: 3, offeredLoad: 2.4)
    let tail = ErlangC.waitExceeds(threshold, agents: 3, arrivalRate: 1.2, serviceRate: 0.5)
    #expect(Self.isClose(tail, probability * exp(-(1.5 - 1.2) * threshold)), "\(tail)")
  }

  // MARK: - Simulation against Erlang C

  /// The FIFO simulation reproduces Erlang C's mean wait and tail over a long stationary day.
  ///
  /// Twenty-four hours at a constant load ρ with handling time c minutes, so c μ = 1 a minute
  /// and P(W > 1), P(W > 3) stay measurable for every pool. Tickets arriving in the first two
  /// hours are dropped: from an empty start the relaxation time is at most
  /// 1 / (c μ (1 − √ρ)²) ≈ 90 min (ρ = 0.8), so the remaining bias is far below the tolerance.
  /// Each replication's statistic is one independent draw, so their mean is approximately
  /// normal with the sample standard error; |z| > 4 has probability under 1e-3 per comparison
  /// even with 30 replications' t(29) tails, which keeps the 18 comparisons from flaking
  /// while a wrong queue discipline or a missing agent moves the means by many errors.
  @Test(arguments: [0.5, 0.8], [1, 3, 10])
  func simulatedWaitsMatchErlangC(load: Double, agents: Int) {
    let handling = HandlingTime.exponential(meanMinutes: Double(agents))
    let arrivalRate = load  // per minute, since c μ = 1
    let replications = 30
    var statistics: [[Double]] = [[], [], []]  // mean wait, P(W > 1), P(W > 3)
    for replication in 0..<replications {
      var generator = SplitMix64(seed: SplitMix64.mix(UInt64(replication) &+ 0xC5))
      var count = 0.0
      var totalWait = 0.0
      var overOne = 0.0
      var overThree = 0.0
      CustomerService.simulateTickets(
        ratePerHour: Self.constant(60 * arrivalRate), agents: agents, handling: handling,
        openHour: 0, closeHour: 24, using: &generator
      ) { arrival, wait in
        guard arrival >= 120 else { return }
        count += 1
        totalWait += wait
        if wait > 1 { overOne += 1 }
        if wait > 3 { overThree += 1 }
      }
      statistics[0].append(totalWait / count)
      statistics[1].append(overOne / count)
      statistics[2].append(overThree / count)
    }
    let serviceRate = 1 / Double(agents)
    let expected = [
      ErlangC.meanWait(agents: agents, arrivalRate: arrivalRate, serviceRate: serviceRate),
      ErlangC.waitExceeds(1, agents: agents, arrivalRate: arrivalRate, serviceRate: serviceRate),
      ErlangC.waitExceeds(3, agents: agents, arrivalRate: arrivalRate, serviceRate: serviceRate),
    ]
    for (name, (values, theory)) in zip(["Wq", "P(W>1)", "P(W>3)"], zip(statistics, expected)) {
      let mean = values.reduce(0, +) / Double(replications)
      let variance =
        values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(replications - 1)
      let standardError = (variance / Double(replications)).squareRoot()
      #expect(
        abs(mean - theory) <= 4 * standardError,
        "ρ \(load), c \(agents): \(name) \(mean) ± \(standardError) vs Erlang C \(theory)")
    }
  }

  @Test(arguments: 0..<8 as Range<UInt64>)
  func moreAgentsNeverWaitLonger(seed: UInt64) {
    let days = (1...6).map { agents in
      var generator = SplitMix64(seed: seed)
      return CustomerService.simulateDay(
        ratePerHour: Self.eveningPeak, agents: agents,
        handling: .logNormal(meanMinutes: 4, cv: 1.5), using: &generator)
    }
    for (fewer, more) in zip(days, days.dropFirst()) {
      #expect(fewer.tickets == more.tickets, "seed \(seed): the same tickets")
      #expect(more.meanResponseMinutes <= fewer.meanResponseMinutes, "seed \(seed)")
      #expect(more.share3Minutes >= fewer.share3Minutes, "seed \(seed)")
      #expect(more.maxWaitMinutes <= fewer.maxWaitMinutes, "seed \(seed)")
    }
    let (first, last) = (days[0], days[5])
    #expect(
      last.meanResponseMinutes < first.meanResponseMinutes, "seed \(seed): \(first) vs \(last)")
    #expect(last.share3Minutes > first.share3Minutes, "seed \(seed): \(first) vs \(last)")
  }

  @Test(arguments: 0..<4 as Range<UInt64>)
  func ticketsArriveOnlyInServiceHoursAtTheGivenRate(seed: UInt64) {
    // Rates outside 08:00–23:00 must be ignored; the count is Poisson with mean 15 × 40.
    var rates = Self.constant(40)
    rates[3] = 5000
    var generator = SplitMix64(seed: seed)
    var counts: [Double] = []
    for _ in 0..<40 {
      var count = 0.0
      CustomerService.simulateTickets(
        ratePerHour: rates, agents: 2, handling: .exponential(meanMinutes: 1), openHour: 8,
        closeHour: 23, using: &generator
      ) { arrival, _ in
        #expect(arrival >= 8 * 60 && arrival < 23 * 60, "seed \(seed): arrival \(arrival)")
        count += 1
      }
      counts.append(count)
    }
    let mean = counts.reduce(0, +) / Double(counts.count)
    // Poisson: the standard error of a mean of 40 days is √(600 / 40).
    #expect(abs(mean - 600) <= 4 * (600.0 / 40).squareRoot(), "seed \(seed): mean \(mean)")
  }

  @Test(arguments: [0.0, 0.5, 2])
  func logNormalHandlingHasTheRequestedMeanAndCV(cv: Double) {
    let handling = HandlingTime.logNormal(meanMinutes: 4, cv: cv)
    var generator = SplitMix64(seed: 42)
    let draws = (0..<20_000).map { _ in handling.sample(using: &generator) }
    let mean = draws.reduce(0, +) / Double(draws.count)
    let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count - 1)
    // The mean to 4 standard errors; the cv, whose estimator is skewed for cv 2, to 10 %.
    #expect(abs(mean - 4) <= 4 * 4 * cv / Double(draws.count).squareRoot() + 1e-12, "\(mean)")
    #expect(abs(variance.squareRoot() / mean - cv) <= 0.1 * cv + 1e-12, "cv of \(variance)")
  }

  // MARK: - Mean field

  @Test(arguments: [0.5, 0.8, 0.95], [1, 3, 10])
  func expectedDayEqualsErlangCForAConstantStableLoad(load: Double, agents: Int) {
    let mean = 5.0
    let arrivalRate = load * Double(agents) / mean  // per minute
    let day = CustomerService.expectedDay(
      ratePerHour: Self.constant(60 * arrivalRate), agents: agents,
      handling: .exponential(meanMinutes: mean))
    let wait = ErlangC.meanWait(agents: agents, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    let tail = ErlangC.waitExceeds(
      3, agents: agents, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    #expect(Self.isClose(day.tickets, 15 * 60 * arrivalRate), "\(day)")
    #expect(Self.isClose(day.meanResponseMinutes, wait), "\(day) vs Wq \(wait)")
    #expect(Self.isClose(day.share3Minutes, 1 - tail), "\(day) vs P(W > 3) \(tail)")
    #expect(Self.isClose(day.maxWaitMinutes, wait), "\(day)")
  }

  @Test(arguments: [0.0, 1, 3])
  func logNormalHandlingScalesTheWaitByAllenCunneen(cv: Double) {
    let day = CustomerService.expectedDay(
      ratePerHour: Self.constant(30), agents: 3, handling: .logNormal(meanMinutes: 5, cv: cv))
    let wait = ErlangC.meanWait(agents: 3, arrivalRate: 0.5, serviceRate: 0.2)
    let factor = (1 + cv * cv) / 2
    let delayed = ErlangC.waitProbability(agents: 3, offeredLoad: 2.5)
    #expect(Self.isClose(day.meanResponseMinutes, wait * factor), "cv \(cv): \(day)")
    #expect(Self.isClose(day.share3Minutes, 1 - delayed * exp(-0.1 * 3 / factor)), "cv \(cv)")
  }

  /// The fluid backlog of an overloaded hour is carried over and drains in later hours.
  ///
  /// Two agents of 6 minutes serve 20 tickets an hour. At 12:00 40 arrive: the backlog grows
  /// to 20 and the wait from 0 to 60 min. At 10 an hour it drains by 10 an hour: waits fall
  /// from 60 to 30, then from 30 to 0 at 15:00. Only the first 3 minutes of 12:00 (2 tickets)
  /// and the last 6 of 14:00 (1 ticket) are answered within 3 minutes.
  @Test(arguments: [HandlingTime.exponential(meanMinutes: 6), .logNormal(meanMinutes: 6, cv: 2)])
  func fluidBacklogGrowsWhenOverloadedThenDrains(handling: HandlingTime) {
    let day = CustomerService.expectedDay(
      ratePerHour: Self.only([12: 40, 13: 10, 14: 10]), agents: 2, handling: handling)
    let expected = ServiceDayOutcome(
      tickets: 60, meanResponseMinutes: (40 * 30 + 10 * 45 + 10 * 15) / 60,
      answeredWithin3Minutes: 3,
      maxWaitMinutes: 60)
    #expect(Self.isClose(day.tickets, expected.tickets), "\(day)")
    #expect(Self.isClose(day.meanResponseMinutes, expected.meanResponseMinutes), "\(day)")
    #expect(Self.isClose(day.answeredWithin3Minutes, expected.answeredWithin3Minutes), "\(day)")
    #expect(Self.isClose(day.maxWaitMinutes, expected.maxWaitMinutes), "\(day)")
  }

  /// 25 tickets at 12:00 against a capacity of 20 leave a backlog of 5 (waits 0 → 15 min);
  /// at 10 an hour it drains at 10 an hour, in 30 min, after which 13:00 is Erlang C again.
  @Test func backlogDrainedMidHourLeavesErlangCForTheRest() {
    let day = CustomerService.expectedDay(
      ratePerHour: Self.only([12: 25, 13: 10]), agents: 2, handling: .exponential(meanMinutes: 6))
    // 12:00: waits 0 → 15 min over 25 tickets. 13:00: waits 15 → 0 over the first 30 min
    // (5 tickets), then Erlang C (c 2, λ 1/6, μ 1/6: C 1/3, Wq 2 min) for the other 5.
    // Within 3 minutes: the first fifth of 12:00 and the last fifth of the drain.
    let wait = ErlangC.meanWait(agents: 2, arrivalRate: 1.0 / 6, serviceRate: 1.0 / 6)
    let tail = ErlangC.waitExceeds(3, agents: 2, arrivalRate: 1.0 / 6, serviceRate: 1.0 / 6)
    #expect(Self.isClose(wait, 2))
    #expect(Self.isClose(day.tickets, 35), "\(day)")
    let totalWait = 25 * 7.5 + 5 * 7.5 + 5 * wait
    #expect(Self.isClose(day.meanResponseMinutes, totalWait / 35), "\(day)")
    let within = 25 * 0.2 + 5 * 0.2 + 5 * (1 - tail)
    #expect(Self.isClose(day.answeredWithin3Minutes, within), "\(day)")
    #expect(Self.isClose(day.maxWaitMinutes, 15), "\(day)")
  }

  // MARK: - Staffing

  @Test(arguments: [0.95, 0.99, 0.999])
  func agentsNeededIsTheSmallestPoolMeetingTheTarget(target: Double) {
    let handling = HandlingTime.exponential(meanMinutes: 4)
    let agents = CustomerService.agentsNeeded(
      ratePerHour: Self.eveningPeak, handling: handling, target3MinuteShare: target)
    func share(_ agents: Int) -> Double {
      CustomerService.expectedDay(ratePerHour: Self.eveningPeak, agents: agents, handling: handling)
        .share3Minutes
    }
    // The peak load is 8 erlangs, so 9 agents is the stable floor; these targets need more.
    #expect(agents > 9, "target \(target): \(agents)")
    #expect(share(agents) >= target, "target \(target): \(agents) reach \(share(agents))")
    #expect(
      share(agents - 1) < target, "target \(target): \(agents - 1) reach \(share(agents - 1))")
  }

  @Test func agentsNeededNeverStaffsAtOrAboveFullLoad() {
    // 101 tickets of 6 min in one hour is 10.1 erlangs; the fluid flatters 10 agents.
    let handling = HandlingTime.exponential(meanMinutes: 6)
    let rates = Self.only([20: 101])
    let flattered = CustomerService.expectedDay(ratePerHour: rates, agents: 10, handling: handling)
    #expect(flattered.share3Minutes >= 0.8, "\(flattered)")
    let agents = CustomerService.agentsNeeded(
      ratePerHour: rates, handling: handling, target3MinuteShare: 0.8)
    #expect(agents == 12, "\(agents)")
    let eightErlangs = CustomerService.agentsNeeded(
      ratePerHour: Self.eveningPeak, handling: .exponential(meanMinutes: 4),
      target3MinuteShare: 0.5)
    #expect(eightErlangs == 9, "\(eightErlangs)")
  }

  @Test func agentsNeededIsZeroWithoutTicketsAndCapsAtTheLimit() {
    let handling = HandlingTime.exponential(meanMinutes: 4)
    let none = CustomerService.agentsNeeded(
      ratePerHour: Self.only([3: 500]), handling: handling, target3MinuteShare: 1)
    #expect(none == 0)
    let capped = CustomerService.agentsNeeded(
      ratePerHour: Self.eveningPeak, handling: handling, target3MinuteShare: 1, limit: 20)
    #expect(capped == 20)
    let overloaded = CustomerService.agentsNeeded(
      ratePerHour: Self.eveningPeak, handling: handling, target3MinuteShare: 0.5, limit: 5)
    #expect(overloaded == 5)
  }

  // MARK: - Scoring rules and determinism

  @Test(arguments: 0..<3 as Range<UInt64>)
  func withoutAgentsEveryTicketScoresTenMinutes(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let handling = HandlingTime.exponential(meanMinutes: 4)
    let day = CustomerService.simulateDay(
      ratePerHour: Self.eveningPeak, agents: 0, handling: handling, using: &generator)
    #expect(day.tickets > 0, "seed \(seed)")
    #expect(day.meanResponseMinutes == 10, "seed \(seed): \(day)")
    #expect(day.answeredWithin3Minutes == 0 && day.share3Minutes == 0, "seed \(seed): \(day)")
    #expect(day.maxWaitMinutes == 10, "seed \(seed): \(day)")
    let expected = CustomerService.expectedDay(
      ratePerHour: Self.eveningPeak, agents: 0, handling: handling)
    #expect(
      expected
        == ServiceDayOutcome(
          tickets: 670, meanResponseMinutes: 10, answeredWithin3Minutes: 0, maxWaitMinutes: 10))
  }

  @Test(arguments: [0, 3])
  func aDayWithoutTicketsHasNoWaitAndAFullShare(agents: Int) {
    let rates = Self.only([2: 80, 23: 80])  // outside 08:00–23:00 only
    let empty = ServiceDayOutcome(
      tickets: 0, meanResponseMinutes: 0, answeredWithin3Minutes: 0, maxWaitMinutes: 0)
    var generator = SplitMix64(seed: 7)
    let handling = HandlingTime.exponential(meanMinutes: 4)
    let simulated = CustomerService.simulateDay(
      ratePerHour: rates, agents: agents, handling: handling, using: &generator)
    #expect(simulated == empty && simulated.share3Minutes == 1)
    #expect(generator == SplitMix64(seed: 7), "hours without tickets draw nothing")
    let expected = CustomerService.expectedDay(
      ratePerHour: rates, agents: agents, handling: handling)
    #expect(expected == empty && expected.share3Minutes == 1)
  }

  @Test(arguments: 0..<3 as Range<UInt64>)
  func theSameSeedGivesTheSameDayAndTheStreamIgnoresThePool(seed: UInt64) {
    let handling = HandlingTime.logNormal(meanMinutes: 3, cv: 0.8)
    var first = SplitMix64(seed: seed)
    var second = SplitMix64(seed: seed)
    var unstaffed = SplitMix64(seed: seed)
    let a = CustomerService.simulateDay(
      ratePerHour: Self.eveningPeak, agents: 4, handling: handling, using: &first)
    let b = CustomerService.simulateDay(
      ratePerHour: Self.eveningPeak, agents: 4, handling: handling, using: &second)
    _ = CustomerService.simulateDay(
      ratePerHour: Self.eveningPeak, agents: 0, handling: handling, using: &unstaffed)
    #expect(a == b, "seed \(seed)")
    #expect(first == second && first == unstaffed, "seed \(seed)")
  }

  @Test(arguments: 0..<3 as Range<UInt64>)
  func simulatedDaySummarisesEveryTicket(seed: UInt64) {
    let handling = HandlingTime.exponential(meanMinutes: 5)
    var first = SplitMix64(seed: seed)
    var second = SplitMix64(seed: seed)
    var waits: [Double] = []
    CustomerService.simulateTickets(
      ratePerHour: Self.eveningPeak, agents: 7, handling: handling, openHour: 8, closeHour: 23,
      using: &first
    ) { _, wait in waits.append(wait) }
    let day = CustomerService.simulateDay(
      ratePerHour: Self.eveningPeak, agents: 7, handling: handling, using: &second)
    #expect(day.tickets == Double(waits.count), "seed \(seed)")
    #expect(day.meanResponseMinutes == waits.reduce(0, +) / Double(waits.count), "seed \(seed)")
    #expect(day.answeredWithin3Minutes == Double(waits.count { $0 <= 3 }), "seed \(seed)")
    #expect(day.maxWaitMinutes == waits.max(), "seed \(seed)")
    #expect(day.share3Minutes > 0 && day.share3Minutes < 1, "seed \(seed): \(day)")
  }

  @Test func negativeRatesStopWithTheHourAndValue() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      var rates = Array(repeating: 1.0, count: 24)
      rates[9] = -2
      _ = CustomerService.expectedDay(
        ratePerHour: rates, agents: 1, handling: .exponential(meanMinutes: 1))
    }
    #if DEBUG  // optimised builds drop precondition messages
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(
        message.contains("CustomerService.expectedDay: rate -2.0 at hour 9 is not finite and ≥ 0"),
        "\(message)")
    #endif
  }

  @Test func backlogIsServedAfterClosing() {
    // 120 tickets of 3 min at 22:00 for one agent: about 6 hours of work arrive in one.
    var generator = SplitMix64(seed: 3)
    var lastArrival = 0.0
    var lastStart = 0.0
    var count = 0
    CustomerService.simulateTickets(
      ratePerHour: Self.only([22: 120]), agents: 1, handling: .exponential(meanMinutes: 3),
      openHour: 8, closeHour: 23, using: &generator
    ) { arrival, wait in
      lastArrival = max(lastArrival, arrival)
      lastStart = max(lastStart, arrival + wait)
      count += 1
    }
    #expect(count > 90 && lastArrival < 23 * 60, "\(count) tickets, last at \(lastArrival)")
    #expect(lastStart > 25 * 60, "the last reply starts at minute \(lastStart)")
  }
}
