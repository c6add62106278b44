import Testing

@testable import GrowthSim

/// The platform rules that are scenario keys: service hours, compensation and the slow
/// response line.
@Suite struct PlatformRulesTests {
  static func scenario(_ platform: [String: Any]) throws -> Scenario {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["platform"] = platform
    return try TestFixtures.scenario(document)
  }

  @Test func ticketsArriveOnlyInTheServiceHours() throws {
    let standard = ResolvedScenario(try Self.scenario([:])).serviceShareByHour
    #expect(standard[7] == 0 && standard[8] > 0 && standard[22] > 0 && standard[23] == 0)
    let allDay = ResolvedScenario(
      try Self.scenario(["serviceStartHour": 0, "serviceEndHour": 24])
    ).serviceShareByHour
    #expect(allDay.allSatisfy { $0 > 0 })
    #expect(abs(allDay.reduce(0, +) - 1) < 1e-12)
  }

  @Test func serviceMustEndAfterItStarts() {
    var document = TestFixtures.minimal()
    document["platform"] = ["serviceStartHour": 10, "serviceEndHour": 10]
    #expect(
      TestFixtures.messages(TestFixtures.text(document))
        == "/platform/serviceEndHour: must be after serviceStartHour 10, got 10")
  }

  @Test func compensationFollowsTheScenarioRule() throws {
    // A warehouse that ships nothing makes every order late the next day.
    func compensation(_ platform: [String: Any]) throws -> Double {
      var document = TestFixtures.minimal()
      document["experiment"] = ["meanField": true, "replications": 1]
      document["calendar"] = ["startDate": "2026-08-01", "days": 5]
      document["platform"] = platform
      if var merchants = document["merchants"] as? [[String: Any]] {
        merchants[0]["shippingCapacityPerDay"] = 0
        document["merchants"] = merchants
      }
      let days = RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
      return days.reduce(0) { $0 + $1.compensation }
    }
    let standard = try compensation([:])
    let capped = try compensation(["lateCompensationMin": 1, "lateCompensationMax": 1])
    #expect(standard > 0 && capped > 0 && capped < standard)
  }
}
