/// The outcome of running a scenario: every replication's days for every merchant.
public struct RunResult: Sendable {
  /// The scenario as run (with any seed or replication override applied).
  public let scenario: Scenario
  /// The replication seeds, by replication index.
  public let seeds: [UInt64]
  /// `days[replication][merchant][day]`.
  public let days: [[[DayRecord]]]

  /// Runs every replication, `jobs` at a time.
  ///
  /// Replication `r` uses the seed `StreamSeed.replication(r, of: scenario seed)`, so it draws the
  /// same numbers however many replications run and on however many threads.
  public static func run(_ scenario: Scenario, jobs: Int) -> RunResult {
    let plan = ResolvedScenario(scenario)
    let seeds = (0..<scenario.experiment.replications).map {
      StreamSeed.replication($0, of: scenario.experiment.seed)
    }
    let days = parallelMap(count: seeds.count, jobs: jobs) { World.simulate(plan, seed: seeds[$0]) }
    return RunResult(scenario: scenario, seeds: seeds, days: days)
  }
}
