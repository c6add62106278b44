import Testing

@testable import GrowthSim

/// Same scenario and seed → the same bytes, at any thread count (MODEL.md §7).
@Suite struct RunResultTests {
  static func scenario(replications: Int = 4, seed: UInt64 = 3) throws -> Scenario {
    var scenario = try Scenario.decode(from: Array(WorldInvariantTests.stress.utf8))
    scenario.experiment.replications = replications
    scenario.experiment.seed = seed
    return scenario
  }

  @Test func theSameSeedTwiceGivesByteIdenticalCSV() throws {
    let scenario = try Self.scenario()
    let first = RunResult.run(scenario, jobs: 1)
    let second = RunResult.run(scenario, jobs: 1)
    #expect(DailyTable.csv(of: first) == DailyTable.csv(of: second))
    #expect(SummaryTable.csv(of: first) == SummaryTable.csv(of: second))
  }

  @Test(arguments: [2, 3, 8])
  func anyNumberOfJobsGivesTheSameBytesAsOne(jobs: Int) throws {
    let scenario = try Self.scenario()
    let serial = RunResult.run(scenario, jobs: 1)
    let parallel = RunResult.run(scenario, jobs: jobs)
    #expect(DailyTable.csv(of: serial) == DailyTable.csv(of: parallel), "jobs \(jobs)")
  }

  @Test func aReplicationDrawsTheSameNumbersHoweverManyRun() throws {
    let few = RunResult.run(try Self.scenario(replications: 2), jobs: 2)
    let many = RunResult.run(try Self.scenario(replications: 7), jobs: 2)
    #expect(few.days[1] == many.days[1])
    #expect(few.seeds[1] == many.seeds[1])
  }

  @Test func anotherSeedGivesAnotherRun() throws {
    let one = RunResult.run(try Self.scenario(seed: 1), jobs: 1)
    let two = RunResult.run(try Self.scenario(seed: 2), jobs: 1)
    #expect(one.days != two.days)
  }

  @Test func replicationsDiffer() throws {
    let result = RunResult.run(try Self.scenario(), jobs: 1)
    #expect(result.days[0] != result.days[1])
  }

  @Test func parallelMapReturnsIndexOrder() {
    let squares = parallelMap(count: 101, jobs: 4) { $0 * $0 }
    #expect(squares == (0..<101).map { $0 * $0 })
  }
}
