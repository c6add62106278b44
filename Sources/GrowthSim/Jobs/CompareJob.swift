/// `compare`: a checked scenario under each policy with common random numbers, with the
/// budget envelope, the ablation and the explanation of the gap when asked for; every step
/// of the command from the checks before any work to the report after it.
public struct CompareJob: Sendable {
  public var scenario: Scenario
  /// The policies compared, the first the reference (`PolicyComparison.policies`).
  public var policies: [String]
  /// Where the files go.
  public var directory: String
  /// `--budget-envelope`: the same total spend for every policy.
  public var envelope = BudgetEnvelope.Setting.off
  /// `--ablate`: each difference between the first two policies switched alone.
  public var ablates = false
  /// `--explain`: the gap between the first two policies split by cause.
  public var explains = false
  /// Worker threads.
  public var jobs: Int
  /// The ceilings on the comparison's size and its service tickets.
  public var limits = RunLimits()
  /// `--force`: write into a folder that holds files growthsim did not write.
  public var force = false
  /// `--precision`, with `--replications` as its cap (`RunRequest.precisionTarget`).
  public var precision: PrecisionTarget? = nil
  /// `--at`/`--window`.
  public var focus: FocusRequest? = nil
  /// The tool named in `manifest.json`.
  public var tool = ""

  /// Describes a comparison of `scenario` under `policies` into `directory`.
  public init(scenario: Scenario, policies: [String], directory: String, jobs: Int) {
    self.scenario = scenario
    self.policies = policies
    self.directory = directory
    self.jobs = jobs
  }

  /// What the comparison found.
  public struct Result {
    public var comparison: PolicyComparison
    public var report: ComparisonReport
    /// The envelope every policy was fitted to; `nil` with `--budget-envelope off`.
    public var envelope: BudgetEnvelope?
    public var ablation: Ablation?
    public var explanation: GapExplanation?
  }

  /// Checks the focus, the size and the folder, fits the envelope, sets `--precision`'s
  /// replications (the most any policy needs), runs every policy and the ablation and the
  /// explanation when asked for, writes the files (a stop through `cancellation` removes the
  /// temporaries), then the manifest and the report; `events` hears each step.
  public func run(cancellation: Cancellation? = nil, events: (JobEvent) -> Void = { _ in })
    throws(JobFailure)
  {
    let checks = JobChecks(
      focus: focus, precision: precision, limits: limits, directory: directory, force: force,
      tool: tool, jobs: jobs)
    let count = policies.count
    let span = try checks.check(
      scenario, size: { RunSize.compare($0, policies: count) }, events: events)
    var scenario: Scenario
    let envelope: BudgetEnvelope?
    do throws(ComparisonFailure) {
      (scenario, envelope) = try BudgetEnvelope.apply(
        self.envelope, to: self.scenario, policies: policies)
    } catch {
      throw .envelope(error)
    }
    try checks.adapt(
      &scenario, variants: policies.compactMap(scenario.allFollowing(policy:)), events: events)
    var result: Result
    do throws(ComparisonFailure) {
      result = try compare(scenario, events: events)
    } catch {
      switch error {
      case .scenario(let invalid): throw .policies(invalid)
      case .dayWork(let excess): throw .dayWork(excess)
      }
    }
    result.envelope = envelope
    events(.writing)
    let written: [String]
    do throws(FileError) {
      written = try CompareFiles.write(
        result.report, ablation: result.ablation, explanation: result.explanation, to: directory,
        cancellation: cancellation)
    } catch {
      throw .writing(error)
    }
    events(.compared(result))
    var focus: [(title: String, figures: FocusFigures)] = []
    if let span {
      focus = zip(policies, result.comparison.totals).map { policy, totals in
        (policy, FocusFigures(DailyTotals(totals, start: scenario.calendar.startDate), span: span))
      }
      events(.focus(focus))
    }
    events(.wrote(written))
    try checks.finish(scenario, policies: policies, focus: focus, events: events)
  }

  /// Runs every policy of `scenario` (`events` hears the policies done), then the ablation
  /// and the explanation when asked for.
  private func compare(_ scenario: Scenario, events: (JobEvent) -> Void)
    throws(ComparisonFailure) -> Result
  {
    let ticketLimit = limits.ticketsPerMerchantDay
    events(.progress(done: 0, total: policies.count))
    let comparison = try PolicyComparison.run(
      scenario, policies: policies, jobs: jobs, ticketLimit: ticketLimit
    ) { done in events(.progress(done: done, total: policies.count)) }
    var result = Result(
      comparison: comparison, report: ComparisonReport(comparison), envelope: nil, ablation: nil,
      explanation: nil)
    if ablates {
      result.ablation = try Ablation.run(
        scenario, policies: policies, jobs: jobs, ticketLimit: ticketLimit)
    }
    if explains {
      result.explanation = try GapExplanation.run(
        scenario, policies: policies, jobs: jobs, ticketLimit: ticketLimit)
    }
    return result
  }
}
