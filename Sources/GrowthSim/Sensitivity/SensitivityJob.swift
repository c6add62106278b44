/// A sensitivity analysis: its design runs as a sweep (`SweepJob`: parallel, streaming into
/// `sweep.csv`, resumable), then the indices are computed from the finished table and written
/// to `sensitivity.csv` beside it.
///
/// Reading the indices from `sweep.csv` rather than from memory means a resumed analysis
/// uses the points journaled before the interruption exactly as a fresh one would, so the
/// files are the same bytes either way.
public struct SensitivityJob: Sendable {
  /// The design's sweep; its spec's design is `morris` or `sobol`.
  public var sweep: SweepJob
  /// The outputs explained, each its own rows.
  public var metrics: [SensitivityMetric]
  /// Bootstrap resamples of the Sobol intervals.
  public var resamples = 1000

  /// Creates a job.
  public init(sweep: SweepJob, metrics: [SensitivityMetric]) {
    precondition(sweep.plan.spec.design.isSensitivity, "a sensitivity job needs morris or sobol")
    self.sweep = sweep
    self.metrics = metrics
  }

  /// What a call did.
  public struct Report: Sendable {
    /// The sweep's report.
    public var sweep: SweepJob.Report
    /// The sensitivity files written (empty while the sweep is unfinished).
    public var written: [String]
    /// Morris measures, `[metric][parameter]`, or Sobol indices per metric.
    public var morris: [[MorrisEffects]] = []
    public var sobol: [SobolIndices] = []
  }

  /// Runs the design (or the rest of it) and writes the indices.
  public func run(
    cancellation: Cancellation? = nil, progress: (SweepJob.Progress) -> Void = { _ in }
  ) throws(SweepRunError) -> Report {
    let sweepReport = try sweep.run(cancellation: cancellation, progress: progress)
    guard sweepReport.isComplete else { return Report(sweep: sweepReport, written: []) }
    let files = sweep.files
    let bytes: [UInt8]
    do {
      bytes = try Files.read(files.table, limit: 1 << 34)
    } catch {
      throw .input(error)
    }
    let plan = sweep.plan
    var outputs: [[Double?]] = []
    for metric in metrics {
      do {
        outputs.append(
          try metric.values(
            sweepTable: bytes, pointCount: plan.pointCount, rowsPerPoint: plan.policyIDs.count))
      } catch {
        throw .corrupt(path: files.table, reason: error.description)
      }
    }
    var report = Report(sweep: sweepReport, written: [])
    let pointers = plan.spec.parameters.map(\.pointer)
    var tables: [(name: String, bytes: [UInt8])] = []
    if let morris = plan.design.morris {
      report.morris = outputs.map { MorrisEffects.estimate(design: morris, outputs: $0) }
      tables.append(
        (
          SensitivityTable.fileName,
          SensitivityTable.morris(parameters: pointers, metrics: metrics, effects: report.morris)
        ))
    } else if let saltelli = plan.design.saltelli {
      report.sobol = outputs.map {
        SobolIndices.estimate(design: saltelli, outputs: $0, resamples: resamples, seed: plan.seed)
      }
      tables.append(
        (
          SensitivityTable.fileName,
          SensitivityTable.sobol(parameters: pointers, metrics: metrics, indices: report.sobol)
        ))
      if saltelli.secondOrder {
        tables.append(
          (
            SensitivityTable.secondOrderFileName,
            SensitivityTable.secondOrder(
              parameters: pointers, metrics: metrics, indices: report.sobol)
          ))
      }
    }
    let directory = files.directory
    let paths = tables.map { directory + "/" + $0.name }
    do throws(FileError) {
      let claim = try OutputClaim(directory, names: tables.map(\.name))
      defer { claim.release() }
      try Files.writeAll(
        Array(zip(paths, tables.map(\.bytes))).map { (path: $0.0, bytes: $0.1) },
        cancellation: cancellation)
    } catch {
      throw .file(error)
    }
    report.written = paths
    return report
  }
}
