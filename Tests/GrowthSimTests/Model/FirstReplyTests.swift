import Foundation
import Testing

@testable import GrowthSim

/// The first-reply time (issue #14): a response is the queue wait plus the agent's time to
/// read and type a first reply, which grows with the other chats the agent holds.
@Suite struct FirstReplyTests {
  @Test func theReplyGrowsWithTheOtherChatsHeld() {
    // One chat per agent: only the base, whatever the load.
    #expect(
      CustomerService.replyMinutes(baseMinutes: 0.25, chatsPerAgent: 1, occupancy: 0.9) == 0.25)
    // k chats at full occupancy: half of the other k − 1 turns come first.
    #expect(CustomerService.replyMinutes(baseMinutes: 0.25, chatsPerAgent: 5, occupancy: 1) == 0.75)
    #expect(CustomerService.replyMinutes(baseMinutes: 0.25, chatsPerAgent: 5, occupancy: 3) == 0.75)
    let light = CustomerService.replyMinutes(baseMinutes: 0.25, chatsPerAgent: 5, occupancy: 0.2)
    let busy = CustomerService.replyMinutes(baseMinutes: 0.25, chatsPerAgent: 5, occupancy: 0.6)
    #expect(0.25 < light && light < busy && busy < 0.75, "\(light), \(busy)")
  }

  /// In mean field a stationary hour's response is Wq + r and its 3-minute share is
  /// 1 − C e^{−(nμ − λ)(3 − r)}: Erlang C at the wait that still meets the standard.
  @Test(arguments: [0.3, 0.7, 0.9], [0.25, 1.0])
  func meanFieldIsErlangCShiftedByTheReply(load: Double, base: Double) {
    let (mean, agents, chats) = (5.0, 3, 5)
    let servers = agents * chats
    let arrivalRate = load * Double(servers) / mean  // per minute
    let day = CustomerService.expectedDay(
      ratePerHour: CustomerServiceTests.constant(60 * arrivalRate), agents: agents,
      chatsPerAgent: chats, handling: .exponential(meanMinutes: mean), firstReplyMinutes: base)
    let reply = base * (1 + Double(chats - 1) * load / 2)
    let wait = ErlangC.meanWait(agents: servers, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    let tail = ErlangC.waitExceeds(
      3 - reply, agents: servers, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    #expect(CustomerServiceTests.isClose(day.meanResponseMinutes, wait + reply), "\(day)")
    #expect(CustomerServiceTests.isClose(day.share3Minutes, 1 - tail), "\(day) vs \(tail)")
  }

  @Test func aReplySlowerThanTheStandardMeetsItNever() {
    let day = CustomerService.expectedDay(
      ratePerHour: CustomerServiceTests.constant(6), agents: 2, chatsPerAgent: 1,
      handling: .exponential(meanMinutes: 5), firstReplyMinutes: 3.5)
    #expect(day.tickets > 0 && day.share3Minutes == 0, "\(day)")
  }

  /// The reply does not hold a slot longer, so the queue is unchanged: with the same draws,
  /// each answered ticket's response is its wait plus its hour's reply (one rate all day, so
  /// one reply), and an unanswered ticket keeps its fixed 10 minutes.
  @Test(arguments: 0..<3 as Range<UInt64>)
  func simulatedResponsesAreTheWaitsPlusTheReply(seed: UInt64) {
    var first = SplitMix64(seed: seed)
    var second = SplitMix64(seed: seed)
    let rates = CustomerServiceTests.constant(40)
    let handling = HandlingTime.exponential(meanMinutes: 5)
    let waits = CustomerService.simulateDay(
      ratePerHour: rates, agents: 1, chatsPerAgent: 4, handling: handling, using: &first)
    let replies = CustomerService.simulateDay(
      ratePerHour: rates, agents: 1, chatsPerAgent: 4, handling: handling,
      firstReplyMinutes: 0.5, using: &second)
    let reply = CustomerService.replyMinutes(
      baseMinutes: 0.5, chatsPerAgent: 4, occupancy: 40.0 / 60 * 5 / 4)
    #expect(waits.tickets == replies.tickets && waits.tickets > 300)
    #expect(abs(replies.meanResponseMinutes - waits.meanResponseMinutes - reply) < 1e-9)
    #expect(replies.maxWaitMinutes == waits.maxWaitMinutes)
    #expect(replies.share3Minutes < waits.share3Minutes, "\(replies) vs \(waits)")
    var third = SplitMix64(seed: seed)
    let nobody = CustomerService.simulateDay(
      ratePerHour: rates, agents: 0, handling: handling, firstReplyMinutes: 0.5, using: &third)
    #expect(nobody.meanResponseMinutes == CustomerService.unansweredWaitMinutes)
  }

  /// Staffing to the standard counts the reply: a slow typist needs more agents.
  @Test func staffingToTheStandardCountsTheReply() {
    let rates = CustomerServiceTests.constant(120)
    let handling = HandlingTime.exponential(meanMinutes: 5)
    let quick = CustomerService.agentsNeeded(
      ratePerHour: rates, chatsPerAgent: 5, handling: handling, target3MinuteShare: 0.9)
    let slow = CustomerService.agentsNeeded(
      ratePerHour: rates, chatsPerAgent: 5, handling: handling, firstReplyMinutes: 1.5,
      target3MinuteShare: 0.9)
    #expect(slow > quick, "\(quick) vs \(slow)")
  }
}
