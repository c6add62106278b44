import Foundation
import Testing

@testable import GrowthSim

/// `sweep --precision`: every point runs the count its own stopping rule decides, and its row
/// is the row of a fixed run with that count, at any `jobs`, resumed or sharded.
struct SweepPrecisionTests {
  /// Three budgets of the small scenario, GMV within 3 % (counts differ from point to point).
  static let spec = #"""
    {"design": "grid", "seed": 3, "replications": 300, "precision": 0.03,
     "precisionMetric": "gmv_cny", "parameters": [
      {"pointer": "/policies/0/ads/dailyBudget", "low": 0, "high": 4000, "levels": 3}]}
    """#

  @Test func eachPointStopsWhereItsRuleSaysAndEqualsAFixedRunWithThatCount() throws {
    let plan = try SweepFixtures.plan(Self.spec, days: 5)
    let target = try #require(plan.precision)
    #expect(target == PrecisionTarget(relative: 0.03, metric: .gmv, cap: 300))
    let directory = try SweepFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try SweepFixtures.job(plan, directory + "/one", jobs: 1).run()
    _ = try SweepFixtures.job(plan, directory + "/two", jobs: 2).run()
    let one = try SweepFixtures.contents(of: directory + "/one")
    #expect(one == (try SweepFixtures.contents(of: directory + "/two")))
    let table = String(decoding: try #require(one["sweep.csv"]), as: UTF8.self)
    let lines = table.split(separator: "\n").map(String.init)
    #expect(lines[0].hasSuffix(",replications"))
    var counts: [Int] = []
    for point in 0..<plan.pointCount {
      let count = try #require(Int(lines[point + 1].split(separator: ",").last ?? ""))
      counts.append(count)
      // The stopping rule on the point's own values: the first count that meets it.
      let outcomes = try (0..<count).map { replication in
        try plan.policyOutcomes(point: point, replication: replication)
      }
      let values = outcomes.compactMap { SweepMetric.gmv.value($0[0].summaries) }
      #expect(target.count(for: values) == count, "point \(point)")
      // `run --precision` on the point's scenario finds the same count.
      let scenario = try plan.scenario(forPoint: point)
      #expect(try AdaptiveReplications.count(scenario, target: target, jobs: 2) == count)
      // The figures are those of a fixed run with that count.
      var fixed = PointSummary(
        point: point, seed: plan.pointSeed(point), settings: plan.settings(ofPoint: point),
        policies: plan.policyIDs, replications: outcomes)
      fixed.replicationCount = count
      #expect(String(decoding: SweepTable.rows(fixed), as: UTF8.self) == lines[point + 1] + "\n")
    }
    #expect(Set(counts).count > 1, "the points should need different counts: \(counts)")
    #expect(counts.allSatisfy { $0 >= target.minimum && $0 < target.cap })
  }

  @Test func aResumedOrShardedAdaptiveSweepWritesTheSameBytes() throws {
    let plan = try SweepFixtures.plan(Self.spec, days: 5)
    let directory = try SweepFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try SweepFixtures.job(plan, directory + "/whole").run()
    let partial = try SweepFixtures.job(plan, directory + "/resumed", jobs: 1, limit: 1).run()
    #expect(!partial.isComplete)
    let resumed = try SweepFixtures.job(plan, directory + "/resumed", resumes: true).run()
    #expect(resumed.isComplete && resumed.resumed == 1)
    let whole = try SweepFixtures.contents(of: directory + "/whole")
    #expect(try SweepFixtures.contents(of: directory + "/resumed") == whole)
    for index in 1...2 {
      _ = try SweepFixtures.job(
        plan, directory + "/parts", shard: try #require(Shard(index: index, count: 2))
      )
      .run()
    }
    _ = try SweepMerge.merge([directory + "/parts"], into: directory + "/merged")
    #expect(try SweepFixtures.contents(of: directory + "/merged") == whole)
    // Another target is another sweep: resuming it is refused.
    var other = try SweepFixtures.spec(Self.spec)
    other.precision?.relative = 0.04
    let otherPlan = try SweepPlan(scenario: try SweepFixtures.document(days: 5), spec: other)
    #expect(throws: SweepRunError.self) {
      _ = try SweepFixtures.job(otherPlan, directory + "/resumed", resumes: true).run()
    }
  }

  @Test func theSpecRecordsTheTargetAndChecksIt() throws {
    let spec = try SweepFixtures.spec(Self.spec)
    #expect(try SweepSpec.decode(spec.document) == spec)
    let defaulted = try SweepFixtures.plan(
      #"{"precision": 0.05, "parameters": [{"pointer": "/policies/0/ads/dailyBudget", "#
        + #""values": [0]}]}"#)
    #expect(defaulted.replications == PrecisionTarget.defaultCap)
    #expect(defaulted.precision?.metric == .profit)
    #expect(throws: ScenarioLoadError.self) {
      _ = try SweepFixtures.spec(
        #"{"precision": 1.5, "precisionMetric": "x", "parameters": [{"pointer": "/a", "#
          + #""values": [0]}]}"#)
    }
  }
}
