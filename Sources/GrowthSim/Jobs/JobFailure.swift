/// Why a `RunJob` or `CompareJob` stopped, by step; nothing is half written.
public enum JobFailure: Error, Sendable, Equatable {
  /// `run --split`: the split does not read or breaks a rule, or lists the case in neither
  /// set (checked first).
  case split(CaseSplit.Failure)
  /// `--at`/`--window` does not name a day or window of the scenario.
  case focus(ReportError)
  /// The run breaks the size limits: every limit broken.
  case size([ScenarioError.Issue])
  /// The output folder may not be written.
  case folder(OutputFolder.Refusal)
  /// `--budget-envelope` could not be fitted (a policy that is neither defined nor a preset).
  case envelope(ComparisonFailure)
  /// A merchant-day of a `--precision` pilot replication expected too many service tickets.
  case precision(DayWorkExcess)
  /// A merchant-day of the run or comparison expected too many service tickets.
  case dayWork(DayWorkExcess)
  /// A compared policy is neither defined nor a preset.
  case policies(ScenarioError)
  /// The result files could not be written, or a stop removed them (`isInterruption`).
  case writing(FileError)
  /// `daily.csv` could not be read back for the `--at`/`--window` figures.
  case daily(ReportError)
  /// `manifest.json` could not be written.
  case manifest(FileError)
  /// `report.html` could not be written.
  case report(ReportError)
}
