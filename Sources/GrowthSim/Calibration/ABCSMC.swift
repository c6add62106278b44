import Foundation

/// Approximate Bayesian computation by sequential Monte Carlo: population Monte Carlo with
/// importance weights (Beaumont, Cornuet, Marin & Robert 2009, "Adaptive approximate Bayesian
/// computation", Biometrika 96) and tolerances chosen from the data as they come (each round's
/// tolerance is the median distance of the population before it, as Del Moral, Doucet &
/// Jasra 2012 and Lenormand, Jabot & Deffuant 2013 adapt them).
///
/// Round 0 draws `particles` parameter sets from the prior and keeps them all. Round t draws
/// an ancestor from population t − 1 by weight, moves each coordinate by a normal step with
/// twice the population's weighted variance (Beaumont et al.), simulates, and accepts when
/// the distance is at most the tolerance, until `particles` are accepted; particle i then
/// weighs π(θᵢ) / Σⱼ wⱼ K(θᵢ | θⱼ), with a flat prior in the sampler's coordinates. It stops
/// when the budget is spent, or after a round that accepted fewer than `minimumAcceptance`
/// of its proposals (Lenormand et al.'s stopping rule), or when asked to.
///
/// Determinism: proposal k of round t draws from its own stream, seeded by (seed, t, k), and
/// simulates with replication seeds of its own, derived from (seed, t, k): the regression
/// adjustment needs each particle's summaries to carry their own draw of the noise, for the
/// scatter of θ around the regression to measure how much the data leave open. (With common
/// random numbers every set of a round shares one draw, the regression explains θ all but
/// exactly and the adjusted population collapses onto a point biased by that draw.) Without
/// the adjustment (`none`) every parameter set of round t runs with the same replication
/// seeds (common random numbers: the sets of a round differ only by their values). Proposals are simulated in
/// batches whose size depends only on the rounds so far, in parallel, and accepted in index
/// order, so the result is the same at any number of threads.
///
/// The last population is then moved by the local-linear regression adjustment
/// (`RegressionAdjustment`) unless the spec asks for none.
public enum ABCSMC {
  /// The least acceptance rate at which another round is worth its simulations.
  public static let minimumAcceptance = 0.02
  /// The share of a population's distances below the next tolerance.
  public static let quantile = 0.5

  /// Where a calibration is, for a progress line.
  public struct Progress: Sendable, Equatable {
    public var round: Int
    public var tolerance: Double
    public var accepted: Int
    public var particles: Int
    public var simulated: Int
    public var budget: Int
  }

  /// Runs the sampler.
  ///
  /// - Returns: the result, or `nil` if it stopped (budget, signal) before the first
  ///   population was complete.
  public static func run(
    _ plan: CalibrationPlan, jobs: Int, cancellation: Cancellation? = nil,
    progress: (Progress) -> Void = { _ in }
  ) -> CalibrationResult? {
    let count = plan.spec.particles
    let budget = plan.spec.budget
    var rounds: [CalibrationResult.Round] = []
    var population: [CalibrationResult.Particle] = []
    var simulated = 0
    var ending = CalibrationResult.Ending.budget
    var round = 0
    while true {
      let tolerance =
        round == 0
        ? Double.infinity
        : WeightedStatistics.quantile(
          population.map(\.distance), weights: population.map { _ in 1 }, quantile)
      let kernel = round == 0 ? [] : Self.kernel(population, plan.parameters)
      let roundSeed = StreamSeed.derive(plan.seed, 0xCA11_B4A7, UInt64(round))
      var accepted: [CalibrationResult.Particle] = []
      var considered = 0
      var roundSimulated = 0
      var expectedRate = rounds.last.map { max($0.acceptanceRate, minimumAcceptance) } ?? 1
      var next = 0
      while accepted.count < count {
        if cancellation?.isCancelled == true { break }
        let wanted = Double(count - accepted.count) / expectedRate * 1.1
        let size = min(budget - simulated, max(16, min(Int(wanted.rounded(.up)), 50 * count)))
        guard size > 0 else { break }
        let first = next
        let proposals = (first..<(first + size)).map { k in
          Self.propose(k, round: round, plan: plan, population: population, kernel: kernel)
        }
        let stop: @Sendable () -> Bool = { cancellation?.isCancelled == true }
        let ownSeeds = plan.spec.adjustment == .localLinear
        let outcomes = parallelMap(count: size, jobs: jobs) { index in
          plan.simulate(
            proposals[index].values,
            roundSeed: ownSeeds ? StreamSeed.derive(roundSeed, UInt64(first + index)) : roundSeed,
            shouldStop: stop)
        }
        if cancellation?.isCancelled == true { break }
        next += size
        simulated += size
        roundSimulated += size
        for (proposal, replications) in zip(proposals, outcomes) where accepted.count < count {
          considered += 1
          guard let replications else { continue }
          let distance = plan.objective.distance(Self.mean(replications))
          guard round == 0 || (distance <= tolerance && distance.isFinite) else { continue }
          accepted.append(
            CalibrationResult.Particle(
              values: proposal.values, coordinates: proposal.coordinates, weight: 1,
              distance: distance, replications: replications))
        }
        expectedRate = max(Double(accepted.count) / Double(considered), minimumAcceptance / 4)
        progress(
          Progress(
            round: round, tolerance: tolerance, accepted: accepted.count, particles: count,
            simulated: simulated, budget: budget))
      }
      guard accepted.count == count else {
        ending = cancellation?.isCancelled == true ? .stopped : .budget
        break
      }
      if round > 0 { Self.weigh(&accepted, previous: population, kernel: kernel) }
      let total = accepted.reduce(0) { $0 + $1.weight }
      for index in accepted.indices { accepted[index].weight /= total }
      population = accepted
      let distances = population.map(\.distance)
      let rate = Double(count) / Double(considered)
      rounds.append(
        CalibrationResult.Round(
          index: round, tolerance: tolerance, simulated: roundSimulated, acceptanceRate: rate,
          effectiveSampleSize: WeightedStatistics.effectiveSampleSize(population.map(\.weight)),
          distanceMinimum: distances.min() ?? .nan,
          distanceMedian: WeightedStatistics.quantile(
            distances, weights: distances.map { _ in 1 }, 0.5)))
      if round > 0, rate < minimumAcceptance {
        ending = .converged
        break
      }
      if simulated >= budget { break }
      round += 1
    }
    guard !population.isEmpty else { return nil }
    var adjustment: RegressionAdjustment.Covariates? = nil
    if plan.spec.adjustment == .localLinear,
      let adjusted = RegressionAdjustment.adjust(population, plan: plan)
    {
      population = adjusted.particles
      adjustment = adjusted.covariates
    }
    return CalibrationResult(
      plan: plan, rounds: rounds, particles: population, simulated: simulated, ending: ending,
      adjustment: adjustment)
  }

