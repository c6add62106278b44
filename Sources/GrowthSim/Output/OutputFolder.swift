/// The folders growthsim writes into without `--force`: new ones, empty ones and ones that hold
/// only files growthsim itself writes, so a mistyped `--out` never mixes results into, or
/// replaces files in, a folder of other work (a home directory, a project folder).
public enum OutputFolder {
  /// The first entry of `directory`, in name order, that growthsim does not write; `nil` if
  /// the folder does not exist, cannot be listed (writing will report why) or holds only
  /// growthsim's files.
  public static func foreignEntry(in directory: String) -> String? {
    guard let names = try? Files.list(directory) else { return nil }
    return names.first { !isOwn($0) }
  }

  /// Whether growthsim writes a file of this name: a run's, a comparison's or a sweep's
  /// files, a shard's parts, their journals (`.partial`) and temporary files (`.NAME.tmp-PID`),
  /// and the plotting scripts' charts.
  static func isOwn(_ name: String) -> Bool {
    if name.hasPrefix("."), let marker = name.range(of: ".tmp-") {
      let pid = name[marker.upperBound...]
      return !pid.isEmpty && pid.allSatisfy(\.isASCII) && pid.allSatisfy(\.isNumber)
        && isOwn(String(name[name.index(after: name.startIndex)..<marker.lowerBound]))
    }
    let name = name.hasSuffix(".partial") ? String(name.dropLast(".partial".count)) : name
    if ownNames.contains(name) { return true }
    // The charts Scripts/plot.py and plot.gp draw beside the CSV files they read.
    if name.hasSuffix(".png"),
      ["daily-", "compare-", "sweep-", "providers-"].contains(where: name.hasPrefix)
    {
      return true
    }
    for (stem, suffix) in [("sweep", ".csv"), ("sweep-daily", ".csv"), ("manifest", ".json")]
    where name.hasPrefix(stem + ".part-") && name.hasSuffix(suffix) {
      let shard = name.dropFirst(stem.count).dropLast(suffix.count)
      return SweepFiles.shard(ofPartNamed: "sweep" + shard + ".csv") != nil
    }
    return false
  }

  private static let ownNames: Set<String> = [
    "daily.csv", "daily_stats.csv", "daily_long.csv", "summary.csv", "providers.csv",
    "compare_daily.csv", "compare_summary.csv",
    "compare_ablation.csv", "targets.csv", "sweep.csv", "sweep-daily.csv", "manifest.json",
  ]
}
