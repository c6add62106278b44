import Foundation
import GrowthSim
import TestSupport
import Testing

@testable import growthsim

/// The CLI in-process: exit codes, stdout, stderr, and what lands on disk.
@Suite struct CLITests {
  struct Outcome {
    var code: ExitCode
    var output: String
    var errors: String
  }

  static func run(_ arguments: [String]) -> Outcome {
    var output = ""
    var errors = ""
    let code = CLI.run(arguments, output: &output, errors: &errors)
    return Outcome(code: code, output: output, errors: errors)
  }

  static func temporaryDirectory() throws -> String {
    try TestFolder.make("cli")
  }

  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  static func contents(of directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  static let small = TestFixtures.minimalText

  @Test func runWritesBothFilesAndPrintsTheHeadlines() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try Self.write(Self.small, to: scenario)
    let outcome = Self.run(["run", scenario, "--out", directory + "/out", "--jobs", "2"])
    #expect(outcome.code == .success)
    #expect(outcome.errors == "")
    #expect(
      outcome.output.hasPrefix("minimal: 10 days × 1 merchant(s) × 2 replication(s), seed 7\n"))
    #expect(
      outcome.output.hasSuffix(
        "wrote \(directory)/out/daily.csv\nwrote \(directory)/out/sku_daily.csv\n"
          + "wrote \(directory)/out/daily_stats.csv\nwrote \(directory)/out/summary.csv\n"
          + "wrote \(directory)/out/report.html\n"))
    let daily = try String(contentsOfFile: directory + "/out/daily.csv", encoding: .utf8)
    #expect(daily.split(separator: "\n").count == 1 + 2 * 10)
    #expect(
      Self.contents(of: directory + "/out")
        == [
          ".growthsim", "daily.csv", "daily_stats.csv", "report.html", "sku_daily.csv",
          "summary.csv",
        ])
  }

  /// `--long` adds `daily_long.csv`, one line per merchant-day and metric.
  @Test func longWritesTheLongForm() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try Self.write(Self.small, to: scenario)
    let outcome = Self.run(["run", scenario, "--out", directory + "/out", "--long", "--quiet"])
    #expect(outcome.code == .success)
    #expect(outcome.output.contains("wrote \(directory)/out/daily_long.csv\n"))
    let long = try String(contentsOfFile: directory + "/out/daily_long.csv", encoding: .utf8)
    let lines = long.split(separator: "\n").dropFirst()
    let metrics = Set(lines.map { $0.split(separator: ",", omittingEmptySubsequences: false)[5] })
    #expect(metrics.contains("gmv_cny") && !metrics.contains("paid_learning"))
    #expect(lines.count == 2 * 10 * metrics.count)
  }

  @Test func jobsAndSeedOverridesBehave() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try Self.write(Self.small, to: scenario)
    for (name, extra) in [
      ("one", ["--jobs", "1"]), ("eight", ["--jobs", "8"]), ("seeded", ["--seed", "8"]),
    ] {
      let outcome = Self.run(["run", scenario, "--out", directory + "/" + name, "-q"] + extra)
      #expect(outcome.code == .success)
    }
    let one = try Data(contentsOf: URL(fileURLWithPath: directory + "/one/daily.csv"))
    let eight = try Data(contentsOf: URL(fileURLWithPath: directory + "/eight/daily.csv"))
    let seeded = try Data(contentsOf: URL(fileURLWithPath: directory + "/seeded/daily.csv"))
    #expect(one == eight)
    #expect(one != seeded)
  }

  @Test func aBadScenarioExits65WithEveryIssueAndWritesNothing() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/bad.json"
    let text = Self.small.replacingOccurrences(of: #""days":10"#, with: #""days":0"#)
      .replacingOccurrences(of: #""followers":1000"#, with: #""folowers":1000"#)
    try Self.write(text, to: scenario)
    let outcome = Self.run(["run", scenario, "--out", directory + "/out"])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors == """
        \(scenario): /calendar/days: must be at least 1, got 0
        \(scenario): /merchants/0/folowers: unknown key (did you mean 'followers'?)

        """)
    #expect(outcome.output == "")
    #expect(Self.contents(of: directory) == ["bad.json"])
  }

  @Test func malformedJSONExits65WithLineAndColumn() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/broken.json"
    try Self.write("{\n  \"version\": 1\n  \"name\": \"x\"\n}\n", to: scenario)
    let outcome = Self.run(["validate", scenario])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == "\(scenario):3:3: invalid JSON: expected ',' or '}' after an object member\n")
  }

  @Test func aMissingFileExits66() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = Self.run(["run", directory + "/nope.json", "--out", directory + "/out"])
    #expect(outcome.code == .noInput)
    #expect(
      outcome.errors == "error: cannot read \(directory)/nope.json: No such file or directory\n")
    #expect(Self.contents(of: directory).isEmpty)
  }

  @Test func anUnwritableOutputExits73AndWritesNothing() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try Self.write(Self.small, to: scenario)
    try Self.write("not a directory", to: directory + "/blocker")
    let outcome = Self.run(["run", scenario, "--out", directory + "/blocker/out"])
    #expect(outcome.code == .cannotCreate)
    #expect(
      outcome.errors
        == "error: cannot write results: \(directory)/blocker: exists and is not a directory\n")
    #expect(Self.contents(of: directory) == ["blocker", "small.json"])
  }

  @Test func validateReportsEachFileAndTheWorstCode() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Self.write(Self.small, to: directory + "/good.json")
    try Self.write("[]", to: directory + "/bad.json")
    let outcome = Self.run(["validate", directory + "/good.json", directory + "/bad.json"])
    #expect(outcome.code == .dataError)
    #expect(outcome.output == "\(directory)/good.json: ok\n")
    #expect(
      outcome.errors
        == "\(directory)/bad.json: expected a scenario object at the top level, got []\n")
  }

  @Test func usageErrorsExit64WithTheMessageAndUsage() {
    let outcome = Self.run(["run", "--sed", "3"])
    #expect(outcome.code == .usage)
    #expect(
      outcome.errors.hasPrefix(
        "error: unknown option '--sed' (did you mean '--seed'?)\n\nUSAGE: growthsim run"))
    #expect(outcome.output == "")
  }

  @Test func helpAndVersionGoToStdout() {
    let help = Self.run(["--help"])
    #expect(help.code == .success && help.output.contains("COMMANDS:") && help.errors.isEmpty)
    let runHelp = Self.run(["help", "run"])
    #expect(runHelp.output.hasPrefix("USAGE: growthsim run"))
    let version = Self.run(["--version"])
    #expect(version.output == CLI.version + "\n")
  }

  @Test func schemaPrintsTheJSONSchemaAndTheReferences() throws {
    let schema = Self.run(["schema"])
    #expect(schema.code == .success)
    _ = try JSONParser.parse(schema.output)
    #expect(Self.run(["schema", "--markdown"]).output == ScenarioSchema.markdownReference)
    #expect(Self.run(["schema", "--columns"]).output.contains("| 1 | `replication` |"))
  }

  @Test func theDefaultFolderIsTheScenariosSanitisedName() {
    #expect(CLI.defaultFolder(scenarioName: "default") == "Results/default")
    #expect(
      CLI.defaultFolder(scenarioName: "teenie-weenie", suffix: "-sweep")
        == "Results/teenie-weenie-sweep")
    #expect(CLI.defaultFolder(scenarioName: "..") == "Results/scenario")
    #expect(CLI.defaultFolder(scenarioName: ".") == "Results/scenario")
    #expect(CLI.defaultFolder(scenarioName: "") == "Results/scenario")
    #expect(CLI.defaultFolder(scenarioName: "../../etc") == "Results/_.._etc")
    #expect(CLI.defaultFolder(scenarioName: "a/b c") == "Results/a_b_c")
    #expect(CLI.defaultFolder(scenarioName: "乐旭 818") == "Results/乐旭_818")
  }

  @Test func anOutputFolderThatIsNoResultsFolderIsAUsageError() {
    for directory in ["", "/", "//", "/..", ".", "./", "a/..", "./a/../."] {
      #expect(OutputFolder.problem(directory) != nil, "\(directory)")
    }
    for directory in ["out", "./out", "/tmp/x", "a/../b", ".."] {
      #expect(OutputFolder.problem(directory) == nil, "\(directory)")
    }
  }
}

