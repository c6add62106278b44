/// Where a command writes when no `--out` is given.
public enum ResultsFolder {
  /// `Results/NAME` plus `suffix` (`-compare`, `-sweep`), NAME being the scenario's `name`
  /// with anything but letters, digits, `-`, `_` and inner `.` replaced by `_`, so it is one
  /// plain folder inside `Results/` — never `.`, `..`, empty or a path (a file named
  /// `...json` once made it `Results/..`).
  public static func path(scenarioName: String, suffix: String = "") -> String {
    var name = String(
      scenarioName.prefix(100).map { character -> Character in
        character.isLetter || character.isNumber || "-_.".contains(character)
          ? character : "_"
      })
    while name.hasPrefix(".") { name.removeFirst() }
    return "Results/" + (name.isEmpty ? "scenario" : name) + suffix
  }
}

extension ResultsFolder {
  /// The default folder of a `run` or `compare`: `path(scenarioName:suffix:)`, then, for a
  /// what-if (`whatIf`, the options that change the scenario, in a line), `-` and the first
  /// 8 hex digits of the SHA-256 of that line, so a what-if never overwrites the reference
  /// results.
  public static func path(scenarioName: String, suffix: String = "", whatIf: String?) -> String {
    let base = path(scenarioName: scenarioName, suffix: suffix)
    guard let whatIf else { return base }
    let digest = SHA256.hex(SHA256.digest(Array(whatIf.utf8)))
    return base + "-" + String(digest.prefix(8))
  }
}
