import Foundation
import Testing

@testable import growthsim

/// The one end-to-end test that runs the built binary: a sweep killed with SIGKILL after it
/// has written some points, then resumed, equals the uninterrupted sweep byte for byte.
@Suite struct KillResumeTests {
  /// The `growthsim` binary beside the test bundle (`.build/<triple>/debug/growthsim`).
  static let binary = URL(fileURLWithPath: CommandLine.arguments[0])
    .deletingLastPathComponent().appendingPathComponent("growthsim").path

  static func lines(in path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path) else { return 0 }
    return data.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func aSweepKilledMidwayResumesToTheUninterruptedBytes() throws {
    let directory = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/small.json"
    try CLITests.write(
      TestFixtures.minimalText.replacingOccurrences(of: #""days":10"#, with: #""days":8"#)
        .replacingOccurrences(of: #""replications":2"#, with: #""replications":1"#), to: file)
    let arguments = [
      "sweep", file, "--vary", "/policies/0/ads/dailyBudget=0:5000", "--vary",
      "/merchants/0/skus/0/stock=100:900", "--design", "lhs", "--points", "60", "--daily",
      "--jobs", "2", "-q",
    ]
    let killed = directory + "/killed"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = arguments + ["--out", killed]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    // Wait until the journal holds a header and at least five points, then kill -9.
    let journal = killed + "/sweep.csv.partial"
    let deadline = Date().addingTimeInterval(20)
    while Self.lines(in: journal) < 6, process.isRunning, Date() < deadline {
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal, "the sweep finished before the kill")
    let written = Self.lines(in: journal) - 1
    #expect(written >= 5 && written < 60, "\(written) points in the journal")
    #expect(!FileManager.default.fileExists(atPath: killed + "/sweep.csv"))

    let resumed = CLITests.run(arguments + ["--out", killed, "--resume"])
    #expect(resumed.code == .success, "\(resumed.errors)")
    let reference = CLITests.run(arguments + ["--out", directory + "/reference"])
    #expect(reference.code == .success)
    let names = ["manifest.json", "sweep-daily.csv", "sweep.csv"]
    #expect(
      CLITests.contents(of: killed) == [".growthsim", "manifest.json", "report.html"]
        + names.dropFirst())
    for name in names {
      let one = try Data(contentsOf: URL(fileURLWithPath: killed + "/" + name))
      let two = try Data(contentsOf: URL(fileURLWithPath: directory + "/reference/" + name))
      #expect(one == two, "\(name) differs after kill -9 and --resume")
    }
  }
}
