/// `run`: a checked scenario's replications streamed into its folder, and the targets it
/// missed.
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

  /// What the run wrote and measured.
  public struct Result: Sendable {
    /// The paths written, the summary rows and the targets measured.
    public var written: RunFiles.Written
    /// One line per target the run missed (empty when every target was hit).
    public var misses: [String] { TargetTable.misses(in: written.outcomes) }
  }

  /// Runs the replications into `directory` (a stop through `cancellation` removes the
  /// temporaries); `progress` hears the replications done.
  public func run(
    cancellation: Cancellation? = nil, progress: (_ replicationsDone: Int) -> Void = { _ in }
  ) throws(RunFailure) -> Result {
    Result(
      written: try RunFiles.write(
        scenario, jobs: jobs, to: directory, cancellation: cancellation,
        ticketLimit: ticketLimit, progress: progress))
  }
}
