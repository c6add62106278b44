import Foundation
import Testing

@testable import GrowthSim

/// The seed cases on one world (issue 17): each includes it, waives the platform-supply rule
/// only where its feed breaks it, and cites the seed for every target.
@Suite struct SeedWorldTests {
  /// The cases whose `source` is a seed article.
  static var seedCases: [String] {
    ScenarioFilesTests.scenarioFiles.filter { name in
      (try? ScenarioFilesTests.file("Scenarios/" + name))?.contains("\"source\": \"seeds/") == true
    }
  }

  static func document(_ name: String) throws -> JSONObject {
    guard case .object(let object) = try JSONParser.parse(ScenarioFilesTests.file(name)) else {
      Issue.record("\(name) is not an object")
      return JSONObject()
    }
    return object
  }

  @Test func thereAreSeedCases() {
    #expect(Self.seedCases.count >= 8)
  }

  @Test(arguments: seedCases)
  func theCaseIncludesTheWorldOf2022(name: String) throws {
    var path = "Scenarios/" + name
    var chain: [String] = []
    while case .string(let world)? = try Self.document(path)["world"] {
      path = WorldFiles.resolved(world, from: path)
      chain.append(WorldFiles.normalized(path))
    }
    #expect(chain.last == "Scenarios/worlds/douyin-2022.json", "\(name): \(chain)")
  }

  @Test(arguments: seedCases)
  func aWaiverOfTheSupplyRuleIsNeeded(name: String) throws {
    let path = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/" + name).path
    guard case .object(let merged) = try ScenarioSource.document(path, byteLimit: 16 << 20)
    else { return }
    var document = JSONValue.object(merged)
    let waiver = JSONPointer("/platform/exceedsImpressionsPerDay")!
    guard document.value(at: waiver) == .bool(true) else { return }
    try document.set(.bool(false), at: waiver)
    #expect(throws: ScenarioLoadError.self, "\(name) waives a rule it keeps") {
      try Scenario.decode(document)
    }
  }

  @Test(arguments: seedCases)
  func everyTargetCitesTheSeed(name: String) throws {
    guard case .array(let targets)? = try Self.document("Scenarios/" + name)["targets"] else {
      return
    }
    for target in targets {
      guard case .object(let object) = target else { continue }
      guard case .string(let citation)? = object["citation"] else {
        Issue.record("\(name): \(object["id"]?.excerpt ?? "a target") has no citation")
        continue
      }
      #expect(citation.hasPrefix("seeds/0"), "\(name): \(citation)")
    }
  }
}
