import Foundation
import Testing

@testable import GrowthSim

/// Sweeps on disk: the same bytes at any `--jobs`, merged shards, resume after an
/// interruption, refusals, and points checked before anything runs.
@Suite struct SweepJobTests {
  static func run(
    _ plan: SweepPlan, _ directory: String, shard: Shard = .whole, daily: Bool = true,
    jobs: Int = 2
  ) throws -> SweepJob.Report {
    try SweepFixtures.job(plan, directory, shard: shard, daily: daily, jobs: jobs).run()
  }

  @Test func oneJobAndFourJobsWriteTheSameBytes() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let one = try SweepFixtures.temporaryDirectory()
    let four = try SweepFixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: one)
      try? FileManager.default.removeItem(atPath: four)
    }
    let report = try Self.run(plan, one, jobs: 1)
    _ = try Self.run(plan, four, jobs: 4)
    #expect(report.isComplete && report.simulated == 13)
    #expect(
      report.written == [one + "/sweep.csv", one + "/sweep-daily.csv", one + "/manifest.json"])
    let files = try SweepFixtures.contents(of: one)
    #expect(files.keys.sorted() == [".growthsim", "manifest.json", "sweep-daily.csv", "sweep.csv"])
    #expect(files == (try SweepFixtures.contents(of: four)))
    let table = String(decoding: files["sweep.csv"] ?? Data(), as: UTF8.self)
    #expect(table.split(separator: "\n").count == 14)
    #expect(table.hasPrefix("point,seed,dailyBudget,stock,"))
    // 13 points × 2 replications × 1 merchant × 4 days × the daily metrics, and a header.
    let daily = String(decoding: files["sweep-daily.csv"] ?? Data(), as: UTF8.self)
    #expect(daily.split(separator: "\n").count == 1 + 13 * 2 * 4 * SweepDailyTable.metrics.count)
  }

  @Test(arguments: [2, 3, 20])
  func mergedShardsEqualTheUnshardedSweep(shards: Int) throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let whole = try SweepFixtures.temporaryDirectory()
    let parts = try SweepFixtures.temporaryDirectory()
    let merged = try SweepFixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: whole)
      try? FileManager.default.removeItem(atPath: parts)
      try? FileManager.default.removeItem(atPath: merged)
    }
    _ = try Self.run(plan, whole)
    for index in (1...shards).reversed() {
      let shard = try #require(Shard(index: index, count: shards))
      let report = try Self.run(plan, parts, shard: shard, jobs: 1 + index % 3)
      #expect(report.simulated == shard.pointCount(of: 13))
    }
    let written = try SweepMerge.merge([parts], into: merged)
    #expect(written.count == 3)
    #expect(try SweepFixtures.contents(of: merged) == (try SweepFixtures.contents(of: whole)))
  }

  @Test func mergeRefusesMissingDuplicateAndForeignParts() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let parts = try SweepFixtures.temporaryDirectory()
    let other = try SweepFixtures.temporaryDirectory()
    let out = try SweepFixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: parts)
      try? FileManager.default.removeItem(atPath: other)
      try? FileManager.default.removeItem(atPath: out)
    }
    for index in [1, 3] {
      _ = try Self.run(plan, parts, shard: try #require(Shard(index: index, count: 3)))
    }
    #expect(throws: SweepRunError.parts("missing shard(s) 2/3 of 3")) {
      try SweepMerge.merge([parts], into: out)
    }
    let part1 = parts + "/sweep.part-1-of-3.csv"
    #expect(
      throws: SweepRunError.parts("shard 1/3 is given twice: \(part1) and \(part1)")
    ) { try SweepMerge.merge([part1, part1], into: out) }
    let reseeded = try SweepFixtures.plan(
      SweepFixtures.lhsSpec.replacingOccurrences(
        of: #""seed": 5"#, with: #""seed": 6"#))
    _ = try Self.run(reseeded, other, shard: try #require(Shard(index: 2, count: 3)))
    do {
      _ = try SweepMerge.merge([parts, other], into: out)
      Issue.record("parts of two sweeps were merged")
    } catch {
      guard case .parts(let reason) = error else { throw error }
      #expect(reason.contains("is not from the same sweep") && reason.contains("sweep spec"))
    }
    #expect(try SweepFixtures.contents(of: out).isEmpty)
  }

  @Test func anInterruptedSweepResumesToTheSameBytes() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let reference = try SweepFixtures.temporaryDirectory()
    let interrupted = try SweepFixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: reference)
      try? FileManager.default.removeItem(atPath: interrupted)
    }
    _ = try Self.run(plan, reference)
    let first = try SweepFixtures.job(plan, interrupted, daily: true, limit: 5).run()
    #expect(!first.isComplete && first.simulated == 5 && first.written.isEmpty)
    #expect(
      try SweepFixtures.contents(of: interrupted).keys.sorted()
        == [".growthsim", "manifest.json.partial", "sweep-daily.csv.partial", "sweep.csv.partial"])
    // A kill in the middle of writing leaves a torn line and a temporary file behind.
    let torn = try FileHandle(
      forWritingTo: URL(fileURLWithPath: interrupted + "/sweep.csv.partial"))
    try torn.seekToEnd()
    try torn.write(contentsOf: Data("5,12345,0.1".utf8))
    try torn.close()
    // (A killed run's temporary: its nonce is listed as running in the folder's marker.)
    let marker = try FileHandle(forWritingTo: URL(fileURLWithPath: interrupted + "/.growthsim"))
    try marker.seekToEnd()
    try marker.write(contentsOf: Data("running 0123456789abcdef\n".utf8))
    try marker.close()
    try Data("junk".utf8).write(
      to: URL(
        fileURLWithPath: interrupted + "/.sweep.csv.0123456789abcdef-1" + Temporary.suffix))
    #expect(throws: SweepRunError.unfinished(directory: interrupted)) {
      try SweepFixtures.job(plan, interrupted, daily: true).run()
    }
    var progress: [SweepJob.Progress] = []
    let second = try SweepFixtures.job(plan, interrupted, daily: true, resumes: true, limit: 4)
      .run { progress.append($0) }
    #expect(second.resumed == 5 && second.simulated == 4)
    #expect(progress.first == SweepJob.Progress(done: 5, total: 13, resumed: 5))
    #expect(progress.last == SweepJob.Progress(done: 9, total: 13, resumed: 5))
    let third = try SweepFixtures.job(plan, interrupted, daily: true, resumes: true, jobs: 3).run()
    #expect(third.isComplete && third.resumed == 9 && third.simulated == 4)
    #expect(
      try SweepFixtures.contents(of: interrupted) == (try SweepFixtures.contents(of: reference)))
    let again = try SweepFixtures.job(plan, interrupted, daily: true, resumes: true).run()
    #expect(again.isComplete && again.simulated == 0 && again.written.isEmpty)
  }

  @Test func resumeRefusesAChangedScenario() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let directory = try SweepFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try SweepFixtures.job(plan, directory, limit: 3).run()
    let changed = Array(
      SweepFixtures.scenarioText().replacingOccurrences(
        of: #""followers":1000"#, with: #""followers":1001"#
      ).utf8)
    do {
      _ = try SweepFixtures.job(plan, directory, resumes: true, scenarioBytes: changed).run()
      Issue.record("a changed scenario was resumed")
    } catch {
      guard case .mismatch(let path, let reason) = error else { throw error }
      #expect(path == directory + "/manifest.json.partial")
      #expect(reason.hasPrefix("the scenario file differs (it was {\"name\":\"minimal\""))
    }
    let reseeded = try SweepFixtures.plan(
      SweepFixtures.lhsSpec.replacingOccurrences(
        of: #""seed": 5"#, with: #""seed": 6"#))
    #expect(throws: SweepRunError.self) {
      try SweepFixtures.job(reseeded, directory, resumes: true).run()
    }
    // The refusals left the journals as they were.
    let table = try String(contentsOfFile: directory + "/sweep.csv.partial", encoding: .utf8)
    #expect(table.split(separator: "\n").count == 4)
  }

  @Test func anInvalidPointFailsBeforeAnythingRunsOrIsWritten() throws {
    let plan = try SweepFixtures.plan(
      #"{"parameters": [{"pointer": "/policies/0/ads/dailyBudget", "low": 0, "high": 10, "#
        + #""levels": 3}, {"pointer": "/categories/0/refundRate", "low": 0.2, "high": 1.4, "#
        + #""levels": 4}]}"#)
    let parent = try SweepFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: parent) }
    do {
      _ = try SweepFixtures.job(plan, parent + "/out").run()
      Issue.record("an invalid sweep ran")
    } catch {
      guard case .setup(.invalidPoint(let invalid)) = error else { throw error }
      #expect(invalid.point == 3)
      #expect(invalid.invalidCount == 3)
      #expect(invalid.error.description == "/categories/0/refundRate: must be at most 1, got 1.4")
      #expect(
        invalid.settings.map(\.description) == [
          "/policies/0/ads/dailyBudget=0", "/categories/0/refundRate=1.4",
        ])
    }
    #expect(!FileManager.default.fileExists(atPath: parent + "/out"))
  }

  @Test func aPointIsReproducedByARunWithItsValuesAndSeed() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    let point = 6
    var document = try SweepFixtures.document()
    try ScenarioOverride.apply(plan.settings(ofPoint: point), to: &document)
    var scenario = try Scenario.decode(document)
    scenario.experiment.seed = plan.pointSeed(point)
    let run = RunResult.run(scenario, jobs: 1)
    let gmv = SummaryTable.rows(of: run).map(\.summary.gmv)
    let summary = PointSummary(
      point: point, seed: plan.pointSeed(point), settings: plan.settings(ofPoint: point),
      policies: plan.policyIDs,
      replications: try (0..<2).map {
        try plan.simulate(point: point, replication: $0).map(\.policyOutcome)
      })
    #expect(summary.policies.count == 1 && summary.policies[0].policy == nil)
    #expect(summary.policies[0].statistics[0] == MetricStatistics(gmv))
    #expect(plan.pointSeed(point) < 1 << 53)
  }
}