@Suite struct CompareCommandTests {
  @Test func compareWritesItsFilesAndPrintsTheTable() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(CLITests.small, to: scenario)
    let outcome = CLITests.run([
      "compare", scenario, "--policies", "funnel,snowball", "--out", directory + "/out", "--ablate",
      "--replications", "2", "--jobs", "2",
    ])
    #expect(outcome.code == .success, "\(outcome.errors)")
    #expect(outcome.output.contains("funnel vs snowball") && outcome.output.contains("crossover"))
    #expect(outcome.output.contains("loop off"))
    #expect(
      CLITests.contents(of: directory + "/out") == [
        ".growthsim", "compare_ablation.csv", "compare_daily.csv", "compare_summary.csv",
        "report.html",
      ])
  }

  @Test func explainWritesSharesThatAddUpToTheGap() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    // Five days, not ten: the shares add up to the gap on any horizon, and --explain runs
    // every coalition of ten causes (GapExplanationTests checks the shares themselves).
    try CLITests.write(
      CLITests.small.replacingOccurrences(of: #""days":10"#, with: #""days":5"#), to: scenario)
    let outcome = CLITests.run([
      "compare", scenario, "--policies", "snowball,funnel", "--out", directory + "/out",
      "--explain", "--mean-field", "--jobs", "2",
    ])
    #expect(outcome.code == .success, "\(outcome.errors)")
    #expect(outcome.output.contains("lead of") && outcome.output.contains("ad economics"))
    #expect(outcome.output.contains("compare_explain.csv"))
    let explain = try String(
      contentsOfFile: directory + "/out/compare_explain.csv", encoding: .utf8)
    let rows = explain.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
    #expect(rows.count == 11)
    #expect(rows.last?.first == "every_switch_off")
    let total = rows.compactMap { Double($0[1]) }.reduce(0, +)
    let summary = try String(
      contentsOfFile: directory + "/out/compare_summary.csv", encoding: .utf8)
    let header = summary.split(separator: "\n")[0].split(separator: ",")
    let funnel = summary.split(separator: "\n")[2].split(
      separator: ",", omittingEmptySubsequences: false)
    let column = try #require(header.firstIndex(of: "profit_settled_diff_cny_mean"))
    let gap = try #require(Double(funnel[column]))
    // Cells are rounded to the fen: eleven of them add up to the gap within 6 fen.
    #expect(abs(total - gap) <= 0.06, "\(total) vs \(gap)")
  }

  /// Long (as the library's `.long` tests): the built-in map is 36 runs of 365 days, about
  /// 30 s of CPU in a debug build even on the small scenario; `CompareMapTests` covers the
  /// map on small designs in the fast suite.
  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment["GROWTHSIM_LONG_TESTS"] == "1",
      "a long test: run it with GROWTHSIM_LONG_TESTS=1 swift test"))
  func compareMapWritesOnlyTheMap() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(CLITests.small, to: scenario)
    let outcome = CLITests.run([
      "compare", scenario, "--map", "--mean-field", "--out", directory + "/out", "--jobs", "2",
    ])
    #expect(outcome.code == .success, "\(outcome.errors)")
    #expect(outcome.output.contains("map of snowball vs funnel, 6 follow rates"))
    #expect(CLITests.contents(of: directory + "/out") == [".growthsim", "compare_map.csv"])
    let text = try String(contentsOfFile: directory + "/out/compare_map.csv", encoding: .utf8)
    #expect(text.split(separator: "\n").count == 1 + 6 * 3 * 6)
  }

  @Test func compareMapRefusesOptionsItDoesNotUse() throws {
    for extra in [["--ablate"], ["--explain"], ["--precision", "0.1"], ["--at", "3"]] {
      let directory = try CLITests.temporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let outcome = CLITests.run(["compare", "--map", "--out", directory + "/out"] + extra)
      #expect(outcome.code == .usage, "\(extra): \(outcome.errors)")
      #expect(outcome.errors.contains("'--map' takes neither"))
      #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
    }
  }

  @Test func compareRunsThePoliciesTheScenarioNames() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    let text = CLITests.small.replacingOccurrences(
      of: #""experiment":{"#, with: #""experiment":{"compare":["steady","funnel"],"#)
    try CLITests.write(text, to: scenario)
    let outcome = CLITests.run(["compare", scenario, "--out", directory + "/out"])
    #expect(outcome.code == .success, "\(outcome.errors)")
    #expect(outcome.output.contains("minimal: steady vs funnel,"))
    let overridden = CLITests.run([
      "compare", scenario, "--out", directory + "/out", "--policies", "funnel,snowball",
    ])
    #expect(overridden.output.contains("minimal: funnel vs snowball,"))
  }

  @Test func theBudgetEnvelopeIsTheDefaultAndCanBeSwitchedOff() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(CLITests.small, to: scenario)
    let common = ["compare", scenario, "--policies", "snowball,funnel", "--replications", "1"]
    let fitted = CLITests.run(common + ["--out", directory + "/a"])
    #expect(fitted.code == .success, "\(fitted.errors)")
    #expect(fitted.output.contains("budget envelope "), "\(fitted.output)")
    let off = CLITests.run(common + ["--out", directory + "/b", "--budget-envelope", "off"])
    #expect(off.code == .success && !off.output.contains("budget envelope"), "\(off.output)")
    let bad = CLITests.run(common + ["--budget-envelope", "lots"])
    #expect(bad.code == .usage)
    #expect(
      bad.errors.contains("'--budget-envelope' takes reference, off or yuan"), "\(bad.errors)")
  }

  @Test func anUnknownPolicyIsAUsageError() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/small.json"
    try CLITests.write(CLITests.small, to: scenario)
    let outcome = CLITests.run(["compare", scenario, "--policies", "steady,snowbal"])
    #expect(outcome.code == .usage)
    #expect(
      outcome.errors == "\(scenario): unknown policy 'snowbal' (known: steady, snowball, funnel)\n")
  }
}

