/// A sweep as a command line describes it: the scenario, the spec and where to run it.
///
/// The scenario comes with its `--set` overrides, the spec from a file or the `--vary`
/// shorthand with the design options over it; `prepare()` reads and checks it all into a
/// `SweepJob` before anything runs.
public struct SweepRequest: Sendable {
  /// The scenario file; `nil` for the embedded default.
  public var scenarioFile: String?
  /// `--set` overrides, applied before the scenario is checked.
  public var overrides: [ScenarioOverride] = []
  /// `--spec FILE`; `nil` when the sweep is described by the options alone.
  public var specFile: String?
  /// The `--vary` parameters, each a spec parameter document.
  public var parameters: [JSONValue] = []
  public var design: SweepSpec.Design?
  public var points: Int?
  public var replications: Int?
  public var seed: UInt64?
  /// `--policies`: compare these at every point.
  public var policies: [String]?
  public var randomNumbers: SweepSpec.RandomNumbers?
  /// A sensitivity design's size.
  public var trajectories: Int?
  public var baseSamples: Int?
  public var secondOrder: Bool?
  /// `--precision`: each point adds replications until its own target is met.
  public var precision: PrecisionTarget?
  /// The ceilings the files and the scenario are read under.
  public var limits = RunLimits()
  /// The results folder; `nil` for `defaultFolderSuffix`'s folder under `Results/`.
  public var directory: String?
  public var defaultFolderSuffix = "-sweep"
  public var shard: Shard = .whole
  public var writesDaily = false
  public var resumes = false
  /// Worker threads.
  public var jobs = 1
  /// The tool's name and version, recorded in the manifest.
  public var tool: String

  /// A request for a sweep of `scenarioFile` by `tool`; the rest is set field by field.
  public init(scenarioFile: String?, tool: String) {
    self.scenarioFile = scenarioFile
    self.tool = tool
  }

  /// Why a sweep cannot start, with the input that says so.
  public enum Failure: Error, Sendable {
    /// The scenario (with its world and policy files) does not read.
    case scenario(ScenarioSource.Failure)
    /// The spec file does not read.
    case specFile(ScenarioSource.Failure)
    /// The spec built from the file and the options is not a valid spec.
    case spec(ScenarioLoadError)
    /// The scenario, the spec or one of the points is invalid.
    case plan(SweepError)
  }

  /// The name the messages give the scenario: its file, or `(embedded default)`.
  public var scenarioName: String { scenarioFile ?? "(embedded default)" }

  /// The name the messages give the spec: its file, or the options that built it.
  public var specName: String {
    specFile ?? (policies == nil ? "--vary" : "--vary/--policies")
  }

  /// The checked sweep, every point valid, ready to run (its `ticketLimit` set from the
  /// limits).
  public func prepare() throws(Failure) -> SweepJob {
    let byteLimit = limits.fileMiB << 20
    let read: (document: JSONValue, bytes: [UInt8])
    do {
      read = try ScenarioSource.read(scenarioFile, overrides: overrides, byteLimit: byteLimit)
    } catch {
      throw .scenario(error)
    }
    var specDocument: JSONValue? = nil
    if let specFile {
      do {
        specDocument = try ScenarioSource.json(specFile, byteLimit: byteLimit)
      } catch {
        throw .specFile(error)
      }
    }
    let spec: SweepSpec
    do throws(ScenarioLoadError) {
      spec = try SweepSpec.decode(
        SweepSpec.document(
          base: specDocument, varying: parameters, design: design, points: points,
          replications: replications, seed: seed, policies: policies,
          randomNumbers: randomNumbers, trajectories: trajectories, baseSamples: baseSamples,
          secondOrder: secondOrder, precision: precision))
    } catch {
      throw .spec(error)
    }
    let plan: SweepPlan
    do throws(SweepError) {
      plan = try SweepPlan(scenario: read.document, spec: spec, population: limits.population)
    } catch {
      throw .plan(error)
    }
    var job = SweepJob(
      plan: plan, tool: tool, scenarioBytes: read.bytes, overrides: overrides,
      directory: directory
        ?? ResultsFolder.path(scenarioName: plan.scenarioName, suffix: defaultFolderSuffix),
      shard: shard, writesDaily: writesDaily, resumes: resumes, jobs: jobs)
    job.ticketLimit = limits.ticketsPerMerchantDay
    return job
  }
}

extension SweepJob {
  /// The size the limits check before the sweep starts: its first point's scenario run at
  /// every point of the shard; `nil` when the first point does not decode (the run then
  /// reports it).
  public var size: RunSize? {
    guard let first = try? plan.scenario(forPoint: 0) else { return nil }
    return RunSize.sweep(
      first, points: files.shard.pointCount(of: plan.pointCount),
      replications: plan.replications, policies: plan.policyIDs.count, daily: writesDaily)
  }
}
