/// What a calibration estimates and how: the contents of a `--spec` file, of the scenario's
/// `calibration` object, or of `--free` and the other options of `growthsim calibrate`.
///
/// A `CalibrationSpec` exists only if `decode` found no issue; `CalibrationPlan` then checks
/// it against the scenario (pointers that name numbers, bounds the scenario accepts).
public struct CalibrationSpec: Sendable, Equatable {
  /// The format version this build reads.
  public static let formatVersion = 1
  /// Parameter sets simulated when the spec gives no budget (docs/calibration.md says how it
  /// trades time for the quality of the intervals).
  public static let defaultBudget = 20_000
  /// Particles in each population when the spec gives none.
  public static let defaultParticles = 400
  /// The most free parameters.
  public static let maximumParameters = 64

  /// The inference method.
  public enum Method: String, Sendable, Equatable, CaseIterable {
    /// Approximate Bayesian computation by sequential Monte Carlo (population Monte Carlo
    /// with adaptive tolerances, Beaumont et al. 2009).
    case abcSMC = "abc-smc"
  }

  /// What is done with the last population.
  public enum Adjustment: String, Sendable, Equatable, CaseIterable {
    /// Beaumont, Zhang & Balding's (2002) local-linear regression adjustment
    /// (`RegressionAdjustment`): the intervals then narrow with the data, not only with the
    /// sampler's tolerance.
    case localLinear = "local-linear"
    /// The accepted particles as they are.
    case none
  }

  /// The method.
  public var method: Method
  /// The adjustment of the last population.
  public var adjustment: Adjustment = .localLinear
  /// The free parameters, in column order.
  public var parameters: [FreeParameter]
  /// The observed daily series, a path as written (relative to the spec's folder for a spec
  /// file); `nil` fits the scenario's targets alone.
  public var observed: String?
  /// Parameter sets simulated at most, over all rounds.
  public var budget: Int
  /// Particles per population.
  public var particles: Int
  /// Replications per parameter set, averaged before the distance is taken.
  public var replications: Int
  /// The calibration seed; `nil` takes the scenario's `/experiment/seed`.
  public var seed: UInt64?

  /// Creates a spec; `decode` is the checked way in.
  public init(
    method: Method = .abcSMC, parameters: [FreeParameter], observed: String? = nil,
    budget: Int = defaultBudget, particles: Int = defaultParticles, replications: Int = 1,
    seed: UInt64? = nil, adjustment: Adjustment = .localLinear
  ) {
    self.method = method
    self.adjustment = adjustment
    self.parameters = parameters
    self.observed = observed
    self.budget = budget
    self.particles = particles
    self.replications = replications
    self.seed = seed
  }

  /// Parses and checks a spec document, reporting every problem at once.
  public static func decode(_ document: JSONValue) throws(ScenarioLoadError) -> CalibrationSpec {
    try ObjectReader.readDocument(document, kind: "calibration spec", Self.init(reading:)) {
      $0.crossIssues()
    }
  }

  /// The spec document the command line describes: `base` (a spec file or the scenario's
  /// `calibration` object, or nothing) with the options put over its keys; `/parameters/N`
  /// is then the N-th `--free`, counting from 0.
  public static func document(
    base: JSONValue?, free: [JSONValue], observed: String?, method: String?, budget: Int?,
    particles: Int?, replications: Int?, seed: UInt64?, adjustment: String? = nil
  ) -> JSONValue {
    guard case .object(var object) = base ?? .object(JSONObject()) else { return base ?? .null }
    if base == nil { object.setMember("version", .integer(formatVersion)) }
    if !free.isEmpty { object.setMember("parameters", .array(free)) }
    if let observed { object.setMember("observed", .string(observed)) }
    if let method { object.setMember("method", .string(method)) }
    if let budget { object.setMember("budget", .integer(budget)) }
    if let particles { object.setMember("particles", .integer(particles)) }
    if let replications { object.setMember("replications", .integer(replications)) }
    if let seed { object.setMember("seed", .integer(Int(seed))) }
    if let adjustment { object.setMember("adjustment", .string(adjustment)) }
    return .object(object)
  }

