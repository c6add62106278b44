import Foundation
import Testing

@testable import growthsim

/// SIGTERM during each long phase stops the built binary cleanly.
///
/// The phases: checking millions of sweep points, drawing a huge cohort, one long
/// replication; cleanly means exit 143, nothing written, no temporary file. Each input keeps its phase busy
/// for minutes in a debug build, so a stop honoured only when the phase ends would miss the
/// generous deadline below (the process is then killed and the test fails).
@Suite struct LongPhaseSignalTests {
  /// Waits for `process` up to `seconds`; kills it and returns `false` if it is still running.
  static func exits(_ process: Process, within seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    guard process.isRunning else { return true }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return false
  }

  /// Launches `arguments`, lets the phase start, sends SIGTERM, and checks a clean stop.
  static func stopsCleanly(_ arguments: [String], out: String, after wait: useconds_t) throws {
    let process = try SignalTests.launch(arguments + ["--out", out, "-q"])
    usleep(wait)
    #expect(process.isRunning, "the phase ended before the signal: make the input bigger")
    kill(process.processIdentifier, SIGTERM)
    #expect(exits(process, within: 30), "SIGTERM was ignored for 30 s")
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 143)
    #expect(!FileManager.default.fileExists(atPath: out), "a stopped command wrote \(out)")
    let parent = (out as NSString).deletingLastPathComponent
    #expect(SignalTests.temporaries(in: parent).isEmpty)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)))
  func aSweepStopsWhileItsPointsAreChecked() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    // 5,000,000 points: checking them all takes many minutes in a debug build.
    try Self.stopsCleanly(
      [
        "sweep", file, "--vary", "/merchants/0/followers=1:1000000:1000", "--vary",
        "/policies/0/ads/dailyBudget=0:5000:5000", "--replications", "1", "--jobs", "2",
        "--limit", "runs=100000000",
      ], out: directory + "/out", after: 2_000_000)
  }

  /// A scenario with `cohorts` cohorts of `members` merchants of one SKU each.
  static func cohortScenario(cohorts: Int, members: Int, days: Int) -> String {
    let cohort =
      #"{"id":"cID","count":\#(members),"template":{"category":"apparel","policy":"steady","#
      + #""skus":[{"id":"s1","price":100,"stock":500,"unitCost":40}]}}"#
    let list = (0..<cohorts).map { cohort.replacingOccurrences(of: "ID", with: "\($0)") }
    return TestFixtures.minimalText
      .replacingOccurrences(of: #""days":10"#, with: #""days":\#(days)"#)
      .replacingOccurrences(of: #""replications":2"#, with: #""replications":1"#)
      .replacingOccurrences(
        of: #""name":"minimal""#,
        with: #""name":"minimal","cohorts":[\#(list.joined(separator: ","))]"#)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)))
  func aRunStopsWhileItsCohortsAreDrawn() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/cohorts.json"
    try CLITests.write(Self.cohortScenario(cohorts: 9, members: 100_000, days: 10), to: file)
    try Self.stopsCleanly(
      [
        "run", file, "--limit", "merchants=1000000", "--limit", "skus=10000000", "--limit",
        "merchant-days=100000000", "--jobs", "2",
      ], out: directory + "/out", after: 1_500_000)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)))
  func aRunStopsInTheMiddleOfOneLongReplication() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/long.json"
    // One replication of 2,000 merchants × 1,830 days: many minutes in a debug build, and
    // the replication is the only unit a stop used to wait for.
    try CLITests.write(Self.cohortScenario(cohorts: 1, members: 2_000, days: 1_830), to: file)
    try Self.stopsCleanly(
      ["run", file, "--jobs", "2"], out: directory + "/out", after: 3_000_000)
  }
}
