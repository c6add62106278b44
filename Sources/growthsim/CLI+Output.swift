import Foundation
import GrowthSim

extension CLI {
  /// Why `--out DIR` is a usage error, or `nil`: an empty name would write into `/` (as
  /// `""` joined with `/daily.csv`), and the filesystem root or the current directory is
  /// never a results folder (issue 21).
  static func outputProblem(_ directory: String) -> String? {
    if directory.isEmpty {
      return "--out needs a folder name, got an empty one"
    }
    let resolved = resolve(directory)
    if resolved == "/" {
      return "--out '\(directory)' is the filesystem root; give a folder for the results"
    }
    if resolved == resolve(".") {
      return "--out '\(directory)' is the current directory; give a folder for the results"
    }
    return nil
  }

  /// The absolute form of `path`: through `realpath` for the longest part that exists, then
  /// `.` and `..` of the rest applied by name.
  private static func resolve(_ path: String) -> String {
    var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var base = path.hasPrefix("/") ? "/" : "."
    var rest: [String] = []
    // The longest existing prefix is resolved by the system (symbolic links, `..`).
    while true {
      let candidate = (base == "/" ? "/" : "./") + components.joined(separator: "/")
      if let real = realpath(candidate, nil) {
        base = String(cString: real)
        free(real)
        break
      }
      guard let last = components.popLast() else {
        base = FileManager.default.currentDirectoryPath
        break
      }
      rest.insert(last, at: 0)
    }
    var parts = base.split(separator: "/").map(String.init)
    for part in rest {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// The default folder of a command: `ResultsFolder.path`.
  static func defaultFolder(scenarioName: String, suffix: String = "") -> String {
    ResultsFolder.path(scenarioName: scenarioName, suffix: suffix)
  }

  /// Checks an output folder before any work: a usage error for a name that is no results
  /// folder (exit 64), then, unless `force`, a refusal of a folder holding files growthsim
  /// did not write or that cannot be listed (exit 73); `nil` when it may be written.
  static func checkOutput(
    _ directory: String, force: Bool, errors: inout some TextOutputStream
  ) -> ExitCode? {
    if let problem = outputProblem(directory) {
      print("error: \(problem)", to: &errors)
      return .usage
    }
    guard !force else { return nil }
    do {
      guard let name = try OutputFolder.foreignEntry(in: directory) else { return nil }
      errors.write(
        "error: \(directory) holds files growthsim did not write (such as \(name)); "
          + "choose a new or empty folder, or add --force to write into it anyway\n")
    } catch {
      print(
        "error: cannot check what \(directory) holds (\(error.reason)); "
          + "choose a folder growthsim can list", to: &errors)
    }
    return .cannotCreate
  }
}
