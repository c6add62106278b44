import Foundation
import Testing

@testable import GrowthSim

/// Pre-sale chats (issue #14): an asker answered within patience keeps the chat's lift, which
/// the calibrated conversion contains; a slow answer takes it away.
@Suite struct PresaleChatsTests {
  /// m = 1 − s (1 − a) L / (1 + L): 1 when every chat is answered in time, and a late asker
  /// buys 1 / (1 + L) as often.
  @Test func theMultiplierTakesOnlyTheLateAskersLift() {
    #expect(PresaleChats.conversionMultiplier(share: 0.2, lift: 0.16, answeredInTime: 1) == 1)
    let none = PresaleChats.conversionMultiplier(share: 0.2, lift: 0.16, answeredInTime: 0)
    #expect(abs(none - (0.8 + 0.2 / 1.16)) < 1e-15, "\(none)")
    let half = PresaleChats.conversionMultiplier(share: 0.2, lift: 0.16, answeredInTime: 0.5)
    #expect(abs(half - (1 + none) / 2) < 1e-15, "\(half)")
    #expect(PresaleChats.conversionMultiplier(share: 0, lift: 0.16, answeredInTime: 0) == 1)
  }

  /// In mean field a stationary hour's share answered within patience T is
  /// 1 − C e^{−(nμ − λ)(T − r)}: Erlang C at the wait the patience still allows.
  @Test(arguments: [0.3, 0.7, 0.9], [0.5, 3.0, 8.0])
  func meanFieldPatienceIsErlangCShiftedByTheReply(load: Double, patience: Double) {
    let (mean, agents, chats, base) = (5.0, 2, 5, 0.25)
    let servers = agents * chats
    let arrivalRate = load * Double(servers) / mean  // per minute
    let day = CustomerService.expectedDay(
      ratePerHour: CustomerServiceTests.constant(60 * arrivalRate), agents: agents,
      chatsPerAgent: chats, handling: .exponential(meanMinutes: mean), firstReplyMinutes: base,
      patienceMinutes: patience)
    let reply = base * (1 + Double(chats - 1) * load / 2)
    // A reply slower than the patience keeps no asker.
    let tail =
      patience <= reply
      ? 1
      : ErlangC.waitExceeds(
        patience - reply, agents: servers, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    #expect(CustomerServiceTests.isClose(day.sharePatience, 1 - tail), "\(day) vs \(tail)")
    #expect(patience < 3 ? day.sharePatience < day.share3Minutes : true, "\(day)")
    #expect(patience > 3 ? day.sharePatience > day.share3Minutes : true, "\(day)")
  }

  /// An overloaded day is a fluid queue: the waits grow linearly, and the share within
  /// patience is the stretch before the wait passes it.
  @Test func anOverloadedHourCountsTheStretchBeforeThePatienceRunsOut() {
    // 24 tickets an hour (0.4 a minute) on one slot of 5 minutes (0.2 a minute): the backlog
    // grows 0.2 a minute and the wait Q / 0.2 by a minute a minute, so it passes T − r = 2
    // minutes 2 minutes into the hour.
    let rates = CustomerServiceTests.only([8: 24])
    let day = CustomerService.expectedDay(
      ratePerHour: rates, agents: 1, handling: .exponential(meanMinutes: 5),
      firstReplyMinutes: 1, openHour: 8, closeHour: 9, patienceMinutes: 3)
    #expect(CustomerServiceTests.isClose(day.answeredWithinPatience, 24 * 2.0 / 60), "\(day)")
    #expect(day.tickets == 24)
  }

  /// The simulation counts each ticket whose response is within patience: with 3 minutes the
  /// 3-minute count, with more at least as many, and with no agents none below 10 minutes.
  @Test(arguments: 0..<3 as Range<UInt64>)
  func simulatedPatienceCountsTheResponses(seed: UInt64) {
    let rates = CustomerServiceTests.constant(40)
    let handling = HandlingTime.exponential(meanMinutes: 5)
    func day(agents: Int, patience: Double) -> ServiceDayOutcome {
      var generator = SplitMix64(seed: seed)
      return CustomerService.simulateDay(
        ratePerHour: rates, agents: agents, chatsPerAgent: 3, handling: handling,
        firstReplyMinutes: 0.5, patienceMinutes: patience, using: &generator)
    }
    let standard = day(agents: 1, patience: 3)
    let patient = day(agents: 1, patience: 30)
    #expect(standard.answeredWithinPatience == standard.answeredWithin3Minutes)
    #expect(patient.answeredWithinPatience > standard.answeredWithinPatience, "\(patient)")
    #expect(patient.answeredWithinPatience <= patient.tickets)
    #expect(day(agents: 0, patience: 9.9).answeredWithinPatience == 0)
    let nobody = day(agents: 0, patience: 10)
    #expect(nobody.answeredWithinPatience == nobody.tickets && nobody.tickets > 0)
  }

  /// In a run, a day with nobody answering takes the lift from the next day's askers: with no
  /// agents (and the rating throttle off, so the score changes nothing) day 0 is as
  /// calibrated and day 1 sells about m = 1 − s L / (1 + L) of the staffed run's orders.
  @Test func aDayUnansweredCostsTheNextDaysAskers() throws {
    func orders(agents: Int) throws -> [Double] {
      var scenario = try Scenario.decode(from: Array(DefaultScenario.json.utf8))
      scenario.experiment.isMeanField = true
      scenario.experiment.replications = 1
      scenario.calendar.days = 3
      scenario.loops.ratingThrottle = false
      scenario.policies[0].serviceAgents = agents
      return RunResult.run(scenario, jobs: 1).days[0][0].map(\.orders)
    }
    let staffed = try orders(agents: 3)
    let unstaffed = try orders(agents: 0)
    let category = try Scenario.decode(from: Array(DefaultScenario.json.utf8)).categories[0]
    let lost = PresaleChats.conversionMultiplier(
      share: category.presaleChatShare, lift: category.presaleChatLift, answeredInTime: 0)
    #expect(unstaffed[0] == staffed[0], "\(unstaffed) vs \(staffed)")
    let ratio = unstaffed[1] / staffed[1]
    #expect(abs(ratio - lost) < 0.005, "day 1: \(ratio) against m = \(lost)")
  }
}

extension PresaleChatsTests {
  /// The three pre-sale guesses are varied by `growthsim sensitivity --guesses`; the sourced
  /// lift is not.
  @Test func theGuessesAreInTheCatalogueAndTheLiftIsNot() {
    let patterns = Set(GuessCatalogue.entries.map(\.pattern))
    for key in ["presaleChatShare", "presaleChatConversion", "presalePatienceMinutes"] {
      #expect(patterns.contains("/categories/*/" + key), "\(key)")
    }
    #expect(!patterns.contains("/categories/*/presaleChatLift"))
  }
}
