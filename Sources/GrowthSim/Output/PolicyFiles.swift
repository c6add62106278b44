/// Policies kept in their own JSON files that a scenario names in `policyFiles`, so teams can
/// share them across scenarios (issue 4: "policies live in the scenario or in their own JSON
/// files that scenarios reference").
public enum PolicyFiles {
  /// Why the policy files could not be inlined.
  public enum Failure: Error, Sendable {
    /// A file could not be read.
    case unreadable(FileError)
    /// A file is not JSON, with its path.
    case syntax(path: String, JSONSyntaxError)
    /// The scenario's `policyFiles` or a file's content has the wrong shape.
    case invalid(path: String, ScenarioError.Issue)
  }

  /// The scenario document with each file of `policyFiles` (paths relative to the
  /// scenario's directory) appended to `policies` and `policyFiles` removed; the document
  /// unchanged when the scenario names none or is not a JSON object.
  ///
  /// A file holds one policy object or an array of them.
  public static func inline(
    _ document: JSONValue, scenarioPath: String
  ) throws(Failure) -> JSONValue {
    guard case .object(var scenario) = document, let listed = scenario["policyFiles"] else {
      return document
    }
    let at = JSONPointer.root.appending("policyFiles")
    guard case .array(let entries) = listed else {
      throw .invalid(
        path: scenarioPath, .init(at, "expected an array of file paths, got \(listed.excerpt)"))
    }
    let directory = scenarioPath.split(separator: "/", omittingEmptySubsequences: false)
      .dropLast().joined(separator: "/")
    var policies: [JSONValue] = []
    if case .array(let existing)? = scenario["policies"] { policies = existing }
    for (index, entry) in entries.enumerated() {
      guard case .string(let name) = entry else {
        throw .invalid(
          path: scenarioPath,
          .init(at.appending(index), "expected a file path, got \(entry.excerpt)"))
      }
      let path = name.hasPrefix("/") || directory.isEmpty ? name : directory + "/" + name
      let content: [UInt8]
      do { content = try Files.read(path) } catch { throw .unreadable(error) }
      let document: JSONValue
      do { document = try JSONParser.parse(content) } catch { throw .syntax(path: path, error) }
      switch document {
      case .object: policies.append(document)
      case .array(let list) where list.allSatisfy({ if case .object = $0 { true } else { false } }):
        policies += list
      default:
        throw .invalid(
          path: path,
          .init(.root, "expected a policy object or an array of them, got \(document.excerpt)"))
      }
    }
    scenario.members.removeAll { $0.key == "policyFiles" }
    if let position = scenario.members.firstIndex(where: { $0.key == "policies" }) {
      scenario.members[position].value = .array(policies)
    } else {
      scenario.members.append(("policies", .array(policies)))
    }
    return .object(scenario)
  }
}
