/// One replication of a scenario, delivered day by day, for consumers that must not hold a
/// whole run (an industrial belt's year is 474,500 merchant-days).
///
/// `RunResult` keeps every day and suits small runs and tests; the CLI's `run` writes its
/// files from these callbacks instead (`RunFiles.write(_:jobs:to:)`), and so can anything
/// that evaluates windows over daily series.
public struct Replication: Sendable {
  let plan: ResolvedScenario

  /// Resolves `scenario` once, for any number of replications; with `ticketLimit`, a
  /// merchant-day expecting more customer-service tickets ends a replication
  /// (`run(_:merchantJobs:shouldStop:onDay:)`).
  public init(_ scenario: Scenario, ticketLimit: Int? = nil) {
    plan = ResolvedScenario(scenario, limitingTicketsTo: ticketLimit)
  }

  /// The scenario as run.
  public var scenario: Scenario { plan.scenario }

  /// The seed of replication `index`: `StreamSeed.replication(index, of: scenario seed)`, the same
  /// however many replications run (`RunResult.run` uses it too).
  public func seed(_ index: Int) -> UInt64 {
    StreamSeed.replication(index, of: plan.scenario.experiment.seed)
  }

  /// Runs replication `index` and hands each day to `onDay` as it ends.
  ///
  /// `onDay` gets the day (0-based) and every merchant's record of it, in scenario order.
  /// Days come in order; the array is reused, so copy what you keep. The records are those
  /// `RunResult` would hold.
  ///
  /// `merchantJobs` threads share the merchants' day starts, shelf hours and day ends (worth
  /// it from a few hundred merchants); the days are the same for any number.
  public func run(
    _ index: Int, merchantJobs: Int = 1, onDay: (_ day: Int, _ rows: [DayRecord]) -> Void
  ) {
    World.simulate(plan, seed: seed(index), merchantJobs: merchantJobs, onDay: onDay)
  }

  /// `run(_:merchantJobs:onDay:)` that may end early: when `shouldStop` says so (asked often
  /// enough to stop within a fraction of a second, `false` until then) or, with
  /// the replication's `ticketLimit`, after a merchant-day expecting more customer-service tickets.
  ///
  /// - Returns: whether every day ran: `.success(true)`, `.success(false)` when stopped, or
  ///   the day beyond the limit.
  public func run(
    _ index: Int, merchantJobs: Int = 1, shouldStop: () -> Bool,
    onDay: (_ day: Int, _ rows: [DayRecord]) -> Void
  ) -> Result<Bool, DayWorkExcess> {
    let ending = World.simulate(
      plan, seed: seed(index), merchantJobs: merchantJobs, shouldStop: shouldStop,
      onDay: onDay
    ).ending
    switch ending {
    case .finished: return .success(true)
    case .stopped: return .success(false)
    case .excess(let excess): return .failure(excess)
    }
  }
}
