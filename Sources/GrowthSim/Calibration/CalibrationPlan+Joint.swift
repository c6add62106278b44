/// One scenario of a joint calibration as it was read: the file, the document merged with its
/// world and with `--set` applied, the world layers it was merged from, the pointers `--set`
/// wrote, and its observed series.
public struct CalibrationMember: Sendable {
  public var file: String
  public var document: JSONValue
  public var world: WorldLayers?
  public var overridden: [JSONPointer]
  public var observed: ObservedSeries?

  public init(
    file: String, document: JSONValue, world: WorldLayers?, overridden: [JSONPointer] = [],
    observed: ObservedSeries? = nil
  ) {
    self.file = file
    self.document = document
    self.world = world
    self.overridden = overridden
    self.observed = observed
  }
}

/// A joint calibration over several scenarios (docs/calibration.md, "Joint calibration").
///
/// A free parameter without a scope is set in every scenario at its pointer; one scoped
/// `world` names a number of the world file the scenarios include (all must include the same
/// one), and is set in each merged scenario where that number landed (a category or festival
/// found by its `id`); one scoped by a scenario's name is set in that scenario alone. A world
/// value that a scenario or its `--set` overrides is refused: one calibrated value must hold
/// in every scenario, and an override would silently win over it in one of them.
extension CalibrationPlan {
  /// Why a joint calibration cannot start.
  public enum JointFailure: Error, Sendable {
    /// Issues, each in the file (or the spec) it is about.
    case issues(WorldIncludeError)
    /// A scenario with neither targets nor observed values.
    case nothingToFit(file: String)
  }

