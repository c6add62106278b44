import Foundation
import Testing

@testable import GrowthSim

/// Agents holding several chats at once: M/M/(c·k) against its closed form, the simulation's
/// pool of slots, staffing with slots, and the scenario keys that reach them.
@Suite struct ConcurrentChatsTests {
  @Test(arguments: [0.5, 0.8, 0.95], [(1, 5), (3, 2), (4, 5)])
  func meanFieldIsErlangCOverAgentsTimesChats(load: Double, pool: (agents: Int, chats: Int)) {
    let mean = 5.0
    let servers = pool.agents * pool.chats
    let arrivalRate = load * Double(servers) / mean  // per minute
    let day = CustomerService.expectedDay(
      ratePerHour: CustomerServiceTests.constant(60 * arrivalRate), agents: pool.agents,
      chatsPerAgent: pool.chats, handling: .exponential(meanMinutes: mean))
    // The closed form for c·k servers: Wq = C(ck, a) / (ck μ − λ), P(W > 3) = C e^{−(ck μ − λ) 3}.
    let wait = ErlangC.meanWait(agents: servers, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    let tail = ErlangC.waitExceeds(
      3, agents: servers, arrivalRate: arrivalRate, serviceRate: 1 / mean)
    #expect(CustomerServiceTests.isClose(day.meanResponseMinutes, wait), "\(day) vs Wq \(wait)")
    #expect(CustomerServiceTests.isClose(day.share3Minutes, 1 - tail), "\(day) vs \(tail)")
    // The same as a pool of c·k agents holding one chat each.
    let flat = CustomerService.expectedDay(
      ratePerHour: CustomerServiceTests.constant(60 * arrivalRate), agents: servers,
      handling: .exponential(meanMinutes: mean))
    #expect(day == flat)
  }

  @Test(arguments: 0..<4 as Range<UInt64>)
  func simulatedSlotsAreServersOfTheirOwn(seed: UInt64) {
    var first = SplitMix64(seed: seed)
    var second = SplitMix64(seed: seed)
    let handling = HandlingTime.logNormal(meanMinutes: 5, cv: 1.5)
    let withChats = CustomerService.simulateDay(
      ratePerHour: CustomerServiceTests.eveningPeak, agents: 3, chatsPerAgent: 4,
      handling: handling, using: &first)
    let asServers = CustomerService.simulateDay(
      ratePerHour: CustomerServiceTests.eveningPeak, agents: 12, handling: handling,
      using: &second)
    #expect(withChats == asServers)
    #expect(withChats.tickets > 500 && withChats.meanResponseMinutes > 0)
  }

  @Test(arguments: [1, 3, 5])
  func agentsNeededCountsSlots(chats: Int) {
    let handling = HandlingTime.exponential(meanMinutes: 5)
    let agents = CustomerService.agentsNeeded(
      ratePerHour: CustomerServiceTests.eveningPeak, chatsPerAgent: chats, handling: handling,
      target3MinuteShare: 0.99)
    func share(_ agents: Int) -> Double {
      CustomerService.expectedDay(
        ratePerHour: CustomerServiceTests.eveningPeak, agents: agents, chatsPerAgent: chats,
        handling: handling
      ).share3Minutes
    }
    #expect(share(agents) >= 0.99, "\(chats) chats: \(agents) agents reach \(share(agents))")
    // The peak is 10 erlangs: below 10 / k agents the pool is overloaded.
    #expect(Double(agents * chats) > 10)
    #expect(
      share(agents - 1) < 0.99 || Double((agents - 1) * chats) <= 10,
      "\(chats) chats: \(agents - 1) agents reach \(share(agents - 1))")
  }

  @Test func theScenarioReachesTheLogNormalAndTheChatCap() throws {
    var document = TestFixtures.minimal()
    document["categories"] = [
      ["id": "apparel", "handlingDistribution": "logNormal", "handlingCV": 2, "handlingMinutes": 4]
    ]
    document["policies"] = [["id": "steady", "service": ["concurrentChats": 3]]]
    let scenario = try TestFixtures.scenario(document)
    #expect(scenario.categories[0].handlingTime(scale: 1) == .logNormal(meanMinutes: 4, cv: 2))
    #expect(scenario.categories[0].handlingTime(scale: 0.5) == .logNormal(meanMinutes: 2, cv: 2))
    #expect(scenario.policies[0].concurrentChats == 3)
    let plain = try TestFixtures.scenario(TestFixtures.minimal())
    #expect(plain.categories[0].handlingTime(scale: 1) == .exponential(meanMinutes: 5))
    #expect(plain.policies[0].concurrentChats == 5)
  }

  @Test func badServiceKeysAreReportedWithTheirPointer() throws {
    var document = TestFixtures.minimal()
    document["categories"] = [["id": "apparel", "handlingDistribution": "gamma"]]
    document["policies"] = [["id": "steady", "service": ["concurrentChats": 0]]]
    let messages = try #require(TestFixtures.messages(TestFixtures.text(document)))
    #expect(messages.contains("/categories/0/handlingDistribution"), "\(messages)")
    #expect(messages.contains("gamma"), "\(messages)")
    #expect(messages.contains("/policies/0/service/concurrentChats"), "\(messages)")
  }
}
