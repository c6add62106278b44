import Foundation
import Testing

@testable import GrowthSim

/// The checked-in sweep specs and the sweep docs stay in step with the code.
@Suite struct SweepDocsTests {
  static var specFiles: [String] {
    let directory = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/sweeps").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test func thereAreSpecFiles() {
    #expect(!Self.specFiles.isEmpty)
  }

  @Test(arguments: specFiles)
  func everySpecFileFitsTheDefaultScenarioAndEveryPointIsValid(name: String) throws {
    let text = try ScenarioFilesTests.file("Scenarios/sweeps/" + name)
    let plan = try SweepPlan(
      scenario: try JSONParser.parse(DefaultScenario.json),
      spec: try SweepSpec.decode(from: Array(text.utf8)))
    try plan.validateAllPoints(jobs: 2)
    #expect(plan.pointCount > 0)
  }

  @Test func theColumnReferenceInTheSweepDocIsCurrent() throws {
    let section = try ScenarioFilesTests.generatedSection(
      of: "docs/sweeps.md", command: "growthsim schema --sweep-columns")
    #expect(section == SweepReference.markdown, "regenerate with Scripts/update-docs.py")
  }
}
