/// Reads the world file a scenario names in `"world"`, and the worlds it names in turn (issue
/// 17), so `WorldLayers` can merge them.
public enum WorldFiles {
  /// Why a world could not be included.
  public enum Failure: Error, Sendable, Equatable {
    /// A file could not be read (exit 66), with the file that names it (nil for the
    /// scenario itself).
    case unreadable(FileError, includedBy: String?)
    /// A world file is not JSON, with its path.
    case syntax(path: String, JSONSyntaxError)
    /// A `world` value, a world file's shape or an `omit` entry breaks a rule.
    case invalid(WorldIncludeError)
  }

  /// How many worlds may include one another in a chain; a longer chain is most likely a
  /// cycle through links the path check cannot see.
  static let maxDepth = 16

  /// The scenario and the worlds it includes, or nil when it is not a JSON object or names
  /// no world (the scenario rules then judge it alone).
  ///
  /// A `world` path is relative to the directory of the file that names it. Each world file
  /// is read with the scenario's size limit (`limit` bytes).
  public static func layers(
    _ bytes: [UInt8], scenarioPath: String, limit: Int
  ) throws(Failure) -> WorldLayers? {
    guard case .object(let scenario)? = try? JSONParser.parse(bytes), scenario["world"] != nil
    else { return nil }
    var layers = [WorldLayers.Layer(path: scenarioPath, document: scenario)]
    var seen = [normalized(scenarioPath)]
    while let named = layers.last?.document["world"] {
      let including = layers[layers.count - 1].path
      let at = JSONPointer.root.appending("world")
      guard case .string(let name) = named, !name.isEmpty else {
        throw .invalid(
          .init([.init(including, .init(at, "expected a world file path, got \(named.excerpt)"))])
        )
      }
      let path = resolved(name, from: including)
      if let repeated = seen.firstIndex(of: normalized(path)) {
        let chain = (layers[repeated...].map(\.path) + [path]).joined(separator: " -> ")
        throw .invalid(
          .init([.init(including, .init(at, "world files include each other: \(chain)"))]))
      }
      guard layers.count <= maxDepth else {
        throw .invalid(
          .init([
            .init(including, .init(at, "worlds include one another more than \(maxDepth) deep"))
          ]))
      }
      let content: [UInt8]
      do { content = try Files.read(path, limit: limit) } catch {
        throw .unreadable(error, includedBy: including)
      }
      let document: JSONValue
      do { document = try JSONParser.parse(content) } catch { throw .syntax(path: path, error) }
      guard case .object(let world) = document else {
        throw .invalid(
          .init([
            .init(path, .init(.root, "a world file must be a JSON object, got \(document.excerpt)"))
          ]))
      }
      let issues = shapeIssues(world, path: path)
      guard issues.isEmpty else { throw .invalid(.init(issues)) }
      layers.append(.init(path: path, document: world))
      seen.append(normalized(path))
    }
    do { return try WorldLayers(layers) } catch { throw .invalid(error) }
  }

  /// A world file's own rules.
  ///
  /// Only world and describing keys, and describing keys of the right type. The values of the world keys are checked as part of each merged scenario.
  static func shapeIssues(_ world: JSONObject, path: String) -> [WorldIncludeError.Located] {
    var issues: [WorldIncludeError.Located] = []
    for (key, value) in world.members {
      let at = JSONPointer.root.appending(key)
      switch key {
      case "name", "description", "source", "world":
        if case .string = value { continue }
        issues.append(.init(path, .init(at, "expected a string, got \(value.excerpt)")))
      case "notes":
        if case .array(let notes) = value,
          notes.allSatisfy({ if case .string = $0 { true } else { false } })
        {
          continue
        }
        issues.append(.init(path, .init(at, "expected an array of strings, got \(value.excerpt)")))
      case _ where WorldLayers.worldKeys.contains(key):
        continue
      default:
        let allowed = (WorldLayers.worldKeys + WorldLayers.describingKeys).joined(separator: ", ")
        issues.append(
          .init(path, .init(at, "not a world key (a world file holds \(allowed))")))
      }
    }
    return issues
  }

  /// `name` relative to the directory of `including` (an absolute `name` as it is).
  static func resolved(_ name: String, from including: String) -> String {
    let directory = including.split(separator: "/", omittingEmptySubsequences: false)
      .dropLast().joined(separator: "/")
    if name.hasPrefix("/") { return name }
    return including.hasPrefix("/") && directory.isEmpty
      ? "/" + name
      : directory.isEmpty ? name : directory + "/" + name
  }

  /// `path` with `.` steps, empty steps and `dir/..` pairs removed, to spot a cycle written
  /// two ways (`worlds/a.json` and `worlds/../worlds/a.json`).
  static func normalized(_ path: String) -> String {
    var steps: [Substring] = []
    for step in path.split(separator: "/") where step != "." {
      if step == "..", let last = steps.last, last != ".." {
        steps.removeLast()
      } else {
        steps.append(step)
      }
    }
    return (path.hasPrefix("/") ? "/" : "") + steps.joined(separator: "/")
  }
}
