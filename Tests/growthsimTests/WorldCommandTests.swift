import Foundation
import Testing

@testable import GrowthSim
@testable import growthsim

/// `validate`, `run --set` and a sweep through a scenario's world file (issue 17).
@Suite struct WorldCommandTests {
  static let scenario = """
    { "version": 1, "name": "s", "world": "worlds/w.json",
      "calendar": { "startDate": "2022-08-01", "days": 5 },
      "experiment": { "replications": 1 },
      "categories": [ { "id": "shoes", "refundRate": 0.2 } ],
      "merchants": [ { "id": "m", "category": "shoes", "policy": "snowball",
        "skus": [ { "id": "a", "price": 10, "unitCost": 5 } ] } ] }
    """
  static let world = """
    { "name": "w", "platform": { "impressionsPerDay": 6.4e9 },
      "categories": [ { "id": "shoes", "cpm": 50, "liveImpressionsPerDay": 1e9 } ] }
    """

  /// A folder with `s.json` and `worlds/w.json`.
  static func folder(scenario: String = scenario, world: String = world) throws -> String {
    let directory = try CLITests.temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: directory + "/worlds", withIntermediateDirectories: true)
    try CLITests.write(scenario, to: directory + "/s.json")
    try CLITests.write(world, to: directory + "/worlds/w.json")
    return directory
  }

  @Test func validateChecksBothFilesAndNamesTheOneAtFault() throws {
    let directory = try Self.folder(
      world: Self.world.replacingOccurrences(of: #""cpm": 50"#, with: #""cpm": -1, "cmp": 1"#))
    let outcome = CLITests.run(["validate", directory + "/s.json"])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors == """
        \(directory)/worlds/w.json: /categories/0/cmp: unknown key (did you mean 'cpm'?)
        \(directory)/worlds/w.json: /categories/0/cpm: must be at least 0.01, got -1

        """)
    #expect(CLITests.run(["validate", try Self.folder() + "/s.json"]).code == .success)
  }

  @Test func aMissingWorldCannotBeRead() throws {
    let directory = try Self.folder()
    try FileManager.default.removeItem(atPath: directory + "/worlds/w.json")
    let outcome = CLITests.run(["validate", directory + "/s.json"])
    #expect(outcome.code == .noInput)
    #expect(
      outcome.errors
        == "error: cannot read \(directory)/worlds/w.json: No such file or directory "
        + "(the world of \(directory)/s.json)\n")
  }

  @Test func worldsIncludingEachOtherAreACycle() throws {
    let directory = try Self.folder(world: #"{ "world": "../s.json" }"#)
    let outcome = CLITests.run(["validate", directory + "/s.json"])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors
        == "\(directory)/worlds/w.json: /world: world files include each other: "
        + "\(directory)/s.json -> \(directory)/worlds/w.json -> \(directory)/worlds/../s.json\n")
  }

  @Test func aWorldMustBeAnObjectOfWorldKeys() throws {
    var outcome = CLITests.run(["validate", try Self.folder(world: "[]") + "/s.json"])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors.hasSuffix("/worlds/w.json: a world file must be a JSON object, got []\n"))
    outcome = CLITests.run([
      "validate", try Self.folder(world: #"{ "merchants": [] }"#) + "/s.json",
    ])
    #expect(outcome.code == .dataError)
    #expect(outcome.errors.contains("/worlds/w.json: /merchants: not a world key"))
    let wrongPath = Self.scenario.replacingOccurrences(of: #""worlds/w.json""#, with: "3")
    outcome = CLITests.run(["validate", try Self.folder(scenario: wrongPath) + "/s.json"])
    #expect(outcome.code == .dataError)
    #expect(outcome.errors.hasSuffix("/s.json: /world: expected a world file path, got 3\n"))
  }

  @Test func setAddressesTheMergedScenario() throws {
    let directory = try Self.folder()
    // /categories/0/cpm is set in the world; --set replaces it in the merged scenario.
    var outcome = CLITests.run([
      "run", directory + "/s.json", "--set", "/categories/0/cpm=0", "--out", directory + "/o",
    ])
    #expect(outcome.code == .dataError)
    #expect(
      outcome.errors == "\(directory)/s.json: /categories/0/cpm: must be at least 0.01, got 0\n")
    // Past the platform's supply: 7e9 a day against 6.4e9.
    outcome = CLITests.run([
      "run", directory + "/s.json", "--set", "/categories/0/liveImpressionsPerDay=7e9",
      "--out", directory + "/o",
    ])
    #expect(outcome.code == .dataError)
    #expect(outcome.errors.contains("exceeds the platform's impressionsPerDay 6400000000"))
    outcome = CLITests.run(["run", directory + "/s.json", "--out", directory + "/o", "-q"])
    #expect(outcome.code == .success, "\(outcome.errors)")
  }

  @Test func aSweepVariesAWorldValue() throws {
    let directory = try Self.folder()
    let outcome = CLITests.run([
      "sweep", directory + "/s.json", "--vary", "/categories/0/cpm=30,60",
      "--out", directory + "/sweep", "-q",
    ])
    #expect(outcome.code == .success, "\(outcome.errors)")
    let table = try String(contentsOfFile: directory + "/sweep/sweep.csv", encoding: .utf8)
    #expect(table.split(separator: "\n").count == 3)
  }
}
