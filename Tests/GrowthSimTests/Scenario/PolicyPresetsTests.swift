import Foundation
import Testing

@testable import GrowthSim

@Suite struct PolicyPresetsTests {
  @Test(arguments: PolicyPresets.json.map(\.id))
  func eachPresetIsAValidPolicyEqualToItsInlineForm(id: String) throws {
    let text = try #require(PolicyPresets.json.first { $0.id == id }).text
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(document, at: "/policies", json: "[\(text)]")
    document = try TestFixtures.patched(document, at: "/merchants/0/policy", json: "\"\(id)\"")
    let inline = try TestFixtures.scenario(document)
    #expect(inline.policies[0] == PolicyPresets.policy(id: id))
  }

  @Test func aMerchantCanFollowAPresetWithoutDefiningIt() throws {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(document, at: "/merchants/0/policy", json: #""funnel""#)
    let scenario = try TestFixtures.scenario(document)
    #expect(scenario.policies.map(\.id) == ["steady", "funnel"])
    #expect(scenario.policies[1].bidding == .roiTarget(floorROI: 2.5, maxBudget: 6000))
    #expect(scenario.policies[1].adTargeting == .broad)
  }

  @Test func aScenarioPolicyOfTheSameIdWins() throws {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(document, at: "/policies/0/id", json: #""snowball""#)
    document = try TestFixtures.patched(document, at: "/merchants/0/policy", json: #""snowball""#)
    let scenario = try TestFixtures.scenario(document)
    #expect(
      scenario.policies.count == 1 && scenario.policies[0].bidding == .fixed(dailyBudget: 1000))
  }
}

@Suite struct PolicyDocsTests {
  @Test(arguments: PolicyPresets.json.map(\.id))
  func thePoliciesDocShowsEachPresetVerbatim(id: String) throws {
    let url = TestFixtures.repositoryRoot.appendingPathComponent("docs/policies.md")
    let doc = try String(contentsOf: url, encoding: .utf8)
    let text = try #require(PolicyPresets.json.first { $0.id == id }).text
    #expect(doc.contains("```json\n\(text)\n```"))
  }
}
