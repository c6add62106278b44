import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `growthsim run --set`, `sweep` and `merge` in-process: exit codes, messages, files.
@Suite struct SweepCommandTests {
  static func run(_ arguments: [String]) -> CLITests.Outcome {
    CLITests.run(arguments)
  }

  static func scenario(in directory: String) throws -> String {
    let path = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: path)
    return path
  }

  @Test func setChangesTheRunAndKeepsEveryRule() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let good = Self.run([
      "run", file, "--set", "/calendar/days=3", "--set", "/merchants/0/followers=5000",
      "--out", directory + "/out", "-q",
    ])
    #expect(good.code == .success)
    let summary = try String(contentsOfFile: directory + "/out/summary.csv", encoding: .utf8)
    #expect(summary.split(separator: "\n")[1].contains(",3,"))
    #expect(summary.contains(",5000,"))
    let bad = Self.run([
      "run", file, "--set", "/categories/0/refundRate=1.5", "--out", directory + "/bad",
    ])
    #expect(bad.code == .dataError)
    #expect(bad.errors == "\(file): /categories/0/refundRate: must be at most 1, got 1.5\n")
    let missing = Self.run(["run", file, "--set", "/merchants/1/followers=5"])
    #expect(missing.code == .dataError)
    #expect(
      missing.errors
        == "\(file): /merchants/1/followers: cannot set: /merchants has no element 1 (it has 1)\n")
    #expect(CLITests.contents(of: directory) == ["out", "small.json"])
  }

  @Test func sweepWritesTheTableAndManifestAndMergeJoinsShards() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let common = [
      "sweep", file, "--vary", "/policies/0/ads/dailyBudget=0:2000:3", "--vary",
      "/merchants/0/skus/0/stock=100,400", "--set", "/calendar/days=3", "--replications", "2",
    ]
    let whole = Self.run(common + ["--out", directory + "/whole", "--jobs", "3"])
    #expect(whole.code == .success)
    #expect(whole.errors == "")
    #expect(
      whole.output == """
        sweep: 6 point(s) × 2 replication(s), grid design, seed 7; 6 run, 0 already done
        wrote \(directory)/whole/sweep.csv
        wrote \(directory)/whole/manifest.json
        wrote \(directory)/whole/report.html

        """)
    for shard in ["1/2", "2/2"] {
      let part = Self.run(common + ["--out", directory + "/parts", "--shard", shard, "-q"])
      #expect(part.code == .success)
    }
    let merged = Self.run(["merge", directory + "/parts", "--out", directory + "/merged"])
    #expect(merged.code == .success)
    #expect(merged.output.hasSuffix("wrote \(directory)/merged/manifest.json\n"))
    for name in ["sweep.csv", "manifest.json"] {
      let one = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/whole/\(name)"))
      let two = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/merged/\(name)"))
      #expect(one == two, "\(name)")
    }
    let again = Self.run(common + ["--out", directory + "/whole", "--resume"])
    #expect(again.output.hasSuffix("\(directory)/whole: already complete, nothing to do\n"))
  }

  @Test func anInvalidPointExits65NamingThePointAndWritesNothing() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let outcome = Self.run([
      "sweep", file, "--vary", "/categories/0/refundRate=0.5:1.5:3", "--out", directory + "/out",
    ])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors == """
        \(file): sweep point 2: /categories/0/refundRate: must be at most 1, got 1.5
        (point 2 sets /categories/0/refundRate=1.5; 1 point(s) are invalid; nothing was run or \
        written)

        """)
    #expect(CLITests.contents(of: directory) == ["small.json"])
  }

  @Test func specProblemsNameTheSpecFileAndScenarioProblemsTheScenario() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let spec = directory + "/sweep.json"
    try CLITests.write(#"{"design": "lhs", "parameters": [{"pointer": "/x", "low": 1}]}"#, to: spec)
    let outcome = Self.run(["sweep", file, "--spec", spec])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors == """
        \(spec): /parameters/0/high: required key is missing
        \(spec): /points: required key is missing (the lhs design)

        """)
    let vary = Self.run(["sweep", file, "--vary", "/merchants/0/followers=1:2"])
    #expect(
      vary.errors == "--vary: /parameters/0/levels: required key is missing (the grid design)\n")
    let unknown = Self.run(["sweep", file, "--vary", "/merchants/0/folowers=1,2"])
    #expect(unknown.code == .dataError)
    #expect(
      unknown.errors.hasPrefix(
        "\(file): sweep point 0: /merchants/0/folowers: unknown key (did you mean 'followers'?)"))
    let noSpec = Self.run(["sweep", file, "--spec", directory + "/none.json"])
    #expect(noSpec.code == .noInput)
  }

  @Test func policiesCompareAtEveryPointAndAreChecked() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let common = ["sweep", file, "--vary", "/calendar/days=3,5", "--replications", "2"]
    let good = Self.run(common + ["--policies", "steady,funnel", "--out", directory + "/o", "-q"])
    #expect(good.code == .success)
    let table = try String(contentsOfFile: directory + "/o/sweep.csv", encoding: .utf8)
    let lines = table.split(separator: "\n")
    #expect(lines.count == 1 + 2 * 2)
    #expect(lines[0].hasPrefix("point,seed,policy,days,gmv_cny_mean,"))
    #expect(lines[0].hasSuffix(",crossover_day_p50,crossover_day_p95"))
    #expect(
      lines.dropFirst().map { $0.split(separator: ",")[2] } == [
        "steady", "funnel", "steady", "funnel",
      ])
    let manifest = try String(contentsOfFile: directory + "/o/manifest.json", encoding: .utf8)
    #expect(manifest.contains(#""policies": ["#))
    let one = Self.run(common + ["--policies", "funnel"])
    #expect(one.code == .dataError)
    #expect(
      one.errors == "--vary/--policies: /policies: expected an array of 2 to 8 strings, got 1\n")
    let unknown = Self.run(common + ["--policies", "steady,snowbal"])
    #expect(unknown.code == .dataError)
    #expect(
      unknown.errors
        == "--vary/--policies: /policies/1: unknown policy 'snowbal' (known: steady, snowball, funnel)\n"
    )
    #expect(CLITests.contents(of: directory) == ["o", "small.json"])
  }

  @Test func resumeRefusesAnotherScenarioAndUnfinishedSweepsNeedResume() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let plan = try SweepPlan(
      scenario: try JSONParser.parse(TestFixtures.minimalText),
      spec: try SweepSpec.decode(
        from: Array(#"{"parameters": [{"pointer": "/calendar/days", "values": [2, 3, 4]}]}"#.utf8)))
    // Stop a sweep after one point, as an interrupted run leaves it.
    _ = try SweepJob(
      plan: plan, tool: CLI.version,
      scenarioBytes: Array(TestFixtures.minimalText.utf8), overrides: [],
      directory: directory + "/out", pointLimit: 1
    ).run()
    let arguments = ["sweep", file, "--vary", "/calendar/days=2,3,4", "--out", directory + "/out"]
    let fresh = Self.run(arguments)
    #expect(fresh.code == .cannotCreate)
    #expect(fresh.errors.hasPrefix("error: \(directory)/out holds an unfinished sweep;"))
    try CLITests.write(TestFixtures.minimalText + " ", to: file)
    let changed = Self.run(arguments + ["--resume"])
    #expect(changed.code == .dataError)
    #expect(
      changed.errors.hasPrefix(
        "error: \(directory)/out/manifest.json.partial: cannot resume: the scenario file differs"))
    try CLITests.write(TestFixtures.minimalText, to: file)
    let resumed = Self.run(arguments + ["--resume"])
    #expect(resumed.code == .success)
    #expect(resumed.output.contains("2 run, 1 already done"))
  }

  @Test func mergeReportsMissingShards() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let part = Self.run([
      "sweep", file, "--vary", "/calendar/days=2,3", "--shard", "2/3", "--out",
      directory + "/parts", "-q",
    ])
    #expect(part.code == .success)
    let merged = Self.run(["merge", directory + "/parts", "--out", directory + "/m"])
    #expect(merged.code == .dataError)
    #expect(merged.errors == "error: missing shard(s) 1/3, 3/3 of 3\n")
    let nothing = Self.run(["merge", directory + "/nope", "--out", directory + "/m"])
    #expect(nothing.code == .noInput)
  }

  @Test func progressGoesToStandardErrorOnlyWhenItIsATerminalAndNotQuiet() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    func errors(_ extra: [String], terminal: Bool) -> String {
      var output = ""
      var errors = ""
      let arguments = ["sweep", file, "--vary", "/calendar/days=2,3", "--out", directory + "/o"]
      _ = CLI.run(arguments + extra, output: &output, errors: &errors, showsProgress: terminal)
      return errors
    }
    let shown = errors([], terminal: true)
    #expect(shown.hasPrefix("\r\u{1B}[Kchecking 2 points…\r\u{1B}[K0/2 points (0.0%)"))
    #expect(shown.hasSuffix("2/2 points (100.0%)\n") || shown.contains("2/2 points (100.0%), "))
    #expect(errors([], terminal: false) == "")
    #expect(errors(["--quiet"], terminal: true) == "")
  }

  @Test func theProgressLineShowsCountRateAndTimeLeft() {
    let progress = SweepJob.Progress(done: 1234, total: 100_000, resumed: 234)
    #expect(
      ProgressMeter.line(progress, seconds: 2)
        == "1234/100000 points (1.2%), 500 points/s, 3m18s left")
    #expect(
      ProgressMeter.line(SweepJob.Progress(done: 3, total: 10, resumed: 0), seconds: 4)
        == "3/10 points (30.0%), 0.7 points/s, 10s left")
    #expect(
      ProgressMeter.line(SweepJob.Progress(done: 5, total: 10, resumed: 5), seconds: 1)
        == "5/10 points (50.0%)")
    #expect(ProgressMeter.duration(7300) == "2h01m")
  }
}
