import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// The output-folder attacks of issue 21, on the built binary: paths that are no results
/// folder, planted symbolic links, two writers on one folder, and a killed run's litter.
@Suite struct OutputAttackTests {
  struct Finished {
    var status: Int32
    var errors: String
  }

  /// Runs the binary in `directory` to the end.
  static func run(_ arguments: [String], in directory: String) throws -> Finished {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillResumeTests.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let bytes = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Finished(
      status: process.terminationStatus, errors: String(decoding: bytes, as: UTF8.self))
  }

  static func folder() throws -> String {
    let directory = try CLITests.temporaryDirectory()
    try CLITests.write(TestFixtures.minimalText, to: directory + "/small.json")
    return directory
  }

  static let hasBinary = FileManager.default.isExecutableFile(atPath: KillResumeTests.binary)
  static let vary = ["--vary", "/merchants/0/followers=10,20", "--replications", "1"]

  @Test(.enabled(if: hasBinary))
  func anEmptyRootOrCurrentFolderIsAUsageErrorAndWritesNothing() throws {
    let directory = try Self.folder()
    let commands = [
      ["run", "small.json"], ["compare", "small.json"], ["sweep", "small.json"] + Self.vary,
      ["merge", "parts"],
    ]
    for command in commands {
      for out in [
        ["--out", ""], ["--out="], ["--out", "."], ["--out", "./"], ["--out", "x/.."],
      ] {
        let outcome = try Self.run(command + out + ["-q"], in: directory)
        #expect(outcome.status == 64, "\(command) \(out): \(outcome.errors)")
        #expect(outcome.errors.hasPrefix("error: --out "), "\(outcome.errors)")
        #expect(CLITests.contents(of: directory) == ["small.json"], "\(command) \(out)")
      }
    }
    #expect(OutputFolder.problem("/") != nil && OutputFolder.problem("/tmp/..") != nil)
  }

