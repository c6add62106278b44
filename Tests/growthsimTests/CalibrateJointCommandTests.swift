import Foundation
import GrowthSim
import Testing

@testable import growthsim

/// `growthsim calibrate A.json B.json --free world:/… --free NAME:/…`: the joint files, the
/// same at any `--jobs`, and a world value a scenario overrides refused with exit 65.
@Suite struct CalibrateJointCommandTests {
  static let world = #"""
    {"name":"joint-world","categories":[{"id":"apparel","entryRate":0.15,"conversionRate":0.009}]}
    """#

  /// A one-merchant, 4-day scenario on `world.json` with a GMV target; `own` goes into its
  /// category entry.
  static func scenario(_ name: String, gmv: Int, own: String = "") -> String {
    #"""
    {"version":1,"name":"\#(name)","world":"world.json",
     "calendar":{"startDate":"2026-07-01","days":4},"experiment":{"seed":1,"replications":1},
     "categories":[{"id":"apparel"\#(own)}],
     "policies":[{"id":"steady","ads":{"dailyBudget":1000},"live":{"startHour":19,"hours":2}}],
     "merchants":[{"id":"m1","category":"apparel","policy":"steady","followers":1000,
                   "skus":[{"id":"s1","price":100,"stock":100000,"unitCost":40}]}],
     "targets":[{"id":"gmv","metric":"gmv_cny","window":{"from":"2026-07-01","to":"2026-07-04"},
                 "aggregate":"sum","value":\#(gmv)}]}
    """#
  }

  static func folder(ownB: String = "") throws -> String {
    let directory = try CLITests.temporaryDirectory()
    try CLITests.write(Self.world, to: directory + "/world.json")
    try CLITests.write(Self.scenario("a", gmv: 20000), to: directory + "/a.json")
    try CLITests.write(Self.scenario("b", gmv: 30000, own: ownB), to: directory + "/b.json")
    return directory
  }

  static func calibrate(_ directory: String, out: String, jobs: Int) -> CLITests.Outcome {
    CLITests.run([
      "calibrate", directory + "/a.json", directory + "/b.json", "--free",
      "world:/categories/0/conversionRate=0.003:0.03:log", "--free",
      "b:/merchants/0/followers=100:10000", "--budget", "40", "--particles", "10", "--seed", "2",
      "--jobs", "\(jobs)", "--out", out,
    ])
  }

  @Test func itWritesTheJointFilesTheSameAtAnyJobs() throws {
    let directory = try Self.folder()
    let one = Self.calibrate(directory, out: directory + "/one", jobs: 1)
    #expect(one.code == .success, "\(one.errors)")
    #expect(one.output.hasPrefix("joint calibration of 2 scenario(s) (a, b): 2 free parameter(s)"))
    #expect(one.output.contains("world:/categories/0/conversionRate"))
    let two = Self.calibrate(directory, out: directory + "/two", jobs: 2)
    #expect(two.code == .success)
    let names =
      CalibrationFiles.names.prefix(3) + [
        CalibrationFiles.worldName, CalibrationFiles.scenarioName("a"),
        CalibrationFiles.scenarioName("b"),
      ]
    for name in names {
      let a = try Data(contentsOf: URL(fileURLWithPath: directory + "/one/" + name))
      let b = try Data(contentsOf: URL(fileURLWithPath: directory + "/two/" + name))
      #expect(a == b, "\(name) differs between --jobs 1 and 2")
    }
    let fit = try String(contentsOfFile: directory + "/one/fit.csv", encoding: .utf8)
    #expect(fit.hasPrefix("kind,name,merchant,date,observed,"))
    #expect(
      fit.split(separator: "\n").map { $0.split(separator: ",").last ?? "" }
        == ["scenario", "a", "b"])
    // The calibrated scenario runs as it is.
    let run = CLITests.run([
      "run", directory + "/one/" + CalibrationFiles.scenarioName("b"), "--out",
      directory + "/run", "--quiet",
    ])
    #expect(run.code == .success, "\(run.errors)")
  }

  @Test func aWorldValueAScenarioOverridesIsRefusedWithItsPointer() throws {
    let directory = try Self.folder(ownB: #","conversionRate":0.01"#)
    let outcome = Self.calibrate(directory, out: directory + "/out", jobs: 1)
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == directory + "/b.json: /categories/0/conversionRate: overrides the world value that "
        + "\"world:/categories/0/conversionRate\" calibrates (one value must hold in every "
        + "scenario: drop the override, or free it per scenario)\n")
    #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
  }
}
