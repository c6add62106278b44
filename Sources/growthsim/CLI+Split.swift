import Foundation
import GrowthSim

extension CLI {
  /// The role of a run's case in `--split FILE` (issue 17), `nil` without a split or for a
  /// scenario without targets.
  ///
  /// The split names cases by file stem, the scenario files of the folder above the split's
  /// (`Scenarios/splits/seed-cases.json` names `Scenarios/tianxun.json` as `tianxun`). A
  /// split that does not read or breaks a rule, and a case with targets in neither set, fail
  /// with 66 or 65 before any work.
  static func caseRole(
    _ file: String?, _ scenario: Scenario, splitFile: String?
  ) -> Result<TargetSplit.Role?, LoadFailure> {
    guard let splitFile else { return .success(nil) }
    let bytes: [UInt8]
    do {
      bytes = try Files.read(splitFile)
    } catch {
      return .failure(LoadFailure(message: "error: cannot read \(error)\n", code: .noInput))
    }
    // The folder above the split's: `Scenarios/splits/../`.
    let cases = (splitFile.lastIndex(of: "/").map { String(splitFile[..<$0]) } ?? ".") + "/../"
    let split: TargetSplit
    do throws(ScenarioLoadError) {
      split = try TargetSplit.decode(bytes) { name in
        FileManager.default.fileExists(atPath: cases + name + ".json")
      }
    } catch {
      return .failure(failure(error, in: splitFile))
    }
    guard !scenario.targets.isEmpty else { return .success(nil) }
    let stem = file.map { String($0.split(separator: "/").last ?? "") }
    let name = stem.map { $0.hasSuffix(".json") ? String($0.dropLast(5)) : $0 }
    guard let name, let role = split.role(of: name) else {
      return .failure(
        LoadFailure(
          message: "\(file ?? "(embedded default)"): has targets but \(splitFile) lists "
            + "'\(name ?? "")' in neither 'fitted' nor 'predicted' (every case with targets "
            + "is in one set)\n", code: .dataError))
    }
    return .success(role)
  }
}
