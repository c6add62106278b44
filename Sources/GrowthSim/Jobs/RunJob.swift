/// `run`: a checked scenario's replications streamed into its folder, with the summary rows
/// and the targets measured.
public struct RunJob: Sendable {
  public var scenario: Scenario
  /// Where the files go.
  public var directory: String
  /// Worker threads.
  public var jobs: Int
  /// The `tickets-per-merchant-day` limit; `nil` for none.
  public var ticketLimit: Int?

  /// Describes a run of `scenario` into `directory`.
  public init(scenario: Scenario, directory: String, jobs: Int, ticketLimit: Int? = nil) {
    self.scenario = scenario
    self.directory = directory
    self.jobs = jobs
    self.ticketLimit = ticketLimit
  }

  /// Runs the replications into `directory` (a stop through `cancellation` removes the
  /// temporaries); `progress` hears the replications done.
  public func run(
    cancellation: Cancellation? = nil, progress: (_ replicationsDone: Int) -> Void = { _ in }
  ) throws(RunFailure) -> RunFiles.Written {
    try RunFiles.write(
      scenario, jobs: jobs, to: directory, cancellation: cancellation, ticketLimit: ticketLimit,
      progress: progress)
  }
}
