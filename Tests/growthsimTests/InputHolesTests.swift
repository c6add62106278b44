import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// Inputs that are not what they seem: named pipes, a policy compared with itself, limits on
/// `validate`. (Messages for bad file contents are corpus cases.)
@Suite struct InputHolesTests {
  /// A named pipe with no writer: opening it for reading would block forever.
  static func fifo(in directory: String, named name: String) throws -> String {
    let path = directory + "/" + name
    #expect(mkfifo(path, 0o644) == 0)
    return path
  }

  @Test func aNamedPipeIsRefusedAsAScenarioASpecAndAPolicyFile() throws {
    let directory = try CLITests.temporaryDirectory()
    let pipe = try Self.fifo(in: directory, named: "f.json")
    let validated = CLITests.run(["validate", pipe])
    #expect(validated.code == .noInput)
    #expect(validated.errors == "error: cannot read \(pipe): not a regular file\n")

    let scenario = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: scenario)
    let swept = CLITests.run(["sweep", scenario, "--spec", pipe, "--out", directory + "/out"])
    #expect(swept.code == .noInput)
    #expect(swept.errors == "error: cannot read \(pipe): not a regular file\n")

    let withPolicies = directory + "/with-policies.json"
    try CLITests.write(
      TestFixtures.minimalText.replacingOccurrences(
        of: #""name":"minimal""#, with: #""name":"minimal","policyFiles":["f.json"]"#),
      to: withPolicies)
    let run = CLITests.run(["run", withPolicies, "--out", directory + "/run"])
    #expect(run.code == .noInput)
    #expect(run.errors.contains("not a regular file"), "\(run.errors)")
    #expect(CLITests.contents(of: directory) == ["f.json", "small.json", "with-policies.json"])
  }

  @Test func aNamedPipeAmongMergePartsIsRefused() throws {
    let directory = try CLITests.temporaryDirectory()
    let parts = directory + "/parts"
    try FileManager.default.createDirectory(atPath: parts, withIntermediateDirectories: true)
    let pipe = try Self.fifo(in: parts, named: "manifest.part-1-of-2.json")
    try CLITests.write("point,seed\n", to: parts + "/sweep.part-1-of-2.csv")
    let merged = CLITests.run(["merge", parts, "--out", directory + "/merged"])
    #expect(merged.code == .noInput)
    #expect(merged.errors == "error: cannot read \(pipe): not a regular file\n")
  }

  @Test func compareRefusesAPolicyComparedWithItself() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    let outcome = CLITests.run([
      "compare", file, "--policies", "steady,snowball,steady", "--out", directory + "/out",
    ])
    #expect(outcome.code == .usage)
    #expect(
      outcome.errors.hasPrefix("error: '--policies' repeats an earlier policy, got 'steady'\n"))
    #expect(CLITests.contents(of: directory) == ["small.json"])
  }

  @Test func validateTakesTheMerchantsLimitAndCountsCohortsBeforeDrawingThem() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/cohort.json"
    try CLITests.write(
      TestFixtures.minimalText.replacingOccurrences(
        of: #""name":"minimal""#,
        with: #""name":"minimal","cohorts":[{"id":"c","count":50,"#
          + #""template":{"category":"apparel","policy":"steady","#
          + #""skus":[{"id":"s1","price":100,"stock":5,"unitCost":40}]}}]"#), to: file)
    #expect(CLITests.run(["validate", file]).code == .success)
    let limited = CLITests.run(["validate", file, "--limit", "merchants=20"])
    #expect(limited.code == .dataError)
    #expect(
      limited.errors
        == "\(file): /merchants: must make at most 20 merchants in all, listed and in cohorts "
        + "(the merchants limit; raise it with --limit merchants=N), got 51\n")
    let bad = CLITests.run(["validate", file, "--limit"])
    #expect(bad.code == .usage)
  }
}
