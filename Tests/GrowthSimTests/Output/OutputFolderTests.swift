import Foundation
import Testing

@testable import GrowthSim

/// Which folders growthsim writes into without `--force`: ownership comes from the marker
/// growthsim writes, not from file names.
@Suite struct OutputFolderTests {
  @Test func aFolderIsForeignOnlyWithAFileNoMarkerLists() throws {
    let directory = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(try OutputFolder.foreignEntry(in: directory + "/absent") == nil)
    #expect(try OutputFolder.foreignEntry(in: directory) == nil)
    // A planted file with one of growthsim's names is not growthsim's.
    try Files.writeAll([(directory + "/manifest.json", Array("{}\n".utf8))])
    #expect(try OutputFolder.foreignEntry(in: directory) == "manifest.json")
    try Files.remove(directory + "/manifest.json")
    let claim = try OutputClaim(directory, names: ["daily.csv", "summary.csv"])
    try Files.writeAll([(directory + "/daily.csv", [1])])
    #expect(try OutputFolder.foreignEntry(in: directory) == nil, "the lock and marker are own")
    claim.release()
    #expect(try Files.list(directory) == [".growthsim", "daily.csv"])
    #expect(
      try Files.read(directory + "/.growthsim")
        == Array("growthsim output folder\nfile daily.csv\n".utf8))
    #expect(try OutputFolder.foreignEntry(in: directory) == nil)
    try Files.writeAll([(directory + "/daily-gmv-profit.png", [2])])
    #expect(try OutputFolder.foreignEntry(in: directory) == nil, "charts may stay")
    try Files.writeAll([(directory + "/zeta.txt", [3]), (directory + "/alpha.txt", [4])])
    #expect(try OutputFolder.foreignEntry(in: directory) == "alpha.txt")
  }

  @Test func aMarkerThatIsASymbolicLinkProvesNothing() throws {
    let directory = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outside = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: outside) }
    let elsewhere = outside + "/marker"
    try Files.writeAll([
      (elsewhere, Array("growthsim output folder\nfile notes.txt\n".utf8)),
      (directory + "/notes.txt", [1]),
    ])
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/.growthsim", withDestinationPath: elsewhere)
    #expect(try OutputFolder.foreignEntry(in: directory) == ".growthsim")
  }

  @Test func aFolderThatCannotBeListedIsNotAssumedEmpty() throws {
    let directory = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Files.writeAll([(directory + "/file", [1])])
    let error = #expect(throws: FileError.self) {
      try OutputFolder.foreignEntry(in: directory + "/file")
    }
    #expect(error?.reason == "Not a directory")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/dangling", withDestinationPath: directory + "/nowhere")
    let dangling = #expect(throws: FileError.self) {
      try OutputFolder.foreignEntry(in: directory + "/dangling")
    }
    #expect(dangling?.reason == Files.danglingLinkReason)
    let made = #expect(throws: FileError.self) { try Files.makeDirectory(directory + "/dangling") }
    #expect(made?.reason == Files.danglingLinkReason, "not 'File exists'")
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
