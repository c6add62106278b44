/// The model's workloads for `growthsim bench`: whole runs that report how much they did.
public enum ModelBenchmark {
  /// What a run did.
  public struct Work: Sendable, Equatable {
    /// Events handled, over all replications.
    public var events: Int
    /// Merchants × days × replications.
    public var merchantDays: Int

    /// Creates a record of work done.
    public init(events: Int, merchantDays: Int) {
      self.events = events
      self.merchantDays = merchantDays
    }
  }

  /// Runs every replication of `scenario`, `jobs` at a time, streaming its days as `run`
  /// does (and dropping them: the model alone is timed), and counts the events handled.
  public static func run(_ scenario: Scenario, jobs: Int) -> Work {
    let plan = ResolvedScenario(scenario)
    let seeds = (0..<scenario.experiment.replications).map {
      StreamSeed.replication($0, of: scenario.experiment.seed)
    }
    let events = parallelMap(count: seeds.count, jobs: jobs) {
      World.simulate(plan, seed: seeds[$0], merchantJobs: 1) { _, _ in }
    }
    return Work(
      events: events.reduce(0, +),
      merchantDays: seeds.count * scenario.merchants.count * scenario.calendar.days)
  }

  /// Runs every replication of `scenario` as `growthsim run` does, files and all, into
  /// `directory`: what the bench's scaling figures time, since the superlinear costs they
  /// watch for were in the files (`daily_stats.csv`, a day of many merchants' rows).
  public static func runWithFiles(_ scenario: Scenario, jobs: Int, to directory: String)
    throws(RunFailure) -> Work
  {
    _ = try RunFiles.write(scenario, jobs: jobs, to: directory)
    return Work(
      events: 0,
      merchantDays: scenario.experiment.replications * scenario.merchants.count
        * scenario.calendar.days)
  }

  /// A sweep of the embedded default scenario over `days` days: `points` levels of the first
  /// policy's daily ad budget, one replication each, through `SweepPlan`.
  public static func sweepPlan(points: Int, days: Int) -> SweepPlan {
    let spec = SweepSpec(
      design: .grid, replications: 1, seed: 1,
      parameters: [
        SweepParameter(
          pointer: JSONPointer.root.appending("policies").appending(0).appending("ads")
            .appending("dailyBudget"),
          domain: .range(low: 0, high: 20_000, levels: points, scale: .linear))
      ])
    do {
      var document = try JSONParser.parse(DefaultScenario.json)
      try ScenarioOverride.apply(
        [ScenarioOverride(pointer: BenchScenarios.daysPointer, value: BenchScenarios.number(days))],
        to: &document)
      return try SweepPlan(scenario: document, spec: spec)
    } catch {
      preconditionFailure("the benchmark sweep does not load: \(error)")
    }
  }

  /// Simulates every point of `plan` (replication 0), `jobs` at a time, as a sweep does.
  public static func sweep(_ plan: SweepPlan, jobs: Int) -> Work {
    let days = parallelMap(count: plan.pointCount, jobs: jobs) { point in
      do {
        return try plan.simulate(point: point, replication: 0).flatMap(\.days)
      } catch {
        preconditionFailure("a run without a ticket limit went beyond it: \(error)")
      }
    }
    return Work(
      events: 0, merchantDays: days.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } })
  }
}
