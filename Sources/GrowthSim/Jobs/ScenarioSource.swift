/// Where a job's scenario comes from: a file (with the policy files it names) or the embedded
/// default, read into one document with the `--set` overrides applied, then checked.
///
/// A scenario that names a `world` is laid over its world files first (`WorldFiles`,
/// `WorldLayers`); the policy files are then spliced into the parsed document, so the scenario
/// is parsed once.
public enum ScenarioSource {
  /// Why a document could not be read; `file` is `nil` for the scenario itself (its caller
  /// names it) and the policy file's path otherwise.
  public enum Failure: Error, Sendable {
    case unreadable(FileError)
    case syntax(file: String?, JSONSyntaxError)
    case invalid(file: String?, ScenarioError)
    /// A world file named by `includedBy` could not be read.
    case unreadableWorld(FileError, includedBy: String)
    /// Issues placed in the file that holds each value: the scenario or one of its worlds.
    case located(WorldIncludeError)
  }

  /// The scenario document of `file` (`nil`: the embedded default), at most `byteLimit`
  /// bytes, with its policy files inlined and `overrides` applied in order.
  public static func document(
    _ file: String?, overrides: [ScenarioOverride] = [], byteLimit: Int
  ) throws(Failure) -> JSONValue {
    try read(file, overrides: overrides, byteLimit: byteLimit).document
  }

  /// `document(_:overrides:byteLimit:)` and the bytes a sweep's manifest hashes: the file's,
  /// or, when it names policy files, the text of the document with them inlined (so a
  /// changed policy file is a changed sweep).
  public static func read(
    _ file: String?, overrides: [ScenarioOverride] = [], byteLimit: Int
  ) throws(Failure) -> (document: JSONValue, bytes: [UInt8]) {
    let read = try layered(file, overrides: overrides, byteLimit: byteLimit)
    return (read.document, read.bytes)
  }

  /// `document(_:overrides:byteLimit:)` and the world layers it was merged from (`nil`
  /// without a world): what a joint calibration needs to find the world's values.
  public static func documentAndWorld(
    _ file: String?, overrides: [ScenarioOverride] = [], byteLimit: Int
  ) throws(Failure) -> (document: JSONValue, world: WorldLayers?) {
    let read = try layered(file, overrides: overrides, byteLimit: byteLimit)
    return (read.document, read.world)
  }

  /// `read(_:overrides:byteLimit:)` and the world layers the document was merged from.
  private static func layered(
    _ file: String?, overrides: [ScenarioOverride], byteLimit: Int
  ) throws(Failure) -> (document: JSONValue, bytes: [UInt8], world: WorldLayers?) {
    var (document, bytes) = try parse(file, byteLimit: byteLimit)
    var world: WorldLayers? = nil
    if let file {
      do {
        world = try WorldFiles.layers(bytes, scenarioPath: file, limit: byteLimit)
      } catch {
        switch error {
        case .unreadable(let reason, let includedBy):
          if let includedBy { throw .unreadableWorld(reason, includedBy: includedBy) }
          throw .unreadable(reason)
        case .syntax(let path, let syntax): throw .syntax(file: path, syntax)
        case .invalid(let invalid): throw .located(invalid)
        }
      }
      if let world {
        document = world.merged
        bytes = Array(document.jsonText.utf8)
      }
      let namesPolicyFiles = document.value(at: JSONPointer.root.appending("policyFiles")) != nil
      do {
        document = try PolicyFiles.inline(document, scenarioPath: file)
      } catch {
        switch error {
        case .unreadable(let reason): throw .unreadable(reason)
        case .syntax(let path, let syntax): throw .syntax(file: path, syntax)
        case .invalid(let path, let issue): throw .invalid(file: path, ScenarioError([issue]))
        }
      }
      if namesPolicyFiles { bytes = Array(document.jsonText.utf8) }
    }
    do {
      try ScenarioOverride.apply(overrides, to: &document)
    } catch {
      throw .invalid(file: nil, error)
    }
    return (document, bytes, world)
  }

  /// The checked scenario of `file`: `document(_:overrides:byteLimit:)`, then decoded with
  /// at most `population` merchants and SKUs.
  public static func scenario(
    _ file: String?, overrides: [ScenarioOverride] = [], byteLimit: Int,
    population: PopulationLimit = .format
  ) throws(Failure) -> Scenario {
    try load(file, overrides: overrides, byteLimit: byteLimit, population: population).scenario
  }

  /// `scenario(_:overrides:byteLimit:population:)` and the document it was decoded from, for
  /// a job that needs both (`compare --map` sweeps the document) from one read.
  public static func load(
    _ file: String?, overrides: [ScenarioOverride] = [], byteLimit: Int,
    population: PopulationLimit = .format
  ) throws(Failure) -> (document: JSONValue, scenario: Scenario) {
    let read = try layered(file, overrides: overrides, byteLimit: byteLimit)
    do {
      return (read.document, try Scenario.decode(read.document, population: population))
    } catch {
      switch error {
      case .syntax(let syntax): throw .syntax(file: nil, syntax)
      case .invalid(let invalid):
        guard let world = read.world else { throw .invalid(file: nil, invalid) }
        let overridden = overrides.map(\.pointer)
        throw .located(.init(invalid.issues.map { world.locate($0, overridden: overridden) }))
      }
    }
  }

  /// A JSON file as it stands (a sweep or calibration spec), or the embedded default
  /// scenario when `file` is `nil`.
  public static func json(_ file: String?, byteLimit: Int) throws(Failure) -> JSONValue {
    try parse(file, byteLimit: byteLimit).document
  }

  private static func parse(
    _ file: String?, byteLimit: Int
  ) throws(Failure) -> (document: JSONValue, bytes: [UInt8]) {
    let bytes: [UInt8]
    if let file {
      do { bytes = try Files.read(file, limit: byteLimit) } catch { throw .unreadable(error) }
    } else {
      bytes = Array(DefaultScenario.json.utf8)
    }
    do {
      return (try JSONParser.parse(bytes), bytes)
    } catch {
      throw .syntax(file: nil, error)
    }
  }
}
