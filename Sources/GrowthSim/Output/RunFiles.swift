/// Writes a run's CSV files into a directory, all or none.
public enum RunFiles {
  /// Writes `daily.csv`, `daily_long.csv`, `sku_daily.csv`, `daily_stats.csv`, `summary.csv`
  /// and, with
  /// providers, `providers.csv` (as the scenario's `output` asks), and with targets
  /// `targets.csv` (of `outcomes`, evaluated here when `nil`), into `directory`, creating it
  /// if needed.
  ///
  /// - Returns: the paths written, in order.
  /// - Throws: `FileError` if the directory cannot be made or a file cannot be written; no
  ///   file is then left half-written. When `cancellation` asks to stop, the error is an
  ///   interruption (`isInterruption`) and nothing is written.
  public static func write(
    _ result: RunResult, outcomes: [TargetOutcome]? = nil, to directory: String,
    cancellation: Cancellation? = nil
  ) throws(FileError) -> [String] {
    var files: [(path: String, bytes: [UInt8])] = []
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    if result.scenario.output.writesDaily {
      files.append((prefix + "daily.csv", DailyTable.csv(of: result)))
    }
    if result.scenario.output.writesLong {
      files.append((prefix + "daily_long.csv", DailyLongTable.csv(of: result)))
    }
    if SKUDailyTable.isWritten(for: result.scenario) {
      files.append((prefix + "sku_daily.csv", SKUDailyTable.csv(of: result)))
    }
    let writesStatistics = DailyStatisticsTable.isWritten(for: result.scenario)
    let statisticsAt = files.count
    if result.scenario.output.writesSummary {
      files.append((prefix + "summary.csv", SummaryTable.csv(of: result)))
    }
    if result.scenario.output.writesProviders, !result.scenario.providers.isEmpty {
      files.append((prefix + "providers.csv", ProviderTable.csv(of: result)))
    }
    if !result.scenario.targets.isEmpty {
      let outcomes = outcomes ?? TargetEvaluation.outcomes(of: result)
      files.append((prefix + "targets.csv", TargetTable.csv(of: outcomes)))
    }
    guard !files.isEmpty || writesStatistics else { return [] }
    try FileError.check(cancellation, writing: files.first?.path ?? prefix + "daily_stats.csv")
    let names = files.map { name(of: $0.path) } + (writesStatistics ? ["daily_stats.csv"] : [])
    let claim = try OutputClaim(directory, names: names)
    defer { claim.release() }
    if writesStatistics {
      let path = prefix + "daily_stats.csv"
      files.insert((path, try DailyStatisticsTable.csv(of: result, beside: path)), at: statisticsAt)
    }
    try Files.writeAll(files, cancellation: cancellation)
    return files.map(\.path)
  }

  /// The last component of a path.
  static func name(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}

extension RunFiles {
  /// What `write(_:jobs:to:)` wrote and the totals for the headline table.
  public struct Written: Sendable {
    /// The paths written, in order.
    public var paths: [String]
    /// The rows of `summary.csv` (computed whether or not it is written).
    public var summaries: [SummaryTable.Row]
    /// The scenario's targets, measured (empty without targets).
    public var outcomes: [TargetOutcome]
  }

  /// What one replication leaves for the files.
  private struct ReplicationFiles: Sendable {
    var summaries: [MerchantSummary]
    var daily: DailySpool?
    var long: DailySpool?
    var sku: DailySpool?
    var providers: [UInt8]
    var targets: [(value: Double?, reason: String?)]
    /// The day beyond the tickets limit that ended the replication, if one did.
    var excess: DayWorkExcess? = nil
  }

  /// Runs every replication of `scenario`, `jobs` at a time, and writes the same files as
  /// `write(_:to:)`, without holding the run.
  ///
  /// Summaries and provider rows
  /// accumulate day by day, daily rows go through a `DailySpool`, and at most `jobs`
  /// replications are in hand at once. The bytes are those of `write(_:to:)` at any `jobs`.
  ///
  /// - Throws: `FileError` if the directory cannot be made or a file cannot be written; no
  ///   file is then left half-written. When `cancellation` asks to stop (checked as each
  ///   replication ends), the error is an interruption (`isInterruption`), the temporary files
  ///   are removed and a directory this call created is removed again. Another process
  ///   writing into `directory` makes it fail at once (`OutputClaim`).
  ///
  /// A replication stops within a fraction of a second of `cancellation`, mid-day if need be.
  /// With `ticketLimit`, a merchant-day expecting more customer-service tickets stops the run
  /// (`.dayWork`) at the end of that day, writing nothing either. `progress` hears of each
  /// replication as its rows are taken, in order, on the calling thread (replications done).
  public static func write(
    _ scenario: Scenario, jobs: Int, to directory: String, cancellation: Cancellation? = nil,
    ticketLimit: Int? = nil, progress: (_ replicationsDone: Int) -> Void = { _ in }
  ) throws(RunFailure) -> Written {
    var excess: DayWorkExcess? = nil
    do {
      // The claim removes the temporaries and a folder it made that holds nothing of ours.
      return try write(
        scenario, jobs: jobs, to: directory, chunkBytes: 2 << 20, cancellation: cancellation,
        ticketLimit: ticketLimit, excess: &excess, progress: progress)
    } catch {
      if let excess { throw .dayWork(excess) }
      throw .file(error)
    }
  }

