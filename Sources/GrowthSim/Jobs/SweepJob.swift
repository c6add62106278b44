/// Runs a sweep (or one shard of it) into its directory, streaming rows to disk in point
/// order, resumable after an interruption.
///
/// Every point is checked before anything is simulated or written. Points × replications run
/// on `jobs` threads through a bounded reorder buffer (`orderedPipeline`), so memory stays
/// flat however many points there are; each completed point's rows are appended to the
/// journals (`*.partial`) at once, in point order, so `kill -9` loses at most the points still
/// being computed. `resume` continues from the journals after checking the manifest; the
/// finished files are byte-identical to those of an uninterrupted run, at any `jobs`.
public struct SweepJob: Sendable {
  /// The checked sweep.
  public var plan: SweepPlan
  /// Its manifest.
  public var manifest: SweepManifest
  /// Where the files go.
  public var files: SweepFiles
  /// Whether `sweep-daily.csv` is written.
  public var writesDaily: Bool
  /// Whether an unfinished sweep in the directory is continued (otherwise it is an error).
  public var resumes: Bool
  /// Worker threads.
  public var jobs: Int
  /// Stop after this many points in this call, leaving the journals to resume (for time-boxed
  /// jobs and tests); `nil` runs to the end.
  public var pointLimit: Int?
  /// The `tickets-per-merchant-day` limit: a point with a merchant-day expecting more
  /// customer-service tickets stops the sweep before it is journaled; `nil` for none.
  public var ticketLimit: Int? = nil

  /// Describes a run; the manifest is built from the inputs.
  public init(
    plan: SweepPlan, tool: String, scenarioBytes: [UInt8], overrides: [ScenarioOverride],
    directory: String, shard: Shard = .whole,
    writesDaily: Bool = false, resumes: Bool = false, jobs: Int = 1, pointLimit: Int? = nil
  ) {
    self.plan = plan
    manifest = SweepManifest(
      tool: tool, scenarioBytes: scenarioBytes, overrides: overrides, plan: plan,
      writesDaily: writesDaily, shard: shard)
    files = SweepFiles(directory: directory, shard: shard)
    self.writesDaily = writesDaily
    self.resumes = resumes
    self.jobs = jobs
    self.pointLimit = pointLimit
  }

  /// Progress after each point.
  public struct Progress: Sendable, Equatable {
    /// Points of the shard done, including those found done on resume.
    public var done: Int
    /// Points of the shard.
    public var total: Int
    /// Points found done when the run started.
    public var resumed: Int

    /// Creates a progress report.
    public init(done: Int, total: Int, resumed: Int) {
      self.done = done
      self.total = total
      self.resumed = resumed
    }
  }

  /// What a call did.
  public struct Report: Sendable, Equatable {
    /// The files written, when the sweep is complete.
    public var written: [String]
    /// Points simulated in this call.
    public var simulated: Int
    /// Points found already done.
    public var resumed: Int
    /// Whether every point of the shard is done and the files are in place.
    public var isComplete: Bool
  }

  /// One replication's contribution to a point's rows.
  private struct UnitResult: Sendable {
    /// One per policy (one when the sweep compares none).
    var outcomes: [PolicyOutcome]
    var daily: [UInt8]
    /// The day beyond `ticketLimit` that ended this replication (then nothing else is kept).
    var excess: DayWorkExcess? = nil
  }

  /// Why the pipeline stopped early.
  private enum Stop: Error {
    case file(FileError)
    case cancelled
    /// A replication of `point` went beyond the ticket limit.
    case dayWork(point: Int, DayWorkExcess)

    /// Runs a file operation, reporting its failure as a stop.
    static func io<T>(_ body: () throws(FileError) -> T) throws(Stop) -> T {
      do {
        return try body()
      } catch {
        throw .file(error)
      }
    }
  }