  init(reading r: ObjectReader) {
    _ = r.integer(
      "version", default: Self.formatVersion, Self.formatVersion...Self.formatVersion,
      doc: "Calibration spec format version.")
    let methodText = r.string(
      "method", default: Method.abcSMC.rawValue, .oneOf(Method.allCases.map(\.rawValue)),
      doc: "The inference method.")
    method = Method(rawValue: methodText) ?? .abcSMC
    parameters = r.objects(
      "parameters", minCount: 1, maxCount: Self.maximumParameters,
      doc: "The free parameters and their priors.", FreeParameter.init(reading:))
    observed = r.optionalString(
      "observed", .text, doc: "Observed daily series (CSV), relative to the spec's folder.")
    budget = r.integer(
      "budget", default: Self.defaultBudget, 10...100_000_000,
      doc: "Parameter sets simulated at most.")
    particles = r.integer(
      "particles", default: Self.defaultParticles, 10...1_000_000,
      doc: "Particles per population.")
    replications = r.integer(
      "replications", default: 1, 1...10_000, doc: "Replications per parameter set.")
    let hasSeed = r.has("seed")
    let seed = r.integer(
      "seed", default: 1, 0...9_007_199_254_740_992, doc: "Seed (default: the scenario's).")
    self.seed = hasSeed ? UInt64(seed) : nil
    let adjustmentText = r.string(
      "adjustment", default: Adjustment.localLinear.rawValue,
      .oneOf(Adjustment.allCases.map(\.rawValue)),
      doc: "The adjustment of the last population (local-linear regression, or none).")
    adjustment = Adjustment(rawValue: adjustmentText) ?? .localLinear
  }

  /// Rules between keys: distinct pointers that do not contain one another, none the
  /// calibration sets itself, and a budget of at least two populations.
  func crossIssues() -> [ScenarioError.Issue] {
    var issues: [ScenarioError.Issue] = []
    let list = JSONPointer.root.appending("parameters")
    let reserved = ["/experiment/seed", "/experiment/replications", "/version"]
    for (index, parameter) in parameters.enumerated() where !parameter.pointer.tokens.isEmpty {
      let at = list.appending(index).appending("pointer")
      let got = "got \(JSONValue.string(parameter.label).excerpt)"
      if reserved.contains(parameter.pointer.description) {
        issues.append(.init(at, "is set by the calibration itself, \(got)"))
      }
      for (earlier, other) in parameters.prefix(index).enumerated()
      where !other.pointer.tokens.isEmpty && other.scope == parameter.scope {
        let (short, long) =
          other.pointer.tokens.count <= parameter.pointer.tokens.count
          ? (other.pointer, parameter.pointer) : (parameter.pointer, other.pointer)
        if long.tokens.starts(with: short.tokens) {
          let relation = short == long ? "repeats" : "overlaps"
          issues.append(.init(at, "\(relation) the pointer of \(list.appending(earlier)), \(got)"))
          break
        }
      }
    }
    if budget < 2 * particles {
      issues.append(
        .init(
          JSONPointer.root.appending("budget"),
          "must be at least twice the particles (\(2 * particles)), got \(budget)"))
    }
    return issues
  }

  /// The spec as a document that `decode` reads back to an equal spec, every key written out.
  public var document: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("version", .integer(Self.formatVersion)), ("method", .string(method.rawValue)),
      ("parameters", .array(parameters.map(\.document))),
    ]
    if let observed { members.append(("observed", .string(observed))) }
    members.append(("budget", .integer(budget)))
    members.append(("particles", .integer(particles)))
    members.append(("replications", .integer(replications)))
    if let seed { members.append(("seed", .integer(Int(seed)))) }
    members.append(("adjustment", .string(adjustment.rawValue)))
    return .object(JSONObject(members: members))
  }
}
