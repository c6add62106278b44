/// What a calibration found: the rounds it ran and its last complete population, which is the
/// posterior sample.
public struct CalibrationResult: Sendable {
  /// One parameter set of a population.
  public struct Particle: Sendable, Equatable {
    /// The parameter values, in parameter order.
    public var values: [Double]
    /// The values in the sampler's coordinates (logarithms on a log scale).
    var coordinates: [Double]
    /// The importance weight, normalised over the population.
    public var weight: Double
    /// The distance of its simulation to the data.
    public var distance: Double
    /// Each replication's simulated components (targets, then observed values).
    public var replications: [[Double]]
  }

  /// One round of the sampler.
  public struct Round: Sendable, Equatable {
    /// 0 for the draws from the prior.
    public var index: Int
    /// The tolerance: the largest distance accepted (infinite in round 0).
    public var tolerance: Double
    /// Parameter sets simulated in the round.
    public var simulated: Int
    /// Accepted / simulated up to the population's last particle.
    public var acceptanceRate: Double
    /// The effective sample size of the population's weights.
    public var effectiveSampleSize: Double
    /// The smallest and the median distance in the population.
    public var distanceMinimum: Double
    public var distanceMedian: Double
  }

  /// Why the sampler stopped.
  public enum Ending: String, Sendable, Equatable {
    /// The budget of simulations was spent.
    case budget
    /// A round accepted fewer than `ABCSMC.minimumAcceptance` of its proposals: tightening
    /// the tolerance further costs more than it changes.
    case converged
    /// A signal asked to stop; the last complete population is kept.
    case stopped
  }

  public let plan: CalibrationPlan
  /// The complete rounds, in order.
  public let rounds: [Round]
  /// The last complete population, adjusted by the regression when `adjustment` says so.
  public let particles: [Particle]
  /// Parameter sets simulated in all, an unfinished last round included.
  public let simulated: Int
  public let ending: Ending
  /// The summaries the regression adjustment used ("level and trend", "level"), or `nil` if
  /// the population was not adjusted (asked for none, or too few particles).
  public let adjustment: String?

  init(
    plan: CalibrationPlan, rounds: [Round], particles: [Particle], simulated: Int,
    ending: Ending, adjustment: RegressionAdjustment.Covariates? = nil
  ) {
    self.plan = plan
    self.rounds = rounds
    self.particles = particles
    self.simulated = simulated
    self.ending = ending
    self.adjustment = adjustment?.rawValue
  }

  /// A parameter's weighted quantile over the population.
  public func quantile(parameter: Int, _ probability: Double) -> Double {
    WeightedStatistics.quantile(
      particles.map { $0.values[parameter] }, weights: particles.map(\.weight), probability)
  }

  /// Each parameter's posterior median, the values `calibrated.json` holds.
  public var medians: [Double] {
    plan.parameters.indices.map { quantile(parameter: $0, 0.5) }
  }

  /// One component's posterior predictive: every particle's replications, weighted by the
  /// particle's weight, at `probability`.
  public func predictive(component: Int, _ probability: Double) -> Double {
    var values: [Double] = []
    var weights: [Double] = []
    for particle in particles {
      let share = particle.weight / Double(max(1, particle.replications.count))
      for replication in particle.replications where !replication[component].isNaN {
        values.append(replication[component])
        weights.append(share)
      }
    }
    return values.isEmpty
      ? .nan : WeightedStatistics.quantile(values, weights: weights, probability)
  }

  /// The distance of the posterior predictive median to the data: the fit's error, in the
  /// units of the distance (a root mean square relative error).
  public var fitError: Double {
    let objective = plan.objective
    return objective.distance(
      (0..<objective.componentCount).map { predictive(component: $0, 0.5) })
  }
}
