import Foundation
import Testing

@testable import growthsim

/// SIGTERM and SIGINT sent to the built binary: a clean stop with exit 143 or 130, no
/// temporary file, a sweep's finished points kept for `--resume`, a run's output absent.
@Suite struct SignalTests {
  static func launch(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillResumeTests.binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Waits until `process` has used `seconds` of CPU time (user + system, from
  /// `/proc/PID/stat`), or has ended, or `limit` seconds of wall time have passed: a point in
  /// the child's own work that a loaded machine delays but does not move (a fixed sleep does).
  static func waitForCPU(of process: Process, seconds: Double, limit: Double = 300) {
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    let deadline = Date().addingTimeInterval(limit)
    while process.isRunning, Date() < deadline {
      let stat = try? String(
        contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
      // The fields after the command's closing parenthesis; utime and stime are the
      // 12th and 13th of them (fields 14 and 15 of proc(5)).
      if let stat, let close = stat.lastIndex(of: ")") {
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        if fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]),
          (user + system) / ticksPerSecond >= seconds
        {
          return
        }
      }
      usleep(20_000)
    }
  }

  static func temporaries(in directory: String) -> [String] {
    CLITests.contents(of: directory).filter { $0.hasSuffix(".growthsim-tmp") }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)))
  func aSweepStoppedBySIGTERMExits143AndResumesToTheUninterruptedBytes() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(
      TestFixtures.minimalText.replacingOccurrences(of: #""days":10"#, with: #""days":12"#),
      to: file)
    let arguments = [
      "sweep", file, "--vary", "/policies/0/ads/dailyBudget=0:5000:40", "--daily", "--jobs", "2",
      "-q",
    ]
    let stopped = directory + "/stopped"
    let process = try Self.launch(arguments + ["--out", stopped])
    let journal = stopped + "/sweep.csv.partial"
    let deadline = Date().addingTimeInterval(30)
    while KillResumeTests.lines(in: journal) < 4, process.isRunning, Date() < deadline {
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGTERM)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 143, "the sweep finished before the signal?")
    #expect(Self.temporaries(in: stopped).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: stopped + "/sweep.csv"))
    let kept = KillResumeTests.lines(in: journal) - 1
    #expect(kept >= 3 && kept < 40, "\(kept) points kept")

    let resumed = CLITests.run(arguments + ["--out", stopped, "--resume"])
    #expect(resumed.code == .success, "\(resumed.errors)")
    let reference = CLITests.run(arguments + ["--out", directory + "/reference"])
    #expect(reference.code == .success)
    for name in ["manifest.json", "sweep-daily.csv", "sweep.csv"] {
      let one = try Data(contentsOf: URL(fileURLWithPath: stopped + "/" + name))
      let two = try Data(contentsOf: URL(fileURLWithPath: directory + "/reference/" + name))
      #expect(one == two, "\(name) differs after SIGTERM and --resume")
    }
    #expect(
      CLITests.contents(of: stopped)
        == [".growthsim", "manifest.json", "report.html", "sweep-daily.csv", "sweep.csv"])
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)))
  func aLongRunStoppedBySIGINTExits130AndWritesNothing() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/long.json"
    // Thousands of replications of a year: far longer than the wait below.
    try CLITests.write(
      TestFixtures.minimalText.replacingOccurrences(of: #""days":10"#, with: #""days":365"#)
        .replacingOccurrences(of: #""replications":2"#, with: #""replications":5000"#),
      to: file)
    let out = directory + "/out"
    let process = try Self.launch(["run", file, "--out", out, "--jobs", "2"])
    usleep(500_000)
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 130)
    #expect(!FileManager.default.fileExists(atPath: out), "a stopped run wrote \(out)")
  }
}
