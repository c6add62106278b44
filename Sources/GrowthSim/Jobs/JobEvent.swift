/// What a `RunJob` or `CompareJob` tells its caller as it goes, in order, so that a command
/// line can print each step when it happens (and nothing of a step that failed).
public enum JobEvent {
  /// The size passed the limits (a long one is worth announcing).
  case sized(RunSize)
  /// `--precision` chose `count` replications for `target` (`count == target.cap`: not met).
  case replications(count: Int, target: PrecisionTarget)
  /// `done` of `total` units (replications or policies); the first has `done == 0`.
  case progress(done: Int, total: Int)
  /// Files are about to be written: a stop from now on removes the temporaries.
  case writing
  /// A run's files are in place: the scenario as run (with `--precision`'s count), its
  /// summaries and targets.
  case ran(Scenario, RunFiles.Written)
  /// A comparison's files are in place: what it found.
  case compared(CompareJob.Result)
  /// The `--at`/`--window` figures, titled (one for a run, one per policy for a comparison).
  case focus([(title: String, figures: FocusFigures)])
  /// `--at`/`--window` was asked for, but `/output/daily` turned `daily.csv` off.
  case focusNeedsDaily
  /// The result files written, in order.
  case wrote([String])
  /// `manifest.json` with the replications `--precision` chose.
  case manifest(String)
  /// `report.html`.
  case report(String)
}
