/// Writes a calibration's files into a directory, all or none.
public enum CalibrationFiles {
  /// The file names, in the order written.
  public static let names = ["posterior.csv", "calibration.csv", "fit.csv", "calibrated.json"]

  /// Writes `posterior.csv`, `calibration.csv`, `fit.csv` and `calibrated.json` into
  /// `directory`, creating it if needed, under the folder's lock and marker.
  ///
  /// - Returns: the paths written, in order.
  public static func write(
    _ result: CalibrationResult, calibrated: JSONValue, to directory: String,
    cancellation: Cancellation? = nil
  ) throws(FileError) -> [String] {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let posterior = result.particles.enumerated().map {
      CalibrationTables.PosteriorRow(index: $0.offset, particle: $0.element)
    }
    let files: [(path: String, bytes: [UInt8])] = [
      (
        prefix + names[0],
        CalibrationTables.posteriorColumns(result.plan.parameters).csv(rows: posterior)
      ),
      (prefix + names[1], CalibrationTables.roundColumns.csv(rows: result.rounds)),
      (
        prefix + names[2], CalibrationTables.fitColumns.csv(rows: CalibrationTables.fitRows(result))
      ),
      (prefix + names[3], Array((calibrated.prettyJSONText() + "\n").utf8)),
    ]
    try FileError.check(cancellation, writing: files[0].path)
    let claim = try OutputClaim(directory, names: names)
    defer { claim.release() }
    try Files.writeAll(files, cancellation: cancellation)
    return files.map(\.path)
  }

  /// The world file's name in a joint calibration's folder.
  public static let worldName = "world.json"

  /// A calibrated scenario's file name in a joint calibration's folder.
  public static func scenarioName(_ name: String) -> String { "calibrated-\(name).json" }

  /// Writes a joint calibration's files: `posterior.csv`, `calibration.csv`, `fit.csv` (with
  /// the scenario column), `world.json` when a world parameter was free, and one
  /// `calibrated-<name>.json` per scenario — all or none.
  ///
  /// - Returns: the paths written, in order.
  public static func writeJoint(
    _ result: CalibrationResult, scenarios: [(name: String, document: JSONValue)],
    world: JSONValue?, to directory: String
  ) throws(FileError) -> [String] {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    let posterior = result.particles.enumerated().map {
      CalibrationTables.PosteriorRow(index: $0.offset, particle: $0.element)
    }
    var files: [(path: String, bytes: [UInt8])] = [
      (
        prefix + names[0],
        CalibrationTables.posteriorColumns(result.plan.parameters).csv(rows: posterior)
      ),
      (prefix + names[1], CalibrationTables.roundColumns.csv(rows: result.rounds)),
      (
        prefix + names[2],
        CalibrationTables.jointFitColumns.csv(rows: CalibrationTables.fitRows(result))
      ),
    ]
    if let world { files.append((prefix + worldName, Array((world.prettyJSONText() + "\n").utf8))) }
    for scenario in scenarios {
      files.append(
        (
          prefix + scenarioName(scenario.name),
          Array((scenario.document.prettyJSONText() + "\n").utf8)
        ))
    }
    let claim = try OutputClaim(
      directory, names: files.map { String($0.path.dropFirst(prefix.count)) })
    defer { claim.release() }
    try Files.writeAll(files, cancellation: nil)
    return files.map(\.path)
  }
}
