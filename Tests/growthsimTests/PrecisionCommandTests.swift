import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `run --precision` and `compare --precision`: the count printed, and files equal to a
/// fixed run with that count.
@Suite struct PrecisionCommandTests {
  @Test func anAdaptiveRunEqualsAFixedRunWithItsCount() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    let adaptive = CLITests.run([
      "run", file, "--precision", "2%:gmv_cny", "--jobs", "3", "--out", directory + "/a",
    ])
    #expect(adaptive.code == .success, "\(adaptive.errors)")
    let line = try #require(adaptive.output.split(separator: "\n").first)
    #expect(line.hasPrefix("precision: mean gmv_cny within ±2% (95 %) after "))
    let count = try #require(Int(line.split(separator: " ")[8]))
    #expect(count > 2 && count < 1000)
    let fixed = CLITests.run([
      "run", file, "--replications", "\(count)", "--jobs", "1", "--out", directory + "/f", "-q",
    ])
    #expect(fixed.code == .success)
    for name in ["summary.csv", "daily.csv"] {
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: directory + "/a/" + name))
          == Data(contentsOf: URL(fileURLWithPath: directory + "/f/" + name)), "\(name)")
    }
    let capped = CLITests.run([
      "compare", file, "--precision", "0.0001", "--replications", "4", "--out", directory + "/c",
    ])
    #expect(capped.code == .success)
    #expect(
      capped.output.hasPrefix(
        "precision: mean profit_cny within ±0.01% (95 %) after 4 replications (the cap"))
  }

  @Test func aSweepRunsTheCountItsBaseScenarioNeedsAtEveryPoint() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    let run = CLITests.run(["run", file, "--precision", "3%", "--out", directory + "/r"])
    let sweep = CLITests.run([
      "sweep", file, "--precision", "3%", "--vary", "/policies/0/ads/dailyBudget=500:1500:2",
      "--out", directory + "/s",
    ])
    #expect(sweep.code == .success, "\(sweep.errors)")
    let line = try #require(run.output.split(separator: "\n").first)
    #expect(sweep.output.hasPrefix(line + "\n"))
    let words = line.split(separator: " ")
    try #require(words.count > 8, "\(line)")
    let count = words[8]
    let manifest = try String(contentsOfFile: directory + "/s/manifest.json", encoding: .utf8)
    #expect(manifest.contains("\"replications\": \(count),"))
  }

  @Test func aBadPrecisionIsAUsageError() {
    let outcome = CLITests.run(["run", "--precision", "5:profit"])
    #expect(outcome.code == .usage)
    #expect(outcome.errors.hasPrefix("error: the value '5:profit' is invalid for '--precision'"))
    let metric = CLITests.run(["compare", "--precision", "0.05:profit"])
    #expect(metric.errors.hasPrefix("error: unknown metric 'profit' for '--precision'"))
  }
}
