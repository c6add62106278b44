import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `growthsim point` in-process: the record equals the sweep's row, columns and formats, bad
/// input, and no file written.
@Suite struct PointCommandTests {
  static func run(_ arguments: [String]) -> CLITests.Outcome {
    CLITests.run(arguments)
  }

  /// The cells of a CSV line.
  static func cells(_ line: Substring) -> [String] {
    line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func aPointPrintsItsSweepRowFigures() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = try SweepCommandTests.scenario(in: directory)
    let sweep = Self.run([
      "sweep", file, "--vary", "/policies/0/ads/dailyBudget=0:3000:3", "--vary",
      "/merchants/0/skus/0/stock=50,400", "--set", "/calendar/days=4", "--replications", "3",
      "--out", directory + "/sweep", "-q",
    ])
    #expect(sweep.code == .success)
    let table = try String(contentsOfFile: directory + "/sweep/sweep.csv", encoding: .utf8)
    let lines = table.split(separator: "\n")
    let header = Self.cells(lines[0])
    let metrics = Array(header.dropFirst(4))
    #expect(metrics == PointRecord.Column.all.map(\.name))
    // Every row: `point` with the row's values and seed prints the row's metric cells.
    for line in lines.dropFirst() {
      let row = Self.cells(line)
      let point = Self.run([
        "point", file, "--set", "/calendar/days=4", "--set",
        "/policies/0/ads/dailyBudget=" + row[2],
        "--set", "/merchants/0/skus/0/stock=" + row[3], "--seed", row[1], "--replications", "3",
        "--jobs", row[0] == "1" ? "1" : "2",
      ])
      #expect(point.code == .success)
      #expect(point.errors == "")
      #expect(
        point.output == metrics.joined(separator: ",") + "\n" + row[4...].joined(separator: ",")
          + "\n")
    }
    #expect(CLITests.contents(of: directory) == ["small.json", "sweep"])
  }

  @Test func metricsChooseTheColumnsAndJSONCarriesTheSameNumbers() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = try SweepCommandTests.scenario(in: directory)
    let common = ["point", file, "--set", "/calendar/days=3", "--replications", "1"]
    let chosen = "stockout_days_p95,profit_cny_mean,gmv_cny_se"
    let csv = Self.run(common + ["--metrics", chosen])
    #expect(csv.code == .success)
    let lines = csv.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines[2] == "")
    #expect(lines[0] == chosen[...])
    let values = Self.cells(lines[1])
    #expect(values.count == 3)
    #expect(values[2] == "", "one replication has no standard error")
    #expect(Double(values[1]) != nil)
    let json = Self.run(common + ["--metrics=" + chosen, "--format", "json"])
    #expect(json.code == .success)
    #expect(json.output.hasSuffix("}\n") && json.output.split(separator: "\n").count == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(object.count == 3)
    #expect(object["gmv_cny_se"] is NSNull)
    #expect((object["profit_cny_mean"] as? NSNumber)?.doubleValue == Double(values[1]))
    #expect((object["stockout_days_p95"] as? NSNumber)?.doubleValue == Double(values[0]))
    #expect(json.output.hasPrefix(#"{"stockout_days_p95": "#))
  }

  @Test func badInputIsRefusedWithTheUsualCodes() throws {
    let directory = try CLITests.temporaryDirectory()
    let file = try SweepCommandTests.scenario(in: directory)
    let misspelt = Self.run(["point", file, "--metrics", "profit_cny_mean,gmv_cny_maen"])
    #expect(misspelt.code == .usage)
    #expect(
      misspelt.errors.hasPrefix(
        "error: the value 'gmv_cny_maen' is invalid for '--metrics' (expected sweep.csv metric "
          + "columns such as profit_cny_mean; did you mean 'gmv_cny_mean'?)\n"))
    #expect(misspelt.errors.contains("USAGE: growthsim point"))
    let twice = Self.run(["point", file, "--metrics", "gmv_cny_mean,gmv_cny_mean"])
    #expect(twice.code == .usage)
    #expect(twice.errors.hasPrefix("error: '--metrics' names 'gmv_cny_mean' twice\n"))
    let format = Self.run(["point", file, "--format", "xml"])
    #expect(format.code == .usage)
    #expect(
      format.errors.hasPrefix("error: the value 'xml' is invalid for '--format' (csv or json)"))
    let unknown = Self.run(["point", file, "--out", directory + "/out"])
    #expect(unknown.code == .usage)
    #expect(
      unknown.errors.hasPrefix(
        "error: option '--out' does not apply to point (it is an option of run, compare, sweep, "
          + "merge, sensitivity and calibrate)"))
    let invalid = Self.run(["point", file, "--set", "/categories/0/refundRate=1.5"])
    #expect(invalid.code == .dataError)
    #expect(invalid.errors == "\(file): /categories/0/refundRate: must be at most 1, got 1.5\n")
    #expect(invalid.output == "")
    let tooLong = Self.run(["point", file, "--limit", "days=5"])
    #expect(tooLong.code == .dataError)
    #expect(tooLong.errors.contains("days"))
    let missing = Self.run(["point", directory + "/none.json"])
    #expect(missing.code == .noInput)
    #expect(missing.errors.hasPrefix("error: cannot read \(directory)/none.json"))
    #expect(CLITests.contents(of: directory) == ["small.json"])
  }
}
