/// The fixed split of the seed cases into fitted and predicted (issue 17):
/// `Scenarios/splits/seed-cases.json`.
///
/// The world's uncertain values are calibrated on the fitted cases only; a predicted case runs
/// on the shared world without per-case overrides, so its targets are forecasts and a miss is
/// a result, not a failure. The split lives in a file of its own so that moving a case between
/// the sets shows in a diff. `run --check-targets --split FILE` fails on a missed fitted
/// target only.
///
/// ```json
/// { "reason": "both sets cover both years …",
///   "fitted": ["gougou-guirenniao", "xia-kehui-818"], "predicted": ["tianxun"] }
/// ```
public struct TargetSplit: Sendable, Equatable {
  /// What a case's targets are.
  public enum Role: String, Sendable {
    case fitted, predicted
  }

  /// Why the cases were split this way, in a sentence.
  public var reason: String
  /// The cases whose targets the world is calibrated on, by scenario file stem.
  public var fitted: [String]
  /// The cases whose targets are predictions.
  public var predicted: [String]

  /// The role of the case whose scenario file is `NAME.json`, or `nil` when it is in neither
  /// set.
  public func role(of name: String) -> Role? {
    fitted.contains(name) ? .fitted : predicted.contains(name) ? .predicted : nil
  }

  /// The keys a split file may have; `description` is for people.
  static let keys = ["description", "reason", "fitted", "predicted"]

  /// Reads a split file.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - isCase: whether a name is a case (its scenario file exists); every name of either
  ///     set must be one.
  /// - Returns: the split, each name in one set.
  /// - Throws: `.syntax` for malformed JSON, or `.invalid` with every broken rule at once: an
  ///   unknown key, a missing or empty `reason`, a set that is not an array of strings, a
  ///   name that is no case, a name listed twice or in both sets.
  public static func decode(
    _ bytes: [UInt8], isCase: (String) -> Bool
  ) throws(ScenarioLoadError) -> TargetSplit {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw .syntax(error)
    }
    guard case .object(let object) = document else {
      throw .invalid(
        ScenarioError([
          .init(
            .root,
            "a split is an object with reason, fitted and predicted, got "
              + document.kindDescription)
        ]))
    }
    var issues: [ScenarioError.Issue] = []
    for key in object.keys where !keys.contains(key) {
      issues.append(
        .init(.root.appending(key), "unknown key (allowed: \(keys.joined(separator: ", ")))"))
    }
    var reason = ""
    switch object["reason"] {
    case .string(let text) where !text.isEmpty: reason = text
    case let value?:
      issues.append(
        .init(.root.appending("reason"), "must be a sentence saying why, got \(value.excerpt)"))
    case nil: issues.append(.init(.root, "missing 'reason' (why the cases were split so)"))
    }
    var seen: [String: JSONPointer] = [:]
    let fitted = names("fitted", in: object, seen: &seen, isCase: isCase, issues: &issues)
    let predicted = names("predicted", in: object, seen: &seen, isCase: isCase, issues: &issues)
    guard issues.isEmpty else { throw .invalid(ScenarioError(issues)) }
    return TargetSplit(reason: reason, fitted: fitted, predicted: predicted)
  }

  /// The names of one set; each broken rule goes to `issues`, each name seen to `seen`.
  private static func names(
    _ key: String, in object: JSONObject, seen: inout [String: JSONPointer],
    isCase: (String) -> Bool, issues: inout [ScenarioError.Issue]
  ) -> [String] {
    let pointer = JSONPointer.root.appending(key)
    guard case .array(let elements)? = object[key] else {
      let got = object[key].map { ", got \($0.kindDescription)" } ?? ""
      issues.append(
        .init(
          object[key] == nil ? .root : pointer,
          object[key] == nil
            ? "missing '\(key)' (an array of scenario names, possibly empty)"
            : "must be an array of scenario names\(got)"))
      return []
    }
    var names: [String] = []
    for (index, element) in elements.enumerated() {
      let at = pointer.appending(index)
      guard case .string(let name) = element else {
        issues.append(.init(at, "must be a scenario name, got \(element.kindDescription)"))
        continue
      }
      if let earlier = seen[name] {
        issues.append(
          .init(at, "'\(name)' is already listed at \(earlier), got \(element.excerpt)"))
        continue
      }
      seen[name] = at
      // A name is a file stem: a path would reach outside the cases' folder.
      guard !name.isEmpty, !name.contains("/"), name != ".", name != "..", isCase(name) else {
        issues.append(
          .init(
            at,
            "no such scenario (a file NAME.json in the folder above the split's), got \(element.excerpt)"
          ))
        continue
      }
      names.append(name)
    }
    return names
  }
}