  /// A proposal: its coordinates and values.
  struct Proposal: Sendable {
    var coordinates: [Double]
    var values: [Double]
  }

  /// Proposal `k` of `round`: from the prior in round 0, else a perturbed draw from the
  /// population, redrawn until it lies inside the prior's support.
  static func propose(
    _ k: Int, round: Int, plan: CalibrationPlan, population: [CalibrationResult.Particle],
    kernel: [Double]
  ) -> Proposal {
    var rng = SplitMix64(seed: StreamSeed.derive(plan.seed, 0xCA11_D2A3, UInt64(round), UInt64(k)))
    let ranges = plan.parameters.map(\.coordinateRange)
    var coordinates: [Double]
    if round == 0 {
      coordinates = ranges.map { $0.lowerBound + rng.nextUnit() * ($0.upperBound - $0.lowerBound) }
    } else {
      coordinates = []
      for _ in 0..<1000 {
        let u = rng.nextUnit()
        var cumulative = 0.0
        var ancestor = population.count - 1
        for (index, particle) in population.enumerated() {
          cumulative += particle.weight
          if u < cumulative {
            ancestor = index
            break
          }
        }
        coordinates = zip(population[ancestor].coordinates, kernel).map { center, spread in
          rng.normal(mean: center, standardDeviation: spread)
        }
        if zip(coordinates, ranges).allSatisfy({ $1.contains($0) }) { break }
      }
      coordinates = zip(coordinates, ranges).map {
        min($1.upperBound, max($1.lowerBound, $0))
      }
    }
    let values = zip(plan.parameters, coordinates).map { $0.value(at: $1) }
    return Proposal(coordinates: coordinates, values: values)
  }

  /// The kernel's standard deviation in each coordinate.
  ///
  /// Its variance is twice the population's weighted variance (Beaumont et al. 2009); it is at
  /// least a millionth of the range.
  static func kernel(
    _ population: [CalibrationResult.Particle], _ parameters: [FreeParameter]
  ) -> [Double] {
    parameters.indices.map { d in
      let range = parameters[d].coordinateRange
      let variance = WeightedStatistics.meanAndVariance(
        population.map { $0.coordinates[d] }, weights: population.map(\.weight)
      ).variance
      let floor = (range.upperBound - range.lowerBound) * 1e-6
      return max((2 * variance).squareRoot(), floor)
    }
  }

  /// Importance weights 1 / Σⱼ wⱼ K(θᵢ | θⱼ), in logarithms so that narrow kernels in many
  /// dimensions do not underflow.
  static func weigh(
    _ particles: inout [CalibrationResult.Particle], previous: [CalibrationResult.Particle],
    kernel: [Double]
  ) {
    var logs: [Double] = []
    for particle in particles {
      var terms: [Double] = []
      terms.reserveCapacity(previous.count)
      for other in previous {
        var exponent = log(other.weight)
        for d in kernel.indices {
          let z = (particle.coordinates[d] - other.coordinates[d]) / kernel[d]
          exponent -= 0.5 * z * z
        }
        terms.append(exponent)
      }
      let top = terms.max() ?? 0
      let sum = terms.reduce(0) { $0 + exp($1 - top) }
      logs.append(-(top + log(sum)))
    }
    let top = logs.max() ?? 0
    for index in particles.indices { particles[index].weight = exp(logs[index] - top) }
  }

  /// The mean over replications of each component (`nan` stays `nan`).
  static func mean(_ replications: [[Double]]) -> [Double] {
    guard let first = replications.first else { return [] }
    guard replications.count > 1 else { return first }
    return first.indices.map { component in
      replications.reduce(0) { $0 + $1[component] } / Double(replications.count)
    }
  }
}
