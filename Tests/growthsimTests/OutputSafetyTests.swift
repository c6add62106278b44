import Foundation
import Testing

@testable import growthsim

/// `--out` folders: growthsim writes into new folders and its own, and refuses (exit 73) one
/// holding other files unless `--force` is given.
@Suite struct OutputSafetyTests {
  static func scenario(in directory: String) throws -> String {
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    return file
  }

  @Test(arguments: [
    ["run"], ["compare", "--replications", "1"],
    ["sweep", "--vary", "/merchants/0/followers=10,20", "--replications", "1"],
  ])
  func aFolderWithOtherFilesIsRefusedWithoutForce(command: [String]) throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let out = directory + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
    try CLITests.write("my notes\n", to: out + "/notes.txt")
    let refused = CLITests.run([command[0], file, "--out", out, "-q"] + command.dropFirst())
    #expect(refused.code == .cannotCreate)
    #expect(
      refused.errors
        == "error: \(out) holds files growthsim did not write (such as notes.txt); choose a new "
        + "or empty folder, or add --force to write into it anyway\n")
    #expect(CLITests.contents(of: out) == ["notes.txt"])

    let forced = CLITests.run(
      [command[0], file, "--out", out, "-q", "--force"] + command.dropFirst())
    #expect(forced.code == .success, "\(forced.errors)")
    #expect(CLITests.contents(of: out).count > 1)
    #expect(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8) == "my notes\n")
  }

  @Test func aFolderGrowthsimWroteIsOverwritten() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = try Self.scenario(in: directory)
    let out = directory + "/out"
    #expect(CLITests.run(["run", file, "--out", out, "-q", "--seed", "1"]).code == .success)
    let first = try Data(contentsOf: URL(fileURLWithPath: out + "/daily.csv"))
    let second = CLITests.run(["run", file, "--out", out, "-q", "--seed", "2"])
    #expect(second.code == .success, "\(second.errors)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/daily.csv")) != first)
  }

  /// Ownership is proven by the marker, not by names: files named like growthsim's (a
  /// manifest, an old-style temporary) that no marker lists are someone else's.
  @Test(arguments: ["manifest.json", "summary.csv", ".daily.csv.tmp-4242"])
  func aPlantedNameOfGrowthsimsIsForeign(name: String) throws {
    let directory = try CLITests.temporaryDirectory()
    let file = try Self.scenario(in: directory)
    let out = directory + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
    try CLITests.write("mine\n", to: out + "/" + name)
    for command in [
      ["run", file],
      ["sweep", file, "--vary", "/merchants/0/followers=10,20", "--replications", "1"],
    ] {
      let refused = CLITests.run(command + ["--out", out, "-q"])
      #expect(refused.code == .cannotCreate)
      #expect(refused.errors.contains("(such as \(name))"))
      #expect(CLITests.contents(of: out) == [name])
      #expect(try String(contentsOfFile: out + "/" + name, encoding: .utf8) == "mine\n")
    }
  }

  @Test func mergeRefusesAForeignFolderToo() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try CLITests.write("x", to: directory + "/thesis.tex")
    let outcome = CLITests.run(["merge", directory + "/part", "--out", directory])
    #expect(outcome.code == .cannotCreate)
    #expect(outcome.errors.contains("(such as thesis.tex)"))
  }
}
