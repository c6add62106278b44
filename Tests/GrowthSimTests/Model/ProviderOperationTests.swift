import Testing

@testable import GrowthSim

/// A provider's operation: what its staff does for each store comes from the staff allotted
/// to it (MODEL.md §3.9, "operation").
@Suite struct ProviderOperationTests {
  /// The operation of the tests: 3 live hours, 1 video and 2 agents per person allotted.
  static var operation: [String: Any] {
    [
      "liveHoursPerStaff": 3, "videosPerStaff": 1, "agentsPerStaff": 2,
      "luckyBagBudgetPerHour": 50,
    ]
  }

  /// `count` merchants (4-hour lives, 2 fixed agents), the first `served` served by a
  /// provider of `staff` with the operation, hiring to `hired` on day 20 when given; 40 days,
  /// mean field.
  static func scenario(merchants count: Int, served: Int, staff: Int, hired: Int? = nil) throws
    -> Scenario
  {
    var document = try ProviderTests.document(merchants: count, capacity: staff)
    document["calendar"] = ["startDate": "2026-07-01", "days": 40]
    var provider = (document["providers"] as? [[String: Any]])?[0] ?? [:]
    provider["operation"] = operation
    if let hired { provider["staffPlan"] = [["from": "2026-07-21", "staff": hired]] }
    document["providers"] = [provider]
    var merchants = document["merchants"] as? [[String: Any]] ?? []
    for index in merchants.indices {
      if index >= served { merchants[index]["provider"] = nil }
      // Stock for the whole run: the operation's extra sales must not sell out.
      merchants[index]["skus"] = [
        ["id": "s1", "price": 100, "unitCost": 40, "stock": 1_000_000]
      ]
    }
    document["merchants"] = merchants
    document["policies"] = [
      ["id": "steady", "ads": ["dailyBudget": 1000], "service": ["agents": 2]]
    ]
    return try TestFixtures.scenario(document)
  }

  @Test func theOperationRaisesThePolicyAndNeverLowersIt() throws {
    let plan = ResolvedScenario(try Self.scenario(merchants: 1, served: 1, staff: 1))
    let own = plan.variants[plan.variantByDay[0][0]]
    let rule = try #require(plan.scenario.providers[0].operation)
    // One person: 3 hours (below the own 4), 1 video, 2 agents (the own 2): only the video.
    let one = rule.operating(own, staffPerStore: 1)
    #expect(one.liveHours == 4 && one.luckyBagBudgetPerHour == 0)
    #expect(one.videosPerDay == max(own.videosPerDay, 1))
    #expect(one.serviceAgents == 2 && one.staffsToStandard == own.staffsToStandard)
    // Three people: 9 hours with the operators' lucky bags, 3 videos, up to 6 agents to the
    // standard and never fewer than the own fixed 2.
    let three = rule.operating(own, staffPerStore: 3)
    #expect(three.liveHours == 9 && three.luckyBagBudgetPerHour == 50)
    #expect(three.videosPerDay == max(own.videosPerDay, 3))
    #expect(three.serviceAgents == 6 && three.staffsToStandard)
    #expect(three.fewestAgentsToStandard == 2)
  }

  @Test func aServedStoreGetsMoreOperationWhenItsProvidersStaffGrows() throws {
    let scenario = try Self.scenario(merchants: 1, served: 1, staff: 1, hired: 4)
    let plan = ResolvedScenario(scenario)
    let before = plan.variants[plan.variant(of: 0, on: 19)]
    let after = plan.variants[plan.variant(of: 0, on: 20)]
    #expect(before.liveHours == 4 && after.liveHours == 12)
    #expect(after.videosPerDay > before.videosPerDay)
    #expect(after.serviceAgents > before.serviceAgents)
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    #expect(days[25].liveMinutes > days[15].liveMinutes)
    #expect(days[25].gmv > days[15].gmv)
  }

  @Test func aProviderAtItsLimitDilutesTheOperation() throws {
    // Four people give one store 12 hours; shared by four stores, 3 hours each (below the
    // own 4); by eight, over capacity, the capability lift is diluted too.
    let alone = ResolvedScenario(try Self.scenario(merchants: 1, served: 1, staff: 4))
    let crowded = ResolvedScenario(try Self.scenario(merchants: 4, served: 4, staff: 4))
    #expect(alone.variants[alone.variant(of: 0, on: 0)].liveHours == 12)
    #expect(crowded.staffShare[0] == 1)
    #expect(crowded.variants[crowded.variant(of: 0, on: 0)].liveHours == 4)
    let over = ResolvedScenario(try Self.scenario(merchants: 8, served: 8, staff: 4))
    #expect(over.staffShare[0] == 0.5)
    #expect(over.providerEffects[0].liveConversion < crowded.providerEffects[0].liveConversion)
  }

  @Test func withoutTheStaffGrowthTheShareDoesNotRise() throws {
    func share(hired: Int?) throws -> (early: Double, late: Double) {
      let scenario = try Self.scenario(merchants: 4, served: 1, staff: 1, hired: hired)
      let rows = ProviderTable.rows(of: RunResult.run(scenario, jobs: 1))
      func mean(_ days: Range<Int>) -> Double {
        days.map { rows[$0].gmv / rows[$0].totalGMV }.reduce(0, +) / Double(days.count)
      }
      return (mean(10..<20), mean(30..<40))
    }
    let grown = try share(hired: 4)
    let flat = try share(hired: nil)
    #expect(grown.late > grown.early * 1.2)
    #expect(abs(flat.late / flat.early - 1) < 0.05)
  }

  @Test func theGuessCatalogueVariesTheOperationOnlyWhereAScenarioHasOne() throws {
    var document = try ProviderTests.document(merchants: 1, capacity: 1)
    func pointers() throws -> [String] {
      let parsed = try JSONParser.parse(Array(TestFixtures.text(document).utf8))
      return GuessCatalogue.parameters(in: parsed).map(\.pointer.description)
    }
    let without = try pointers()
    #expect(without.contains("/providers/0/staffCostPerDay"))
    #expect(!without.contains { $0.hasPrefix("/providers/0/operation/") })
    var provider = (document["providers"] as? [[String: Any]])?[0] ?? [:]
    provider["operation"] = Self.operation
    document["providers"] = [provider]
    #expect(try pointers().contains("/providers/0/operation/liveHoursPerStaff"))
  }
}
