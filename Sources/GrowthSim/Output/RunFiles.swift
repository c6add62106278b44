/// Writes a run's CSV files into a directory, all or none.
public enum RunFiles {
  /// Writes `daily.csv`, `summary.csv` and, with providers, `providers.csv` (as the
  /// scenario's `output` asks), and with targets `targets.csv` (of `outcomes`, evaluated here
  /// when `nil`), into `directory`, creating it if needed.
  ///
  /// - Returns: the paths written, in order.
  /// - Throws: `FileError` if the directory cannot be made or a file cannot be written; no
  ///   file is then left half-written.
  public static func write(
    _ result: RunResult, outcomes: [TargetOutcome]? = nil, to directory: String
  ) throws(FileError) -> [String] {
    var files: [(path: String, bytes: [UInt8])] = []
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    if result.scenario.output.writesDaily {
      files.append((prefix + "daily.csv", DailyTable.csv(of: result)))
    }
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
    guard !files.isEmpty else { return [] }
    try Files.makeDirectory(directory)
    try Files.writeAll(files)
    return files.map(\.path)
  }
}