  /// Checks `spec` against every member.
  ///
  /// `specName` is how messages name the spec (`--free` for the options).
  ///
  /// - Throws: every issue found, each located; or `.nothingToFit` for the first scenario
  ///   that has nothing to fit.
  public init(
    joint members: [CalibrationMember], spec: CalibrationSpec, specName: String,
    population: PopulationLimit = .format, ticketLimit: Int? = nil
  ) throws(JointFailure) {
    precondition(!members.isEmpty, "a joint calibration has a scenario")
    var issues: [WorldIncludeError.Located] = []
    var scenarios: [Scenario] = []
    for member in members {
      do throws(ScenarioLoadError) {
        scenarios.append(try Scenario.decode(member.document, population: population))
      } catch {
        switch error {
        case .syntax(let syntax): issues.append(.init(member.file, .init(.root, syntax.message)))
        case .invalid(let invalid):
          issues += invalid.issues.map {
            member.world?.locate($0, overridden: member.overridden) ?? .init(member.file, $0)
          }
        }
      }
    }
    guard issues.isEmpty else { throw .issues(WorldIncludeError(issues)) }
    for (index, scenario) in scenarios.enumerated() {
      if let first = scenarios.prefix(index).firstIndex(where: { $0.name == scenario.name }) {
        issues.append(
          .init(
            members[index].file,
            .init(
              JSONPointer.root.appending("name"),
              "repeats the name of \(members[first].file) (a joint calibration tells its "
                + "scenarios by name), got \(JSONValue.string(scenario.name).excerpt)")))
      }
    }
    var resolved = spec
    resolved.seed = spec.seed ?? scenarios[0].experiment.seed
    // Each member's parameters: (index in the spec, the parameter at the member's pointer).
    var applied = Array(repeating: [(index: Int, parameter: FreeParameter)](), count: members.count)
    let names = scenarios.map(\.name)
    for (index, parameter) in spec.parameters.enumerated() {
      let at = JSONPointer.root.appending("parameters").appending(index)
      switch parameter.scope {
      case nil:
        for member in members.indices { applied[member].append((index, parameter)) }
      case FreeParameter.worldScope?:
        var found = false
        for (member, place) in Self.worldPlaces(parameter, in: members, issues: &issues) {
          guard let place else { continue }
          var moved = parameter
          moved.pointer = place
          applied[member].append((index, moved))
          found = true
        }
        if !found, issues.isEmpty {
          issues.append(
            .init(
              specName,
              .init(
                at.appending("pointer"),
                "sets nothing: no scenario's run meets this world entry, got "
                  + JSONValue.string(parameter.label).excerpt)))
        }
      case let name?:
        guard let member = names.firstIndex(of: name) else {
          issues.append(
            .init(
              specName,
              .init(
                at.appending("scope"),
                "names no scenario of the calibration (\(names.joined(separator: ", ")); or "
                  + "\(FreeParameter.worldScope)), got \(JSONValue.string(name).excerpt)")))
          continue
        }
        applied[member].append((index, parameter))
      }
    }
    guard issues.isEmpty else { throw .issues(WorldIncludeError(issues)) }
    // Within a scenario no two parameters may set the same number (or one inside the other),
    // and each must name a settable number whose bounds the scenario accepts.
    for (member, list) in applied.enumerated() {
      for (position, entry) in list.enumerated() {
        let at = JSONPointer.root.appending("parameters").appending(entry.index)
        if let other = list.prefix(position).first(where: {
          let (a, b) = ($0.parameter.pointer.tokens, entry.parameter.pointer.tokens)
          return a.starts(with: b) || b.starts(with: a)
        }) {
          issues.append(
            .init(
              specName,
              .init(
                at.appending("pointer"),
                "in \(members[member].file), sets \(entry.parameter.pointer) as "
                  + "\(other.parameter.label) (/parameters/\(other.index)) does, got "
                  + JSONValue.string(entry.parameter.label).excerpt)))
          continue
        }
        var parameter = entry.parameter
        let found = Self.resolve(
          &parameter, at: entry.index, in: members[member].document, population: population)
        issues += found.map {
          .init(specName, .init($0.pointer, "in \(members[member].file), \($0.message)"))
        }
        applied[member][position].parameter = parameter
        resolved.parameters[entry.index].isInteger = parameter.isInteger
      }
    }
    guard issues.isEmpty else { throw .issues(WorldIncludeError(issues)) }
    var plans: [CalibrationPlan] = []
    for (member, scenario) in scenarios.enumerated() {
      let observed = members[member].observed ?? ObservedSeries(series: [])
      guard !scenario.targets.isEmpty || observed.count > 0 else {
        throw .nothingToFit(file: members[member].file)
      }
      var own = resolved
      own.parameters = applied[member].map(\.parameter)
      plans.append(
        CalibrationPlan(
          base: members[member].document, scenario: scenario, spec: own,
          objective: CalibrationObjective(targets: scenario.targets, observed: observed),
          population: population, ticketLimit: ticketLimit))
    }
    self.init(
      base: plans[0].base, scenario: plans[0].scenario, spec: resolved,
      objective: CalibrationObjective(joining: plans.map(\.objective)), population: population,
      ticketLimit: ticketLimit, members: plans,
      memberParameters: applied.map { $0.map(\.index) })
  }

  /// Where a `world` parameter lands in each member.
  ///
  /// The pointer into the merged scenario, or `nil` where the member's run leaves the world's
  /// festival out. Issues: a member without a
  /// world or on another world, a pointer the world file does not set, a member that
  /// overrides the value.
  static func worldPlaces(
    _ parameter: FreeParameter, in members: [CalibrationMember],
    issues: inout [WorldIncludeError.Located]
  ) -> [(member: Int, place: JSONPointer?)] {
    let label = JSONValue.string(parameter.label).excerpt
    let worldAt = JSONPointer.root.appending("world")
    var places: [(member: Int, place: JSONPointer?)] = []
    var first: (file: String, world: String)? = nil
    for (index, member) in members.enumerated() {
      guard let layers = member.world?.layers, layers.count > 1 else {
        issues.append(
          .init(member.file, .init(.root, "includes no world file, but \(label) is free")))
        continue
      }
      let world = layers[1]
      let path = WorldFiles.normalized(world.path)
      if let first, first.world != path {
        issues.append(
          .init(
            member.file,
            .init(
              worldAt,
              "includes \(world.path), not the world of \(first.file), but \(label) needs "
                + "every scenario on one world")))
        continue
      }
      if first == nil { first = (member.file, path) }
      let pointer = parameter.pointer
      guard let value = JSONValue.object(world.document).value(at: pointer) else {
        issues.append(
          .init(
            world.path,
            .init(pointer, "is not set in the world file, but \(label) names it")))
        return places
      }
      guard let place = Self.place(of: pointer, in: member.document, world: world.document)
      else {
        places.append((index, nil))
        continue
      }
      if let own = Self.ownPlace(of: pointer, scenario: layers[0].document, world: world.document) {
        issues.append(
          .init(
            member.file,
            .init(
              own,
              "overrides the world value that \(label) calibrates (one value must hold in "
                + "every scenario: drop the override, or free it per scenario)")))
      } else if member.overridden.contains(where: {
        place.tokens.starts(with: $0.tokens) || $0.tokens.starts(with: place.tokens)
      }) {
        issues.append(
          .init(
            "--set",
            .init(place, "overrides the world value that \(label) calibrates in \(member.file)")))
      } else if member.document.value(at: place) != value {
        issues.append(
          .init(
            member.file,
            .init(place, "differs from the world value that \(label) calibrates")))
      } else {
        places.append((index, place))
      }
    }
    return places
  }

