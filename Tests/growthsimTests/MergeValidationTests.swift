import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `merge` checks every row of every part: a part edited by hand or by an attacker is refused
/// with its file, line and rule, exit 65, and nothing is written.
@Suite struct MergeValidationTests {
  /// Two shards of a small sweep (3 points, daily series, optionally comparing policies) in
  /// `DIR/parts`; returns `DIR`.
  static func parts(policies: Bool = false) throws -> String {
    let directory = try CLITests.temporaryDirectory()
    let file = directory + "/small.json"
    try CLITests.write(TestFixtures.minimalText, to: file)
    for shard in ["1/2", "2/2"] {
      let part = CLITests.run(
        [
          "sweep", file, "--vary", "/policies/0/ads/dailyBudget=0:2000:3", "--set",
          "/calendar/days=3", "--replications", "2", "--daily", "--shard", shard,
          "--out", directory + "/parts", "-q",
        ] + (policies ? ["--policies", "steady,snowball"] : []))
      #expect(part.code == .success, "\(part.errors)")
    }
    return directory
  }

  /// Replaces line `line` (1-based) of a part file by what `edit` makes of it.
  static func edit(_ path: String, line: Int, _ edit: (String) -> String) throws {
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    lines[line - 1] = edit(lines[line - 1])
    try CLITests.write(lines.joined(separator: "\n"), to: path)
  }

  /// Each hostile edit: the part file, its line, the edit, and the rule the message names.
  static let cases: [(file: String, line: Int, edit: @Sendable (String) -> String, rule: String)] =
    [
      ("sweep.part-1-of-2.csv", 2, { $0 + ",9" }, "has 44 fields, the header 43"),
      (
        "sweep.part-2-of-2.csv", 2,
        { line in
          var cells = line.components(separatedBy: ",")
          cells[2] = "=HYPERLINK(\"http://x\")"
          return cells.joined(separator: ",")
        }, "field 3: a quote or CR in a cell that is not quoted"
      ),
      (
        "sweep.part-1-of-2.csv", 2,
        { line in
          var cells = line.components(separatedBy: ",")
          cells[2] = "\"=cmd|' /C calc'!A0\""
          return cells.joined(separator: ",")
        },
        "field 3: a text cell that a spreadsheet would run as a formula, got \"=cmd|' /C calc'!A0\""
      ),
      (
        "sweep.part-1-of-2.csv", 3,
        { line in
          var cells = line.components(separatedBy: ",")
          cells[1] = "12x"
          return cells.joined(separator: ",")
        }, "field 2: expected a whole number, got \"12x\""
      ),
      (
        "sweep.part-1-of-2.csv", 2,
        { line in
          var cells = line.components(separatedBy: ",")
          cells[3] = "1e5"
          return cells.joined(separator: ",")
        }, "field 4: expected a number or nothing, got \"1e5\""
      ),
      (
        "sweep-daily.part-2-of-2.csv", 2,
        { $0.replacingOccurrences(of: ",m1,", with: ",\"@SUM(A1)\",") },
        "field 3: a text cell that a spreadsheet would run as a formula, got \"@SUM(A1)\""
      ),
      (
        "sweep-daily.part-1-of-2.csv", 3,
        { line in
          var cells = line.components(separatedBy: ",")
          cells[5] = "rm_rf"
          return cells.joined(separator: ",")
        }, "field 6: expected a daily.csv metric, got \"rm_rf\""
      ),
      (
        "sweep-daily.part-1-of-2.csv", 2, { $0 + "\"" },
        "field 7: a quote or CR in a cell that is not quoted"
      ),
    ]

  @Test(arguments: 0..<cases.count)
  func aHostilePartIsRefusedWithItsFileLineAndRule(_ number: Int) throws {
    let directory = try Self.parts()
    let hostile = Self.cases[number]
    let path = directory + "/parts/" + hostile.file
    try Self.edit(path, line: hostile.line, hostile.edit)
    let merged = CLITests.run(["merge", directory + "/parts", "--out", directory + "/merged"])
    #expect(merged.code == .dataError)
    #expect(merged.errors == "error: \(path):\(hostile.line): \(hostile.rule)\n")
    #expect(merged.output == "")
    #expect(!FileManager.default.fileExists(atPath: directory + "/merged"))
  }

  @Test func policiesMustComeInTheSweepsOrderAtEveryPoint() throws {
    let directory = try Self.parts(policies: true)
    let path = directory + "/parts/sweep.part-1-of-2.csv"
    try Self.edit(path, line: 3) { $0.replacingOccurrences(of: ",snowball,", with: ",steady,") }
    let merged = CLITests.run(["merge", directory + "/parts", "--out", directory + "/merged"])
    #expect(merged.code == .dataError)
    #expect(
      merged.errors == "error: \(path):3: field 3: expected policy snowball, got \"steady\"\n")
    #expect(!FileManager.default.fileExists(atPath: directory + "/merged"))
  }

  @Test func aHeaderOtherThanTheSweepsIsRefusedEvenWhenEveryPartHasIt() throws {
    let directory = try Self.parts()
    for part in ["sweep.part-1-of-2.csv", "sweep.part-2-of-2.csv"] {
      try Self.edit(directory + "/parts/" + part, line: 1) {
        $0.replacingOccurrences(of: ",dailyBudget,", with: ",=1+1,")
      }
    }
    let merged = CLITests.run(["merge", directory + "/parts", "--out", directory + "/merged"])
    #expect(merged.code == .dataError)
    #expect(
      merged.errors
        == "error: \(directory)/parts/sweep.part-1-of-2.csv:1: the header is not the one this "
        + "sweep writes\n")
    #expect(!FileManager.default.fileExists(atPath: directory + "/merged"))
  }

  @Test func untouchedPartsStillMergeWithAndWithoutPolicies() throws {
    for policies in [false, true] {
      let directory = try Self.parts(policies: policies)
      let merged = CLITests.run(["merge", directory + "/parts", "--out", directory + "/merged"])
      #expect(merged.code == .success, "\(merged.errors)")
      #expect(
        CLITests.contents(of: directory + "/merged")
          == [".growthsim", "manifest.json", "sweep-daily.csv", "sweep.csv"])
    }
  }

  @Test func aCancelledMergeWritesNothing() throws {
    let directory = try Self.parts()
    let cancellation = Cancellation()
    cancellation.cancel(signal: 15)
    #expect(throws: SweepRunError.self) {
      try SweepMerge.merge(
        [directory + "/parts"], into: directory + "/merged", cancellation: cancellation)
    }
    #expect(!FileManager.default.fileExists(atPath: directory + "/merged"))
  }
}
