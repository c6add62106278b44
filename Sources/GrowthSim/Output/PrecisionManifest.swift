/// `manifest.json` of a `run` or `compare` with adaptive replications (`--precision`): the
/// replications the target needed and the target itself, so the folder says how its count was
/// chosen (a fixed run's count is its scenario's, and it writes no manifest).
///
/// Like a sweep's manifest it holds no time, host or path: the same command writes the same
/// bytes.
public enum PrecisionManifest {
  /// The file's name.
  public static let fileName = "manifest.json"

  /// The manifest: the tool, the scenario's name and seed, the policies compared (none for a
  /// run), the replications run, and the target (`relative`, `metric`, `minimum`, `cap`, and
  /// `met`, false when the cap ended the search).
  public static func document(
    tool: String, scenario: Scenario, policies: [String], target: PrecisionTarget
  ) -> JSONValue {
    let count = scenario.experiment.replications
    let precision: [(key: String, value: JSONValue)] = [
      ("relative", .number(JSONNumber(target.relative))),
      ("metric", .string(target.metric.rawValue)), ("minimum", .integer(target.minimum)),
      ("cap", .integer(target.cap)), ("met", .bool(count < target.cap)),
    ]
    var members: [(key: String, value: JSONValue)] = [
      ("tool", .string(tool)),
      (
        "scenario",
        .object(
          JSONObject(members: [
            ("name", .string(scenario.name)), ("seed", .integer(Int(scenario.experiment.seed))),
          ]))
      ),
    ]
    if !policies.isEmpty { members.append(("policies", .array(policies.map { .string($0) }))) }
    members.append(("replications", .integer(count)))
    members.append(("precision", .object(JSONObject(members: precision))))
    return .object(JSONObject(members: members))
  }

  /// Writes the manifest into `directory` (claimed as the CSV writers claim it) with `target`,
  /// or removes an earlier run's manifest without one, so a folder never keeps a count it was
  /// not written with.
  ///
  /// - Returns: the path written, or `nil` when there is no target.
  public static func write(
    tool: String, scenario: Scenario, policies: [String] = [], target: PrecisionTarget?,
    into directory: String
  ) throws(FileError) -> String? {
    let path = (directory.hasSuffix("/") ? directory : directory + "/") + fileName
    guard let target else {
      // Only a manifest of this kind: a sweep's in the same folder is left alone.
      guard Files.exists(path), let bytes = try? Files.read(path),
        case .object(let object)? = try? JSONParser.parse(bytes),
        case .object? = object["precision"], object["sweep"] == nil
      else { return nil }
      let claim = try OutputClaim(directory, names: [fileName])
      defer { claim.release() }
      try Files.remove(path)
      return nil
    }
    let claim = try OutputClaim(directory, names: [fileName])
    defer { claim.release() }
    let document = document(tool: tool, scenario: scenario, policies: policies, target: target)
    try Files.writeAll([(path, Array((document.prettyJSONText() + "\n").utf8))])
    return path
  }
}