@Suite struct PolicyFileTests {
  @Test func aScenarioCanUsePoliciesFromItsOwnFiles() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createDirectory(
      atPath: directory + "/policies", withIntermediateDirectories: true)
    try CLITests.write(
      #"{"id": "shared", "ads": {"dailyBudget": 2500}}"#, to: directory + "/policies/shared.json")
    let scenario = CLITests.small
      .replacingOccurrences(
        of: #""name":"minimal""#, with: #""name":"minimal","policyFiles":["policies/shared.json"]"#
      )
      .replacingOccurrences(of: #""policy":"steady""#, with: #""policy":"shared""#)
    try CLITests.write(scenario, to: directory + "/s.json")
    let outcome = CLITests.run(["run", directory + "/s.json", "--out", directory + "/out", "-q"])
    #expect(outcome.code == .success, "\(outcome.errors)")
    let daily = try String(contentsOfFile: directory + "/out/daily.csv", encoding: .utf8)
    #expect(daily.contains(",shared,"))
  }

  @Test func aMissingPolicyFileCannotBeRead() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = CLITests.small.replacingOccurrences(
      of: #""name":"minimal""#, with: #""name":"minimal","policyFiles":["nope.json"]"#)
    try CLITests.write(scenario, to: directory + "/s.json")
    let outcome = CLITests.run(["validate", directory + "/s.json"])
    #expect(outcome.code == .noInput)
    #expect(
      outcome.errors == "error: cannot read \(directory)/nope.json: No such file or directory\n")
  }

