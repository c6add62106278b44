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

  /// `--observed NAME:DATA.csv` gives one scenario its observed series: it is fitted (its
  /// days in fit.csv with that scenario's name) and the files are the same at any `--jobs`.
  @Test func observedDataGoToTheScenarioTheyName() throws {
    let directory = try Self.folder()
    try CLITests.write(
      "date,gmv_cny,orders\n2026-07-01,5000,50\n2026-07-02,5200,\n2026-07-03,4800,47\n",
      to: directory + "/a.csv")
    var outcomes: [CLITests.Outcome] = []
    for jobs in [1, 2] {
      outcomes.append(
        CLITests.run([
          "calibrate", directory + "/a.json", directory + "/b.json", "--free",
          "world:/categories/0/conversionRate=0.003:0.03:log", "--observed",
          "a:" + directory + "/a.csv", "--budget", "40", "--particles", "10", "--seed", "2",
          "--jobs", "\(jobs)", "--out", directory + "/out\(jobs)",
        ]))
    }
    #expect(outcomes[0].code == .success, "\(outcomes[0].errors)")
    #expect(
      outcomes[0].output.contains("2 target(s), 5 observed value(s)"), "\(outcomes[0].output)")
    let fit = try String(contentsOfFile: directory + "/out1/fit.csv", encoding: .utf8)
    let observed = fit.split(separator: "\n").filter { $0.hasPrefix("observed,") }
    #expect(observed.count == 5 && observed.allSatisfy { $0.hasSuffix(",a") }, "\(fit)")
    for name in CalibrationFiles.names.prefix(3) {
      let one = try Data(contentsOf: URL(fileURLWithPath: directory + "/out1/" + name))
      let two = try Data(contentsOf: URL(fileURLWithPath: directory + "/out2/" + name))
      #expect(one == two, "\(name) differs between --jobs 1 and 2")
    }
  }

  /// A joint calibration's `--observed` must name its scenario, once; an unreadable file
  /// exits 66, a bad one 65 with its line; nothing is written.
  @Test func observedOptionsThatNameNoScenarioOrBadFilesAreRefused() throws {
    let directory = try Self.folder()
    try CLITests.write("date,gvm\n2026-07-01,5000\n", to: directory + "/bad.csv")
    try CLITests.write("date,gmv_cny\n2026-07-01,5000\n", to: directory + "/good.csv")
    let cases: [([String], ExitCode, String)] = [
      (
        [directory + "/good.csv"], .usage,
        "error: '--observed' in a joint calibration names its scenario: '--observed "
          + "NAME:DATA.csv', NAME one of a, b (as in '--free NAME:/pointer=…'), got \""
          + directory + "/good.csv\"\n"
      ),
      (
        ["c:" + directory + "/good.csv"], .usage,
        "error: '--observed' in a joint calibration names its scenario: '--observed "
          + "NAME:DATA.csv', NAME one of a, b (as in '--free NAME:/pointer=…'), got \"c:"
          + directory + "/good.csv\"\n"
      ),
      (
        ["b:" + directory + "/good.csv", "b:" + directory + "/good.csv"], .usage,
        "error: '--observed' gives b a second file (one a scenario), got \"b:" + directory
          + "/good.csv\"\n"
      ),
      (["a:" + directory + "/missing.csv"], .noInput, "error: cannot read "),
      (
        ["a:" + directory + "/bad.csv"], .dataError,
        directory + "/bad.csv:1: unknown metric column"
      ),
    ]
    for (observed, code, message) in cases {
      let outcome = CLITests.run(
        [
          "calibrate", directory + "/a.json", directory + "/b.json", "--free",
          "world:/categories/0/conversionRate=0.003:0.03:log", "--budget", "40", "--particles",
          "10", "--out", directory + "/out",
        ] + observed.flatMap { ["--observed", $0] })
      #expect(outcome.code == code, "\(observed): \(outcome.errors)")
      #expect(outcome.errors.hasPrefix(message), "\(outcome.errors)")
      #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
    }
  }
}
