/// The calibration a `calibrate` command line describes: the scenario file(s) with their
/// `--set` overrides, the spec (a file, `--free`, or the scenario's own `calibration`), the
/// options laid over it, and the observed file; `plan()` and `jointPlan()` read and check
/// them all before anything runs.
public struct CalibrationRequest: Sendable {
  /// The scenario files: one (or `nil`, the embedded default) for `plan()`, several for
  /// `jointPlan()`.
  public var scenarioFiles: [String?]
  public var overrides: [ScenarioOverride] = []
  /// `--spec FILE`.
  public var specFile: String? = nil
  /// `--free` parameters, as spec entries.
  public var free: [JSONValue] = []
  /// `--observed FILE` (one scenario only).
  public var observed: String? = nil
  /// A joint calibration's `--observed NAME:FILE` options, in order: one file a scenario,
  /// NAME its `name` (as `--free NAME:/pointer` scopes a parameter).
  public var jointObserved: [String] = []
  public var method: String? = nil
  public var adjustment: String? = nil
  public var budget: Int? = nil
  public var particles: Int? = nil
  public var replications: Int? = nil
  public var seed: UInt64? = nil
  /// The ceilings the files are read and the scenarios checked under.
  public var limits = RunLimits()

  /// A request for `scenarioFiles`; the rest is set field by field.
  public init(scenarioFiles: [String?]) {
    self.scenarioFiles = scenarioFiles
  }

  /// Why a calibration cannot start, by what is wrong.
  public enum Failure: Error, Sendable {
    /// A scenario or spec file (`file`; `nil` the embedded default) did not read.
    case source(ScenarioSource.Failure, file: String?)
    /// A document (`name`: a file, `--free` or `FILE /calibration`) breaks a rule.
    case load(ScenarioLoadError, name: String)
    /// Neither `--free` nor `--spec`, and `scenario` has no `calibration` object (`nil`: a
    /// joint calibration, which does not read them).
    case noSpec(scenario: String?)
    /// The observed file did not read.
    case observedUnreadable(FileError)
    /// The observed file does not fit the scenario.
    case observed(ObservedSeries.Failure, file: String)
    /// `scenario` has neither targets nor observed values (`isJoint`: it has no targets).
    case nothingToFit(scenario: String, isJoint: Bool)
    /// A joint calibration without scenario files.
    case jointWithoutFiles
    /// A joint calibration's `--observed` (`option`) is not `NAME:FILE` with NAME one of
    /// `names`.
    case jointObservedName(option: String, names: [String])
    /// A joint calibration's `--observed` (`option`) gives scenario `name` a second file.
    case jointObservedTwice(name: String, option: String)
    /// A joint calibration's spec (`spec`) names an observed file.
    case jointSpecObserved(spec: String)
    /// Issues of the joint scenarios, each in the file it is about.
    case located(WorldIncludeError)
  }

  /// The plan of one scenario's calibration.
  public func plan() throws(Failure) -> CalibrationPlan {
    let file = scenarioFiles.first ?? nil
    let scenarioName = file ?? "(embedded default)"
    let document: JSONValue
    do throws(ScenarioSource.Failure) {
      document = try ScenarioSource.read(file, overrides: overrides, byteLimit: byteLimit).document
    } catch {
      throw .source(error, file: file)
    }
    let scenario: Scenario
    do throws(ScenarioLoadError) {
      scenario = try Scenario.decode(document, population: limits.population)
    } catch {
      throw .load(error, name: scenarioName)
    }
    // The spec: a file, the options, or the scenario's own `calibration` object.
    var base: JSONValue? = nil
    var specName = "--free"
    var specFolder = ""
    if let specFile {
      specName = specFile
      specFolder = Self.folder(of: specFile)
      base = try readSpec(specFile)
    } else if free.isEmpty {
      guard let own = document.value(at: JSONPointer.root.appending("calibration")) else {
        throw .noSpec(scenario: scenarioName)
      }
      base = own
      specName = scenarioName + " /calibration"
      specFolder = file.map(Self.folder(of:)) ?? ""
    }
    let spec = try self.spec(base, name: specName)
    var series: ObservedSeries? = nil
    let observedPath =
      observed ?? spec.observed.map { $0.hasPrefix("/") ? $0 : specFolder + $0 }
    if let observedPath {
      series = try readObserved(observedPath, for: scenario)
    }
    do throws(CalibrationPlan.Failure) {
      return try CalibrationPlan(
        scenario: document, spec: spec, observed: series, population: limits.population,
        ticketLimit: limits.ticketsPerMerchantDay)
    } catch {
      switch error {
      case .scenario(let invalid): throw .load(.invalid(invalid), name: scenarioName)
      case .spec(let invalid): throw .load(.invalid(invalid), name: specName)
      case .nothingToFit: throw .nothingToFit(scenario: scenarioName, isJoint: false)
      }
    }
  }

