/// Writes a comparison's CSV files into a directory, all or none.
public enum CompareFiles {
  /// Writes `compare_daily.csv`, `compare_summary.csv` and, with an ablation,
  /// `compare_ablation.csv` and, with an explanation, `compare_explain.csv` into `directory`,
  /// creating it if needed.
  ///
  /// - Returns: the paths written, in order.
  public static func write(
    _ report: ComparisonReport, ablation: Ablation?, explanation: GapExplanation? = nil,
    to directory: String,
    cancellation: Cancellation? = nil
  ) throws(FileError) -> [String] {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var files: [(path: String, bytes: [UInt8])] = [
      (prefix + "compare_daily.csv", CompareTables.dailyColumns.csv(rows: report.daily)),
      (prefix + "compare_summary.csv", CompareTables.summaryColumns.csv(rows: report.summary)),
    ]
    if let ablation {
      files.append(
        (prefix + "compare_ablation.csv", CompareTables.ablationColumns.csv(rows: ablation.rows)))
    }
    if let explanation {
      files.append(
        (
          prefix + "compare_explain.csv",
          CompareTables.explainColumns.csv(rows: explanation.rows)
        ))
    }
    try FileError.check(cancellation, writing: files[0].path)
    let claim = try OutputClaim(directory, names: files.map { RunFiles.name(of: $0.path) })
    defer { claim.release() }
    try Files.writeAll(files, cancellation: cancellation)
    return files.map(\.path)
  }
}
