import Foundation
import Testing

@testable import GrowthSim

@Suite struct OutputFolderTests {
  @Test(arguments: [
    ("daily.csv", true), ("daily_stats.csv", true), ("daily_long.csv", true), ("summary.csv", true),
    ("providers.csv", true),
    ("compare_ablation.csv", true), ("sweep.csv", true), ("sweep-daily.csv", true),
    ("manifest.json", true), ("sweep.csv.partial", true), ("manifest.json.partial", true),
    ("sweep.part-2-of-3.csv", true), ("sweep-daily.part-2-of-3.csv.partial", true),
    ("manifest.part-1-of-4.json", true), (".daily.csv.tmp-4242", true),
    (".sweep.csv.partial.tmp-17", true), ("notes.txt", false), ("daily.csv.bak", false),
    ("sweep.part-0-of-3.csv", false), ("manifest.part-2-of-3.csv", false),
    (".daily.csv.tmp-", false), (".notes.tmp-12", false), ("Daily.csv", false), ("plots", false),
    ("daily-gmv-profit.png", true), ("compare-crossover-gnuplot.png", true),
    ("sweep-profit_cny-map.png", true), ("photo.png", false), ("daily-gmv-profit.png.bak", false),
  ])
  func growthsimsOwnFileNames(name: String, isOwn: Bool) {
    #expect(OutputFolder.isOwn(name) == isOwn)
  }

  @Test func aFolderIsForeignOnlyWithAFileGrowthsimDoesNotWrite() throws {
    let directory = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(OutputFolder.foreignEntry(in: directory + "/absent") == nil)
    #expect(OutputFolder.foreignEntry(in: directory) == nil)
    try Files.writeAll([(directory + "/daily.csv", [1]), (directory + "/.summary.csv.tmp-9", [2])])
    #expect(OutputFolder.foreignEntry(in: directory) == nil)
    try Files.writeAll([(directory + "/zeta.txt", [3]), (directory + "/alpha.txt", [4])])
    #expect(OutputFolder.foreignEntry(in: directory) == "alpha.txt")
  }

  @Test func aCancelledWriteLeavesNoFileAndNoTemporary() throws {
    let directory = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Files.writeAll([(directory + "/keep.csv", Array("old\n".utf8))])
    let cancellation = Cancellation()
    #expect(cancellation.cancel(signal: 15))
    #expect(!cancellation.cancel(signal: 2), "only the first request counts")
    let error = #expect(throws: FileError.self) {
      try Files.writeAll(
        [
          (directory + "/keep.csv", Array(repeating: 65, count: 3 << 20)),
          (directory + "/new.csv", Array("x\n".utf8)),
        ], cancellation: cancellation)
    }
    #expect(error?.isInterruption == true)
    #expect(cancellation.signal == 15)
    #expect(try Files.read(directory + "/keep.csv") == Array("old\n".utf8))
    #expect(try Files.list(directory) == ["keep.csv"])
  }
}
