/// Why a report could not be made: a file that cannot be read or written, a CSV that is not
/// growthsim's, or a folder with nothing to report.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Reading or writing failed (the path and the cause).
  case file(FileError)
  /// A CSV file that is not as growthsim writes it: the path, the line and what is wrong.
  case format(path: String, line: Int, reason: String)
  /// A folder without `daily.csv`, `daily_stats.csv`, `summary.csv`, `compare_daily.csv` or
  /// `sweep.csv`.
  case nothingToReport(directory: String)
  /// `--at` or `--window` does not name a day of the run (the text and why).
  case focus(String)

  public var description: String {
    switch self {
    case .file(let error): "\(error)"
    case .format(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .nothingToReport(let directory):
      "\(directory): no growthsim results to report (expected summary.csv, daily.csv, "
        + "compare_daily.csv or sweep.csv)"
    case .focus(let reason): reason
    }
  }
}