  /// `write(_:jobs:to:)` with the daily spool's chunk size (tests make it small to spill).
  ///
  /// A day beyond `ticketLimit` is put in `excess` and stops the run with an interruption.
  static func write(
    _ scenario: Scenario, jobs: Int, to directory: String, chunkBytes: Int,
    cancellation: Cancellation? = nil, ticketLimit: Int? = nil
  ) throws(FileError) -> Written {
    var excess: DayWorkExcess? = nil
    return try write(
      scenario, jobs: jobs, to: directory, chunkBytes: chunkBytes, cancellation: cancellation,
      ticketLimit: ticketLimit, excess: &excess)
  }

  private static func write(
    _ scenario: Scenario, jobs: Int, to directory: String, chunkBytes: Int,
    cancellation: Cancellation?, ticketLimit: Int?, excess: inout DayWorkExcess?,
    progress: (Int) -> Void = { _ in }
  ) throws(FileError) -> Written {
    let output = scenario.output
    let names = [
      (output.writesDaily, "daily.csv"), (output.writesLong, "daily_long.csv"),
      (SKUDailyTable.isWritten(for: scenario), "sku_daily.csv"),
      (DailyStatisticsTable.isWritten(for: scenario), "daily_stats.csv"),
      (output.writesSummary, "summary.csv"),
      (output.writesProviders && !scenario.providers.isEmpty, "providers.csv"),
      (!scenario.targets.isEmpty, "targets.csv"),
    ].filter(\.0).map(\.1)
    // The files' temporaries are gone when `writeFiles` returns, before the claim lets go;
    // a folder the claim made is removed again if nothing was written.
    let claim = names.isEmpty ? nil : try OutputClaim(directory, names: names)
    defer { claim?.release() }
    return try writeFiles(
      scenario, jobs: jobs, to: directory, chunkBytes: chunkBytes, cancellation: cancellation,
      ticketLimit: ticketLimit, excess: &excess, progress: progress)
  }

  /// The work of `write(_:jobs:to:chunkBytes:)` once the folder is claimed.
  private static func writeFiles(
    _ scenario: Scenario, jobs: Int, to directory: String, chunkBytes: Int,
    cancellation: Cancellation?, ticketLimit: Int?, excess: inout DayWorkExcess?,
    progress: (Int) -> Void
  ) throws(FileError) -> Written {
    let replication = Replication(scenario, ticketLimit: ticketLimit)
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let output = scenario.output
    let writesProviders = output.writesProviders && !scenario.providers.isEmpty
    let writesStatistics = DailyStatisticsTable.isWritten(for: scenario)
    let writesSKUs = SKUDailyTable.isWritten(for: scenario)
    if output.writesDaily || output.writesSummary || output.writesLong || writesStatistics
      || writesProviders || !scenario.targets.isEmpty || writesSKUs
    {
      try Files.makeDirectory(directory)
    }
    let daily = output.writesDaily ? try StreamingFile(path: prefix + "daily.csv") : nil
    let long = output.writesLong ? try StreamingFile(path: prefix + "daily_long.csv") : nil
    let sku = writesSKUs ? try StreamingFile(path: prefix + "sku_daily.csv") : nil
    let values =
      writesStatistics
      ? try DailyStatisticsTable.valueFile(for: scenario, beside: prefix + "daily_stats.csv") : nil
    let providers = writesProviders ? try StreamingFile(path: prefix + "providers.csv") : nil
    try daily?.write(header(DailyTable.columns))
    try long?.write(header(DailyLongTable.columns))
    try sku?.write(header(SKUDailyTable.columns))
    try providers?.write(header(ProviderTable.columns))
    var summaries: [SummaryTable.Row] = []
    var measured: [[(value: Double?, reason: String?)]] = []
    let spoolPaths = (daily: daily?.path, long: long?.path, sku: sku?.path)
    // Cores the replications leave idle encode the daily rows beside the simulation and
    // share the merchants' day starts, shelf hours and day ends.
    let encodesInBackground = jobs > scenario.experiment.replications
    let merchantJobs = max(1, jobs / max(1, scenario.experiment.replications))
    try orderedPipeline(
      items: scenario.experiment.replications, unitsPerItem: 1, jobs: jobs, window: jobs
    ) { index, _ in
      Result { () throws(FileError) in
        try run(
          replication, index, spoolPaths: spoolPaths, values: values,
          writesProviders: writesProviders, chunkBytes: chunkBytes,
          encodesInBackground: encodesInBackground, merchantJobs: merchantJobs,
          cancellation: cancellation)
      }
    } consume: { (index: Int, results: [Result<ReplicationFiles, FileError>]) throws(FileError) in
      try FileError.check(cancellation, writing: directory)
      let files = try results[0].get()
      if let beyond = files.excess {
        excess = beyond
        throw FileError(directory, FileError.interruptedReason)
      }
      if let daily { try files.daily?.copy(into: daily) }
      if let long { try files.long?.copy(into: long) }
      if let sku { try files.sku?.copy(into: sku) }
      try providers?.write(files.providers)
      measured.append(files.targets)
      summaries += SummaryTable.rows(
        replication: index, seed: replication.seed(index), summaries: files.summaries,
        scenario: scenario)
      progress(index + 1)
    }
    var written: [StreamingFile] = []
    if let daily { written.append(daily) }
    if let long { written.append(long) }
    if let sku { written.append(sku) }
    if let values {
      let file = try StreamingFile(path: prefix + "daily_stats.csv")
      // The statistics take a while for long runs: a stop is honoured between their pieces.
      try DailyStatisticsTable.write(values, scenario: scenario) { bytes throws(FileError) in
        try FileError.check(cancellation, writing: file.path)
        try file.write(bytes)
      }
      written.append(file)
    }
    if output.writesSummary {
      let file = try StreamingFile(path: prefix + "summary.csv")
      try file.write(SummaryTable.columns.csv(rows: summaries))
      written.append(file)
    }
    if let providers { written.append(providers) }
    let outcomes = TargetEvaluation.outcomes(of: scenario, measured: measured)
    if !scenario.targets.isEmpty {
      let file = try StreamingFile(path: prefix + "targets.csv")
      try file.write(TargetTable.csv(of: outcomes))
      written.append(file)
    }
    for file in written { try file.finish() }
    try FileError.check(cancellation, writing: directory)
    try StreamingFile.commit(written)
    return Written(paths: written.map(\.path), summaries: summaries, outcomes: outcomes)
  }

