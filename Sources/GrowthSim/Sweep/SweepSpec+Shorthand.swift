extension SweepSpec {
  /// The spec document `--vary` and the design options describe, or `base` (a `--spec` file)
  /// with those options put over its own keys.
  ///
  /// Checking is left to `decode`, so a command line and a spec file get the same rules and
  /// messages; `/parameters/N` is the N-th `--vary`, counting from 0.
  public static func document(
    base: JSONValue?, varying parameters: [JSONValue], design: Design?, points: Int?,
    replications: Int?, seed: UInt64?, policies: [String]? = nil,
    randomNumbers: RandomNumbers? = nil, trajectories: Int? = nil, baseSamples: Int? = nil,
    secondOrder: Bool? = nil, precision: PrecisionTarget? = nil
  ) -> JSONValue {
    guard case .object(var object) = base ?? .object(JSONObject()) else { return base ?? .null }
    if base == nil { object.setMember("version", .integer(formatVersion)) }
    if let design { object.setMember("design", .string(design.rawValue)) }
    if let points { object.setMember("points", .integer(points)) }
    if let replications { object.setMember("replications", .integer(replications)) }
    if let seed { object.setMember("seed", .integer(Int(seed))) }
    if !parameters.isEmpty { object.setMember("parameters", .array(parameters)) }
    if let policies { object.setMember("policies", .array(policies.map { .string($0) })) }
    if let randomNumbers { object.setMember("randomNumbers", .string(randomNumbers.rawValue)) }
    if let trajectories { object.setMember("trajectories", .integer(trajectories)) }
    if let baseSamples { object.setMember("baseSamples", .integer(baseSamples)) }
    if let secondOrder { object.setMember("secondOrder", .bool(secondOrder)) }
    if let precision {
      object.setMember("precision", .number(JSONNumber(precision.relative)))
      object.setMember("precisionMetric", .string(precision.metric.rawValue))
    }
    return .object(object)
  }

  /// The spec as a document that `decode` reads back to an equal spec: every key written out,
  /// defaults included, as recorded in sweep manifests.
  public var document: JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("version", .integer(SweepSpec.formatVersion)), ("design", .string(design.rawValue)),
    ]
    if let points { members.append(("points", .integer(points))) }
    if let replications { members.append(("replications", .integer(replications))) }
    if let precision {
      members.append(("precision", .number(JSONNumber(precision.relative))))
      members.append(("precisionMetric", .string(precision.metric.rawValue)))
    }
    if let seed { members.append(("seed", .integer(Int(seed)))) }
    if let trajectories { members.append(("trajectories", .integer(trajectories))) }
    if let baseSamples { members.append(("baseSamples", .integer(baseSamples))) }
    if design == .sobol { members.append(("secondOrder", .bool(secondOrder))) }
    members.append(("randomNumbers", .string(randomNumbers.rawValue)))
    members.append(("parameters", .array(parameters.map(\.document))))
    if comparesPolicies { members.append(("policies", .array(policies.map { .string($0) }))) }
    return .object(JSONObject(members: members))
  }
}

