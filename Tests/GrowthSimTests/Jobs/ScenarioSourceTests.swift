import Foundation
import GrowthSim
import TestSupport
import Testing

/// A job's scenario: read once, policy files spliced into the parsed document, `--set` after.
@Suite struct ScenarioSourceTests {
  private let scenarioText = #"{"name": "s", "policyFiles": ["p.json"], "policies": [{"id": "a"}]}"#

  private func folder(policy: String = #"{"id": "b", "ads": {"dailyBudget": 10}}"#) throws
    -> String
  {
    let folder = try TestFolder.make("source")
    try Data(scenarioText.utf8).write(to: URL(fileURLWithPath: folder + "/s.json"))
    try Data(policy.utf8).write(to: URL(fileURLWithPath: folder + "/p.json"))
    return folder
  }

  @Test func policyFilesJoinThePoliciesAndAnOverrideReachesThem() throws {
    let folder = try folder()
    let override = try #require(ScenarioOverride(argument: "/policies/1/ads/dailyBudget=25"))
    let read = try ScenarioSource.read(
      folder + "/s.json", overrides: [override], byteLimit: 1 << 20)
    #expect(read.document.value(at: JSONPointer("/policyFiles")!) == nil)
    #expect(read.document.value(at: JSONPointer("/policies/0/id")!) == .string("a"))
    #expect(read.document.value(at: JSONPointer("/policies/1/id")!) == .string("b"))
    #expect(read.document.value(at: JSONPointer("/policies/1/ads/dailyBudget")!)?.jsonText == "25")
    // The manifest's bytes cover the policy file's content (not the override).
    #expect(String(decoding: read.bytes, as: UTF8.self).contains(#""dailyBudget":10"#))
  }

  @Test func withoutPolicyFilesTheBytesAreTheFilesOwn() throws {
    let folder = try TestFolder.make("source")
    let text = #"{"name": "plain"}"#
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/s.json"))
    let read = try ScenarioSource.read(folder + "/s.json", byteLimit: 1 << 20)
    #expect(read.bytes == Array(text.utf8))
    #expect(
      try ScenarioSource.read(nil, byteLimit: 1 << 20).bytes == Array(DefaultScenario.json.utf8))
  }

  @Test func aBrokenPolicyFileIsNamedAndTheScenarioIsNot() throws {
    let folder = try folder(policy: #"{"id": "b",}"#)
    do {
      _ = try ScenarioSource.scenario(folder + "/s.json", byteLimit: 1 << 20)
      Issue.record("read a broken policy file")
    } catch {
      guard case .syntax(let file, _) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(file == folder + "/p.json")
    }
  }

  @Test func aBadOverrideBlamesTheScenario() throws {
    let override = try #require(ScenarioOverride(argument: "/nope/deeper=1"))
    do {
      _ = try ScenarioSource.scenario(nil, overrides: [override], byteLimit: 1 << 20)
      Issue.record("applied an override to a missing object")
    } catch {
      guard case .invalid(let file, _) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(file == nil)
    }
  }
}

/// `calibrate --free` and `sensitivity --vary` read ranges with one reader.
@Suite struct RangeShorthandTests {
  @Test(arguments: [
    ("/a/b=1:2", #"{"pointer":"/a/b","low":1,"high":2}"#),
    ("/a=0.1:10:log", #"{"pointer":"/a","low":0.1,"high":10,"scale":"log"}"#),
    ("/a=log:0.1:10", #"{"pointer":"/a","low":0.1,"high":10,"scale":"log"}"#),
    ("/a=1:2:linear", #"{"pointer":"/a","low":1,"high":2,"scale":"linear"}"#),
  ])
  func aRangeBecomesAParameterDocument(text: String, json: String) {
    #expect(SweepParameter.rangeShorthand(text)?.jsonText == json)
  }

  @Test(arguments: ["/a=1:2:3", "/a=1,2", "a=1:2", "=1:2", "/a=1:x", "/a=1:2:cubic", "/a"])
  func otherFormsAreRefused(text: String) {
    #expect(SweepParameter.rangeShorthand(text) == nil)
  }
}

@Suite struct ComparePoliciesTests {
  @Test func askedThenTheScenariosThenTheDefault() throws {
    var scenario = try Scenario.decode(from: Array(DefaultScenario.json.utf8))
    scenario.experiment.comparePolicies = []
    #expect(PolicyComparison.policies(nil, for: scenario) == PolicyComparison.defaultPolicies)
    scenario.experiment.comparePolicies = ["steady", "funnel"]
    #expect(PolicyComparison.policies(nil, for: scenario) == ["steady", "funnel"])
    #expect(PolicyComparison.policies(["a", "b"], for: scenario) == ["a", "b"])
  }
}
