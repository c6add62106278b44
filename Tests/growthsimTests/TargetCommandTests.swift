import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `run` with scenario targets: `targets.csv`, the printed table and `--check-targets`.
@Suite struct TargetCommandTests {
  /// The minimal CLI scenario with one target, expecting `value` of GMV over its 10 days, in a
  /// new folder that the caller removes.
  static func scenario(value: Double) throws -> (directory: String, file: String) {
    let directory = try CLITests.temporaryDirectory()
    let target = """
      "targets":[{"id":"gmv","metric":"gmv_cny","merchant":"m1","aggregate":"sum","value":\(value),\
      "window":{"from":"2026-07-01","to":"2026-07-10"}}],"version":1}
      """
    let text = TestFixtures.minimalText.replacingOccurrences(of: #""version":1}"#, with: target)
    try CLITests.write(text, to: directory + "/small.json")
    return (directory, directory + "/small.json")
  }

  /// The mean the minimal scenario's target measures, from a first run's `targets.csv`.
  static func simulatedMean() throws -> Double {
    let (directory, file) = try scenario(value: 1)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = CLITests.run(["run", file, "--out", directory + "/out", "--quiet"])
    let csv = try String(contentsOfFile: directory + "/out/targets.csv", encoding: .utf8)
    let lines = csv.split(separator: "\n")
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
    let row = lines[1].split(separator: ",", omittingEmptySubsequences: false)
    let column = try #require(header.firstIndex(of: "mean"))
    return try #require(Double(row[column]))
  }

  @Test func aHitExitsZeroAndAMissExitsOneNamingTheTarget() throws {
    let mean = try Self.simulatedMean()
    #expect(mean > 0)
    let (directory, hitFile) = try Self.scenario(value: mean * 1.1)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let hit = CLITests.run(["run", hitFile, "--out", directory + "/hit", "--check-targets"])
    #expect(hit.code == .success)
    #expect(hit.errors == "")
    #expect(hit.output.contains("\ngmv  "))
    #expect(hit.output.contains("hit (±15 %)"))
    #expect(CLITests.contents(of: directory + "/hit").contains("targets.csv"))

    let (missDirectory, missFile) = try Self.scenario(value: mean * 2)
    defer { try? FileManager.default.removeItem(atPath: missDirectory) }
    let miss = CLITests.run(["run", missFile, "--out", missDirectory + "/out", "--check-targets"])
    #expect(miss.code == .targetMissed)
    #expect(miss.code.rawValue == 1)
    #expect(miss.errors.hasPrefix("\(missFile): target gmv missed: gmv_cny mean "))
    #expect(miss.errors.hasSuffix(" ± 15 %\n"))
    #expect(miss.errors.split(separator: "\n").count == 1)
    #expect(miss.output.contains("MISS (±15 %)"))
    // The files are written all the same.
    #expect(
      CLITests.contents(of: missDirectory + "/out")
        == [
          ".growthsim", "daily.csv", "daily_stats.csv", "report.html", "sku_daily.csv",
          "summary.csv",
          "targets.csv",
        ])

    // Without the flag a miss is reported but the run succeeds.
    let plain = CLITests.run(["run", missFile, "--out", missDirectory + "/plain", "--quiet"])
    #expect(plain.code == .success)
    #expect(plain.errors == "")
  }

  @Test func theTargetsDoNotChangeTheSimulatedNumbers() throws {
    let (directory, file) = try Self.scenario(value: 1)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try CLITests.write(TestFixtures.minimalText, to: directory + "/plain.json")
    _ = CLITests.run(["run", file, "--out", directory + "/with", "--quiet"])
    _ = CLITests.run(["run", directory + "/plain.json", "--out", directory + "/without", "--quiet"])
    for name in ["daily.csv", "summary.csv"] {
      let with = try Data(contentsOf: URL(fileURLWithPath: directory + "/with/" + name))
      let without = try Data(contentsOf: URL(fileURLWithPath: directory + "/without/" + name))
      #expect(with == without)
    }
  }

  @Test func checkTargetsBelongsToRunOnly() {
    let outcome = CLITests.run(["compare", "--check-targets"])
    #expect(outcome.code == .usage)
    #expect(
      outcome.errors.hasPrefix(
        "error: option '--check-targets' does not apply to compare (it is an option of run)"))
  }
}
