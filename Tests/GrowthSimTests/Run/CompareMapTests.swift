import Foundation
import Testing

@testable import GrowthSim

/// `CompareMap` (`compare --map`): cells read from one long run per point equal shorter runs,
/// do not depend on `--jobs`, and fill `compare_map.csv`'s columns.
@Suite struct CompareMapTests {
  /// The minimal scenario as a document.
  static func minimal() throws -> JSONValue {
    try JSONParser.parse(TestFixtures.text(TestFixtures.minimal()))
  }

  static let small = CompareMap.Design(
    followRates: [0.01, 0.08], repeatStrengths: [0.01, 0.09], horizons: [3, 8])

  static func map(
    _ design: CompareMap.Design = small, jobs: Int = 2, meanField: Bool = false
  ) throws -> CompareMap {
    try CompareMap.run(
      try minimal(), policies: ["snowball", "funnel"], design: design, meanField: meanField,
      jobs: jobs)
  }

  @Test func cellsAreTheSameAtAnyJobs() throws {
    let serial = try Self.map(jobs: 1)
    let parallel = try Self.map(jobs: 3)
    #expect(serial.cells == parallel.cells)
    #expect(
      CompareMapTable.columns.csv(rows: serial.cells)
        == CompareMapTable.columns.csv(rows: parallel.cells))
  }

  /// The claim the map's cost rests on: the first H days of a long run are the H-day run, so
  /// a cell read at a short horizon equals the map run with that horizon alone.
  @Test func aShortHorizonReadFromALongRunIsTheShortRun() throws {
    let long = try Self.map()
    var short = Self.small
    short.horizons = [3]
    let alone = try Self.map(short)
    #expect(alone.cells == long.cells.filter { $0.horizon == 3 })
    #expect(long.cells.contains { $0.horizon == 3 && $0.lead.mean != 0 })
  }

  @Test func cellsComeInFollowRateRepeatHorizonOrder() throws {
    let map = try Self.map()
    #expect(map.cells.count == 8)
    #expect(map.cells.map(\.followRate) == [0.01, 0.01, 0.01, 0.01, 0.08, 0.08, 0.08, 0.08])
    #expect(map.cells.map(\.repeatStrength) == [0.01, 0.01, 0.09, 0.09, 0.01, 0.01, 0.09, 0.09])
    #expect(map.cells.map(\.horizon) == [3, 8, 3, 8, 3, 8, 3, 8])
    #expect(map.replications == 2)
    // A stronger follow rate changes the outcome: the map varies what it says it varies.
    #expect(map.cells[1].lead.mean != map.cells[5].lead.mean)
  }

  @Test func theCSVHasItsColumns() throws {
    let text = String(
      decoding: CompareMapTable.columns.csv(rows: try Self.map().cells), as: UTF8.self)
    let lines = text.split(separator: "\n")
    let header: String =
      "policy,versus,follow_rate,repeat_visits_per_order_day,horizon_days,winner,lead_cny_mean,"
      + "lead_cny_ci90_low,lead_cny_ci90_high,probability_ahead,crossover_day_p50,"
      + "crossover_day_p05,crossover_day_p95"
    #expect(lines.first.map(String.init) == header)
    #expect(lines.count == 9)
    for line in lines.dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      #expect(fields.count == 13)
      #expect(fields[0] == "snowball" && fields[1] == "funnel")
      #expect(["snowball", "funnel", "undecided"].contains(String(fields[5])), "\(line)")
    }
  }

  @Test func theWinnerFollowsTheInterval() {
    func winner(_ leads: [[Double]]) -> String? {
      CompareMap.cell(
        leads, policies: ["a", "b"], followRate: 0.03, repeatStrength: 0.05, horizon: 2
      ).winner
    }
    #expect(winner([[1, 10], [2, 12], [1, 11]]) == "a")
    #expect(winner([[-1, -10], [-2, -12], [-1, -11]]) == "b")
    #expect(winner([[1, 10], [2, -12], [1, 11]]) == nil)
    #expect(winner([[0, 5]]) == "a")
    #expect(winner([[0, 0]]) == nil)
    let cell = CompareMap.cell(
      [[-1, 10], [2, 12], [1, -11]], policies: ["a", "b"], followRate: 0.03,
      repeatStrength: 0.05, horizon: 2)
    #expect(cell.probabilityAhead == 2.0 / 3.0)
    #expect(cell.crossoverDay.p50 == 0.5)  // days 1 and 0
  }

  @Test func aMeanFieldMapRunsOneReplication() throws {
    let map = try Self.map(meanField: true)
    #expect(map.replications == 1)
    #expect(map.cells.allSatisfy { $0.leadCI90 == nil && $0.winner != nil })
  }

  @Test func anUnknownPolicyStopsTheMapBeforeItRuns() throws {
    #expect(throws: CompareMap.Failure.self) {
      try CompareMap.run(
        try Self.minimal(), policies: ["snowball", "snowbal"], design: Self.small, jobs: 1)
    }
  }
}
