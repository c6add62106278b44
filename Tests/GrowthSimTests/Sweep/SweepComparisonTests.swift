import Foundation
import Testing

@testable import GrowthSim

/// Sweeps that compare policies at every point: the same figures as `growthsim compare` on
/// the point's scenario, one row per point and policy, and the spec's rules.
@Suite struct SweepComparisonTests {
  static let spec = #"""
    {"design": "lhs", "points": 3, "seed": 5, "replications": 4,
     "policies": ["steady", "snowball"],
     "parameters": [{"pointer": "/policies/0/ads/dailyBudget", "low": 0, "high": 4000}]}
    """#

  @Test func aPointComparesAsGrowthsimCompareDoesOnItsScenario() throws {
    let plan = try SweepFixtures.plan(Self.spec, days: 30)
    for point in 0..<plan.pointCount {
      let summary = PointSummary(
        point: point, seed: plan.pointSeed(point), settings: plan.settings(ofPoint: point),
        policies: plan.policyIDs,
        replications: try (0..<4).map { replication in
          try plan.simulate(point: point, replication: replication).map(\.policyOutcome)
        })
      let report = ComparisonReport(
        try PolicyComparison.run(
          try plan.scenario(forPoint: point), policies: ["steady", "snowball"], jobs: 1))
      #expect(summary.policies.map(\.policy) == ["steady", "snowball"])
      #expect(summary.policies[0].contest == nil)
      let contest = try #require(summary.policies[1].contest)
      let compared = report.summary[1]
      #expect(contest.profitDifference.mean == compared.settledDifference.mean)
      #expect(contest.profitDifference.p05 == compared.settledDifference.p05)
      #expect(contest.probabilityAhead == compared.probabilityAhead)
      #expect(contest.probabilityAhead == compared.crossoverShare)
      #expect(contest.crossoverDay.mean == compared.crossover?.mean)
      #expect(contest.crossoverDay.p50 == compared.crossover?.p50)
      // Each policy's own figures are those of a plain run of it.
      let profits = report.summary.map(\.profit.mean)
      #expect(summary.policies.map { $0.statistics[2].mean } == profits)
      // The contest is the difference of the rows' settled profits (mean of the paired
      // differences = difference of the means).
      let settled = summary.policies.map {
        $0.statistics[SweepMetric.allCases.firstIndex(of: .profitSettled)!].mean ?? .nan
      }
      #expect(settled == report.summary.map(\.settledProfit.mean))
      let difference = try #require(contest.profitDifference.mean)
      #expect(abs(difference - (settled[1] - settled[0])) <= 1e-9 * max(1, abs(difference)))
    }
  }

  @Test func theTableHasARowPerPointAndPolicyAndEmptyContestCellsForTheReference() throws {
    // 10 days: the table's shape does not depend on the horizon (the figures are checked on
    // 30 days above).
    let plan = try SweepFixtures.plan(Self.spec, days: 10)
    let directory = try SweepFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let report = try SweepFixtures.job(plan, directory, daily: true).run()
    #expect(report.isComplete)
    let table = try String(contentsOfFile: directory + "/sweep.csv", encoding: .utf8)
    let rows = table.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let header = rows[0].map(String.init)
    #expect(header.prefix(4) == ["point", "seed", "policy", "dailyBudget"])
    #expect(header.suffix(11) == SweepTable.contestColumns.map(\.name))
    #expect(rows.count == 1 + 3 * 2)
    for (index, row) in rows.dropFirst().enumerated() {
      #expect(row.count == header.count)
      #expect(row[0] == "\(index / 2)" && row[2] == (index % 2 == 0 ? "steady" : "snowball"))
      let contest = row.suffix(11)
      if index % 2 == 0 {
        #expect(contest.allSatisfy { $0.isEmpty })
      } else {
        // The difference and the probability of being ahead are always defined.
        #expect(contest.prefix(6).allSatisfy { Double($0) != nil })
      }
    }
    let daily = try String(contentsOfFile: directory + "/sweep-daily.csv", encoding: .utf8)
    let lines = daily.split(separator: "\n")
    #expect(lines[0] == "point,replication,merchant,policy,day,metric,value")
    #expect(lines.count == 1 + 3 * 4 * 2 * 10 * SweepDailyTable.metrics.count)
    #expect(lines.contains { $0.hasPrefix("0,0,m1,snowball,0,") })
  }

  @Test func shardsAndResumeKeepPointsWhole() throws {
    let plan = try SweepFixtures.plan(Self.spec, days: 10)
    let whole = try SweepFixtures.temporaryDirectory()
    let parts = try SweepFixtures.temporaryDirectory()
    let merged = try SweepFixtures.temporaryDirectory()
    let resumed = try SweepFixtures.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: whole)
      try? FileManager.default.removeItem(atPath: parts)
      try? FileManager.default.removeItem(atPath: merged)
      try? FileManager.default.removeItem(atPath: resumed)
    }
    _ = try SweepFixtures.job(plan, whole, jobs: 1).run()
    for index in 1...2 {
      _ = try SweepFixtures.job(plan, parts, shard: try #require(Shard(index: index, count: 2)))
        .run()
    }
    _ = try SweepMerge.merge([parts], into: merged)
    #expect(try SweepFixtures.contents(of: merged) == (try SweepFixtures.contents(of: whole)))
    _ = try SweepFixtures.job(plan, resumed, limit: 2).run()
    // A kill between the reference's row and the challenger's leaves half a point.
    let journal = try FileHandle(forWritingTo: URL(fileURLWithPath: resumed + "/sweep.csv.partial"))
    try journal.seekToEnd()
    try journal.write(contentsOf: Data("2,1,steady,100\n".utf8))
    try journal.close()
    let rest = try SweepFixtures.job(plan, resumed, resumes: true).run()
    #expect(rest.isComplete && rest.resumed == 2 && rest.simulated == 1)
    #expect(try SweepFixtures.contents(of: resumed) == (try SweepFixtures.contents(of: whole)))
  }

  @Test func policiesAreCheckedWithTheSpecAndTheScenario() throws {
    func messages(_ text: String) throws -> String {
      let spec = try SweepFixtures.spec(text)
      let document = try SweepFixtures.document()
      do {
        _ = try SweepPlan(scenario: document, spec: spec)
        return "accepted"
      } catch {
        guard case .spec(let issues) = error else { return "\(error)" }
        return issues.description
      }
    }
    let budget = #"[{"pointer": "/policies/0/ads/dailyBudget", "values": [0]}]"#
    #expect(throws: ScenarioLoadError.self) {
      try SweepFixtures.spec(#"{"policies": ["steady"], "parameters": "# + budget + "}")
    }
    do {
      _ = try SweepFixtures.spec(
        #"{"policies": ["steady", 3, "x"], "parameters": "# + budget + "}")
    } catch {
      #expect("\(error)".contains("/policies/1: expected a string, got 3"))
    }
    do {
      _ = try SweepFixtures.spec(
        #"{"policies": ["steady", "funnel", "steady"], "parameters": "# + budget + "}")
    } catch {
      #expect("\(error)".contains(#"/policies/2: repeats an earlier policy, got "steady""#))
    }
    #expect(
      try messages(#"{"policies": ["steady", "nope"], "parameters": "# + budget + "}")
        == "/policies/1: unknown policy 'nope' (known: steady, snowball, funnel)")
    #expect(
      try messages(
        #"{"policies": ["steady", "funnel"], "parameters": [{"pointer": "/merchants/0/policy", "#
          + #""values": ["steady"]}]}"#)
        == "/parameters/0/pointer: sets a merchant's policy, which the sweep's policies set at "
        + #"every point, got "/merchants/0/policy""#)
  }

  @Test func theSpecDocumentRecordsThePolicies() throws {
    let spec = try SweepFixtures.spec(Self.spec)
    #expect(spec.policies == ["steady", "snowball"])
    #expect(try SweepSpec.decode(spec.document) == spec)
    let plain = try SweepFixtures.spec(SweepFixtures.lhsSpec)
    #expect(plain.policies.isEmpty)
    guard case .object(let object) = plain.document else { throw CancellationError() }
    #expect(object["policies"] == nil)
  }
}