  /// Runs the sweep, calling `progress` on this thread after each point.
  ///
  /// When `cancellation` asks to stop, the points finished so far stay in the synced
  /// journals and the report is incomplete (`isComplete == false`): `resumes` continues them.
  public func run(
    cancellation: Cancellation? = nil, progress: (Progress) -> Void = { _ in }
  ) throws(SweepRunError) -> Report {
    do {
      try plan.validateAllPoints(jobs: jobs, cancellation: cancellation)
    } catch {
      throw .setup(error)
    }
    // Checking many points takes a while: a stop asked meanwhile leaves the disk untouched.
    if cancellation?.isCancelled == true {
      return Report(written: [], simulated: 0, resumed: 0, isComplete: false)
    }
    let total = files.shard.pointCount(of: plan.pointCount)
    let header = SweepTable.header(
      parameters: SweepSpec.columnNames(plan.spec.parameters),
      comparesPolicies: plan.spec.comparesPolicies, isAdaptive: plan.precision != nil)
    let files = self.files
    // Held until the end: a second sweep into this folder (`--resume` too) is refused.
    let claim = try io { () throws(FileError) in
      try OutputClaim(files.directory, scope: files.scope, names: files.names)
    }
    defer { claim.release() }
    guard let state = try openJournals(header: header, total: total) else {
      return Report(written: [], simulated: 0, resumed: total, isComplete: true)
    }
    let done = state.done
    let count = min(total - done, pointLimit ?? Int.max)
    progress(Progress(done: done, total: total, resumed: done))
    let plan = self.plan
    let shard = files.shard
    let writesDaily = self.writesDaily
    let ticketLimit = self.ticketLimit
    var simulated = 0
    let precision = plan.precision
    // An adaptive point runs its replications in one unit, in order; when the points left
    // are fewer than the workers, each point's batches use the spare ones.
    let batch = max(1, jobs / max(1, min(jobs, count)))
    do throws(Stop) {
      try orderedPipeline(
        items: count, unitsPerItem: precision == nil ? plan.replications : 1, jobs: jobs,
        window: 4 * jobs
      ) { item, unit -> [UnitResult] in
        let point = shard.point(at: done + item)
        let replicate: @Sendable (Int) -> UnitResult = { replication in
          do throws(DayWorkExcess) {
            guard writesDaily else {
              return UnitResult(
                outcomes: try plan.policyOutcomes(
                  point: point, replication: replication, ticketLimit: ticketLimit),
                daily: [])
            }
            let outcomes = try plan.simulate(
              point: point, replication: replication, ticketLimit: ticketLimit)
            return UnitResult(
              outcomes: outcomes.map(\.policyOutcome),
              daily: outcomes.flatMap { SweepDailyTable.rows(point: point, $0) })
          } catch {
            return UnitResult(outcomes: [], daily: [], excess: error)
          }
        }
        guard precision != nil else { return [replicate(unit)] }
        return plan.adaptiveReplications(point: point, batch: batch, replicate) {
          $0.excess == nil ? $0.outcomes : nil
        }
      } consume: { (item, units: [[UnitResult]]) throws(Stop) in
        let point = shard.point(at: done + item)
        let results = units.flatMap { $0 }
        // The lowest replication's excess, so the message is the same at any `jobs`.
        if let excess = results.lazy.compactMap(\.excess).first {
          throw .dayWork(point: point, excess)
        }
        try Stop.io { () throws(FileError) in
          if let daily = state.daily {
            try daily.append(results.flatMap(\.daily))
          }
          var summary = PointSummary(
            point: point, seed: plan.pointSeed(point), settings: plan.settings(ofPoint: point),
            policies: plan.policyIDs, replications: results.map(\.outcomes))
          if precision != nil { summary.replicationCount = results.count }
          try state.table.append(SweepTable.rows(summary))
        }
        progress(Progress(done: done + item + 1, total: total, resumed: done))
        simulated = item + 1
        if cancellation?.isCancelled == true { throw .cancelled }
      }
      guard done + count == total else {
        try Stop.io { () throws(FileError) in try state.close() }
        return Report(written: [], simulated: count, resumed: done, isComplete: false)
      }
      return Report(
        written: try Stop.io { () throws(FileError) in try finish(state) }, simulated: count,
        resumed: done, isComplete: true)
    } catch {
      switch error {
      case .file(let error): throw .file(error)
      case .cancelled:
        try io { () throws(FileError) in try state.close() }
        return Report(written: [], simulated: simulated, resumed: done, isComplete: false)
      case .dayWork(let point, let excess):
        // The points before it stay journaled, for `--resume` under a raised limit.
        try io { () throws(FileError) in try state.close() }
        throw .dayWork(point: point, excess)
      }
    }
  }

  /// Syncs the journals and renames them and the manifest into place together.
  private func finish(_ state: JournalState) throws(FileError) -> [String] {
    try state.close()
    let finals = [files.table] + (writesDaily ? [files.daily] : []) + [files.manifest]
    // All or none, the manifest last: a failure leaves the journals to resume.
    try Files.replaceAll(finals.map { (SweepFiles.partial($0), $0) })
    if !writesDaily { try Files.remove(files.daily) }
    return finals
  }
}
