/// What a sweep varies and how: the contents of a `--spec` file, or of `--vary` options.
///
/// A `SweepSpec` exists only if `SweepSpec.decode` found no issue; `SweepPlan` then checks it
/// against the scenario (pointers that resolve, whole bounds for integer keys).
public struct SweepSpec: Sendable, Equatable {
  /// The format version this build reads.
  public static let formatVersion = 1
  /// The most points a sweep may have.
  public static let maximumPoints = 100_000_000

  /// How points are placed in the parameter space.
  public enum Design: String, Sendable, Equatable, CaseIterable {
    /// Full factorial: every combination of the parameters' levels.
    case grid
    /// Independent uniform draws, seeded.
    case random
    /// Latin hypercube: in each dimension, exactly one point in each of `points` equal strata.
    case lhs
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
  /// The parameters, in column order.
  public var parameters: [SweepParameter]

  /// Creates a spec; `decode` is the checked way in.
  public init(
    design: Design, points: Int? = nil, replications: Int? = nil, seed: UInt64? = nil,
    parameters: [SweepParameter]
  ) {
    self.design = design
    self.points = points
    self.replications = replications
    self.seed = seed
    self.parameters = parameters
  }
}

/// One swept value of the scenario, named by its JSON Pointer.
public struct SweepParameter: Sendable, Equatable {
  /// How a range is divided.
  public enum Scale: String, Sendable, Equatable, CaseIterable {
    case linear, log
  }

  /// The values a parameter may take.
  public enum Domain: Sendable, Equatable {
    /// Numbers from `low` to `high`; a grid takes `levels` evenly spaced ones (on a log scale,
    /// evenly spaced logarithms), random and Latin hypercube designs take any in between.
    case range(low: Double, high: Double, levels: Int?, scale: Scale)
    /// A list of JSON values, used exactly as written.
    case values([JSONValue])
  }

  /// Where in the scenario the value goes.
  public var pointer: JSONPointer
  /// The values.
  public var domain: Domain
  /// Whether range values are whole numbers; `nil` until `SweepPlan` infers it from the
  /// scenario format (true for integer keys such as `/merchants/0/skus/0/stock`).
  public var isInteger: Bool?

  /// Creates a parameter.
  public init(pointer: JSONPointer, domain: Domain, isInteger: Bool? = nil) {
    self.pointer = pointer
    self.domain = domain
    self.isInteger = isInteger
  }

  /// The number of levels a grid gives it.
  var levelCount: Int {
    switch domain {
    case .range(_, _, let levels, _): levels ?? 1
    case .values(let values): values.count
    }
  }
}
