import Foundation
import Testing

@testable import growthsim

/// The bad-input corpus (`Corpus/bad`): every file is given to the built `growthsim` binary,
/// which must print exactly the message of its `.expected` file, exit with its code and create
/// no output folder.
///
/// `NNN-name.expected` holds optional `args:` (default `run {file} --out {out}`) and `mode:`
/// lines, then `exit: CODE`, then `stderr:` and the exact standard error. `{file}` is the input
/// beside it (`NNN-name.json`, `.bin` or a folder), `{out}` an output folder that must not
/// appear, `{dir}` a fresh temporary folder and `{corpus}` the corpus folder.
@Suite struct CorpusTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Corpus/bad").path

  static var cases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(9)) }.sorted()
  }

  struct Expectation {
    var arguments = "run {file} --out {out}"
    var mode: String? = nil
    var exit: Int32 = -1
    var stderr = ""

    init(text: String) {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
      while let line = lines.popFirst(), line != "stderr:" {
        if line.hasPrefix("args: ") { arguments = String(line.dropFirst(6)) }
        if line.hasPrefix("mode: ") { mode = String(line.dropFirst(6)) }
        if line.hasPrefix("exit: ") { exit = Int32(line.dropFirst(6)) ?? -1 }
      }
      stderr = lines.joined(separator: "\n")
    }
  }

  /// Runs the binary; returns its exit status and standard error.
  static func launch(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillResumeTests.binary)
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func theCorpusHasAtLeastSixtyCases() {
    #expect(Self.cases.count >= 60)
  }

  @Test(
    .enabled(if: FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)),
    arguments: cases)
  func aBadInputGetsItsExactMessageAndExitCodeAndWritesNothing(stem: String) throws {
    let expected = Expectation(
      text: try String(contentsOfFile: Self.folder + "/" + stem + ".expected", encoding: .utf8))
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
    var input = names.first { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".expected") }
      .map { Self.folder + "/" + $0 }
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    if expected.mode == "000", let original = input {
      // The superuser reads a mode-000 file all the same, so the case cannot fail for it;
      // /proc/self/mem (case 088) gives root an unreadable file instead.
      guard geteuid() != 0 else { return }
      let copy = directory + "/" + (original as NSString).lastPathComponent
      try FileManager.default.copyItem(atPath: original, toPath: copy)
      #expect(chmod(copy, 0) == 0)
      input = copy
    }
    let out = directory + "/out"
    func substitute(_ text: String) -> String {
      text.replacingOccurrences(of: "{file}", with: input ?? "")
        .replacingOccurrences(of: "{out}", with: out)
        .replacingOccurrences(of: "{dir}", with: directory)
        .replacingOccurrences(of: "{corpus}", with: Self.folder)
    }
    let arguments = expected.arguments.split(separator: " ").map { substitute(String($0)) }
    let (status, stderr) = try Self.launch(arguments)
    #expect(stderr == substitute(expected.stderr))
    #expect(status == expected.exit)
    #expect([65, 66].contains(status))
    #expect(!FileManager.default.fileExists(atPath: out), "the output folder was created")
  }
}
