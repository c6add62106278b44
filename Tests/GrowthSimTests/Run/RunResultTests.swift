import Testing

@testable import GrowthSim

/// Same scenario and seed → the same bytes, at any thread count (MODEL.md §7).
@Suite struct RunResultTests {
  /// The stress scenario cut to 24 of its 40 days: still past its festival (days 7–17), the
  /// hangover (to day 20) and the KOL session (day 17), so every path runs, at 60 % of the cost.
  static func scenario(replications: Int = 4, seed: UInt64 = 3) throws -> Scenario {
    var scenario = try Scenario.decode(from: Array(WorldInvariantTests.stress.utf8))
    scenario.calendar.days = 24
    scenario.experiment.replications = replications
    scenario.experiment.seed = seed
    return scenario
  }

  /// The default scenario on one thread, run once for the tests below that compare with it.
  static let serial = Result { RunResult.run(try scenario(), jobs: 1) }

  @Test func theSameSeedTwiceGivesByteIdenticalCSV() throws {
    let first = try Self.serial.get()
    let second = RunResult.run(try Self.scenario(), jobs: 1)
    #expect(DailyTable.csv(of: first) == DailyTable.csv(of: second))
    #expect(SummaryTable.csv(of: first) == SummaryTable.csv(of: second))
  }

  @Test(arguments: [2, 3, 8])
  func anyNumberOfJobsGivesTheSameBytesAsOne(jobs: Int) throws {
    let serial = try Self.serial.get()
    let parallel = RunResult.run(try Self.scenario(), jobs: jobs)
    #expect(DailyTable.csv(of: serial) == DailyTable.csv(of: parallel), "jobs \(jobs)")
  }

  @Test func aReplicationDrawsTheSameNumbersHoweverManyRun() throws {
    let few = RunResult.run(try Self.scenario(replications: 2), jobs: 2)
    let many = RunResult.run(try Self.scenario(replications: 7), jobs: 2)
    #expect(few.days[1] == many.days[1])
    #expect(few.seeds[1] == many.seeds[1])
  }

  @Test func anotherSeedGivesAnotherRun() throws {
    let one = try Self.serial.get()
    let two = RunResult.run(try Self.scenario(seed: 4), jobs: 1)
    #expect(one.days != two.days)
  }

  @Test func replicationsDiffer() throws {
    let result = try Self.serial.get()
    #expect(result.days[0] != result.days[1])
  }

  @Test func parallelMapReturnsIndexOrder() {
    let squares = parallelMap(count: 101, jobs: 4) { $0 * $0 }
    #expect(squares == (0..<101).map { $0 * $0 })
  }
}
