import Foundation
import Testing

@testable import GrowthSim

/// The maths of targets on hand-built records, the hit rule and `targets.csv`.
@Suite struct TargetEvaluationTests {
  /// Two merchants over 5 days (2026-07-01 … 07-05) and 2 replications.
  ///
  /// m2 is served by `agency`. GMV of merchant m on day d in replication r:
  /// (m1: 100, m2: 50) × (d + 1) × (r + 1).
  static func result(targets: [[String: Any]]) throws -> RunResult {
    var document = TestFixtures.minimal()
    document["calendar"] = ["startDate": "2026-07-01", "days": 5]
    document["providers"] = [["id": "agency"]]
    var merchants = document["merchants"] as? [[String: Any]] ?? []
    var second = merchants[0]
    second["id"] = "m2"
    second["provider"] = "agency"
    merchants.append(second)
    document["merchants"] = merchants
    document["targets"] = targets
    let scenario = try TestFixtures.scenario(document)
    let days = (0..<2).map { replication in
      [100.0, 50.0].map { scale in
        (0..<5).map { day in
          var record = DayRecord()
          record.day = day
          record.gmv = scale * Double(day + 1) * Double(replication + 1)
          return record
        }
      }
    }
    return RunResult(scenario: scenario, seeds: [11, 12], days: days)
  }

  static func target(
    _ id: String, metric: String = "gmv_cny", merchant: String? = "m1",
    from: String = "2026-07-01", to: String = "2026-07-05", aggregate: String, value: Double = 1,
    extra: [String: Any] = [:]
  ) -> [String: Any] {
    var target: [String: Any] = [
      "id": id, "metric": metric, "aggregate": aggregate, "value": value,
      "window": ["from": from, "to": to],
    ]
    if let merchant { target["merchant"] = merchant }
    return target.merging(extra) { $1 }
  }

  static func statistics(_ targets: [[String: Any]]) throws -> [String: [Double?]] {
    let outcomes = TargetEvaluation.outcomes(of: try result(targets: targets))
    return Dictionary(uniqueKeysWithValues: outcomes.map { ($0.target.id, $0.statistics) })
  }

  @Test func eachAggregateReducesTheWindowInEachReplication() throws {
    let statistics = try Self.statistics([
      Self.target("sum", aggregate: "sum"),
      Self.target("mean", aggregate: "mean"),
      Self.target("max", from: "2026-07-02", to: "2026-07-04", aggregate: "max"),
      Self.target("min", from: "2026-07-02", to: "2026-07-04", aggregate: "min"),
      Self.target("last", from: "2026-07-01", to: "2026-07-03", aggregate: "last"),
      Self.target("all", merchant: nil, from: "2026-07-02", to: "2026-07-02", aggregate: "sum"),
    ])
    #expect(statistics["sum"] == [1500, 3000])
    #expect(statistics["mean"] == [300, 600])
    #expect(statistics["max"] == [400, 800])
    #expect(statistics["min"] == [200, 400])
    #expect(statistics["last"] == [300, 600])
    // Without merchant or provider: the sum over merchants, 150 × 2 × (r + 1).
    #expect(statistics["all"] == [300, 600])
  }

  @Test func aBaselineMakesTheStatisticARatio() throws {
    let baseline: [String: Any] = ["baseline": ["from": "2026-07-01", "to": "2026-07-02"]]
    let outcomes = TargetEvaluation.outcomes(
      of: try Self.result(targets: [
        // mean(days 3, 4) / mean(days 0, 1) = 4.5 / 1.5 = 3 in both replications.
        Self.target(
          "lift", from: "2026-07-04", to: "2026-07-05", aggregate: "mean", value: 3,
          extra: baseline),
        // sum(day 4) / max-of-baseline(day 1) = 5 / 2.
        Self.target(
          "peak", from: "2026-07-05", to: "2026-07-05", aggregate: "sum", value: 2,
          extra: ["baseline": ["from": "2026-07-01", "to": "2026-07-02", "aggregate": "max"]]),
      ]))
    #expect(outcomes[0].statistics == [3, 3])
    #expect(outcomes[0].mean == 3)
    #expect(outcomes[0].interval?.low == 3 && outcomes[0].interval?.high == 3)
    #expect(outcomes[0].isHit)
    #expect(outcomes[1].statistics == [2.5, 2.5])
    #expect(outcomes[1].error == 0.25)
    #expect(!outcomes[1].isHit)
  }

  @Test func providerTargetsReadProviderRows() throws {
    let statistics = try Self.statistics([
      Self.target("share", metric: "gmv_share", merchant: nil, aggregate: "mean")
        .merging(["provider": "agency"]) { $1 },
      Self.target("gmv", metric: "gmv_cny", merchant: nil, aggregate: "sum")
        .merging(["provider": "agency"]) { $1 },
      Self.target("served", metric: "merchants", merchant: nil, aggregate: "max")
        .merging(["provider": "agency"]) { $1 },
    ])
    let share = try #require(statistics["share"]?.compactMap { $0 })
    #expect(share.count == 2 && share.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
    #expect(statistics["gmv"] == [750, 1500])
    #expect(statistics["served"] == [1, 1])
  }

