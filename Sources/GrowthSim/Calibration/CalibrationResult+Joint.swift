/// The calibrated files of a joint calibration: each scenario with its posterior medians, and
/// the world file with the medians of its `world` parameters.
extension CalibrationResult {
  /// Each scenario's merged document (its world laid in, so it runs on its own) with the
  /// medians of the parameters it uses, named `<name>-calibrated`.
  ///
  /// - Throws: the issues of the medians together, each with the scenario's name.
  public func calibratedMembers() throws(WorldIncludeError) -> [(name: String, document: JSONValue)]
  {
    let medians = medians
    var documents: [(name: String, document: JSONValue)] = []
    var issues: [WorldIncludeError.Located] = []
    for (index, member) in plan.members.enumerated() {
      do throws(ScenarioError) {
        documents.append(
          (
            member.scenario.name,
            try calibratedDocument(member, values: plan.memberValues(medians, member: index))
          ))
      } catch {
        issues += error.issues.map { .init(member.scenario.name, $0) }
      }
    }
    guard issues.isEmpty else { throw WorldIncludeError(issues) }
    return documents
  }

  /// The world file with each `world` parameter at its posterior median.
  ///
  /// It is named `<name>-calibrated` and noted; `nil` without `world` parameters. A scenario
  /// includes it with `"world"` as it includes the original.
  public func calibratedWorld(
    _ worlds: [WorldLayers?]
  ) -> (path: String, document: JSONValue)? {
    let scoped = plan.parameters.indices.filter {
      plan.parameters[$0].scope == FreeParameter.worldScope
    }
    guard !scoped.isEmpty, let layers = worlds.lazy.compactMap({ $0 }).first?.layers,
      layers.count > 1
    else { return nil }
    let medians = medians
    var document = JSONValue.object(layers[1].document)
    for index in scoped {
      let parameter = plan.parameters[index]
      try? document.set(parameter.json(medians[index]), at: parameter.pointer)
    }
    if case .string(let name)? = document.value(at: JSONPointer.root.appending("name")) {
      try? document.set(
        .string(String(name.prefix(64 - 11)) + "-calibrated"),
        at: JSONPointer.root.appending("name"))
    }
    let settings = scoped.map { "\(plan.parameters[$0].pointer)=\(Self.short(medians[$0]))" }
    let scenarios = plan.members.map(\.scenario.name).joined(separator: ", ")
    let note =
      "Calibrated by growthsim calibrate on \(scenarios) (seed \(plan.seed), "
      + "\(particles.count) particles, \(rounds.count) rounds): posterior medians "
      + settings.joined(separator: ", ")
    var notes: [JSONValue] = []
    if case .array(let existing)? = document.value(at: JSONPointer.root.appending("notes")) {
      notes = existing
    }
    if note.count <= 2000 { notes.append(.string(note)) }
    try? document.set(.array(notes), at: JSONPointer.root.appending("notes"))
    return (layers[1].path, document)
  }
}
