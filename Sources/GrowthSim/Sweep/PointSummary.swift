/// The rows of one point in `sweep.csv`: its values, and per policy the statistics of every
/// metric across replications and, against the reference policy, the paired profit
/// difference and the crossover day (MODEL.md §4).
public struct PointSummary: Sendable {
  /// The point id.
  public var point: Int
  /// The point seed (`growthsim run --seed` reproduces the point with it).
  public var seed: UInt64
  /// The values the point sets, in parameter order.
  public var settings: [ScenarioOverride]
  /// One entry per policy in the spec's order; a single entry with no policy id when the
  /// sweep compares none.
  public var policies: [PolicyStatistics]
  /// The replications the point ran under adaptive replications (`--precision`, written as
  /// `sweep.csv`'s `replications` column); `nil` when every point runs the sweep's count.
  public var replicationCount: Int? = nil

  /// The statistics of one policy at a point.
  public struct PolicyStatistics: Sendable {
    /// The policy id, or `nil` when the sweep compares no policies.
    public var policy: String?
    /// One entry per `SweepMetric`, in `allCases` order.
    public var statistics: [MetricStatistics]
    /// The comparison with the reference (first) policy; `nil` for the reference itself.
    public var contest: Contest?
  }

  /// A policy against the reference, replication by replication on the same random numbers.
  public struct Contest: Sendable, Equatable {
    /// Settled horizon profit minus the reference's, summed over merchants (yuan; the refunds
    /// due at the horizon booked, as `compare` judges).
    public var profitDifference: MetricStatistics
    /// The share of replications that end with more settled profit than the reference (a tie counts
    /// for neither); exactly those have a crossover day.
    public var probabilityAhead: Double
    /// The crossover day (`Crossover.day`) among the replications that have one.
    public var crossoverDay: MetricStatistics

    /// Compares `challenger` with `reference`, replication by replication.
    init(_ challenger: [PolicyOutcome], against reference: [PolicyOutcome]) {
      var differences: [Double] = []
      var crossings: [Double] = []
      for (mine, theirs) in zip(challenger, reference) {
        let leads = zip(mine.settledProfit, theirs.settledProfit).map { $0 - $1 }
        differences.append(leads.last ?? 0)
        if let day = Crossover.day(leads) { crossings.append(Double(day)) }
      }
      profitDifference = MetricStatistics(differences)
      probabilityAhead =
        differences.isEmpty
        ? 0 : Double(differences.filter { $0 > 0 }.count) / Double(differences.count)
      crossoverDay = MetricStatistics(crossings)
    }
  }

  /// Summarises a point from each replication's outcomes, in replication order, one outcome
  /// per entry of `policies` (`[nil]` when the sweep compares none).
  public init(
    point: Int, seed: UInt64, settings: [ScenarioOverride], policies ids: [String?],
    replications: [[PolicyOutcome]]
  ) {
    self.point = point
    self.seed = seed
    self.settings = settings
    let byPolicy = ids.indices.map { policy in replications.map { $0[policy] } }
    policies = zip(ids, byPolicy).enumerated().map { index, entry in
      let (id, outcomes) = entry
      let summaries = outcomes.map(\.summaries)
      return PolicyStatistics(
        policy: id,
        statistics: SweepMetric.allCases.map { MetricStatistics(summaries.compactMap($0.value)) },
        contest: index == 0 ? nil : Contest(outcomes, against: byPolicy[0]))
    }
  }
}
