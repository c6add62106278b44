/// A calibration checked against its scenario: the base document, the free parameters with
/// their kinds resolved, the objective, and how one parameter set is simulated.
public struct CalibrationPlan: Sendable {
  /// The scenario document after `--set`, before any free parameter is applied.
  public let base: JSONValue
  /// The base scenario.
  public let scenario: Scenario
  /// The spec with its seed filled in and each parameter's integer flag resolved.
  public let spec: CalibrationSpec
  /// What is fitted.
  public let objective: CalibrationObjective
  /// The most merchants and SKUs a parameter set may make.
  public let population: PopulationLimit
  /// The `tickets-per-merchant-day` limit (`nil`: none); a parameter set beyond it is
  /// rejected like one far from the data.
  public let ticketLimit: Int?
  /// The scenarios of a joint calibration, each a plan over its own parameters (empty for one
  /// scenario); `base`, `scenario` are then the first one's and `objective` joins them all.
  public let members: [CalibrationPlan]
  /// For each member, the indices of this plan's parameters it sets, in its parameter order.
  public let memberParameters: [[Int]]

  /// The seed.
  public var seed: UInt64 { spec.seed ?? 0 }
  /// The free parameters.
  public var parameters: [FreeParameter] { spec.parameters }

  /// Why a calibration cannot start.
  public enum Failure: Error, Sendable {
    /// The scenario itself is invalid.
    case scenario(ScenarioError)
    /// A free parameter does not fit the scenario (issues at `/parameters/N/…`).
    case spec(ScenarioError)
    /// Neither targets nor observed data.
    case nothingToFit
  }

  /// Checks `spec` against the scenario `document`.
  ///
  /// - Throws: `.scenario` if the document is invalid; `.spec` if a pointer names no number
  ///   of the format or cannot be set, a bound of an integer key is fractional, or the
  ///   scenario rejects a bound; `.nothingToFit` without targets or observed values.
  public init(
    scenario document: JSONValue, spec: CalibrationSpec, observed: ObservedSeries?,
    population: PopulationLimit = .format, ticketLimit: Int? = nil
  ) throws(Failure) {
    let scenario: Scenario
    do {
      scenario = try Scenario.decode(document, population: population)
    } catch {
      switch error {
      case .invalid(let invalid): throw .scenario(invalid)
      case .syntax(let syntax): throw .scenario(ScenarioError([.init(.root, syntax.message)]))
      }
    }
    var resolved = spec
    resolved.seed = spec.seed ?? scenario.experiment.seed
    var issues: [ScenarioError.Issue] = []
    for (index, parameter) in resolved.parameters.enumerated() where parameter.scope != nil {
      issues.append(
        .init(
          JSONPointer.root.appending("parameters").appending(index).appending("scope"),
          "needs a joint calibration (scenario files on the command line), got "
            + JSONValue.string(parameter.scope ?? "").excerpt))
    }
    guard issues.isEmpty else { throw .spec(ScenarioError(issues)) }
    for index in resolved.parameters.indices {
      issues += Self.resolve(
        &resolved.parameters[index], at: index, in: document, population: population)
    }
    guard issues.isEmpty else { throw .spec(ScenarioError(issues)) }
    let observed = observed ?? ObservedSeries(series: [])
    guard !scenario.targets.isEmpty || observed.count > 0 else { throw .nothingToFit }
    base = document
    self.scenario = scenario
    self.spec = resolved
    objective = CalibrationObjective(targets: scenario.targets, observed: observed)
    self.population = population
    self.ticketLimit = ticketLimit
    members = []
    memberParameters = []
  }

  /// A plan of parts already checked (a joint calibration's members, and the joint plan).
  init(
    base: JSONValue, scenario: Scenario, spec: CalibrationSpec, objective: CalibrationObjective,
    population: PopulationLimit, ticketLimit: Int?, members: [CalibrationPlan] = [],
    memberParameters: [[Int]] = []
  ) {
    self.base = base
    self.scenario = scenario
    self.spec = spec
    self.objective = objective
    self.population = population
    self.ticketLimit = ticketLimit
    self.members = members
    self.memberParameters = memberParameters
  }

