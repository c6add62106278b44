import Foundation
import Testing

@testable import growthsim

/// The `tickets-per-merchant-day` limit in `compare`, `sweep` and `point`, as in `run`
/// (`LimitsTests.aDayBeyondTheTicketsLimitStopsTheRunNamingItAndWritesNothing`): the heavy
/// day is refused by name, exit 65, nothing half-written.
@Suite struct DayWorkLimitsTests {
  /// The heavy scenario in a fresh directory: the directory and the file.
  static func heavyFile() throws -> (directory: String, file: String) {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/heavy.json"
    try CLITests.write(LimitsTests.heavyDay, to: file)
    return (directory, file)
  }

  @Test func aComparisonBeyondTheTicketsLimitStopsNamingItAndWritesNothing() throws {
    let (directory, file) = try Self.heavyFile()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let out = directory + "/out"
    for extra in [[], ["--ablate"]] {
      let outcome = CLITests.run(
        ["compare", file, "--policies", "steady,snowball", "--out", out, "-q", "--jobs", "2"]
          + extra)
      #expect(outcome.code == .dataError, "\(extra)")
      #expect(outcome.errors.hasPrefix("\(file): merchant m1 expects "), "\(outcome.errors)")
      #expect(
        outcome.errors.hasSuffix(LimitsTests.beyondTicketsLimit + "; nothing was written\n"))
      #expect(!FileManager.default.fileExists(atPath: out))
    }
    let lowered = CLITests.run([
      "compare", file, "--policies", "steady,snowball", "--out", out, "-q", "--limit",
      "tickets-per-merchant-day=10",
    ])
    #expect(lowered.code == .dataError)
    #expect(lowered.errors.contains("at most 10 (the tickets-per-merchant-day limit"))
  }

  @Test func aSweepPointBeyondTheTicketsLimitIsNamedAndNotJournaled() throws {
    let (directory, file) = try Self.heavyFile()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let out = directory + "/out"
    // Point 0 (stock 500) sells little; point 1 (stock 10⁹) is the heavy day.
    let outcome = CLITests.run([
      "sweep", file, "--vary", "/merchants/0/skus/0/stock=500,1000000000", "--out", out, "-q",
      "--jobs", "2",
    ])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors.hasPrefix("\(file): sweep point 1: merchant m1 expects "),
      "\(outcome.errors)")
    #expect(
      outcome.errors.hasSuffix(
        LimitsTests.beyondTicketsLimit
          + "; point 1 was not written (the points before it are kept: add --resume to "
          + "continue)\n"))
    #expect(!FileManager.default.fileExists(atPath: out + "/sweep.csv"))
    let journal = try String(contentsOfFile: out + "/sweep.csv.partial", encoding: .utf8)
    let points = journal.split(separator: "\n").dropFirst().map { $0.prefix(while: { $0 != "," }) }
    #expect(points == ["0"], "\(journal)")
  }

  @Test func aPointBeyondTheTicketsLimitPrintsNoRecord() throws {
    let (directory, file) = try Self.heavyFile()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = CLITests.run(["point", file, "--jobs", "2"])
    #expect(outcome.code == .dataError)
    #expect(outcome.output.isEmpty)
    #expect(outcome.errors.hasPrefix("\(file): merchant m1 expects "), "\(outcome.errors)")
    #expect(outcome.errors.hasSuffix(LimitsTests.beyondTicketsLimit + "; nothing was written\n"))
    let lowered = CLITests.run(["point", file, "--limit", "tickets-per-merchant-day=10"])
    #expect(lowered.code == .dataError)
    #expect(lowered.errors.contains("at most 10 (the tickets-per-merchant-day limit"))
  }
}
