/// `compare`: a checked scenario under each policy with common random numbers, with the
/// ablation and the explanation of the gap when asked for.
public struct CompareJob: Sendable {
  public var scenario: Scenario
  /// The policies compared, the first the reference (`PolicyComparison.policies`).
  public var policies: [String]
  /// `--ablate`: each difference between the first two policies switched alone.
  public var ablates = false
  /// `--explain`: the gap between the first two policies split by cause.
  public var explains = false
  /// Worker threads.
  public var jobs: Int
  /// The `tickets-per-merchant-day` limit; `nil` for none.
  public var ticketLimit: Int?

  /// Describes a comparison of `scenario` under `policies`.
  public init(scenario: Scenario, policies: [String], jobs: Int, ticketLimit: Int? = nil) {
    self.scenario = scenario
    self.policies = policies
    self.jobs = jobs
    self.ticketLimit = ticketLimit
  }

  /// What the comparison found.
  public struct Result {
    public var comparison: PolicyComparison
    public var report: ComparisonReport
    public var ablation: Ablation?
    public var explanation: GapExplanation?
  }

  /// Runs every policy (`progress` hears the policies done), then the ablation and the
  /// explanation when asked for.
  public func run(
    progress: (_ policiesDone: Int) -> Void = { _ in }
  ) throws(ComparisonFailure) -> Result {
    let comparison = try PolicyComparison.run(
      scenario, policies: policies, jobs: jobs, ticketLimit: ticketLimit, progress: progress)
    var result = Result(
      comparison: comparison, report: ComparisonReport(comparison), ablation: nil,
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
