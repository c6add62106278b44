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
  /// The short name of its `sweep.csv` column and chart axes (spec key `name`); `nil` takes
  /// a readable form of the pointer (`SweepSpec.columnNames`).
  public var name: String? = nil
  /// The values.
  public var domain: Domain
  /// Whether range values are whole numbers; `nil` until `SweepPlan` infers it from the
  /// scenario format (true for integer keys such as `/merchants/0/skus/0/stock`).
  public var isInteger: Bool?

  /// Creates a parameter.
  public init(pointer: JSONPointer, domain: Domain, isInteger: Bool? = nil, name: String? = nil) {
    self.pointer = pointer
    self.name = name
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
