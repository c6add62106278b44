import Foundation
import TestSupport
import Testing

@testable import GrowthSim

@Suite struct FilesTests {
  static func temporaryDirectory() throws -> String {
    try TestFolder.make("files")
  }

  @Test func writeAllWritesEveryFileAndLeavesNoTemporaries() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Files.makeDirectory(directory + "/a/b")
    try Files.writeAll([
      (directory + "/a/b/one.csv", Array("1\n".utf8)),
      (directory + "/a/two.csv", Array("2\n".utf8)),
    ])
    #expect(try Files.read(directory + "/a/b/one.csv") == Array("1\n".utf8))
    #expect(try Files.read(directory + "/a/two.csv") == Array("2\n".utf8))
    let leftovers = try FileManager.default.subpathsOfDirectory(atPath: directory)
      .filter { $0.contains(Temporary.suffix) }
    #expect(leftovers.isEmpty)
  }

  @Test func aFailingFileLeavesTheOthersUntouched() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Files.writeAll([(directory + "/keep.csv", Array("old\n".utf8))])
    let error = #expect(throws: FileError.self) {
      try Files.writeAll([
        (directory + "/keep.csv", Array("new\n".utf8)),
        (directory + "/missing/dir/x.csv", Array("x\n".utf8)),
      ])
    }
    #expect(error?.reason == "No such file or directory")
    #expect(try Files.read(directory + "/keep.csv") == Array("old\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["keep.csv"])
  }

  @Test func readingExplainsWhatWentWrong() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let missing = #expect(throws: FileError.self) { try Files.read(directory + "/nope.json") }
    #expect(missing?.description == "\(directory)/nope.json: No such file or directory")
    let folder = #expect(throws: FileError.self) { try Files.read(directory) }
    #expect(folder?.reason == "not a regular file")
    try Files.writeAll([(directory + "/big.json", [UInt8](repeating: 32, count: 3 << 20))])
    let big = #expect(throws: FileError.self) {
      try Files.read(directory + "/big.json", limit: 2 << 20)
    }
    #expect(
      big?.reason == "larger than 2 MiB (the file-mib limit; raise it with --limit file-mib=N)")
  }

  @Test func makeDirectoryRefusesAPathThroughAFile() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Files.writeAll([(directory + "/file", Array("x".utf8))])
    let error = #expect(throws: FileError.self) { try Files.makeDirectory(directory + "/file/sub") }
    #expect(error?.description == directory + "/file: exists and is not a directory")
  }
}