extension SweepParameter {
  /// Parses the text of a `--vary` option into a parameter document for `SweepSpec.document`,
  /// or returns `nil` if it is not `/pointer=VALUES`.
  ///
  /// VALUES is `LOW:HIGH:N` (N levels from LOW to HIGH; `LOW:HIGH` for random and lhs
  /// designs), `log:LOW:HIGH:N` (the same on a log scale), a JSON array (`[1, 2.5, "x"]`) or
  /// a comma-separated list (`a,b,c`) whose items are JSON, or strings when not valid JSON.
  public static func shorthand(_ text: String) -> JSONValue? {
    guard let equals = text.firstIndex(of: "="),
      let pointer = JSONPointer(String(text[..<equals])), !pointer.tokens.isEmpty
    else { return nil }
    let spec = String(text[text.index(after: equals)...])
    var members: [(key: String, value: JSONValue)] = [("pointer", .string(pointer.description))]
    let isLog = spec.hasPrefix("log:")
    let parts = (isLog ? String(spec.dropFirst(4)) : spec).split(
      separator: ":", omittingEmptySubsequences: false
    ).map(String.init)
    let numbers = parts.compactMap(JSONNumber.init(literal:))
    if (2...3).contains(parts.count), numbers.count == parts.count {
      members.append(("low", .number(numbers[0])))
      members.append(("high", .number(numbers[1])))
      if parts.count == 3 { members.append(("levels", .number(numbers[2]))) }
      if isLog { members.append(("scale", .string(Scale.log.rawValue))) }
    } else if isLog {
      return nil
    } else if spec.hasPrefix("["), case .array(let list)? = try? JSONParser.parse(spec) {
      members.append(("values", .array(list)))
    } else {
      let items = spec.split(separator: ",", omittingEmptySubsequences: false)
      members.append(("values", .array(items.map { ScenarioOverride.value(of: String($0)) })))
    }
    return .object(JSONObject(members: members))
  }

  /// Parses a range without levels into a parameter document, or returns `nil`.
  ///
  /// The forms are `/pointer=LOW:HIGH`, `/pointer=LOW:HIGH:log` (or `:linear`) and
  /// `/pointer=log:LOW:HIGH`; the document holds pointer, low, high and scale. It is the one
  /// reader of `calibrate --free` and `sensitivity --vary`. The bounds are checked with the spec, so a command line and a
  /// spec file meet the same rules and messages.
  public static func rangeShorthand(_ text: String) -> JSONValue? {
    guard let equals = text.firstIndex(of: "="),
      let pointer = JSONPointer(String(text[..<equals])), !pointer.tokens.isEmpty
    else { return nil }
    var parts = text[text.index(after: equals)...].split(
      separator: ":", omittingEmptySubsequences: false
    ).map(String.init)
    var scale: Scale? = nil
    if parts.count == 3, let named = Scale(rawValue: parts[2]) {
      scale = named
      parts.removeLast()
    } else if parts.count == 3, parts[0] == Scale.log.rawValue {
      scale = .log
      parts.removeFirst()
    }
    guard parts.count == 2, let low = JSONNumber(literal: parts[0]),
      let high = JSONNumber(literal: parts[1])
    else { return nil }
    var members: [(key: String, value: JSONValue)] = [
      ("pointer", .string(pointer.description)), ("low", .number(low)), ("high", .number(high)),
    ]
    if let scale { members.append(("scale", .string(scale.rawValue))) }
    return .object(JSONObject(members: members))
  }

  /// The parameter as a spec document, every key written out.
  var document: JSONValue {
    var members: [(key: String, value: JSONValue)] = [("pointer", .string(pointer.description))]
    if let name { members.append(("name", .string(name))) }
    switch domain {
    case .range(let low, let high, let levels, let scale):
      members.append(("low", .number(JSONNumber(low))))
      members.append(("high", .number(JSONNumber(high))))
      if let levels { members.append(("levels", .integer(levels))) }
      members.append(("scale", .string(scale.rawValue)))
      if let isInteger { members.append(("integer", .bool(isInteger))) }
    case .values(let values):
      members.append(("values", .array(values)))
    }
    return .object(JSONObject(members: members))
  }
}

extension JSONValue {
  /// A JSON integer.
  static func integer(_ value: Int) -> JSONValue {
    .number(JSONNumber(literal: String(value), value: Double(value), exactInteger: value))
  }
}

extension JSONNumber {
  /// The number `value` with its shortest round-trip literal (`0.1`, `1e-07`, `2000`).
  init(_ value: Double) {
    if value == value.rounded(), abs(value) < 0x1p53 {
      let whole = Int(value)
      self.init(literal: String(whole), value: value, exactInteger: whole)
    } else {
      self.init(literal: "\(value)", value: value, exactInteger: nil)
    }
  }
}
