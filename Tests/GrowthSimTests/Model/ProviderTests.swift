import Testing

@testable import GrowthSim

@Suite struct ProviderTests {
  /// `count` identical merchants served by one provider with capacity for `capacity`.
  static func scenario(merchants count: Int, capacity: Int, contractStart: String? = nil) throws
    -> Scenario
  {
    try TestFixtures.scenario(
      document(merchants: count, capacity: capacity, contractStart: contractStart))
  }

  /// The scenario document of `scenario(merchants:capacity:contractStart:)`.
  static func document(merchants count: Int, capacity: Int, contractStart: String? = nil) throws
    -> [String: Any]
  {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    var provider: [String: Any] = [
      "id": "agency", "staff": capacity, "merchantsPerStaff": 1,
      "capabilities": ["liveOperation": 0.9, "customerService": 0.9, "supplyChain": 0.9],
    ]
    if let contractStart { provider["contractStart"] = contractStart }
    document["providers"] = [provider]
    let template = (document["merchants"] as? [[String: Any]])?[0] ?? [:]
    document["merchants"] = (0..<count).map { index -> [String: Any] in
      var merchant = template
      merchant["id"] = "m\(index)"
      merchant["provider"] = "agency"
      return merchant
    }
    return document
  }

  @Test func aProviderOverCapacityLiftsLess() throws {
    let alone = ResolvedScenario(try Self.scenario(merchants: 1, capacity: 1))
    let crowded = ResolvedScenario(try Self.scenario(merchants: 5, capacity: 1))
    let full = alone.providerEffects[0]
    let diluted = crowded.providerEffects[0]
    #expect(crowded.staffShare[0] == 0.2 && alone.staffShare[0] == 1)
    #expect(full.liveConversion > diluted.liveConversion && diluted.liveConversion > 1)
    #expect(full.handlingTime < diluted.handlingTime && diluted.handlingTime < 1)
    #expect(full.leadTime < diluted.leadTime && diluted.leadTime < 1)
    // own 0.3, provider 0.9, cooperation 0.7, no dilution: 0.3 + 0.7 × 0.6 = 0.72.
    #expect(abs(full.liveConversion - (0.8 + 0.4 * 0.72) / (0.8 + 0.4 * 0.3)) < 1e-12)
  }

  @Test func withoutAProviderTheScenarioValuesHoldExactly() throws {
    let plan = ResolvedScenario(try TestFixtures.scenario(TestFixtures.minimal()))
    #expect(plan.providerEffects[0] == .none && plan.contractStartDay[0] == Int.max)
  }

  @Test func helpAndFeesStartWithTheContract() throws {
    let scenario = try Self.scenario(merchants: 1, capacity: 1, contractStart: "2026-07-04")
    let result = RunResult.run(scenario, jobs: 1)
    let days = result.days[0][0]
    #expect(days[0..<3].allSatisfy { $0.providerFees == 0 })
    #expect(days[3...].allSatisfy { $0.providerFees > 0 })
    // The provider's live-operation skill raises conversion from the contract day on.
    #expect(days[3].orders > days[2].orders)
    let rows = ProviderTable.rows(of: result)
    #expect(rows.count == scenario.calendar.days)
    #expect(rows[2].merchants == 0 && rows[2].gmv == 0 && rows[3].merchants == 1)
    #expect(abs(rows[5].gmv - days[5].gmv) < 1e-9 && rows[5].gmv == rows[5].totalGMV)
    #expect(abs(rows[5].fees - days[5].providerFees) < 1e-9)
  }
}
