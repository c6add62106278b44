import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFolder {
  /// Why an output folder may not be written, found before any work.
  public enum Refusal: Error, Sendable, Equatable {
    /// The name is no results folder (`problem`); a usage error.
    case notAFolder(String)
    /// The folder holds `entry`, a file growthsim did not write, and `--force` was not given.
    case foreign(directory: String, entry: String)
    /// The folder exists but cannot be listed (`reason`), so it is not assumed empty.
    case unlisted(directory: String, reason: String)
  }

  /// Checks `directory` before any work: a name that is no results folder, then, unless
  /// `force`, a folder holding files growthsim did not write or that cannot be listed.
  public static func check(_ directory: String, force: Bool) throws(Refusal) {
    if let problem = problem(directory) { throw .notAFolder(problem) }
    guard !force else { return }
    let entry: String?
    do throws(FileError) {
      entry = try foreignEntry(in: directory)
    } catch {
      throw .unlisted(directory: directory, reason: error.reason)
    }
    if let entry { throw .foreign(directory: directory, entry: entry) }
  }

  /// Why `--out DIR` is a usage error, or `nil`: an empty name would write into `/` (as
  /// `""` joined with `/daily.csv`), and the filesystem root or the current directory is
  /// never a results folder (issue 21).
  public static func problem(_ directory: String) -> String? {
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
    // The longest existing prefix is resolved by the system (symbolic links, `..`); `./` and
    // `/` always exist, so the loop ends there at the latest.
    while true {
      let candidate = (base == "/" ? "/" : "./") + components.joined(separator: "/")
      if let real = realpath(candidate, nil) {
        base = String(cString: real)
        free(real)
        break
      }
      guard let last = components.popLast() else { break }
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
}
