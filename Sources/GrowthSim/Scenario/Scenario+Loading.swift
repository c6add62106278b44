/// Why a scenario document could not be loaded.
public enum ScenarioLoadError: Error, Sendable, Equatable {
  /// The bytes are not valid JSON.
  case syntax(JSONSyntaxError)
  /// The JSON breaks the format's rules.
  case invalid(ScenarioError)
}

extension Scenario {
  /// Parses and checks a scenario document, reporting every problem at once.
  ///
  /// - Throws: `ScenarioLoadError.syntax` with line and column for malformed JSON, or
  ///   `.invalid` with every broken rule, sorted by JSON Pointer.
  public static func decode(from bytes: [UInt8]) throws(ScenarioLoadError) -> Scenario {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw .syntax(error)
    }
    return try decode(document)
  }

  /// Checks an already parsed document; see `decode(from:)`.
  public static func decode(_ document: JSONValue) throws(ScenarioLoadError) -> Scenario {
    guard case .object(let object) = document else {
      let issue = ScenarioError.Issue(
        .root, "expected a scenario object at the top level, got \(document.excerpt)")
      throw .invalid(ScenarioError([issue]))
    }
    let log = ObjectReader.IssueLog()
    let reader = ObjectReader(object: object, at: .root, log: log)
    var scenario = Scenario(reading: reader)
    reader.rejectUnknownKeys()
    // A merchant may follow a preset the scenario does not define itself.
    for id in Set(scenario.merchants.map(\.policy)).sorted()
    where !scenario.policies.contains(where: { $0.id == id }) {
      if let preset = PolicyPresets.policy(id: id) { scenario.policies.append(preset) }
    }
    let issues = log.issues + scenario.referenceIssues()
    guard issues.isEmpty else { throw .invalid(ScenarioError(issues)) }
    return scenario
  }

  /// The description of every key, as the loader reads them.
  public static var schema: [SchemaProperty] {
    let reader = ObjectReader.describing()
    _ = Scenario(reading: reader)
    return reader.properties
  }
}