  /// The merged scenario's pointer to the world's value at `pointer`: the same pointer, but a
  /// category or festival found by its `id` (the scenario's own entries come first); `nil` if
  /// the merged list lacks the entry (a festival outside the run).
  static func place(of pointer: JSONPointer, in document: JSONValue, world: JSONObject)
    -> JSONPointer?
  {
    let tokens = pointer.tokens
    guard tokens.count >= 2, case .key(let list) = tokens[0], WorldLayers.listsByID.contains(list),
      case .index(let index) = tokens[1], case .array(let entries)? = world[list],
      index < entries.count, let id = WorldLayers.id(of: entries[index])
    else { return pointer }
    guard case .array(let merged)? = document.value(at: JSONPointer.root.appending(list)),
      let at = merged.firstIndex(where: { WorldLayers.id(of: $0) == id })
    else { return nil }
    return JSONPointer(tokens: [tokens[0], .index(at)] + tokens[2...])
  }

  /// Where the scenario file itself sets the world's value at `pointer`, or `nil`.
  static func ownPlace(of pointer: JSONPointer, scenario: JSONObject, world: JSONObject)
    -> JSONPointer?
  {
    let own = JSONValue.object(scenario)
    let tokens = pointer.tokens
    if tokens.count >= 2, case .key(let list) = tokens[0], WorldLayers.listsByID.contains(list),
      case .index(let index) = tokens[1], case .array(let entries)? = world[list],
      index < entries.count, let id = WorldLayers.id(of: entries[index])
    {
      guard case .array(let mine)? = scenario[list],
        let at = mine.firstIndex(where: { WorldLayers.id(of: $0) == id })
      else { return nil }
      let place = JSONPointer(tokens: [tokens[0], .index(at)] + tokens[2...])
      return own.value(at: place) == nil ? nil : place
    }
    // A value the scenario replaces wholesale (an array) or sets itself.
    for depth in 1...tokens.count {
      let prefix = JSONPointer(tokens: Array(tokens.prefix(depth)))
      guard let value = own.value(at: prefix) else { return nil }
      if depth == tokens.count { return prefix }
      if case .array = value { return prefix }
    }
    return nil
  }

  /// Simulates each member with its own parameters and replication seeds derived from
  /// `roundSeed` and its place (so two scenarios do not share a draw), and joins their
  /// components replication by replication.
  func simulateMembers(
    _ values: [Double], roundSeed: UInt64, shouldStop: () -> Bool
  ) -> [[Double]]? {
    var joined = Array(repeating: [Double](), count: spec.replications)
    for (index, member) in members.enumerated() {
      guard
        let replications = member.simulate(
          memberParameters[index].map { values[$0] },
          roundSeed: StreamSeed.derive(roundSeed, UInt64(index)), shouldStop: shouldStop)
      else { return nil }
      for (replication, components) in replications.enumerated() {
        joined[replication] += components
      }
    }
    return joined
  }

  /// Each member's values from the joint plan's: what `memberParameters` picks.
  public func memberValues(_ values: [Double], member: Int) -> [Double] {
    memberParameters[member].map { values[$0] }
  }
}
