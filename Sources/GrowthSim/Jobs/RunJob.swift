/// `run`: a checked scenario's replications streamed into its folder, every step of the
/// command from the checks before any work to the report after it.
public struct RunJob: Sendable {
  public var scenario: Scenario
  /// Where the files go.
  public var directory: String
  /// Worker threads.
  public var jobs: Int
  /// The ceilings on the run's size and its service tickets.
  public var limits = RunLimits()
  /// `--force`: write into a folder that holds files growthsim did not write.
  public var force = false
  /// `--precision`, with `--replications` as its cap (`RunRequest.precisionTarget`).
  public var precision: PrecisionTarget? = nil
  /// `--at`/`--window`.
  public var focus: FocusRequest? = nil
  /// The tool named in `manifest.json`.
  public var tool = ""
  /// `--split`: the split of the seed cases, and the scenario's file it names the case by.
  public var split: CaseSplit? = nil
  public var scenarioFile: String? = nil

  /// Describes a run of `scenario` into `directory`.
  public init(scenario: Scenario, directory: String, jobs: Int) {
    self.scenario = scenario
    self.directory = directory
    self.jobs = jobs
  }

  /// Runs every step of the command, telling `events` of each.
  ///
  /// Checks the case's role in the split, the focus, the size and the folder, sets
  /// `--precision`'s replications, runs them into `directory` (a stop through `cancellation`
  /// removes the temporaries), then reads the focus figures back and writes the manifest and
  /// the report. Returns the case's role in the split (`nil` without one).
  @discardableResult
  public func run(cancellation: Cancellation? = nil, events: (JobEvent) -> Void = { _ in })
    throws(JobFailure) -> TargetSplit.Role?
  {
    var role: TargetSplit.Role? = nil
    if let split {
      do throws(CaseSplit.Failure) {
        role = try split.role(of: scenarioFile, scenario)
      } catch {
        throw .split(error)
      }
    }
    let checks = JobChecks(
      focus: focus, precision: precision, limits: limits, directory: directory, force: force,
      tool: tool, jobs: jobs)
    let span = try checks.check(scenario, size: RunSize.run, events: events)
    var scenario = self.scenario
    try checks.adapt(&scenario, variants: [scenario], events: events)
    events(.writing)
    let replications = scenario.experiment.replications
    events(.progress(done: 0, total: replications))
    let written: RunFiles.Written
    do throws(RunFailure) {
      written = try RunFiles.write(
        scenario, jobs: jobs, to: directory, cancellation: cancellation,
        ticketLimit: limits.ticketsPerMerchantDay
      ) { done in events(.progress(done: done, total: replications)) }
    } catch {
      switch error {
      case .file(let file): throw .writing(file)
      case .dayWork(let excess): throw .dayWork(excess)
      }
    }
    events(.ran(scenario, written))
    var focus: [(title: String, figures: FocusFigures)] = []
    if let span {
      do throws(ReportError) {
        if let totals = try DailyTotals.read(directory + "/daily.csv") {
          focus = [("all merchants", FocusFigures(totals, span: span))]
          events(.focus(focus))
        } else {
          events(.focusNeedsDaily)
        }
      } catch {
        throw .daily(error)
      }
    }
    events(.wrote(written.paths))
    try checks.finish(scenario, focus: focus, events: events)
    return role
  }
}
