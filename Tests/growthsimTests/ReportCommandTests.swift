import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `report.html` from the commands, `growthsim report DIR`, `--at`/`--window`, and what-ifs
/// that never overwrite the reference results.
@Suite struct ReportCommandTests {
  @Test func reportDirRewritesThePageTheRunWroteByteForByte() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: scenario)
    let run = CLITests.run(["run", scenario, "--out", directory + "/out", "--at", "2026-07-04"])
    #expect(run.code == .success, "\(run.errors)")
    #expect(run.output.contains("figures on day 3 (2026-07-04), mean [5 %…95 %] over 2 "))
    #expect(run.output.contains("P(a SKU out of stock that day) = "))
    let page = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/report.html"))
    #expect(String(decoding: page, as: UTF8.self).contains("<section id=\"focus\">"))
    try FileManager.default.removeItem(atPath: directory + "/out/report.html")
    let again = CLITests.run([
      "report", directory + "/out", "--scenario", scenario, "--at", "3", "-q",
    ])
    #expect(again.code == .success, "\(again.errors)")
    #expect(again.output == "wrote \(directory)/out/report.html\n")
    // `--at 3` and `--at 2026-07-04` are the same day; the heading keeps what was typed.
    let rewritten = try String(contentsOfFile: directory + "/out/report.html", encoding: .utf8)
    #expect(rewritten == String(decoding: page, as: UTF8.self))
  }

  @Test func aDayOutsideTheRunIsAUsageErrorBeforeAnythingRuns() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: scenario)
    let late = CLITests.run(["run", scenario, "--out", directory + "/out", "--at", "10"])
    #expect(late.code == .usage)
    #expect(
      late.errors
        == "error: --at '10': day 10 is outside the run (days 0…9, 2026-07-01 to 2026-07-10)\n")
    let unknown = CLITests.run([
      "compare", scenario, "--out", directory + "/out", "--window", "818",
    ])
    #expect(unknown.code == .usage)
    #expect(unknown.errors.contains("expected FROM..TO (days from 0 or dates) or a campaign id"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
    let both = CLITests.run(["run", scenario, "--at", "1", "--window", "1..2"])
    #expect(both.code == .usage)
  }

  @Test func aFolderWithoutResultsIsRefused() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = CLITests.run(["report", directory])
    #expect(outcome.code == .noInput)
    #expect(outcome.errors.contains("no growthsim results to report"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/report.html"))
  }

  @Test func compareWindowsGiveEachPolicysFigures() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: scenario)
    let outcome = CLITests.run([
      "compare", scenario, "--out", directory + "/out", "--window", "2..4",
    ])
    #expect(outcome.code == .success, "\(outcome.errors)")
    #expect(outcome.output.contains("snowball: figures over days 2…4 (2026-07-03 to 2026-07-05"))
    #expect(outcome.output.contains("funnel: figures over days 2…4"))
    let page = try String(contentsOfFile: directory + "/out/report.html", encoding: .utf8)
    for id in ["focus", "compare", "gap", "compare-daily"] {
      #expect(page.contains("<section id=\"\(id)\">"), "no section \(id)")
    }
    // The verdict on the settled profit, the running gap beside it, as the printed headline
    // has them.
    #expect(page.contains("<th>settled vs first [90 % CI]</th><th>crossover day</th>"))
    #expect(outcome.output.contains("funnel vs snowball: ") && outcome.output.contains(" settled"))
    #expect(outcome.output.contains("  running (refunds charged only when made): "))
  }

  @Test(.enabled(if: OutputAttackTests.hasBinary))
  func whatIfsWriteToAFolderOfTheirOwnAndThePlainRunToTheReference() throws {
    let directory = try OutputAttackTests.folder()
    #expect(try OutputAttackTests.run(["run", "small.json", "-q"], in: directory).status == 0)
    let reference = try Data(
      contentsOf: URL(fileURLWithPath: directory + "/Results/minimal/daily.csv"))
    let whatIf = ["run", "small.json", "--set", "/merchants/0/followers=2000", "-q"]
    #expect(try OutputAttackTests.run(whatIf, in: directory).status == 0)
    #expect(
      try OutputAttackTests.run(["run", "small.json", "--seed", "3", "-q"], in: directory).status
        == 0)
    let folders = CLITests.contents(of: directory + "/Results")
    #expect(folders.count == 3, "\(folders)")
    #expect(folders.first == "minimal")
    for folder in folders.dropFirst() {
      #expect(folder.hasPrefix("minimal-") && folder.count == "minimal-".count + 8)
      #expect(folder.dropFirst(8).allSatisfy { "0123456789abcdef".contains($0) })
    }
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: directory + "/Results/minimal/daily.csv"))
        == reference)
    // The same what-if again goes to the same folder.
    #expect(try OutputAttackTests.run(whatIf, in: directory).status == 0)
    #expect(CLITests.contents(of: directory + "/Results").count == 3)
  }

  @Test func theWhatIfFolderNamesTheOverridesHash() throws {
    var settings = Options.RunSettings()
    let scenario = try Scenario.decode(from: Array(TestFixtures.minimalText.utf8))
    #expect(CLI.runFolder(scenario, settings) == "Results/minimal")
    settings.seed = 3
    let seeded = CLI.runFolder(scenario, settings)
    #expect(seeded.hasPrefix("Results/minimal-") && seeded.count == "Results/minimal-".count + 8)
    settings.seed = 4
    #expect(CLI.runFolder(scenario, settings) != seeded)
    #expect(
      CLI.runFolder(scenario, settings, suffix: "-compare").hasPrefix("Results/minimal-compare-"))
  }
}
