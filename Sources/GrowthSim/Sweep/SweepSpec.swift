/// What a sweep varies and how: the contents of a `--spec` file, or of `--vary` options.
///
/// A `SweepSpec` exists only if `SweepSpec.decode` found no issue; `SweepPlan` then checks it
/// against the scenario (pointers that resolve, whole bounds for integer keys).
public struct SweepSpec: Sendable, Equatable {
  /// The format version this build reads.
  public static let formatVersion = 1
  /// The most points a sweep may have.
  public static let maximumPoints = 100_000_000
  /// The most policies a sweep may compare.
  public static let maximumPolicies = 8

  /// How points are placed in the parameter space.
  public enum Design: String, Sendable, Equatable, CaseIterable {
    /// Full factorial: every combination of the parameters' levels.
    case grid
    /// Independent uniform draws, seeded.
    case random
    /// Latin hypercube: in each dimension, exactly one point in each of `points` equal strata.
    case lhs
    /// Morris trajectories (`MorrisDesign`): `trajectories` × (parameters + 1) points.
    case morris
    /// Saltelli's design for Sobol indices (`SaltelliDesign`): `baseSamples` × (parameters + 2)
    /// points, × (2 parameters + 2) with second order.
    case sobol

    /// Whether the design is one of a sensitivity analysis, whose size follows from its own
    /// keys and whose parameters must all be ranges.
    public var isSensitivity: Bool { self == .morris || self == .sobol }
  }

  /// Which random numbers a sweep's points draw.
  public enum RandomNumbers: String, Sendable, Equatable, CaseIterable {
    /// Common random numbers: replication r of every point runs with the same seed
    /// (`derive(sweep seed, r)`), so differences between points are differences of the
    /// parameters, not of the draws.
    case common
    /// Each point draws its own numbers from its own seed (`derive(sweep seed, p)`).
    case independent
  }

  /// The design.
  public var design: Design
  /// The number of points of a random or Latin hypercube design; `nil` for a grid, whose
  /// size is the product of its parameters' levels.
  public var points: Int?
  /// Replications per point; `nil` takes the scenario's `/experiment/replications`.
  public var replications: Int?
  /// The sweep seed; `nil` takes the scenario's `/experiment/seed`.
  public var seed: UInt64?
  /// Trajectories of a Morris design.
  public var trajectories: Int? = nil
  /// Base samples N of a Sobol design.
  public var baseSamples: Int? = nil
  /// Whether a Sobol design includes the points for second-order indices.
  public var secondOrder = false
  /// Whether points share their random numbers (the default) or draw their own.
  public var randomNumbers: RandomNumbers = .common
  /// Adaptive replications (`--precision`), or `nil` to run `replications` at every point.
  ///
  /// Each point adds replications until its own metric's mean meets this target,
  /// `replications` being the cap. Its `minimum` and `cap` are the defaults here; the plan
  /// sets the cap (`SweepPlan.precision`).
  public var precision: PrecisionTarget? = nil
  /// The parameters, in column order.
  public var parameters: [SweepParameter]
  /// The policies each point runs under with common random numbers, the first being the
  /// reference for the profit difference and crossover day; empty runs the scenario as it is.
  public var policies: [String]

  /// Creates a spec; `decode` is the checked way in.
  public init(
    design: Design, points: Int? = nil, replications: Int? = nil, seed: UInt64? = nil,
    parameters: [SweepParameter], policies: [String] = [],
    randomNumbers: RandomNumbers = .common
  ) {
    self.randomNumbers = randomNumbers
    self.design = design
    self.points = points
    self.replications = replications
    self.seed = seed
    self.parameters = parameters
    self.policies = policies
  }

  /// Whether each point compares policies.
  public var comparesPolicies: Bool { !policies.isEmpty }
}
