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
    // The adaptive run's manifest records the count and the target; a fixed run has none.
    let manifest = try String(contentsOfFile: directory + "/a/manifest.json", encoding: .utf8)
    #expect(manifest.contains("\"replications\": \(count),\n  \"precision\": {\n"))
    #expect(manifest.contains("\"relative\": 0.02,\n    \"metric\": \"gmv_cny\""))
    #expect(manifest.contains("\"met\": true"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/f/manifest.json"))
    let capped = CLITests.run([
      "compare", file, "--precision", "0.0001", "--replications", "4", "--out", directory + "/c",
    ])
    #expect(capped.code == .success)
    #expect(
      capped.output.hasPrefix(
        "precision: mean profit_cny within ±0.01% (95 %) after 4 replications (the cap"))
    let cappedManifest = try String(
      contentsOfFile: directory + "/c/manifest.json", encoding: .utf8)
    #expect(cappedManifest.contains("\"cap\": 4,\n    \"met\": false"))
  }

  @Test func eachSweepPointRunsTheCountARunOfItNeedsAtAnyJobs() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    var tables: [String] = []
    // ±7 %: the points need 4 and 67 replications, both past the minimum of 3 (±5 % needs
    // 149 for the second, which more than doubles the test's cost and checks nothing more).
    for jobs in ["1", "2"] {
      let sweep = CLITests.run([
        "sweep", file, "--precision", "7%", "--vary", "/policies/0/ads/dailyBudget=0:1500:2",
        "--jobs", jobs, "--out", directory + "/s" + jobs,
      ])
      #expect(sweep.code == .success, "\(sweep.errors)")
      tables.append(try String(contentsOfFile: directory + "/s\(jobs)/sweep.csv", encoding: .utf8))
    }
    #expect(tables[0] == tables[1])
    let rows = tables[0].split(separator: "\n").dropFirst()
    for (row, budget) in zip(rows, ["0", "1500"]) {
      let run = CLITests.run([
        "run", file, "--precision", "7%", "--set", "/policies/0/ads/dailyBudget=" + budget,
        "--out", directory + "/r" + budget,
      ])
      let words = try #require(run.output.split(separator: "\n").first).split(separator: " ")
      try #require(words.count > 8, "\(run.output)")
      #expect(row.split(separator: ",").last == words[8], "budget \(budget)")
    }
    let manifest = try String(contentsOfFile: directory + "/s1/manifest.json", encoding: .utf8)
    #expect(manifest.contains("\"precision\": 0.07,\n    \"precisionMetric\": \"profit_cny\""))
  }

  @Test func aBadPrecisionIsAUsageError() {
    let outcome = CLITests.run(["run", "--precision", "5:profit"])
    #expect(outcome.code == .usage)
    #expect(outcome.errors.hasPrefix("error: the value '5:profit' is invalid for '--precision'"))
    let metric = CLITests.run(["compare", "--precision", "0.05:profit"])
    #expect(metric.errors.hasPrefix("error: unknown metric 'profit' for '--precision'"))
  }
}