  /// Resolves the integer flag and reports what does not fit the scenario.
  static func resolve(
    _ parameter: inout FreeParameter, at index: Int, in document: JSONValue,
    population: PopulationLimit
  ) -> [ScenarioError.Issue] {
    let at = JSONPointer.root.appending("parameters").appending(index)
    let got = "got \(JSONValue.string(parameter.pointer.description).excerpt)"
    switch Scenario.schemaKind(at: parameter.pointer) {
    case .number?: parameter.isInteger = false
    case .integer?: parameter.isInteger = true
    case nil:
      return [.init(at.appending("pointer"), "names no key of the scenario format, \(got)")]
    case .some:
      return [.init(at.appending("pointer"), "must name a number of the scenario, \(got)")]
    }
    var issues: [ScenarioError.Issue] = []
    if parameter.isInteger {
      for (key, bound) in [("low", parameter.low), ("high", parameter.high)]
      where bound != bound.rounded() || abs(bound) > 0x1p53 {
        issues.append(
          .init(
            at.appending(key),
            "must be a whole number for an integer key, got \(Bounds.text(bound))"))
      }
      if !issues.isEmpty { return issues }
    }
    for (key, bound) in [("low", parameter.low), ("high", parameter.high)] {
      var trial = document
      do throws(ScenarioError) {
        try trial.set(parameter.json(bound), at: parameter.pointer)
      } catch {
        let reason = error.issues.first?.message ?? "cannot set"
        return [.init(at.appending("pointer"), "\(reason), \(got)")]
      }
      do throws(ScenarioLoadError) {
        _ = try Scenario.decode(trial, population: population)
      } catch {
        guard case .invalid(let invalid) = error, let first = invalid.issues.first else {
          continue
        }
        issues.append(
          .init(
            at.appending(key),
            "the scenario rejects it (\(first.pointer): \(first.message))"))
      }
    }
    return issues
  }

  /// The scenario with `values` (one per parameter, in order) set, or `nil` if the scenario
  /// rejects them together.
  public func scenario(with values: [Double]) -> Scenario? {
    var document = base
    for (parameter, value) in zip(parameters, values) {
      do throws(ScenarioError) {
        try document.set(parameter.json(value), at: parameter.pointer)
      } catch {
        return nil
      }
    }
    return try? Scenario.decode(document, population: population)
  }

  /// The base document with `values` set: what `calibrated.json` holds.
  public func document(with values: [Double]) -> JSONValue {
    var document = base
    for (parameter, value) in zip(parameters, values) {
      try? document.set(parameter.json(value), at: parameter.pointer)
    }
    return document
  }

  /// Simulates `values` for the spec's replications with the seeds of `roundSeed` (shared by
  /// every parameter set of a round for common random numbers, or the proposal's own),
  /// each replication's components.
  ///
  /// - Returns: `nil` if the scenario rejects the values, a replication goes beyond the
  ///   ticket limit, or `shouldStop` stopped it.
  func simulate(_ values: [Double], roundSeed: UInt64, shouldStop: () -> Bool) -> [[Double]]? {
    guard members.isEmpty else {
      return simulateMembers(values, roundSeed: roundSeed, shouldStop: shouldStop)
    }
    guard var scenario = scenario(with: values) else { return nil }
    scenario.experiment.seed = roundSeed
    scenario.experiment.replications = spec.replications
    let replication = Replication(scenario, ticketLimit: ticketLimit)
    var result: [[Double]] = []
    for index in 0..<spec.replications {
      var meter = ComponentMeter(
        objective, scenario: scenario, plan: replication.plan, replication: index,
        seed: replication.seed(index))
      let ran = replication.run(index, shouldStop: shouldStop) { day, rows in
        meter.add(day: day, records: rows)
      }
      guard case .success(true) = ran else { return nil }
      result.append(meter.finish())
    }
    return result
  }
}
