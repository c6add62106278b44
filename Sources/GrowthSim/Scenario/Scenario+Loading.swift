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
    try decode(ObjectReader.parse(bytes))
  }

  /// Checks an already parsed document; see `decode(from:)`.
  ///
  /// A scenario making more merchants or SKUs than `population` allows is refused before any
  /// cohort member is drawn.
  public static func decode(
    _ document: JSONValue, population: PopulationLimit = .format
  ) throws(ScenarioLoadError) -> Scenario {
    try ObjectReader.readDocument(document, kind: "scenario") {
      Scenario(reading: $0, population: population)
    } check: { scenario in
      // A merchant may follow a preset the scenario does not define itself.
      for id in Set(scenario.merchants.map(\.policy)).sorted()
      where !scenario.policies.contains(where: { $0.id == id }) {
        if let preset = PolicyPresets.policy(id: id) { scenario.policies.append(preset) }
      }
      return scenario.referenceIssues()
    }
  }

  /// The description of every key, as the loader reads them.
  public static var schema: [SchemaProperty] {
    let reader = ObjectReader.describing()
    _ = Scenario(reading: reader)
    return reader.properties
  }
}
