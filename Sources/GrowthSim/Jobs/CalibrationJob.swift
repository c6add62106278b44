/// `calibrate`: a checked plan's ABC-SMC run and its files, from the checks before any work
/// to the files written; one scenario's or, with its members' world layers, a joint one.
public struct CalibrationJob: Sendable {
  public var plan: CalibrationPlan
  /// Each member's world layers (`CalibrationRequest.jointPlan`); `nil` for one scenario.
  public var worlds: [WorldLayers?]? = nil
  /// The scenario files the size messages name, one per member (one for one scenario).
  public var names: [String]
  /// Where the files go.
  public var directory: String
  /// Worker threads.
  public var jobs: Int
  /// The ceilings on each simulation's size.
  public var limits = RunLimits()
  /// `--force`: write into a folder that holds files growthsim did not write.
  public var force = false

  /// Describes a calibration of `plan` into `directory`.
  public init(plan: CalibrationPlan, names: [String], directory: String, jobs: Int) {
    self.plan = plan
    self.names = names
    self.directory = directory
    self.jobs = jobs
  }

  /// What the job tells its caller as it goes.
  public enum Event {
    /// The sampler starts: a stop from now on ends it after its current batch, and the last
    /// complete population is written.
    case sampling
    case progress(ABCSMC.Progress)
    /// The sampler ended (done, out of budget or stopped).
    case sampled
  }

  /// Why a calibration stopped; nothing was written.
  public enum Failure: Error, Sendable {
    /// A simulation of member `name` breaks the size limits.
    case size([ScenarioError.Issue], name: String)
    case folder(OutputFolder.Refusal)
    /// A stop by `signal` came before the first population was complete.
    case interrupted(signal: Int32)
    /// The budget ran out before a population of valid parameter sets was found.
    case budgetSpent
    /// The posterior medians together break a rule of the scenario.
    case posterior(ScenarioError)
    /// The posterior medians together break a rule of a member or the world.
    case jointPosterior(WorldIncludeError)
    case writing(FileError)
  }

  /// What the calibration found and wrote; `signal` when a stop ended the sampler early.
  public struct Outcome {
    public var result: CalibrationResult
    public var written: [String]
    public var signal: Int32?
  }

  /// Checks each member's size and the folder, runs the sampler (`cancellation` stops it
  /// after a batch), then writes the population with the calibrated scenario(s) and world.
  public func run(cancellation: Cancellation? = nil, events: (Event) -> Void = { _ in })
    throws(Failure) -> Outcome
  {
    let scenarios = plan.members.isEmpty ? [plan.scenario] : plan.members.map(\.scenario)
    for (name, scenario) in zip(names, scenarios) {
      var sized = scenario
      sized.experiment.replications = plan.spec.replications
      let issues = limits.issues(RunSize.run(sized))
      guard issues.isEmpty else { throw .size(issues, name: name) }
    }
    do throws(OutputFolder.Refusal) {
      try OutputFolder.check(directory, force: force)
    } catch {
      throw .folder(error)
    }
    events(.sampling)
    let sampled = ABCSMC.run(plan, jobs: jobs, cancellation: cancellation) {
      events(.progress($0))
    }
    events(.sampled)
    let signal = cancellation?.signal
    guard let result = sampled else {
      if let signal { throw .interrupted(signal: signal) }
      throw .budgetSpent
    }
    // Not cancelled: what the sampler kept is written even after a signal.
    return Outcome(result: result, written: try write(result), signal: signal)
  }

  /// Writes the population and the calibrated scenario (or each member and the world).
  private func write(_ result: CalibrationResult) throws(Failure) -> [String] {
    if let worlds {
      let scenarios: [(name: String, document: JSONValue)]
      do throws(WorldIncludeError) {
        scenarios = try result.calibratedMembers()
      } catch {
        throw .jointPosterior(error)
      }
      do throws(FileError) {
        return try CalibrationFiles.writeJoint(
          result, scenarios: scenarios, world: result.calibratedWorld(worlds)?.document,
          to: directory)
      } catch {
        throw .writing(error)
      }
    }
    let calibrated: JSONValue
    do throws(ScenarioError) {
      calibrated = try result.calibratedDocument()
    } catch {
      throw .posterior(error)
    }
    do throws(FileError) {
      return try CalibrationFiles.write(result, calibrated: calibrated, to: directory)
    } catch {
      throw .writing(error)
    }
  }
}