  /// Runs replication `index`, keeping per merchant only its totals.
  private static func run(
    _ replication: Replication, _ index: Int,
    spoolPaths: (daily: String?, long: String?, sku: String?),
    values: DailyValueFile?, writesProviders: Bool, chunkBytes: Int, encodesInBackground: Bool,
    merchantJobs: Int, cancellation: Cancellation?
  ) throws(FileError) -> ReplicationFiles {
    let scenario = replication.scenario
    let seed = replication.seed(index)
    var summaries = scenario.merchants.map {
      MerchantSummary(initialFollowers: Double($0.followers))
    }
    func makeEncoder(beside path: String?, _ rows: @escaping DailyEncoder.Rows) -> DailyEncoder? {
      path.map {
        DailyEncoder(
          spool: DailySpool(
            merchants: scenario.merchants.count, spillingBeside: $0,
            chunkBytes: chunkBytes),
          scenario: scenario, replication: index, seed: seed, inBackground: encodesInBackground,
          rows: rows)
      }
    }
    let encoder = makeEncoder(beside: spoolPaths.daily, DailyTable.write)
    let longEncoder = makeEncoder(beside: spoolPaths.long, DailyLongTable.write)
    let skuEncoder = makeEncoder(beside: spoolPaths.sku, SKUDailyTable.write)
    var targets = TargetSeries(scenario)
    var collector = values.map {
      DailyValueCollector(
        $0, scenario: scenario, replication: index, seed: seed, chunkBytes: chunkBytes)
    }
    var providerRows: [ProviderTable.Row] = []
    let ending = replication.run(
      index, merchantJobs: merchantJobs,
      shouldStop: { cancellation?.isCancelled == true }
    ) { day, records in
      for (merchant, record) in records.enumerated() { summaries[merchant].add(record) }
      if writesProviders {
        providerRows += ProviderTable.rows(
          replication: index, seed: seed, day: day, records: records, plan: replication.plan)
      }
      encoder?.add(day: day, records: records)
      longEncoder?.add(day: day, records: records)
      skuEncoder?.add(day: day, records: records)
      collector?.add(day: day, records: records)
      targets.add(
        day: day, records: records, replication: index, seed: seed, plan: replication.plan)
    }
    let spool = try encoder?.finish()
    let longSpool = try longEncoder?.finish()
    let skuSpool = try skuEncoder?.finish()
    try collector?.finish()
    var providerBytes = CSVWriter()
    for row in providerRows {
      for column in ProviderTable.columns { column.write(&providerBytes, row) }
      providerBytes.endRow()
    }
    var excess: DayWorkExcess? = nil
    if case .failure(let beyond) = ending { excess = beyond }
    return ReplicationFiles(
      summaries: summaries, daily: spool, long: longSpool, sku: skuSpool,
      providers: providerBytes.bytes,
      targets: targets.statistics(), excess: excess)
  }

  /// The header line of a table.
  private static func header<Row>(_ columns: [Column<Row>]) -> [UInt8] {
    var writer = CSVWriter()
    writer.header(columns.map(\.name))
    return writer.bytes
  }
}
