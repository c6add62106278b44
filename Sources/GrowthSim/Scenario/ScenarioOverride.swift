/// One `--set /json/pointer=VALUE`: a value put into the parsed scenario document before it is
/// checked, so every rule and message applies to the result.
public struct ScenarioOverride: Sendable, Equatable, CustomStringConvertible {
  /// Where the value goes.
  public var pointer: JSONPointer
  /// The value.
  public var value: JSONValue

  /// Creates an override.
  public init(pointer: JSONPointer, value: JSONValue) {
    self.pointer = pointer
    self.value = value
  }

  /// Parses `/json/pointer=VALUE`, or returns `nil` if the text has no `=` or the part before
  /// the first `=` is not a JSON Pointer below the root.
  ///
  /// VALUE is JSON text (`5000`, `0.2`, `true`, `"steady"`, `[1, 2]`); anything that is not
  /// valid JSON is taken as a string, so `/merchants/0/policy=funnel` needs no quotes.
  public init?(argument: String) {
    guard let equals = argument.firstIndex(of: "="),
      let pointer = JSONPointer(String(argument[..<equals])), !pointer.tokens.isEmpty
    else { return nil }
    self.pointer = pointer
    value = Self.value(of: String(argument[argument.index(after: equals)...]))
  }

  /// The JSON value `text` denotes, or the string itself when it is not valid JSON.
  public static func value(of text: String) -> JSONValue {
    (try? JSONParser.parse(text)) ?? .string(text)
  }

  /// `/pointer=VALUE` with VALUE as compact JSON.
  public var description: String { "\(pointer)=\(value.jsonText)" }

  /// Applies `overrides` in order to `document`.
  ///
  /// - Throws: every override that could not be applied, as issues at their pointers.
  public static func apply(
    _ overrides: [ScenarioOverride], to document: inout JSONValue
  ) throws(ScenarioError) {
    var issues: [ScenarioError.Issue] = []
    for override in overrides {
      do {
        try document.set(override.value, at: override.pointer)
      } catch {
        issues += error.issues
      }
    }
    guard issues.isEmpty else { throw ScenarioError(issues) }
  }
}

extension Scenario {
  /// Parses a scenario document, applies `overrides` to it and checks the result, reporting
  /// every problem at once; see `decode(from:)`.
  public static func decode(
    from bytes: [UInt8], overrides: [ScenarioOverride], population: PopulationLimit = .format
  ) throws(ScenarioLoadError) -> Scenario {
    var document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw .syntax(error)
    }
    do {
      try ScenarioOverride.apply(overrides, to: &document)
    } catch {
      throw .invalid(error)
    }
    return try decode(document, population: population)
  }
}
