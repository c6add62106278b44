/// A scenario laid over the world file it includes (`"world": "worlds/douyin-2022.json"`), and
/// that world over the world it includes in turn (issue 17: the platform and category
/// parameters every seed case shares, in one file).
///
/// Merging: objects merge key by key, the upper file winning; `categories` and `campaigns`
/// merge entry by `id` (the scenario's entries first, in its order, each laid over the world's
/// entry with its id, then the world's other entries in the world's order); any other value,
/// arrays included, replaces the world's. An entry `{ "id": "618", "omit": true }` leaves the
/// world's entry with that id out. Keeping the scenario's entries first keeps its indices:
/// `/categories/0` of the file is `/categories/0` of the merged scenario.
public struct WorldLayers: Sendable {
  /// One file: its path as named and its document.
  public struct Layer: Sendable {
    public var path: String
    public var document: JSONObject

    public init(path: String, document: JSONObject) {
      self.path = path
      self.document = document
    }
  }

  /// The scenario first, then its world, then that world's world, and so on.
  public let layers: [Layer]
  /// The merged scenario document.
  public let merged: JSONValue

  /// The keys a world file may set for the scenarios that include it.
  public static let worldKeys = ["platform", "loops", "categories", "campaigns"]
  /// The keys that describe the world file itself and are not merged.
  public static let describingKeys = ["name", "description", "source", "notes", "world"]
  /// The lists merged entry by `id`.
  static let listsByID: Set<String> = ["categories", "campaigns"]

  /// Merges `layers` (scenario first) and leaves out the world's festivals that cannot touch
  /// the scenario's calendar (see `withoutFestivalsOutsideRun`).
  ///
  /// - Throws: every `omit` entry that is malformed or names no entry of the worlds below it,
  ///   with the file it is in.
  public init(_ layers: [Layer]) throws(WorldIncludeError) {
    precondition(!layers.isEmpty, "a scenario is the first layer")
    var world = JSONObject()
    var issues: [WorldIncludeError.Located] = []
    for (index, layer) in layers.enumerated().reversed() {
      // A world's describing keys are its own; the scenario's `world` has done its job.
      let upper =
        index > 0
        ? JSONObject(members: layer.document.members.filter { Self.worldKeys.contains($0.key) })
        : layer.document.removing(["world"])
      world = Self.lay(upper, over: world, path: layer.path, issues: &issues)
    }
    guard issues.isEmpty else { throw WorldIncludeError(issues) }
    self.layers = layers
    let scenarioIDs = Set(Self.ids(in: layers[0].document["campaigns"]))
    merged = .object(Self.withoutFestivalsOutsideRun(world, keeping: scenarioIDs))
  }

  /// `upper` laid over `lower`; `omit` entries of `upper` that break a rule go to `issues`.
  static func lay(
    _ upper: JSONObject, over lower: JSONObject, path: String,
    issues: inout [WorldIncludeError.Located]
  ) -> JSONObject {
    var result = lower
    for (key, value) in upper.members {
      guard let index = result.members.firstIndex(where: { $0.key == key }) else {
        result.members.append((key, Self.listsByID.contains(key) ? withoutOmits(value) : value))
        if Self.listsByID.contains(key) {
          issues += omitIssues(value, list: key, lower: [], path: path)
        }
        continue
      }
      let below = result.members[index].value
      switch (below, value) {
      case (.object(let mine), .object(let theirs)):
        result.members[index].value = .object(mine.merging(theirs))
      case (.array(let mine), .array(let theirs)) where Self.listsByID.contains(key):
        issues += omitIssues(value, list: key, lower: mine, path: path)
        result.members[index].value = .array(Self.mergeByID(theirs, over: mine))
      default:
        result.members[index].value = value
      }
    }
    return result
  }

  /// `upper`'s entries (each laid over `lower`'s entry with its id) then `lower`'s others;
  /// an `omit` entry removes `lower`'s entry with its id.
  static func mergeByID(_ upper: [JSONValue], over lower: [JSONValue]) -> [JSONValue] {
    var used = Set<String>()
    var result: [JSONValue] = []
    for entry in upper {
      guard case .object(let object) = entry, case .string(let id)? = object["id"] else {
        result.append(entry)
        continue
      }
      used.insert(id)
      if isOmit(object) { continue }
      let match = lower.first { Self.id(of: $0) == id }
      if case .object(let below)? = match {
        result.append(.object(below.merging(object)))
      } else {
        result.append(entry)
      }
    }
    result += lower.filter { Self.id(of: $0).map { !used.contains($0) } ?? true }
    return result
  }

