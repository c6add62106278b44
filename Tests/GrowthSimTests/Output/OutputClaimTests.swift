import Foundation
import Testing

@testable import GrowthSim

/// The lock, marker and stale-temporary clean-up of an output folder (issue 21).
@Suite struct OutputClaimTests {
  @Test func aSecondWriterIsRefusedNamingTheHolder() throws {
    let directory = try FilesTests.temporaryDirectory() + "/out"
    let first = try OutputClaim(directory, names: ["sweep.csv"])
    let error = #expect(throws: FileError.self) {
      try OutputClaim(directory, names: ["sweep.csv"])
    }
    #expect(error?.path == directory)
    #expect(
      error?.reason == "in use by another growthsim (pid \(getpid())); wait for it to finish")
    // The shards of one sweep have locks of their own.
    let shard = try OutputClaim(directory, scope: ".part-1-of-2", names: ["sweep.part-1-of-2.csv"])
    let other = try OutputClaim(directory, scope: ".part-2-of-2", names: ["sweep.part-2-of-2.csv"])
    first.release()
    shard.release()
    other.release()
    #expect(try OutputClaim(directory, names: ["sweep.csv"]).directory == directory)
  }

  @Test func aKilledRunsTemporariesGoAndAUsersStay() throws {
    let directory = try FilesTests.temporaryDirectory()
    let killed = "0123456789abcdef"
    try Files.writeAll([
      (directory + "/.growthsim", Array("growthsim output folder\nrunning \(killed)\n".utf8)),
      // What a killed run leaves: its lock file and temporaries.
      (directory + "/.growthsim.lock", Array("growthsim pid 999999\n".utf8)),
      (directory + "/.daily.csv.\(killed)-4.growthsim-tmp", [1]),
      (directory + "/.summary.csv.\(killed)-9.growthsim-tmp", [2]),
      // A user's file shaped like one, of a nonce no marker lists.
      (directory + "/.daily.csv.fedcba9876543210-4.growthsim-tmp", [3]),
    ])
    #expect(
      try OutputFolder.foreignEntry(in: directory) == ".daily.csv.fedcba9876543210-4.growthsim-tmp")
    let claim = try OutputClaim(directory, names: ["daily.csv"])
    claim.release()
    #expect(
      try Files.list(directory) == [".daily.csv.fedcba9876543210-4.growthsim-tmp", ".growthsim"])
    #expect(try Files.read(directory + "/.daily.csv.fedcba9876543210-4.growthsim-tmp") == [3])
  }

  @Test func aLockFileThatIsNotGrowthsimsIsLeftAlone() throws {
    let directory = try FilesTests.temporaryDirectory()
    try Files.writeAll([(directory + "/.growthsim.lock", Array("my notes\n".utf8))])
    let error = #expect(throws: FileError.self) { try OutputClaim(directory, names: []) }
    #expect(error?.reason == "is not growthsim's lock file; remove it if no growthsim runs")
    #expect(try Files.read(directory + "/.growthsim.lock") == Array("my notes\n".utf8))
    // A symbolic link there is not followed.
    let target = try FilesTests.temporaryDirectory() + "/target"
    try Files.writeAll([(target, Array("precious\n".utf8))])
    try Files.remove(directory + "/.growthsim.lock")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/.growthsim.lock", withDestinationPath: target)
    #expect(throws: FileError.self) { try OutputClaim(directory, names: []) }
    #expect(try Files.read(target) == Array("precious\n".utf8))
  }

  @Test func aFolderTheClaimMadeGoesAgainIfNothingWasWritten() throws {
    let directory = try FilesTests.temporaryDirectory() + "/new"
    let claim = try OutputClaim(directory, names: ["daily.csv"])
    #expect(try Files.list(directory) == [".growthsim", ".growthsim.lock"])
    claim.release()
    #expect(!Files.exists(directory))
  }

  @Test func temporariesNeverFollowAPlantedLink() throws {
    let directory = try FilesTests.temporaryDirectory()
    let target = try FilesTests.temporaryDirectory() + "/target"
    try Files.writeAll([(target, Array("precious\n".utf8))])
    // Even knowing the nonce, a link at each of the next names is skipped, not written through.
    let next = Temporary.name(beside: directory + "/daily.csv")
    let serial = Int(next.dropLast(Temporary.suffix.count).split(separator: "-").last ?? "") ?? 0
    for number in serial + 1...serial + 50 {
      try FileManager.default.createSymbolicLink(
        atPath: directory + "/.daily.csv.\(Temporary.nonce)-\(number)\(Temporary.suffix)",
        withDestinationPath: target)
    }
    try Files.writeAll([(directory + "/daily.csv", Array("new\n".utf8))])
    #expect(try Files.read(target) == Array("precious\n".utf8))
    let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/daily.csv")
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    #expect(Temporary.nonce(ofName: ".daily.csv.\(Temporary.nonce)-7\(Temporary.suffix)") != nil)
    #expect(Temporary.nonce(ofName: ".daily.csv.tmp-123") == nil)
  }

  @Test func aFailedRenameRollsTheWholeSetBack() throws {
    let directory = try FilesTests.temporaryDirectory()
    try Files.writeAll([
      (directory + "/daily.csv", Array("old daily\n".utf8)),
      (directory + "/summary.csv", Array("old summary\n".utf8)),
    ])
    let temporary = directory + "/.daily.csv.new"
    try Files.writeAll([(temporary, Array("new daily\n".utf8))])
    // The second rename fails (its temporary is missing) after the first succeeded.
    #expect(throws: FileError.self) {
      try Files.replaceAll([
        (temporary, directory + "/daily.csv"), (directory + "/.gone", directory + "/summary.csv"),
        (directory + "/.gone2", directory + "/new.csv"),
      ])
    }
    #expect(try Files.read(directory + "/daily.csv") == Array("old daily\n".utf8))
    #expect(try Files.read(directory + "/summary.csv") == Array("old summary\n".utf8))
    #expect(try Files.read(temporary) == Array("new daily\n".utf8), "left to the caller")
    let listed = try Files.list(directory)
    #expect(listed == [".daily.csv.new", "daily.csv", "summary.csv"], "\(listed)")
    // A folder in a file's place is refused before anything is renamed.
    try Files.remove(directory + "/summary.csv")
    try Files.makeDirectory(directory + "/summary.csv")
    let error = #expect(throws: FileError.self) {
      try Files.writeAll([
        (directory + "/daily.csv", Array("new daily\n".utf8)),
        (directory + "/summary.csv", Array("new summary\n".utf8)),
      ])
    }
    #expect(error?.reason == "Is a directory")
    #expect(try Files.read(directory + "/daily.csv") == Array("old daily\n".utf8))
    #expect(try Files.list(directory) == [".daily.csv.new", "daily.csv", "summary.csv"])
  }
}
