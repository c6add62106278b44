import Foundation
import Testing

@testable import GrowthSim

/// The checked-in scenarios, the embedded default and the generated docs stay in step.
@Suite struct ScenarioFilesTests {
  static func file(_ path: String) throws -> String {
    let url = TestFixtures.repositoryRoot.appendingPathComponent(path)
    return try String(contentsOf: url, encoding: .utf8)
  }

  static var scenarioFiles: [String] {
    let directory = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test func thereAreScenarioFiles() {
    #expect(Self.scenarioFiles.contains("default.json"))
  }

  @Test(arguments: scenarioFiles)
  func everyScenarioFileValidatesAndRuns(name: String) throws {
    let path = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/" + name).path
    var scenario = try ScenarioSource.scenario(path, byteLimit: 16 << 20)
    scenario.experiment.replications = 1
    // Large scenarios (the belt, 1,300 merchants) run one day here, the others ten: CI's
    // Scripts/regenerate-results.sh and the benchmark run them in full (a second belt day cost
    // 4 s of CPU in a debug build; RunFilesStreamingTests runs a small belt over several days).
    scenario.calendar.days = min(scenario.calendar.days, scenario.merchants.count > 100 ? 1 : 10)
    let result = RunResult.run(scenario, jobs: 1)
    #expect(result.days[0].count == scenario.merchants.count)
    #expect(result.days[0].allSatisfy { $0.count == scenario.calendar.days })
    // Targets evaluate on the shortened run too (windows past its end count no days).
    #expect(TargetEvaluation.outcomes(of: result).count == scenario.targets.count)
  }

  @Test func theEmbeddedDefaultIsTheDefaultFile() throws {
    #expect(try Self.file("Scenarios/default.json") == DefaultScenario.json + "\n")
  }

  /// The text between `<!-- BEGIN GENERATED: COMMAND -->` and `<!-- END GENERATED -->`.
  static func generatedSection(of path: String, command: String) throws -> String? {
    let text = try file(path)
    let begin = "<!-- BEGIN GENERATED: \(command) -->\n"
    guard let start = text.range(of: begin),
      let end = text.range(of: "<!-- END GENERATED -->", range: start.upperBound..<text.endIndex)
    else { return nil }
    return String(text[start.upperBound..<end.lowerBound])
  }

  @Test func theFormatReferenceInTheDocsIsCurrent() throws {
    let section = try Self.generatedSection(
      of: "docs/scenario-format.md", command: "growthsim schema --markdown")
    #expect(
      section == ScenarioSchema.markdownReference, "regenerate with `growthsim schema --markdown`")
  }

  @Test func theColumnReferenceInTheDocsIsCurrent() throws {
    let section = try Self.generatedSection(
      of: "docs/output-format.md", command: "growthsim schema --columns")
    let expected =
      "## daily.csv\n\n" + OutputReference.daily + "\n## daily_long.csv\n\n"
      + OutputReference.dailyLong + "\n## sku_daily.csv\n\n" + OutputReference.skuDaily
      + "\n## daily_stats.csv\n\n" + OutputReference.dailyStatistics
      + "\n## summary.csv\n\n" + OutputReference.summary
      + "\n## providers.csv\n\n" + OutputReference.providers + "\n## targets.csv\n\n"
      + OutputReference.targets
    #expect(section == expected, "regenerate with `growthsim schema --columns`")
  }

  @Test func theCompareColumnReferenceInTheDocsIsCurrent() throws {
    let section = try Self.generatedSection(
      of: "docs/compare.md", command: "growthsim schema --compare-columns")
    #expect(
      section == OutputReference.compare, "regenerate with `growthsim schema --compare-columns`")
  }

  @Test func theJSONSchemaIsValidJSONAndDescribesEveryKey() throws {
    let parsed = try JSONParser.parse(ScenarioSchema.jsonSchema)
    guard case .object(let root) = parsed, case .object(let properties)? = root["properties"] else {
      Issue.record("the schema has no properties")
      return
    }
    #expect(properties.keys == Scenario.schema.map(\.name))
    #expect(root["additionalProperties"] == .bool(false))
    // A nested key is reachable: /merchants/items/properties/skus/items/properties/price.
    let text = ScenarioSchema.jsonSchema
    #expect(text.contains("\"reorderQuantity\"") && text.contains("\"exclusiveMinimum\": 0"))
  }
}
