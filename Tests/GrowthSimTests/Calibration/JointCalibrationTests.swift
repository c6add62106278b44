import Foundation
import TestSupport
import Testing

@testable import GrowthSim

/// A joint calibration over scenarios that include one world: a `world` parameter lands in
/// every scenario, a scenario's own parameter in it alone, the truth is recovered, the result
/// is the same at any number of threads, and what cannot be calibrated jointly is refused
/// with the file and pointer.
@Suite struct JointCalibrationTests {
  /// The world: one category whose conversion rate every scenario shares.
  static let world = #"""
    {"name":"joint-world","categories":[{"id":"apparel","entryRate":0.15,"conversionRate":0.009,
      "refundRate":0.35,"followRate":0.03}]}
    """#

  /// A one-merchant scenario on the world with its own entry rate (`days` days).
  static func scenario(_ name: String, entryRate: Double, days: Int, world: String = "world.json")
    -> String
  {
    #"""
    {"version":1,"name":"\#(name)","world":"\#(world)",
     "calendar":{"startDate":"2026-07-01","days":\#(days)},
     "experiment":{"seed":1,"replications":1},
     "categories":[{"id":"apparel","entryRate":\#(entryRate)}],
     "policies":[{"id":"steady","ads":{"dailyBudget":1000},"live":{"startHour":19,"hours":2}}],
     "merchants":[{"id":"m1","category":"apparel","policy":"steady","followers":1000,
                   "skus":[{"id":"s1","price":100,"stock":100000,"unitCost":40}]}]}
    """#
  }

  static let metrics = ["visits", "orders", "gmv_cny"]

  /// The members read from `files` in `folder`, each with data simulated from its truth (the
  /// documents' own values) with data seed `seed`.
  static func members(
    _ files: [String], in folder: String, seed: UInt64, overrides: [ScenarioOverride] = []
  ) throws -> [CalibrationMember] {
    try files.map { name in
      let path = folder + "/" + name
      let read = try ScenarioSource.documentAndWorld(path, overrides: overrides, byteLimit: 1 << 20)
      return CalibrationMember(
        file: path, document: read.document, world: read.world,
        overridden: overrides.map(\.pointer),
        observed: RecoveryCheck.observe(read.document, seed: seed, metrics: metrics))
    }
  }

  /// A folder with the world and scenarios `a` (entry rate 0.12) and `b` (0.2).
  static func folder(days: Int) throws -> String {
    let folder = try TestFolder.make("joint")
    try Data(world.utf8).write(to: URL(fileURLWithPath: folder + "/world.json"))
    for (name, rate) in [("a", 0.12), ("b", 0.2)] {
      try Data(scenario(name, entryRate: rate, days: days).utf8)
        .write(to: URL(fileURLWithPath: folder + "/\(name).json"))
    }
    return folder
  }

  static func pointer(_ key: String) -> JSONPointer {
    JSONPointer.root.appending("categories").appending(0).appending(key)
  }

  /// The world's conversion rate, and each scenario's entry rate.
  static let parameters = [
    FreeParameter(
      pointer: pointer("conversionRate"), low: 0.003, high: 0.03, scale: .log, scope: "world"),
    FreeParameter(pointer: pointer("entryRate"), low: 0.05, high: 0.4, scope: "a"),
    FreeParameter(pointer: pointer("entryRate"), low: 0.05, high: 0.4, scope: "b"),
  ]

  static func plan(
    _ folder: String, parameters: [FreeParameter] = parameters, budget: Int, particles: Int,
    seed: UInt64 = 5, files: [String] = ["a.json", "b.json"],
    overrides: [ScenarioOverride] = []
  ) throws -> CalibrationPlan {
    let spec = CalibrationSpec(
      parameters: parameters, budget: budget, particles: particles, seed: seed)
    return try CalibrationPlan(
      joint: members(files, in: folder, seed: seed, overrides: overrides), spec: spec,
      specName: "spec")
  }

  /// The failure's lines, or an empty list if the plan was made.
  static func failure(
    _ folder: String, parameters: [FreeParameter], files: [String] = ["a.json", "b.json"],
    overrides: [ScenarioOverride] = []
  ) throws -> [String] {
    let members = try Self.members(files, in: folder, seed: 1, overrides: overrides)
    do throws(CalibrationPlan.JointFailure) {
      _ = try CalibrationPlan(
        joint: members,
        spec: CalibrationSpec(parameters: parameters, budget: 40, particles: 10, seed: 1),
        specName: "spec")
      return []
    } catch {
      guard case .issues(let located) = error else { return ["\(error)"] }
      return located.issues.map(\.line)
    }
  }

  @Test func eachParameterLandsWhereItsScopeSays() throws {
    let plan = try Self.plan(Self.folder(days: 4), budget: 40, particles: 10)
    #expect(plan.members.map(\.scenario.name) == ["a", "b"])
    #expect(plan.memberParameters == [[0, 1], [0, 2]])
    #expect(
      plan.members[0].parameters.map(\.pointer) == [
        Self.pointer("conversionRate"),
        Self.pointer("entryRate"),
      ])
    let a = try #require(plan.members[0].scenario(with: [0.02, 0.3]))
    let b = try #require(plan.members[1].scenario(with: [0.02, 0.1]))
    #expect(a.categories[0].conversionRate == 0.02 && b.categories[0].conversionRate == 0.02)
    #expect(a.categories[0].entryRate == 0.3 && b.categories[0].entryRate == 0.1)
  }

  @Test func theFilesAreTheSameAtOneAndTwoThreadsAndCarryTheScenario() throws {
    let folder = try Self.folder(days: 4)
    let plan = try Self.plan(folder, budget: 40, particles: 10)
    let one = try #require(ABCSMC.run(plan, jobs: 1))
    let two = try #require(ABCSMC.run(plan, jobs: 2))
    let worlds = try Self.members(["a.json", "b.json"], in: folder, seed: 5).map(\.world)
    var written: [[String]] = []
    for (name, result) in [("one", one), ("two", two)] {
      let paths = try CalibrationFiles.writeJoint(
        result, scenarios: result.calibratedMembers(),
        world: result.calibratedWorld(worlds)?.document, to: folder + "/" + name)
      written.append(
        try paths.map { try String(contentsOfFile: $0, encoding: .utf8) })
    }
    #expect(written[0] == written[1])
    #expect(written[0].count == 6, "posterior, calibration, fit, world, two scenarios")
    let fit = written[0][2].split(separator: "\n")
    #expect(fit.first?.hasSuffix(",error,scenario") == true)
    #expect(fit.dropFirst().first?.hasSuffix(",a") == true)
    #expect(fit.last?.hasSuffix(",b") == true)
    #expect(fit.count == 1 + 2 * 3 * 4, "a header, then 3 metrics × 4 days of each scenario")
    #expect(
      written[0][0].hasPrefix(
        "particle,weight,distance,world:/categories/0/conversionRate,a:/categories/0/entryRate,"
          + "b:/categories/0/entryRate\n"))
    // The world file holds the median and is a world a scenario can include.
    let median = one.quantile(parameter: 0, 0.5)
    let world = try JSONParser.parse(Array(written[0][3].utf8))
    #expect(world.value(at: Self.pointer("conversionRate")) == .number(JSONNumber(median)))
    try Data(written[0][3].utf8).write(to: URL(fileURLWithPath: folder + "/calibrated.json"))
    try Data(Self.scenario("c", entryRate: 0.1, days: 4, world: "calibrated.json").utf8)
      .write(to: URL(fileURLWithPath: folder + "/c.json"))
    let c = try ScenarioSource.scenario(folder + "/c.json", byteLimit: 1 << 20)
    #expect(c.categories[0].conversionRate == median)
  }

  @Test func aWorldValueThatAScenarioOverridesIsAConflict() throws {
    let folder = try Self.folder(days: 4)
    try Data(
      Self.scenario("b", entryRate: 0.2, days: 4).replacingOccurrences(
        of: #""entryRate":0.2}"#, with: #""entryRate":0.2,"conversionRate":0.01}"#
      ).utf8
    ).write(to: URL(fileURLWithPath: folder + "/b.json"))
    #expect(
      try Self.failure(folder, parameters: Self.parameters) == [
        folder + "/b.json: /categories/0/conversionRate: overrides the world value that "
          + "\"world:/categories/0/conversionRate\" calibrates (one value must hold in every "
          + "scenario: drop the override, or free it per scenario)"
      ])
    let set = ScenarioOverride(
      pointer: Self.pointer("conversionRate"), value: .number(JSONNumber(0.01)))
    let lines = try Self.failure(
      folder, parameters: Array(Self.parameters.prefix(2)), files: ["a.json"], overrides: [set])
    #expect(
      lines == [
        "--set: /categories/0/conversionRate: overrides the world value that "
          + "\"world:/categories/0/conversionRate\" calibrates in \(folder)/a.json"
      ], "\(lines)")
  }

  @Test func scenariosOnDifferentWorldsCannotShareAWorldParameter() throws {
    let folder = try Self.folder(days: 4)
    try Data(Self.world.utf8).write(to: URL(fileURLWithPath: folder + "/other.json"))
    try Data(Self.scenario("b", entryRate: 0.2, days: 4, world: "other.json").utf8)
      .write(to: URL(fileURLWithPath: folder + "/b.json"))
    #expect(
      try Self.failure(folder, parameters: Self.parameters) == [
        folder + "/b.json: /world: includes \(folder)/other.json, not the world of "
          + folder + "/a.json, but \"world:/categories/0/conversionRate\" needs every scenario "
          + "on one world"
      ])
  }

  @Test func aPointerOneScenarioLacksAndAnUnknownScopeAreNamed() throws {
    let folder = try Self.folder(days: 4)
    let followers = JSONPointer.root.appending("merchants").appending(1).appending("followers")
    let lines = try Self.failure(
      folder, parameters: [FreeParameter(pointer: followers, low: 10, high: 1000)])
    #expect(
      lines == [
        "spec: /parameters/0/pointer: in \(folder)/a.json, cannot set: /merchants has no "
          + "element 1 (it has 1), got \"/merchants/1/followers\"",
        "spec: /parameters/0/pointer: in \(folder)/b.json, cannot set: /merchants has no "
          + "element 1 (it has 1), got \"/merchants/1/followers\"",
      ], "\(lines)")
    #expect(
      try Self.failure(
        folder,
        parameters: [
          FreeParameter(
            pointer: Self.pointer("entryRate"), low: 0.1, high: 0.2,
            scope: "c")
        ]) == [
          "spec: /parameters/0/scope: names no scenario of the calibration (a, b; or world), "
            + "got \"c\""
        ])
    #expect(
      try Self.failure(
        folder,
        parameters: [
          FreeParameter(
            pointer: Self.pointer("cpm"), low: 10, high: 100,
            scope: "world")
        ]) == [
          folder + "/world.json: /categories/0/cpm: is not set in the world file, but "
            + "\"world:/categories/0/cpm\" names it"
        ])
  }

  /// Recovery: data simulated from the truth of both scenarios (the world's conversion rate
  /// 0.009, entry rates 0.12 and 0.2); each 90 % interval holds its truth.
  @Test(.long) func theJointPosteriorHoldsTheTruth() throws {
    let folder = try Self.folder(days: 30)
    var covered = 0
    var detail: [String] = []
    let seeds: [UInt64] = [31, 32, 33]
    for seed in seeds {
      let plan = try Self.plan(folder, budget: 1500, particles: 150, seed: seed)
      let result = try #require(ABCSMC.run(plan, jobs: 2))
      for (index, truth) in [0.009, 0.12, 0.2].enumerated() {
        let interval = (
          result.quantile(parameter: index, 0.05), result.quantile(parameter: index, 0.95)
        )
        if interval.0 <= truth && truth <= interval.1 { covered += 1 }
        detail.append("seed \(seed) parameter \(index): \(interval) truth \(truth)")
      }
    }
    #expect(covered == 3 * seeds.count, "\(detail)")
  }
}
