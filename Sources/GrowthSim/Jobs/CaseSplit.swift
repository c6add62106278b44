import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `run --split FILE` (issue 17): the role of the run's case in the fixed split of the seed
/// cases, checked before any work.
public struct CaseSplit: Sendable, Equatable {
  /// The split file.
  public var file: String

  public init(file: String) {
    self.file = file
  }

  /// Why the split cannot say the case's role.
  public enum Failure: Error, Sendable, Equatable {
    /// The split file did not read (exit 66).
    case unreadable(FileError)
    /// The split breaks a rule (`TargetSplit.decode`).
    case invalid(ScenarioLoadError)
    /// The case has targets but is in neither set; `name` is its file stem.
    case unlisted(name: String)
  }

  /// The role of the case in `scenarioFile` (`nil`: the embedded default), or `nil` for a
  /// scenario without targets.
  ///
  /// The split names cases by file stem, the scenario files of the folder above the split's
  /// (`Scenarios/splits/seed-cases.json` names `Scenarios/tianxun.json` as `tianxun`).
  public func role(of scenarioFile: String?, _ scenario: Scenario) throws(Failure)
    -> TargetSplit.Role?
  {
    let bytes: [UInt8]
    do throws(FileError) {
      bytes = try Files.read(file)
    } catch {
      throw .unreadable(error)
    }
    // The folder above the split's: `Scenarios/splits/../`.
    let cases = (file.lastIndex(of: "/").map { String(file[..<$0]) } ?? ".") + "/../"
    let split: TargetSplit
    do throws(ScenarioLoadError) {
      split = try TargetSplit.decode(bytes) { name in
        // Through links, as a scenario file is read.
        var status = stat()
        return stat(cases + name + ".json", &status) == 0
      }
    } catch {
      throw .invalid(error)
    }
    guard !scenario.targets.isEmpty else { return nil }
    let stem = scenarioFile.map { String($0.split(separator: "/").last ?? "") }
    let name = stem.map { $0.hasSuffix(".json") ? String($0.dropLast(5)) : $0 }
    guard let name, let role = split.role(of: name) else { throw .unlisted(name: name ?? "") }
    return role
  }
}