  /// A file named `...json` or `.json` once made the default folder `Results/..` (the
  /// current directory) or `Results/` itself: the folder now comes from the scenario's name.
  @Test(.enabled(if: hasBinary), arguments: ["...json", ".json"])
  func theDefaultFolderComesFromTheScenariosName(file: String) throws {
    let directory = try Self.folder()
    try FileManager.default.moveItem(
      atPath: directory + "/small.json", toPath: directory + "/" + file)
    try CLITests.write("a user's summary\n", to: directory + "/summary.csv")
    let outcome = try Self.run(["run", file, "-q"], in: directory)
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(
      try String(contentsOfFile: directory + "/summary.csv", encoding: .utf8)
        == "a user's summary\n")
    #expect(CLITests.contents(of: directory + "/Results") == ["minimal"])
    #expect(
      CLITests.contents(of: directory + "/Results/minimal")
        == [
          ".growthsim", "daily.csv", "daily_stats.csv", "report.html", "sku_daily.csv",
          "summary.csv",
        ])
    // The default folder gets the foreign-file check too.
    try CLITests.write("notes\n", to: directory + "/Results/minimal/notes.txt")
    let refused = try Self.run(["run", file, "-q"], in: directory)
    #expect(refused.status == 73)
    #expect(refused.errors.contains("Results/minimal holds files growthsim did not write"))
  }

  @Test(.enabled(if: hasBinary))
  func aFolderThatCannotBeListedOrADanglingLinkIsRefused() throws {
    let directory = try Self.folder()
    try CLITests.write("x", to: directory + "/plain")
    let file = try Self.run(["run", "small.json", "--out", "plain", "-q"], in: directory)
    #expect(file.status == 73)
    #expect(
      file.errors == "error: cannot check what plain holds (Not a directory); "
        + "choose a folder growthsim can list\n")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/dangling", withDestinationPath: directory + "/nowhere")
    for force in [[], ["--force"]] {
      let dangling = try Self.run(
        ["run", "small.json", "--out", "dangling", "-q"] + force, in: directory)
      #expect(dangling.status == 73)
      #expect(dangling.errors.contains("symbolic link to something that does not exist"))
      #expect(!dangling.errors.contains("File exists"))
    }
    // Permissions do not stop root, so this part needs another user.
    if geteuid() != 0 {
      try FileManager.default.createDirectory(
        atPath: directory + "/closed", withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o300])
      let closed = try Self.run(["run", "small.json", "--out", "closed", "-q"], in: directory)
      #expect(closed.status == 73)
      #expect(closed.errors.contains("cannot check what closed holds (Permission denied)"))
    }
  }

  /// The attack of issue 21: links planted at every temporary name growthsim used to use (for
  /// the next 300 pids) and at the names it still uses predictably, pointing at a file the
  /// attacker wants overwritten.
  @Test(.enabled(if: hasBinary))
  func plantedLinksNeverRedirectAWrite() throws {
    let directory = try Self.folder()
    let target = directory + "/target"
    try CLITests.write("precious\n", to: target)
    let out = directory + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
    let last =
      Int(
        (try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?
          .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? Int(getpid())
    let names = ["daily.csv", "daily_stats.csv", "summary.csv", ".growthsim"]
    for pid in last...last + 300 {
      for name in names {
        for suffix in ["", "-values", "-spool-0", "-spool-1"] {
          try FileManager.default.createSymbolicLink(
            atPath: out + "/.\(name).tmp-\(pid)\(suffix)", withDestinationPath: target)
        }
      }
    }
    // The names the results and the marker take are links too.
    for name in names {
      try FileManager.default.createSymbolicLink(
        atPath: out + "/" + name, withDestinationPath: target)
    }
    let refused = try Self.run(["run", "small.json", "--out", "out", "-q"], in: directory)
    #expect(refused.status == 73, "the planted links are not growthsim's files")
    let forced = try Self.run(
      ["run", "small.json", "--out", "out", "-q", "--force"], in: directory)
    #expect(forced.status == 0, "\(forced.errors)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    for name in names {
      let type = try FileManager.default.attributesOfItem(atPath: out + "/" + name)[.type]
      #expect(type as? FileAttributeType == .typeRegular, "\(name)")
    }
    // A link at the lock file's name is not followed either: the run is refused.
    let locked = directory + "/locked"
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: locked + "/.growthsim.lock", withDestinationPath: target)
    let lock = try Self.run(["run", "small.json", "--out", "locked", "-q"], in: directory)
    #expect(lock.status == 73, "\(lock.errors)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
  }

  /// Two `sweep --resume` on one folder once duplicated rows: the second is now refused,
  /// naming the first's pid, and the sweep finishes with the uninterrupted bytes.
  @Test(.enabled(if: hasBinary))
  func aSecondSweepOnOneFolderIsRefusedNamingTheFirstsPid() throws {
    let directory = try Self.folder()
    let arguments = [
      "sweep", "small.json", "--vary", "/policies/0/ads/dailyBudget=0:5000:200", "--daily",
      "--jobs", "1", "-q", "--resume", "--out", "out",
    ]
    let first = Process()
    first.executableURL = URL(fileURLWithPath: KillResumeTests.binary)
    first.arguments = arguments
    first.currentDirectoryURL = URL(fileURLWithPath: directory)
    first.standardOutput = FileHandle.nullDevice
    first.standardError = FileHandle.nullDevice
    try first.run()
    let journal = directory + "/out/sweep.csv.partial"
    let deadline = Date().addingTimeInterval(30)
    while KillResumeTests.lines(in: journal) < 3, first.isRunning, Date() < deadline {
      usleep(2_000)
    }
    // Paused, so the second is sure to meet it at work however fast the sweep has become (60
    // points once outlasted the second's start; since session 8's speed-ups they did not).
    kill(first.processIdentifier, SIGSTOP)
    let second = try Self.run(arguments, in: directory)
    let wasRunning = first.isRunning
    kill(first.processIdentifier, SIGCONT)
    first.waitUntilExit()
    #expect(wasRunning, "the first sweep finished before the second started")
    #expect(second.status == 73)
    #expect(
      second.errors
        == "error: cannot write results: out: in use by another growthsim "
        + "(pid \(first.processIdentifier)); wait for it to finish\n")
    #expect(first.terminationStatus == 0)
    let again = try Self.run(arguments, in: directory)
    #expect(again.status == 0)
    let reference = try Self.run(
      Array(arguments.dropLast(3)) + ["--out", "reference"], in: directory)
    #expect(reference.status == 0)
    for name in ["manifest.json", "sweep-daily.csv", "sweep.csv"] {
      let one = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/" + name))
      let two = try Data(contentsOf: URL(fileURLWithPath: directory + "/reference/" + name))
      #expect(one == two, "\(name)")
    }
    #expect(KillResumeTests.lines(in: directory + "/out/sweep.csv") == 201)
  }

  /// A run killed with SIGKILL leaves its temporaries and lock file; the next run into the
  /// folder removes them, but not a user's file named like a temporary.
  @Test(.enabled(if: hasBinary))
  func aKilledRunsLitterIsRemovedByTheNextRun() throws {
    let directory = try Self.folder()
    try CLITests.write(
      TestFixtures.minimalText.replacingOccurrences(of: #""days":10"#, with: #""days":200"#)
        .replacingOccurrences(of: #""replications":2"#, with: #""replications":3000"#),
      to: directory + "/long.json")
    let out = directory + "/out"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KillResumeTests.binary)
    process.arguments = ["run", "long.json", "--out", "out", "--jobs", "1", "-q"]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while SignalTests.temporaries(in: out).isEmpty, process.isRunning, Date() < deadline {
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let litter = SignalTests.temporaries(in: out)
    #expect(!litter.isEmpty, "the killed run left no temporary")
    #expect(CLITests.contents(of: out).contains(".growthsim.lock"))
    let lookalike = ".daily.csv.0123456789abcdef-1.growthsim-tmp"
    try CLITests.write("mine\n", to: out + "/" + lookalike)
    let outcome = try Self.run(
      ["run", "small.json", "--out", "out", "-q", "--force"], in: directory)
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(
      CLITests.contents(of: out)
        == [
          lookalike, ".growthsim", "daily.csv", "daily_stats.csv", "report.html", "sku_daily.csv",
          "summary.csv",
        ])
    #expect(try String(contentsOfFile: out + "/" + lookalike, encoding: .utf8) == "mine\n")
  }

  /// A final rename that fails (a folder where `summary.csv` goes) leaves the previous set
  /// whole rather than a mix of old and new files.
  @Test(.enabled(if: hasBinary))
  func aFailedFinalRenameLeavesThePreviousSet() throws {
    let directory = try Self.folder()
    #expect(
      try Self.run(["run", "small.json", "--out", "out", "-q", "--seed", "1"], in: directory)
        .status == 0)
    let daily = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/daily.csv"))
    let statistics = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/daily_stats.csv"))
    try FileManager.default.removeItem(atPath: directory + "/out/summary.csv")
    try FileManager.default.createDirectory(
      atPath: directory + "/out/summary.csv", withIntermediateDirectories: false)
    let failed = try Self.run(
      ["run", "small.json", "--out", "out", "-q", "--seed", "2"], in: directory)
    #expect(failed.status == 73)
    #expect(failed.errors.contains("summary.csv: Is a directory"), "\(failed.errors)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/out/daily.csv")) == daily)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: directory + "/out/daily_stats.csv")) == statistics)
    #expect(SignalTests.temporaries(in: directory + "/out").isEmpty)
  }
}
