import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `--limit NAME=N` and the size line before a long run.
@Suite struct LimitsTests {
  @Test func aRunBeyondALimitExits65NamingItAndWritesNothing() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    let out = directory + "/out"
    let outcome = CLITests.run(["run", file, "--out", out, "--limit", "days=5"])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == "\(file): /calendar/days: must be at most 5 (the days limit; raise it with --limit "
        + "days=N), got 10\n")
    #expect(!FileManager.default.fileExists(atPath: out))
    let raised = CLITests.run(["run", file, "--out", out, "--limit", "days=10", "-q"])
    #expect(raised.code == .success)
  }

  @Test func aSweepBeyondTheRunsLimitIsRefused() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    let outcome = CLITests.run([
      "sweep", file, "--vary", "/merchants/0/followers=10,20,30", "--limit", "runs=5",
      "--out", directory + "/out",
    ])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == "\(file): the sweep must have at most 5 points × replications (× policies) (the runs limit; "
        + "raise it with --limit runs=N), got 6\n")
  }

  @Test func anOversizedFileNamesTheFileLimit() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/big.json"
    try Data(repeating: 32, count: (1 << 20) + 1).write(to: URL(fileURLWithPath: file))
    let outcome = CLITests.run(["run", file, "--limit", "file-mib=1"])
    #expect(outcome.code == .noInput)
    #expect(
      outcome.errors
        == "error: cannot read \(file): larger than 1 MiB (the file-mib limit; raise it with "
        + "--limit file-mib=N)\n")
  }

  @Test func aBadLimitIsAUsageError() {
    let outcome = CLITests.run(["run", "--limit", "points=3"])
    #expect(outcome.code == .usage)
    #expect(
      outcome.errors.hasPrefix(
        "error: the value 'points=3' is invalid for '--limit' (expected NAME=N with N ≥ 1 and "
          + "NAME one of file-mib, days, merchants, skus, merchant-days, runs, output-mib, "
          + "tickets-per-merchant-day)\n"))
  }

  /// Stock, traffic, conversion and an affiliate audience at their maxima: millions of
  /// customer-service tickets a day, refused at the end of the first day by the named limit.
  static let heavyDay = TestFixtures.minimalText
    .replacingOccurrences(of: #""stock":500"#, with: #""stock":1000000000"#)
    .replacingOccurrences(
      of: #""ads":{"dailyBudget":1000}"#,
      with: #""ads":{"dailyBudget":1000},"talents":{"allianceEveryDays":1,"#
        + #""allianceAudience":1000000000}"#
    )
    .replacingOccurrences(
      of: #""name":"minimal""#,
      with: #""name":"minimal","campaigns":[{"id":"c","start":"2026-07-01","#
        + #""end":"2026-07-10","trafficMultiplier":100,"conversionMultiplier":10}]"#)

  /// The end of the heavy day's refusal, before what was kept.
  static let beyondTicketsLimit =
    " customer-service tickets on day 0 (orders × ticketsPerOrder); a merchant-day may "
    + "simulate at most 1000000 (the tickets-per-merchant-day limit; raise it with "
    + "--limit tickets-per-merchant-day=N)"

  @Test func aDayBeyondTheTicketsLimitStopsTheRunNamingItAndWritesNothing() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/heavy.json"
    try CLITests.write(Self.heavyDay, to: file)
    let out = directory + "/out"
    let outcome = CLITests.run(["run", file, "--out", out, "-q", "--jobs", "2"])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors.hasPrefix("\(file): merchant m1 expects "), "\(outcome.errors)")
    #expect(outcome.errors.hasSuffix(Self.beyondTicketsLimit + "; nothing was written\n"))
    #expect(!FileManager.default.fileExists(atPath: out))
    let lowered = CLITests.run([
      "run", file, "--out", out, "-q", "--limit", "tickets-per-merchant-day=10",
    ])
    #expect(lowered.code == .dataError)
    #expect(lowered.errors.contains("at most 10 (the tickets-per-merchant-day limit"))
  }

  @Test func aLongRunAnnouncesItsSizeUnlessQuiet() throws {
    var scenario = try Scenario.decode(from: Array(TestFixtures.minimalText.utf8))
    scenario.calendar.days = 1_000
    scenario.experiment.replications = 100
    var errors = ""
    #expect(
      CLI.checkSize(
        RunSize.run(scenario), RunLimits(), name: "s.json", quiet: false, errors: &errors) == nil)
    #expect(
      errors
        == "s.json: 1 merchant(s) × 1,000 days × 100 replication(s) = 100,000 merchant-days; "
        + "about 100,000 daily rows, 47 MiB of CSV (estimate)\n")
    var quiet = ""
    _ = CLI.checkSize(
      RunSize.run(scenario), RunLimits(), name: "s.json", quiet: true, errors: &quiet)
    #expect(quiet == "")
  }
}
