import Foundation
import Testing

@testable import GrowthSim

@Suite struct RunLimitsTests {
  static func scenario(days: Int, replications: Int, merchants: Int) throws -> Scenario {
    var document = TestFixtures.minimal()
    document["calendar"] = ["startDate": "2026-07-01", "days": days]
    document["experiment"] = ["seed": 7, "replications": replications]
    document["merchants"] = (0..<merchants).map { index in
      [
        "id": "m\(index)", "category": "apparel", "policy": "steady", "followers": 1000,
        "skus": [
          ["id": "a", "price": 100, "unitCost": 40], ["id": "b", "price": 50, "unitCost": 20],
        ],
      ] as [String: Any]
    }
    return try TestFixtures.scenario(document)
  }

  @Test func aRunWithinTheDefaultsHasNoIssueAndIsNotLong() throws {
    let size = RunSize.run(try Self.scenario(days: 90, replications: 8, merchants: 1))
    #expect(size.merchantDays == 720)
    #expect(size.rows == 720)
    #expect(RunLimits().issues(size).isEmpty)
    #expect(!size.isLong)
  }

  @Test func everyBrokenLimitIsNamedWithHowToRaiseIt() throws {
    // 40 SKUs write sku_daily.csv: 88 MiB of daily and summary rows, 50 MiB of SKU rows.
    let size = RunSize.run(try Self.scenario(days: 400, replications: 30, merchants: 20))
    var limits = RunLimits()
    for (name, value) in [
      ("days", 365), ("merchants", 10), ("skus", 30), ("merchant-days", 100_000),
      ("output-mib", 1),
    ] {
      let known = limits.set(name, to: value)
      #expect(known)
    }
    let unknown = limits.set("points", to: 3)
    #expect(!unknown)
    #expect(
      limits.issues(size).map(\.description) == [
        "/calendar/days: must be at most 365 (the days limit; raise it with --limit days=N), "
          + "got 400",
        "/merchants: must make at most 10 merchants in all, listed and in cohorts (the merchants "
          + "limit; raise it with --limit merchants=N), got 20",
        "/merchants: must make at most 30 SKUs in all (the skus limit; raise it with --limit "
          + "skus=N), got 40",
        "the run must hold at most 100000 merchant-days (the merchant-days limit; raise it with "
          + "--limit merchant-days=N), got 240000 (30 replications × 20 merchants × 400 days)",
        "the files written must be at most 1 MiB (estimated) (the output-mib limit; raise it "
          + "with --limit output-mib=N), got 138",
      ])
    #expect(size.isLong)
    #expect(
      size.description
        == "20 merchant(s) × 400 days × 30 replication(s) = 240,000 merchant-days; about "
        + "240,000 daily rows, 138 MiB of CSV (estimate)")
  }

  @Test func aSweepCountsPointsTimesReplications() throws {
    let scenario = try Self.scenario(days: 10, replications: 1, merchants: 1)
    let size = RunSize.sweep(scenario, points: 5_000, replications: 4, daily: false)
    #expect(size.runs == 20_000)
    #expect(size.isLong)
    var limits = RunLimits()
    let known = limits.set("runs", to: 19_999)
    #expect(known)
    #expect(
      limits.issues(size).map(\.description) == [
        "the sweep must have at most 19999 points × replications (× policies) (the runs limit; raise it with "
          + "--limit runs=N), got 20000"
      ])
    #expect(
      size.description
        == "1 merchant(s) × 10 days × 20,000 runs (points × replications); about 0 daily rows, "
        + "2 MiB of CSV (estimate)")
  }

  @Test func cohortsBeyondTheFormatsCeilingAreRefusedBeforeTheyAreDrawn() throws {
    var document = TestFixtures.minimal()
    let template: [String: Any] = [
      "category": "apparel", "policy": "steady",
      "skus": [["id": "s1", "price": 100, "unitCost": 40]],
    ]
    document["cohorts"] = (0..<11).map { ["id": "c\($0)", "count": 100_000, "template": template] }
    let error = #expect(throws: ScenarioLoadError.self) {
      try Scenario.decode(from: Array(TestFixtures.text(document).utf8))
    }
    #expect(
      error
        == .invalid(
          ScenarioError([
            .init(
              JSONPointer("/cohorts")!, "must make at most 1000000 merchants in all, got 1100001")
          ])))
  }

  @Test func numbersAreGroupedByThousands() {
    #expect(RunSize.grouped(0) == "0")
    #expect(RunSize.grouped(999) == "999")
    #expect(RunSize.grouped(1_000) == "1,000")
    #expect(RunSize.grouped(-1_234_567) == "-1,234,567")
  }
}