  @Test func aZeroBaselineOrEmptyWindowIsAMissWithANoteNeverNaN() throws {
    let outcomes = TargetEvaluation.outcomes(
      of: try Self.result(targets: [
        Self.target(
          "zero", metric: "lost_orders", aggregate: "sum", value: 1,
          extra: ["baseline": ["from": "2026-07-01", "to": "2026-07-02"]]),
        // No ad spend: every roi cell is empty.
        Self.target("roi", metric: "roi", aggregate: "mean", value: 3),
      ]))
    for outcome in outcomes {
      #expect(outcome.mean == nil)
      #expect(outcome.error == nil)
      #expect(!outcome.isHit)
    }
    #expect(
      outcomes[0].note
        == "undefined in 2 of 2 replication(s) (first: 0): the baseline is 0")
    #expect(
      outcomes[1].note
        == "undefined in 2 of 2 replication(s) (first: 0): no day of the window has a value")
    let csv = String(decoding: TargetTable.csv(of: outcomes), as: UTF8.self)
    #expect(!csv.lowercased().contains("nan") && !csv.contains("inf"))
    #expect(csv.split(separator: "\n")[1].hasSuffix(",2,,,,,false,\(outcomes[0].note)"))
  }

  @Test(arguments: [
    (100.0, 0.15, 115.0, true), (100, 0.15, 115.01, false), (100, 0.15, 85, true),
    (100, 0.15, 84.99, false), (-10, 0.15, -11.5, true), (-10, 0.15, -8.4, false),
    (0, 0.1, 0.1, true), (0, 0.1, -0.05, true), (0, 0.1, 0.2, false), (1, 1, .nan, false),
  ])
  func theHitRuleIsRelativeOrAbsoluteForZero(
    value: Double, tolerance: Double, mean: Double, isHit: Bool
  ) {
    let target = Target(
      id: "t", description: "", metric: "gmv_cny", merchant: nil, provider: nil,
      window: .init(
        from: CivilDate(year: 2026, month: 7, day: 1), to: CivilDate(year: 2026, month: 7, day: 1),
        aggregate: .sum), baseline: nil, value: value, tolerance: tolerance)
    #expect(target.isHit(mean) == isHit)
  }

  @Test func targetsCSVHasOneRowPerTarget() throws {
    let outcomes = TargetEvaluation.outcomes(
      of: try Self.result(targets: [
        Self.target("sum", aggregate: "sum", value: 2000).merging([
          "description": "=about 2,000"
        ]) { $1 }
      ]))
    let lines = String(decoding: TargetTable.csv(of: outcomes), as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0]
        == "target,description,merchant,provider,metric,aggregate,window_from,window_to,"
        + "baseline_from,baseline_to,baseline_aggregate,value,tolerance,replications,mean,"
        + "ci90_low,ci90_high,error,hit,note")
    // Mean of 1500 and 3000; standard error 750; t(0.95, 1) = 6.314.
    #expect(
      lines[1]
        == "sum,\"'=about 2,000\",m1,,gmv_cny,sum,2026-07-01,2026-07-05,,,,2000,0.15,2,2250,"
        + "-2485.5,6985.5,0.125,true,")
    #expect(lines.count == 3 && lines[2].isEmpty)
  }

  @Test func thePrintedTableAndTheMissLinesGiveTheToleranceRule() throws {
    let outcomes = TargetEvaluation.outcomes(
      of: try Self.result(targets: [
        // Mean 2250 against 1000: +125 %, a miss.
        Self.target("sum", aggregate: "sum", value: 1000),
        // No lost orders: 0 within ±0.1 absolute, a hit.
        Self.target(
          "none", metric: "lost_orders", aggregate: "max", value: 0, extra: ["tolerance": 0.1]),
      ]))
    let lines = TargetTable.text(for: outcomes).split(separator: "\n")
    #expect(lines[1].hasPrefix("sum ") && lines[1].hasSuffix("125.0 %  MISS (±15 %)"))
    // The error of a zero value is absolute: 0, not a percentage.
    #expect(lines[2].split(separator: " ").suffix(3) == ["0", "hit", "(±0.1)"])
    #expect(
      TargetTable.misses(in: outcomes) == [
        "target sum missed: gmv_cny mean 2250, expected 1000 ± 15 %"
      ])
  }
}

/// `run` measures targets as the days stream; the outcomes are those of the whole run.
@Suite struct StreamingTargetTests {
  @Test func streamingMeasuresTargetsAsTheWholeRun() throws {
    let base = try TargetEvaluationTests.result(targets: [
      TargetEvaluationTests.target("one", aggregate: "sum"),
      TargetEvaluationTests.target("all", merchant: nil, aggregate: "mean"),
      TargetEvaluationTests.target(
        "lift", from: "2026-07-04", to: "2026-07-05", aggregate: "mean",
        extra: ["baseline": ["from": "2026-07-01", "to": "2026-07-02"]]),
      TargetEvaluationTests.target(
        "share", metric: "gmv_share", merchant: nil, aggregate: "mean",
        extra: ["provider": "agency"]),
    ])
    var scenario = base.scenario
    scenario.experiment.replications = 3
    let whole = RunResult.run(scenario, jobs: 1)
    let expected = TargetEvaluation.outcomes(of: whole)
    let reference = try RunFilesStreamingTests.temporaryDirectory()
    let streamed = try RunFilesStreamingTests.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: reference)
      try? FileManager.default.removeItem(atPath: streamed)
    }
    _ = try RunFiles.write(whole, to: reference)
    let written = try RunFiles.write(scenario, jobs: 2, to: streamed)
    #expect(written.outcomes.map(\.statistics) == expected.map(\.statistics))
    #expect(written.outcomes.map(\.reasons) == expected.map(\.reasons))
    #expect(expected.allSatisfy { $0.statistics.count == 3 && !$0.statistics.contains(nil) })
    let files = try RunFilesStreamingTests.files(in: streamed)
    #expect(files["targets.csv"] != nil)
    #expect(files == (try RunFilesStreamingTests.files(in: reference)))
  }
}