  @Test func aMalformedPolicyFileNamesItsLineAndColumn() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try CLITests.write("{\"id\": \"x\",}", to: directory + "/p.json")
    let scenario = CLITests.small.replacingOccurrences(
      of: #""name":"minimal""#, with: #""name":"minimal","policyFiles":["p.json"]"#)
    try CLITests.write(scenario, to: directory + "/s.json")
    let outcome = CLITests.run(["validate", directory + "/s.json"])
    #expect(outcome.code == .dataError)
    #expect(outcome.errors == "\(directory)/p.json:1:11: invalid JSON: trailing comma before '}'\n")
  }
}

/// `growthsim bench` in its hidden smoke mode: every figure is printed; nothing is timed.
@Suite struct BenchCommandTests {
  @Test func jsonHasEveryKeyOfTheIssue() throws {
    let outcome = CLITests.run(["bench", "--smoke", "--json"])
    #expect(outcome.code == .success && outcome.errors == "")
    guard case .object(let object) = try JSONParser.parse(outcome.output) else {
      Issue.record("not a JSON object: \(outcome.output)")
      return
    }
    let keys = Set(object.members.map(\.key))
    for key in [
      "hold_ns", "events_per_second", "merchant_days_per_second", "belt_seconds",
      "parallel_efficiency", "peak_rss_bytes", "bytes_per_merchant", "csv_rows_per_second",
      "cost_slope", "seconds_per_day", "daily_stats_ratio", "seconds_per_merchant_day",
      "merchant_day_ratio",
    ] {
      #expect(keys.contains(key), "missing \(key)")
    }
    guard case .object(let hold) = object["hold_ns"],
      case .object(let efficiency) = object["parallel_efficiency"],
      case .number(let rows) = object["csv_rows_per_second"],
      case .number(let peak) = object["peak_rss_bytes"]
    else {
      Issue.record("wrong kinds: \(outcome.output)")
      return
    }
    #expect(hold.members.map(\.key) == ["30", "300"])
    #expect(Set(efficiency.members.map(\.key)) == ["replications", "sweep_points"])
    #expect(rows.value > 0 && peak.value > 0)
    // The scaling figures: every size of the smoke run, each a positive number.
    guard case .object(let perDay) = object["seconds_per_day"],
      case .object(let with) = perDay["with_daily_stats"],
      case .object(let perMerchantDay) = object["seconds_per_merchant_day"],
      case .object(let ratios) = object["merchant_day_ratio"]
    else {
      Issue.record("wrong scaling kinds: \(outcome.output)")
      return
    }
    #expect(with.members.map(\.key) == ["3", "6"])
    #expect(perMerchantDay.members.map(\.key) == ["2", "3", "belt"])
    for value in with.members.map(\.value) + perMerchantDay.members.map(\.value)
      + ratios.members.map(\.value)
    {
      guard case .number(let number) = value else {
        Issue.record("not a number: \(value)")
        continue
      }
      #expect(number.value > 0)
    }
    #expect(ratios.members.map(\.key) == ["to_smallest", "to_belt"])
  }

  @Test func theTableNamesEveryWorkload() {
    let outcome = CLITests.run(["bench", "--smoke"])
    #expect(outcome.code == .success)
    for line in [
      "event queue, hold", "  default, 5 d × 1 merchant × 2 reps", "  belt, 5 d × 3 merchants",
      "parallel on", "memory: peak resident", "daily CSV writer:", "cost (belt cuts, 1 job)",
      "daily_stats.csv (default, 2 reps, whole runs on", "one category (belt cuts, 3 d, whole runs",
    ] {
      #expect(outcome.output.contains(line), "missing \(line)")
    }
  }

  @Test func anUnknownOptionIsAUsageError() {
    let outcome = CLITests.run(["bench", "--quik"])
    #expect(outcome.code == .usage)
    #expect(outcome.errors.hasPrefix("error: unknown option '--quik' (did you mean '--quick'?)"))
  }
}
