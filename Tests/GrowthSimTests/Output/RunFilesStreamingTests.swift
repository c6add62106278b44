import Foundation
import TestSupport
import Testing

@testable import GrowthSim

/// The streaming `run` (day by day, through the daily spool) writes the bytes of the
/// in-memory `RunResult` path, at any number of jobs and whether or not the spool spills.
@Suite struct RunFilesStreamingTests {
  /// A small belt: two cohorts, one served by a provider, six days, three replications.
  static func belt(
    replications: Int = 3, served: Int = 7, alone: Int = 9, days: Int = 6, extra: [String] = []
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
    try TestFolder.make("stream")
  }

  static func files(in directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
    }
    return files
  }

  /// What the in-memory `RunResult` path writes for the long-form belt: the file names in
  /// order, the files, the summaries.
  struct Reference: Sendable {
    var names: [String]
    var files: [String: Data]
    var summaries: [MerchantSummary]
  }

  static func reference(replications: Int) throws -> Reference {
    let scenario = try belt(
      replications: replications, extra: ["/output/long=true", "/output/skuDaily=true"])
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = RunResult.run(scenario, jobs: 1)
    let paths = try RunFiles.write(result, to: directory)
    return Reference(
      names: paths.map { String($0.split(separator: "/").last ?? "") },
      files: try files(in: directory),
      summaries: SummaryTable.rows(of: result).map(\.summary))
  }

  /// The references for one and three replications, computed once and shared by the cases
  /// below (each used to redo the same in-memory run).
  static let references = Result {
    try Dictionary(uniqueKeysWithValues: [1, 3].map { ($0, try reference(replications: $0)) })
  }

  /// More jobs than replications encode the daily rows on a thread of their own.
  ///
  /// The long form and `sku_daily.csv` are on, and `daily_stats.csv` (with the SKUs'
  /// stock-outs) is written with several replications.
  @Test(arguments: [
    (1, 1 << 30, 3), (1, 4096, 3), (2, 4096, 3), (3, 100, 3), (2, 4096, 1), (4, 1 << 30, 1),
    (8, 100, 3),
  ])
  func streamingWritesTheBytesOfTheWholeRun(jobs: Int, chunkBytes: Int, replications: Int)
    throws
  {
    let scenario = try Self.belt(
      replications: replications, extra: ["/output/long=true", "/output/skuDaily=true"])
    let reference = try #require(try Self.references.get()[replications])
    let streamed = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: streamed) }
    let written = try RunFiles.write(scenario, jobs: jobs, to: streamed, chunkBytes: chunkBytes)
    #expect(reference.names == written.paths.map { String($0.split(separator: "/").last ?? "") })
    #expect(
      reference.files.keys.sorted()
        == [".growthsim", "daily.csv", "daily_long.csv"]
        + (replications > 1 ? ["daily_stats.csv"] : [])
        + ["providers.csv", "sku_daily.csv", "summary.csv"])
    // Nothing else is left in the directory: the spill files are unlinked.
    #expect(try Self.files(in: streamed) == reference.files)
    #expect(written.summaries.map(\.summary) == reference.summaries)
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
    let one = try Self.shelfDaysOnOneThread.get()
    #expect(one.count == 2 && one[0].count == 200)
    #expect(try Self.shelfDays(merchantJobs: merchantJobs) == one)
  }

  /// The days of a 200-merchant belt replication with its shelf hours on `merchantJobs`
  /// threads: two days, so the second starts from what the threads left of the first.
  static func shelfDays(merchantJobs: Int) throws -> [[DayRecord]] {
    let replication = Replication(try belt(replications: 1, served: 90, alone: 110, days: 2))
    var days: [[DayRecord]] = []
    replication.run(0, merchantJobs: merchantJobs) { _, rows in days.append(rows) }
    return days
  }

  /// The days on one thread, computed once for the cases above.
  static let shelfDaysOnOneThread = Result { try shelfDays(merchantJobs: 1) }

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