  /// A list without its `omit` entries (a world naming them for worlds it does not include
  /// is reported by `omitIssues`).
  static func withoutOmits(_ value: JSONValue) -> JSONValue {
    guard case .array(let entries) = value else { return value }
    return .array(
      entries.filter {
        if case .object(let object) = $0 { !isOmit(object) } else { true }
      })
  }

  static func isOmit(_ object: JSONObject) -> Bool { object["omit"] != nil }

  /// The rules of `omit`: exactly `{ "id": …, "omit": true }`, naming an entry below.
  static func omitIssues(
    _ value: JSONValue, list: String, lower: [JSONValue], path: String
  ) -> [WorldIncludeError.Located] {
    guard case .array(let entries) = value else { return [] }
    var issues: [WorldIncludeError.Located] = []
    for (index, entry) in entries.enumerated() {
      guard case .object(let object) = entry, let omit = object["omit"] else { continue }
      let at = JSONPointer.root.appending(list).appending(index)
      if omit != .bool(true) {
        issues.append(.init(path, .init(at.appending("omit"), "must be true, got \(omit.excerpt)")))
      }
      if let extra = object.keys.first(where: { $0 != "id" && $0 != "omit" }) {
        issues.append(
          .init(
            path,
            .init(at.appending(extra), "an omitted entry has only id and omit, got \(extra)")))
      }
      guard let id = Self.id(of: entry) else { continue }
      if !lower.contains(where: { Self.id(of: $0) == id }) {
        issues.append(
          .init(
            path,
            .init(
              at.appending("id"),
              "omit names no \(list) entry of the included world, got \(JSONValue.string(id).excerpt)"
            )))
      }
    }
    return issues
  }

  static func id(of entry: JSONValue) -> String? {
    guard case .object(let object) = entry, case .string(let id)? = object["id"] else {
      return nil
    }
    return id
  }

  static func ids(in list: JSONValue?) -> [String] {
    guard case .array(let entries)? = list else { return [] }
    return entries.compactMap(id(of:))
  }

  /// `document` without the world's festivals that cannot touch the run.
  ///
  /// Those end, hangover included, before the scenario's first day or start after its last: a
  /// world holds a year's calendar, and a case covers a part of it. Festivals the scenario
  /// names (`keeping`) always stay, and so does any festival whose dates are malformed (the
  /// scenario rules report it). The calendar is the merged file's, before `--set`.
  static func withoutFestivalsOutsideRun(
    _ document: JSONObject, keeping: Set<String>
  ) -> JSONObject {
    guard case .array(let festivals)? = document["campaigns"] else { return document }
    let calendar = document["calendar"].flatMap { if case .object(let c) = $0 { c } else { nil } }
    let startText = calendar?["startDate"].flatMap {
      if case .string(let s) = $0 { s } else { nil }
    }
    guard let first = CivilDate(iso: startText ?? "2026-03-01") else { return document }
    var days = 90
    if case .number(let number)? = calendar?["days"] {
      guard let whole = number.exactInteger else { return document }
      days = whole
    }
    let last = first.adding(days: days - 1)
    let kept = festivals.filter { festival in
      guard case .object(let object) = festival, let id = id(of: festival), !keeping.contains(id),
        case .string(let startText)? = object["start"], let start = CivilDate(iso: startText),
        case .string(let endText)? = object["end"], let end = CivilDate(iso: endText)
      else { return true }
      var hangover = 3
      if case .number(let number)? = object["hangoverDays"] {
        guard let whole = number.exactInteger, (0...60).contains(whole) else { return true }
        hangover = whole
      }
      return end.adding(days: hangover) >= first && start <= last
    }
    var result = document
    if let index = result.members.firstIndex(where: { $0.key == "campaigns" }) {
      result.members[index].value = .array(kept)
    }
    return result
  }
}
