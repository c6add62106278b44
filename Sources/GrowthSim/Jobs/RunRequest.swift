/// The scenario of a `run` or `compare` as a command line describes it: a file (or the
/// embedded default) with its `--set` overrides, then `--seed`, `--replications`,
/// `--mean-field` and `--long` laid over the checked scenario.
public struct RunRequest: Sendable {
  /// The scenario file; `nil` for the embedded default.
  public var scenarioFile: String?
  /// `--set` overrides, applied before the scenario is checked.
  public var overrides: [ScenarioOverride] = []
  public var seed: UInt64?
  public var replications: Int?
  public var isMeanField = false
  public var writesLong = false
  /// `--precision`: replications until the metric's mean is known well enough.
  public var precision: PrecisionTarget? = nil
  /// The ceilings the file and the scenario are read under.
  public var limits = RunLimits()

  /// A request for `scenarioFile`; the rest is set field by field.
  public init(scenarioFile: String?) {
    self.scenarioFile = scenarioFile
  }

  /// The name the messages give the scenario: its file, or `(embedded default)`.
  public var scenarioName: String { scenarioFile ?? "(embedded default)" }

  /// `--precision` with `--replications` as its cap, or `nil` without one.
  public var precisionTarget: PrecisionTarget? {
    guard var target = precision else { return nil }
    if let replications { target.cap = max(target.minimum, replications) }
    return target
  }

  /// The checked scenario with the options applied, and the document it was decoded from
  /// (with the overrides, before the options), from one read of the files.
  public func load() throws(ScenarioSource.Failure) -> (document: JSONValue, scenario: Scenario) {
    var (document, scenario) = try ScenarioSource.load(
      scenarioFile, overrides: overrides, byteLimit: limits.fileMiB << 20,
      population: limits.population)
    if let seed { scenario.experiment.seed = seed }
    if let replications { scenario.experiment.replications = replications }
    if isMeanField { scenario.experiment.isMeanField = true }
    if writesLong { scenario.output.writesLong = true }
    return (document, scenario)
  }
}
