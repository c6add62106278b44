import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `growthsim sensitivity` in-process: files, bytes at any `--jobs`, resume, usage errors.
@Suite struct SensitivityCommandTests {
  private static func design(_ directory: String, method: [String], jobs: String) -> [String] {
    [
      "sensitivity", directory + "/small.json", "--vary", "/policies/0/ads/dailyBudget=0:2000",
      "--vary", "/merchants/0/skus/0/stock=100:400", "--vary",
      "/merchants/0/fixedCostPerDay=10:1000:log", "--set", "/calendar/days=3",
      "--replications", "2", "--metrics", "profit_cny,gmv_cny", "--jobs", jobs,
    ] + method
  }

  @Test(arguments: [
    ["--method", "morris", "--trajectories", "3"],
    ["--method", "sobol", "--base-samples", "8", "--second-order"],
  ])
  func writesTheIndicesAndTheDesignTheSameAtAnyJobs(method: [String]) throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try CLITests.write(TestFixtures.minimalText, to: directory + "/small.json")
    let one = CLITests.run(
      Self.design(directory, method: method, jobs: "1") + ["--out", directory + "/one"])
    #expect(one.code == .success, "\(one.errors)")
    let three = CLITests.run(
      Self.design(directory, method: method, jobs: "3") + ["--out", directory + "/three", "-q"])
    #expect(three.code == .success)
    let isSobol = method.contains("sobol")
    let names =
      ["sensitivity.csv", "sweep.csv", "manifest.json"]
      + (isSobol ? ["sensitivity_second_order.csv"] : [])
    for name in names {
      let a = try Data(contentsOf: URL(fileURLWithPath: directory + "/one/" + name))
      let b = try Data(contentsOf: URL(fileURLWithPath: directory + "/three/" + name))
      #expect(a == b, "\(name)")
    }
    let table = try String(contentsOfFile: directory + "/one/sensitivity.csv", encoding: .utf8)
    let lines = table.split(separator: "\n")
    #expect(
      lines[0]
        == (isSobol
          ? "parameter,metric,S1,S1_low,S1_high,ST,ST_low,ST_high"
          : "parameter,metric,mu_star,mu,sigma"))
    #expect(lines.count == 1 + 3 * 2)
    #expect(lines[1].hasPrefix("/policies/0/ads/dailyBudget,profit_cny,"))
    #expect(one.output.contains("wrote \(directory)/one/sensitivity.csv"))
    // Every point of the design ran on the sweep seed: common random numbers.
    let sweep = try String(contentsOfFile: directory + "/one/sweep.csv", encoding: .utf8)
    let seeds = Set(sweep.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] })
    #expect(seeds == ["7"])
    // Run again with --resume: already complete, the same indices.
    let again = CLITests.run(
      Self.design(directory, method: method, jobs: "2") + ["--out", directory + "/one", "--resume"])
    #expect(again.code == .success)
    #expect(
      try String(contentsOfFile: directory + "/one/sensitivity.csv", encoding: .utf8) == table)
  }

  @Test(arguments: [
    (["sensitivity"], "missing '--vary /pointer=LOW:HIGH' or '--guesses'"),
    (
      ["sensitivity", "--vary", "/a=1,2"],
      "the value '/a=1,2' is invalid for '--vary' (expected /json/pointer=LOW:HIGH or LOW:HIGH:log)"
    ),
    (
      ["sensitivity", "--guesses", "--method", "fast"],
      "the value 'fast' is invalid for '--method' (morris or sobol)"
    ),
    (
      ["sensitivity", "--guesses", "--method", "sobol", "--trajectories", "4"],
      "'--trajectories' applies to --method morris"
    ),
    (
      ["sensitivity", "--guesses", "--metrics", "profit_difference_cny"],
      "the metrics profit_difference_cny and probability_ahead need '--policies A,B'"
    ),
    (
      ["sensitivity", "--guesses", "--long"],
      "option '--long' does not apply to sensitivity (it is an option of run)"
    ),
  ])
  func badCommandLinesSayWhatIsWrong(arguments: [String], message: String) {
    let outcome = CLITests.run(arguments)
    #expect(outcome.code == .usage)
    #expect(outcome.errors.hasPrefix("error: \(message)\n"), "\(outcome.errors)")
  }

  @Test func anUnknownMetricIsNamedWithASuggestion() {
    let outcome = CLITests.run(["sensitivity", "--guesses", "--metrics", "profit_cyn"])
    #expect(outcome.code == .usage)
    #expect(
      outcome.errors.hasPrefix("error: unknown metric 'profit_cyn' for '--metrics' (did you mean"))
  }
}
