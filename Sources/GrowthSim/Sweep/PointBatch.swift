/// Runs variants of one scenario — the base document with values put at JSON Pointers
/// (`ScenarioOverride.apply`) — on common random numbers: replication r of every point runs
/// with `StreamSeed.replication(r, of: seed)`, as a sweep's points do by default.
///
/// For callers that choose their points as they go (an optimiser, a calibration) and keep the
/// results in memory; a design fixed up front runs as a sweep (`SweepJob`), which streams
/// and resumes.
public struct PointBatch: Sendable {
  /// The scenario document every point starts from.
  public let base: JSONValue
  /// Replications per point.
  public let replications: Int
  /// The seed every point runs with.
  public let seed: UInt64
  /// The most merchants and SKUs a point may make.
  public let population: PopulationLimit

  /// Creates a batch runner.
  public init(
    base: JSONValue, replications: Int, seed: UInt64, population: PopulationLimit = .format
  ) {
    self.base = base
    self.replications = replications
    self.seed = seed
    self.population = population
  }

  /// Why a batch stopped.
  public enum Failure: Error, Sendable, Equatable {
    /// The values of point `point` break a rule of the scenario format.
    case invalid(point: Int, ScenarioError)
    /// A replication of point `point` went beyond the tickets-per-merchant-day limit.
    case dayWork(point: Int, DayWorkExcess)
  }

  /// The scenario of a point: the base with `settings` applied, checked, with the batch's
  /// seed and replications.
  public func scenario(_ settings: [ScenarioOverride]) throws(ScenarioError) -> Scenario {
    var document = base
    try ScenarioOverride.apply(settings, to: &document)
    var scenario: Scenario
    do {
      scenario = try Scenario.decode(document, population: population)
    } catch {
      switch error {
      case .invalid(let invalid): throw invalid
      case .syntax(let syntax): throw ScenarioError([.init(.root, syntax.message)])
      }
    }
    scenario.experiment.seed = seed
    scenario.experiment.replications = replications
    return scenario
  }

  /// Every point's replications, `result[point][replication]`, the same at any `jobs`.
  ///
  /// Every point is checked before any runs; replications run on `jobs` threads.
  public func run(_ points: [[ScenarioOverride]], jobs: Int, ticketLimit: Int? = nil)
    throws(Failure) -> [[PolicyOutcome]]
  {
    var scenarios: [Scenario] = []
    for (index, settings) in points.enumerated() {
      do {
        scenarios.append(try scenario(settings))
      } catch {
        throw .invalid(point: index, error)
      }
    }
    let replications = self.replications
    let seed = self.seed
    let checked = scenarios
    let units = parallelMap(count: scenarios.count * replications, jobs: jobs) {
      unit -> Result<PolicyOutcome, DayWorkExcess> in
      let (point, replication) = unit.quotientAndRemainder(dividingBy: replications)
      do throws(DayWorkExcess) {
        return .success(
          try PolicyOutcome.simulate(
            checked[point], seed: StreamSeed.replication(replication, of: seed),
            ticketLimit: ticketLimit))
      } catch {
        return .failure(error)
      }
    }
    var result: [[PolicyOutcome]] = []
    for point in scenarios.indices {
      var outcomes: [PolicyOutcome] = []
      for replication in 0..<replications {
        switch units[point * replications + replication] {
        case .success(let outcome): outcomes.append(outcome)
        case .failure(let excess): throw .dayWork(point: point, excess)
        }
      }
      result.append(outcomes)
    }
    return result
  }

  /// The mean of `metric` over each point's replications (`nil` where no replication defines
  /// it), as `sweep.csv`'s `_mean` column before rounding.
  public static func means(of metric: SweepMetric, _ outcomes: [[PolicyOutcome]]) -> [Double?] {
    outcomes.map { replications in
      Statistics.mean(replications.compactMap { metric.value($0.summaries) })
    }
  }
}
