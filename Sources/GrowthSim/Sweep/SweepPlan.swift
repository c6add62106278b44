/// A sweep checked against its scenario: the base document, the resolved spec and the design,
/// from which any point's scenario and seeds follow.
///
/// Seeds are derived, never incremented. With common random numbers (the default) every point
/// has the sweep seed as its seed; with independent points, point p has `derive(sweep seed, p)`
/// (cut to 53 bits, so `growthsim run --seed` accepts it). Replication r of a point runs with
/// `derive(point seed, r)`, exactly as `growthsim run` does with that scenario seed. A point's
/// results therefore depend neither on the shard that runs it nor on `--jobs`, and
/// `growthsim run FILE --set … --seed SEED` reproduces any row of `sweep.csv`.
public struct SweepPlan: Sendable {
  /// The scenario document after `--set`, before any parameter is applied.
  public let base: JSONValue
  /// The spec with its defaults filled in: replications, seed and each range's integer flag.
  public let spec: SweepSpec
  /// Where each point lies.
  public let design: SweepDesign
  /// The base scenario's `/name`.
  public let scenarioName: String
  /// The most merchants and SKUs a point may make, checked before its cohorts are drawn.
  public let population: PopulationLimit

  /// The number of points.
  public var pointCount: Int { design.pointCount }
  /// Replications per point: with `precision`, the most a point runs.
  public var replications: Int { spec.replications ?? 1 }
  /// The stopping rule of adaptive replications (capped at `replications`), or `nil` when
  /// every point runs `replications`.
  public var precision: PrecisionTarget? {
    spec.precision.map { target in
      PrecisionTarget(relative: target.relative, metric: target.metric, cap: replications)
    }
  }
  /// The sweep seed.
  public var seed: UInt64 { spec.seed ?? 0 }
  /// The policy of each of a point's runs: the spec's policies, or `[nil]` (the scenario as
  /// it is) when it compares none.
  public var policyIDs: [String?] { spec.comparesPolicies ? spec.policies : [nil] }

  /// Checks `spec` against the scenario `document` and resolves its defaults.
  ///
  /// - Throws: `.scenario` if the document itself is invalid; `.spec` if a pointer cannot be
  ///   set or an integer key gets fractional bounds or more grid levels than whole numbers.
  public init(
    scenario document: JSONValue, spec: SweepSpec, population: PopulationLimit = .format
  ) throws(SweepError) {
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
    resolved.replications = spec.replications ?? scenario.experiment.replications
    if let target = spec.precision {
      // The cap: `--replications`, else the default cap, never below the rule's minimum.
      resolved.replications = max(target.minimum, spec.replications ?? PrecisionTarget.defaultCap)
    }
    resolved.seed = spec.seed ?? scenario.experiment.seed
    var issues: [ScenarioError.Issue] = []
    for index in resolved.parameters.indices {
      issues += Self.resolve(&resolved.parameters[index], at: index, in: document)
    }
    issues += Self.policyIssues(resolved, scenario: scenario)
    guard issues.isEmpty else { throw .spec(ScenarioError(issues)) }
    base = document
    scenarioName = scenario.name
    self.population = population
    self.spec = resolved
    design = SweepDesign(
      kind: resolved.design, levelCounts: resolved.parameters.map(\.levelCount),
      points: resolved.points, seed: resolved.seed ?? 0, trajectories: resolved.trajectories,
      baseSamples: resolved.baseSamples, secondOrder: resolved.secondOrder)
  }

  /// Infers the integer flag and reports what does not fit the scenario.
  private static func resolve(
    _ parameter: inout SweepParameter, at index: Int, in document: JSONValue
  ) -> [ScenarioError.Issue] {
    let at = JSONPointer.root.appending("parameters").appending(index)
    var issues: [ScenarioError.Issue] = []
    if case .range(let low, let high, let levels, let scale) = parameter.domain {
      if parameter.isInteger == nil {
        if case .integer? = Scenario.schemaKind(at: parameter.pointer) {
          parameter.isInteger = true
        } else {
          parameter.isInteger = false
        }
      }
      if parameter.isInteger == true {
        for (key, bound) in [("low", low), ("high", high)]
        where bound != bound.rounded() || abs(bound) > 0x1p53 {
          issues.append(
            .init(
              at.appending(key),
              "must be a whole number for an integer parameter, got \(Bounds.text(bound))"))
        }
        if scale == .linear, let levels, Double(levels) > high - low + 1, high >= low {
          issues.append(
            .init(
              at.appending("levels"),
              "must be at most the \(Bounds.text(high - low + 1)) whole numbers from low to "
                + "high, got \(levels)"))
        }
      }
    }
    let first: SweepDesign.Coordinate = .level(0)
    var trial = document
    do {
      try trial.set(parameter.value(at: first), at: parameter.pointer)
    } catch {
      let reason = error.issues.first?.message ?? "cannot set"
      let got = JSONValue.string(parameter.pointer.description).excerpt
      issues.append(.init(at.appending("pointer"), "\(reason), got \(got)"))
    }
    return issues
  }

  /// Policies the scenario does not know, and parameters that set a merchant's policy, which
  /// a comparison sets itself.
  private static func policyIssues(_ spec: SweepSpec, scenario: Scenario) -> [ScenarioError.Issue] {
    guard spec.comparesPolicies else { return [] }
    var issues: [ScenarioError.Issue] = []
    for (index, id) in spec.policies.enumerated() where scenario.allFollowing(policy: id) == nil {
      issues.append(
        .init(
          JSONPointer.root.appending("policies").appending(index), scenario.unknownPolicyMessage(id)
        ))
    }
    for (index, parameter) in spec.parameters.enumerated() {
      let tokens = parameter.pointer.tokens
      guard tokens.count == 3, tokens[0] == .key("merchants"), tokens[2] == .key("policy")
      else { continue }
      issues.append(
        .init(
          JSONPointer.root.appending("parameters").appending(index).appending("pointer"),
          "sets a merchant's policy, which the sweep's policies set at every point, got "
            + JSONValue.string(parameter.pointer.description).excerpt))
    }
    return issues
  }

  /// The values point `point` sets, one per parameter, in parameter order.
  public func settings(ofPoint point: Int) -> [ScenarioOverride] {
    zip(spec.parameters, design.coordinates(ofPoint: point)).map { parameter, coordinate in
      ScenarioOverride(pointer: parameter.pointer, value: parameter.value(at: coordinate))
    }
  }

  /// The seed of point `point`: the sweep seed itself with common random numbers (so
  /// replication r draws the same streams at every point), else `StreamSeed.sweepPoint`.
  public func pointSeed(_ point: Int) -> UInt64 {
    switch spec.randomNumbers {
    case .common: seed
    case .independent: StreamSeed.sweepPoint(point, of: seed)
    }
  }

  /// The scenario of point `point`: the base with the point's values, its seed and the sweep's
  /// replications.
  ///
  /// - Throws: the scenario's issues if the point's values break a rule.
  public func scenario(forPoint point: Int) throws(ScenarioError) -> Scenario {
    var document = base
    try ScenarioOverride.apply(settings(ofPoint: point), to: &document)
    var scenario: Scenario
    do {
      scenario = try Scenario.decode(document, population: population)
    } catch {
      switch error {
      case .invalid(let invalid): throw invalid
      case .syntax(let syntax): throw ScenarioError([.init(.root, syntax.message)])
      }
    }
    scenario.experiment.seed = pointSeed(point)
    scenario.experiment.replications = replications
    return scenario
  }
}
