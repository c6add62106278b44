import Foundation
import Testing

@testable import GrowthSim

/// The streaming `run` (day by day, through the daily spool) writes the bytes of the
/// in-memory `RunResult` path, at any number of jobs and whether or not the spool spills.
@Suite struct RunFilesStreamingTests {
  /// A small belt: two cohorts, one served by a provider, a fortnight, three replications.
  static func belt(
    replications: Int = 3, served: Int = 7, alone: Int = 9, days: Int = 14, extra: [String] = []
  ) throws -> Scenario {
    let bytes = try Files.read(
      TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/belt.json").path)
    let overrides =
      ([
        "/calendar/days=\(days)", "/cohorts/0/count=\(served)", "/cohorts/1/count=\(alone)",
        "/experiment/replications=\(replications)",
      ] + extra).compactMap(ScenarioOverride.init(argument:))
    return try Scenario.decode(from: bytes, overrides: overrides)
  }

  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "growthsim-stream-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func files(in directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
    }
    return files
  }

  /// More jobs than replications encode the daily rows on a thread of their own.
  ///
  /// The long form is on, and `daily_stats.csv` is written with several replications.
  @Test(arguments: [
    (1, 1 << 30, 3), (1, 4096, 3), (2, 4096, 3), (3, 100, 3), (2, 4096, 1), (4, 1 << 30, 1),
    (8, 100, 3),
  ])
  func streamingWritesTheBytesOfTheWholeRun(jobs: Int, chunkBytes: Int, replications: Int)
    throws
  {
    let scenario = try Self.belt(replications: replications, extra: ["/output/long=true"])
    let reference = try Self.temporaryDirectory()
    let streamed = try Self.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: reference)
      try? FileManager.default.removeItem(atPath: streamed)
    }
    let result = RunResult.run(scenario, jobs: 1)
    let paths = try RunFiles.write(result, to: reference)
    let written = try RunFiles.write(scenario, jobs: jobs, to: streamed, chunkBytes: chunkBytes)
    #expect(
      paths.map { $0.split(separator: "/").last }
        == written.paths.map { $0.split(separator: "/").last })
    let expected = try Self.files(in: reference)
    #expect(
      expected.keys.sorted()
        == [".growthsim", "daily.csv", "daily_long.csv"]
        + (replications > 1 ? ["daily_stats.csv"] : [])
        + ["providers.csv", "summary.csv"])
    // Nothing else is left in the directory: the spill files are unlinked.
    #expect(try Self.files(in: streamed) == expected)
    #expect(written.summaries.map(\.summary) == SummaryTable.rows(of: result).map(\.summary))
  }

  @Test func theSpoolListsEachMerchantsRowsInDayOrderAcrossSpills() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let merchants = 3
    let spool = DailySpool(
      merchants: merchants, spillingBeside: directory + "/daily.csv",
      chunkBytes: 40)
    for day in 0..<9 {
      var bytes: [UInt8] = []
      var ends: [Int] = []
      for merchant in 0..<merchants {
        bytes += Array("m\(merchant) d\(day)\n".utf8)
        ends.append(bytes.count)
      }
      try spool.append(day: bytes, rowEnds: ends)
    }
    let file = try StreamingFile(path: directory + "/daily.csv")
    try spool.copy(into: file)
    try file.finish()
    try file.commit()
    let text = try String(contentsOfFile: directory + "/daily.csv", encoding: .utf8)
    let expected = (0..<merchants).flatMap { merchant in
      (0..<9).map { "m\(merchant) d\($0)\n" }
    }.joined()
    #expect(text == expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["daily.csv"])
  }

  /// Merchants' shelf hours on several threads (from 64 merchants a thread) give the days
  /// of one thread, record for record.
  @Test(arguments: [2, 3, 8])
  func shelfHoursOnSeveralThreadsGiveTheSameDays(merchantJobs: Int) throws {
    let replication = Replication(try Self.belt(replications: 1, served: 90, alone: 110, days: 4))
    func days(_ jobs: Int) -> [[DayRecord]] {
      var days: [[DayRecord]] = []
      replication.run(0, merchantJobs: jobs) { _, rows in days.append(rows) }
      return days
    }
    let one = days(1)
    #expect(one.count == 4 && one[0].count == 200)
    #expect(days(merchantJobs) == one)
  }

  /// The belt on 4 jobs, one replication: shelf hours on threads and rows encoded beside.
  @Test func oneBeltReplicationOnFourJobsWritesTheBytesOfOne() throws {
    let scenario = try Self.belt(replications: 1, served: 60, alone: 80, days: 5)
    let serial = try Self.temporaryDirectory()
    let parallel = try Self.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: serial)
      try? FileManager.default.removeItem(atPath: parallel)
    }
    _ = try RunFiles.write(scenario, jobs: 1, to: serial)
    _ = try RunFiles.write(scenario, jobs: 4, to: parallel, chunkBytes: 50_000)
    #expect(try Self.files(in: parallel) == Self.files(in: serial))
  }
}