  /// The plan of a joint calibration of every scenario file, and each one's world layers.
  public func jointPlan() throws(Failure) -> (plan: CalibrationPlan, worlds: [WorldLayers?]) {
    let files = scenarioFiles.compactMap { $0 }
    guard !files.isEmpty else { throw .jointWithoutFiles }
    var members: [CalibrationMember] = []
    for file in files {
      do throws(ScenarioSource.Failure) {
        let read = try ScenarioSource.documentAndWorld(
          file, overrides: overrides, byteLimit: byteLimit)
        members.append(
          CalibrationMember(
            file: file, document: read.document, world: read.world,
            overridden: overrides.map(\.pointer)))
      } catch {
        throw .source(error, file: file)
      }
    }
    try attachJointObserved(to: &members)
    var base: JSONValue? = nil
    var specName = "--free"
    if let specFile {
      specName = specFile
      base = try readSpec(specFile)
    } else if free.isEmpty {
      throw .noSpec(scenario: nil)
    }
    let spec = try self.spec(base, name: specName)
    if spec.observed != nil { throw .jointSpecObserved(spec: specName) }
    do throws(CalibrationPlan.JointFailure) {
      let plan = try CalibrationPlan(
        joint: members, spec: spec, specName: specName, population: limits.population,
        ticketLimit: limits.ticketsPerMerchantDay)
      return (plan, members.map(\.world))
    } catch {
      switch error {
      case .issues(let located): throw .located(located)
      case .nothingToFit(let file): throw .nothingToFit(scenario: file, isJoint: true)
      }
    }
  }

  private var byteLimit: Int { limits.fileMiB << 20 }

  /// The observed series in `path`, checked against `scenario`'s merchants and calendar.
  func readObserved(_ path: String, for scenario: Scenario) throws(Failure) -> ObservedSeries {
    let data: [UInt8]
    do throws(FileError) {
      data = try Files.read(path, limit: byteLimit)
    } catch {
      throw .observedUnreadable(error)
    }
    do throws(ObservedSeries.Failure) {
      return try ObservedSeries.parse(data, for: scenario)
    } catch {
      throw .observed(error, file: path)
    }
  }

  /// A spec file's JSON as it stands.
  private func readSpec(_ specFile: String) throws(Failure) -> JSONValue {
    do throws(ScenarioSource.Failure) {
      return try ScenarioSource.json(specFile, byteLimit: byteLimit)
    } catch {
      throw .source(error, file: specFile)
    }
  }

  /// The spec `base` (a file's, the scenario's, or none) with the options laid over it.
  private func spec(_ base: JSONValue?, name: String) throws(Failure) -> CalibrationSpec {
    do throws(ScenarioLoadError) {
      return try CalibrationSpec.decode(
        CalibrationSpec.document(
          base: base, free: free, observed: nil, method: method, budget: budget,
          particles: particles, replications: replications, seed: seed, adjustment: adjustment))
    } catch {
      throw .load(error, name: name)
    }
  }

  /// The folder part of a path with its slash (`a/b.json` → `a/`), or `` for a bare name.
  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
  }
}
