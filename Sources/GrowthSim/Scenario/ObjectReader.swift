/// Reads the members of one JSON object into a scenario type, checking each as it goes.
///
/// A reader either decodes (it has an object, and collects every issue it finds instead of
/// stopping at the first) or describes (it has none, returns defaults and records a
/// `SchemaProperty` for each key asked for). Scenario types write their reading code once,
/// against this class, and get validation, the JSON Schema and the format docs from it.
/// A class, not a struct: nested readers append to one shared issue list.
final class ObjectReader {
  /// Where this object sits in the document.
  let pointer: JSONPointer
  private let object: JSONObject?
  private let log: IssueLog
  /// The keys asked for so far, with their descriptions in describe mode.
  private(set) var properties: [SchemaProperty] = []

  /// A collector of issues shared by a reader and its children.
  final class IssueLog {
    var issues: [ScenarioError.Issue] = []
  }

  init(object: JSONObject?, at pointer: JSONPointer, log: IssueLog) {
    self.object = object
    self.pointer = pointer
    self.log = log
  }

  /// A reader that only describes.
  static func describing() -> ObjectReader {
    ObjectReader(object: nil, at: .root, log: IssueLog())
  }

  /// Records an issue at `pointer`.
  func report(_ pointer: JSONPointer, _ message: String) {
    log.issues.append(ScenarioError.Issue(pointer, message))
  }

  /// The number of issues reported so far in the whole document, so that a caller can tell
  /// whether the values it just read were valid before checking rules between them.
  var issueCount: Int { log.issues.count }

  /// A reader over `object` at `pointer` that reports into this reader's issues, or into its
  /// own (read them with `issues`).
  func child(_ object: JSONObject, at pointer: JSONPointer, reporting: Bool) -> ObjectReader {
    ObjectReader(object: object, at: pointer, log: reporting ? log : IssueLog())
  }

  /// The issues reported so far.
  var issues: [ScenarioError.Issue] { log.issues }

  /// Whether the object has `key`; describe mode answers `false`.
  func has(_ key: String) -> Bool { object?[key] != nil }

  /// Reports every key that no reading call asked for, with the nearest known key.
  func rejectUnknownKeys() {
    guard let object else { return }
    let known = properties.map(\.name)
    for key in object.keys where !known.contains(key) {
      var message = "unknown key"
      // No key of the format is near this long: say so, and spend nothing on suggestions.
      if key.utf8.count > Self.longestKey {
        message += " (longer than \(Self.longestKey) bytes, got \(key.utf8.count))"
      } else if let suggestion = EditDistance.nearest(to: key, among: known) {
        message += " (did you mean '\(suggestion)'?)"
      }
      report(pointer.appending(key), message)
    }
  }

  /// The longest key the loader considers a possible typo of a known one.
  static let longestKey = 256

  /// Looks `key` up, records its description and reports it missing if it is required.
  private func member(
    _ key: String, _ kind: SchemaProperty.Kind, unit: String, default defaultText: String?,
    doc: String
  ) -> JSONValue? {
    properties.append(
      SchemaProperty(name: key, kind: kind, unit: unit, defaultText: defaultText, doc: doc))
    guard let object else { return nil }
    guard let value = object[key] else {
      if defaultText == nil { report(pointer.appending(key), "required key is missing") }
      return nil
    }
    return value
  }

  /// Reads a finite number inside `bounds`; `default: nil` makes the key required.
  func number(
    _ key: String, default fallback: Double?, _ bounds: Bounds = .any, unit: String = "",
    doc: String
  ) -> Double {
    let placeholder = fallback ?? bounds.lower ?? 0
    guard
      let value = member(
        key, .number(bounds), unit: unit, default: fallback.map(Bounds.text), doc: doc)
    else { return placeholder }
    let at = pointer.appending(key)
    guard case .number(let number) = value else {
      report(at, "expected a number, got \(value.excerpt)")
      return placeholder
    }
    guard number.value.isFinite else {
      report(at, "number out of range, got \(JSONValue.number(number).excerpt)")
      return placeholder
    }
    if let rule = bounds.violation(number.value) {
      report(at, "\(rule), got \(JSONValue.number(number).excerpt)")
      return placeholder
    }
    return number.value
  }

  /// Reads a whole number in `lower...upper`; `default: nil` makes the key required.
  func integer(
    _ key: String, default fallback: Int?, _ range: ClosedRange<Int>, unit: String = "",
    doc: String
  ) -> Int {
    let placeholder = fallback ?? range.lowerBound
    let kind = SchemaProperty.Kind.integer(lower: range.lowerBound, upper: range.upperBound)
    guard let value = member(key, kind, unit: unit, default: fallback.map(String.init), doc: doc)
    else { return placeholder }
    let at = pointer.appending(key)
    guard case .number(let number) = value else {
      report(at, "expected an integer, got \(value.excerpt)")
      return placeholder
    }
    // Huge literals (2^63, 1e400) are whole numbers out of range, not fractions.
    guard number.exactInteger != nil || !number.value.isFinite || abs(number.value) >= 0x1p53
    else {
      report(at, "expected an integer, got \(JSONValue.number(number).excerpt)")
      return placeholder
    }
    guard let exact = number.exactInteger, range.contains(exact) else {
      let bounds = Bounds(lower: Double(range.lowerBound), upper: Double(range.upperBound))
      report(
        at,
        "\(bounds.violation(number.value) ?? "out of range"), got \(JSONValue.number(number).excerpt)"
      )
      return placeholder
    }
    return exact
  }

  /// Reads `true` or `false`.
  func bool(_ key: String, default fallback: Bool, doc: String) -> Bool {
    guard let value = member(key, .boolean, unit: "", default: String(fallback), doc: doc)
    else { return fallback }
    guard case .bool(let flag) = value else {
      report(pointer.appending(key), "expected true or false, got \(value.excerpt)")
      return fallback
    }
    return flag
  }

  /// Reads a string that follows `rule`; `default: nil` makes the key required.
  func string(_ key: String, default fallback: String?, _ rule: TextRule, doc: String) -> String {
    let defaultText = fallback.map { JSONValue.string($0).excerpt }
    guard let value = member(key, .string(rule), unit: "", default: defaultText, doc: doc)
    else { return fallback ?? "" }
    let at = pointer.appending(key)
    guard case .string(let text) = value else {
      report(at, "expected a string, got \(value.excerpt)")
      return fallback ?? ""
    }
    if let broken = rule.violation(text) {
      report(at, "\(broken), got \(value.excerpt)")
      return fallback ?? ""
    }
    return text
  }

  /// Reads a string that follows `rule`, or `nil` when the key is absent.
  func optionalString(_ key: String, _ rule: TextRule, doc: String) -> String? {
    guard
      let value = member(
        key, .string(rule), unit: "", default: SchemaProperty.absentText, doc: doc)
    else { return nil }
    let at = pointer.appending(key)
    guard case .string(let text) = value else {
      report(at, "expected a string, got \(value.excerpt)")
      return nil
    }
    if let broken = rule.violation(text) {
      report(at, "\(broken), got \(value.excerpt)")
      return nil
    }
    return text
  }

  /// Reads a value of any JSON type as it is, or `nil` when the key is absent; for the few
  /// keys (such as a sweep's `values`) whose type the caller checks itself.
  func anyValue(_ key: String, doc: String) -> JSONValue? {
    member(key, .object([]), unit: "", default: SchemaProperty.absentText, doc: doc)
  }

  /// Reads an ISO 8601 calendar date (`2026-08-18`); `default: nil` makes the key required.
  func date(_ key: String, default fallback: CivilDate?, doc: String) -> CivilDate {
    let placeholder = fallback ?? CivilDate(year: 2026, month: 1, day: 1)
    let defaultText = fallback.map { "\"\($0)\"" }
    guard let value = member(key, .date, unit: "", default: defaultText, doc: doc)
    else { return placeholder }
    guard case .string(let text) = value, let date = CivilDate(iso: text) else {
      report(pointer.appending(key), "expected a date as \"YYYY-MM-DD\", got \(value.excerpt)")
      return placeholder
    }
    return date
  }

  /// Reads a whole number in `range`, or `nil` when the key is absent.
  func optionalInteger(_ key: String, _ range: ClosedRange<Int>, unit: String = "", doc: String)
    -> Int?
  {
    let isPresent = has(key)
    let value = integer(key, default: range.lowerBound, range, unit: unit, doc: doc)
    properties[properties.count - 1].defaultText = SchemaProperty.absentText
    return isPresent ? value : nil
  }

  /// Reads a boolean, or `nil` when the key is absent; `absentMeaning` says what absence
  /// means, for the docs.
  func optionalBool(_ key: String, absentMeaning: String, doc: String) -> Bool? {
    let isPresent = has(key)
    let value = bool(key, default: false, doc: doc)
    properties[properties.count - 1].defaultText = "(\(absentMeaning))"
    return isPresent ? value : nil
  }

  /// Reads a finite number inside `bounds`, or `nil` when the key is absent.
  func optionalNumber(_ key: String, _ bounds: Bounds, unit: String = "", doc: String)
    -> Double?
  {
    let isPresent = has(key)
    let value = number(key, default: bounds.lower ?? 0, bounds, unit: unit, doc: doc)
    properties[properties.count - 1].defaultText = SchemaProperty.absentText
    return isPresent ? value : nil
  }

  /// Reads an ISO 8601 date, or `nil` when the key is absent; `absentMeaning` says what
  /// absence means, for the docs.
  func optionalDate(_ key: String, absentMeaning: String, doc: String) -> CivilDate? {
    let isPresent = has(key)
    let value = date(key, default: CivilDate(year: 2026, month: 1, day: 1), doc: doc)
    properties[properties.count - 1].defaultText = "(\(absentMeaning))"
    return isPresent ? value : nil
  }

  /// Reads an array of exactly `count` finite numbers inside `bounds`.
  func numbers(
    _ key: String, default fallback: [Double], count: Int, _ bounds: Bounds, unit: String = "",
    doc: String
  ) -> [Double] {
    let defaultText = "[" + fallback.map(Bounds.text).joined(separator: ", ") + "]"
    guard
      let value = member(
        key, .numbers(count: count, bounds), unit: unit, default: defaultText, doc: doc)
    else { return fallback }
    let at = pointer.appending(key)
    guard case .array(let elements) = value else {
      report(at, "expected an array of \(count) numbers, got \(value.excerpt)")
      return fallback
    }
    guard elements.count == count else {
      report(at, "expected an array of \(count) numbers, got \(elements.count)")
      return fallback
    }
    var result: [Double] = []
    for (index, element) in elements.enumerated() {
      guard case .number(let number) = element, number.value.isFinite else {
        report(at.appending(index), "expected a finite number, got \(element.excerpt)")
        return fallback
      }
      if let rule = bounds.violation(number.value) {
        report(at.appending(index), "\(rule), got \(JSONValue.number(number).excerpt)")
        return fallback
      }
      result.append(number.value)
    }
    return result
  }

  /// Reads an array of `count` strings that each follow `rule`, or `nil` when the key is
  /// absent; every element that breaks the rule is reported.
  func strings(
    _ key: String, count: ClosedRange<Int>, _ rule: TextRule, doc: String
  ) -> [String]? {
    let kind = SchemaProperty.Kind.strings(
      minCount: count.lowerBound, maxCount: count.upperBound, rule)
    guard let value = member(key, kind, unit: "", default: SchemaProperty.absentText, doc: doc)
    else { return nil }
    let at = pointer.appending(key)
    let expected =
      "expected an array of "
      + (count.lowerBound == 0 ? "up to" : "\(count.lowerBound) to")
      + " \(count.upperBound) strings"
    guard case .array(let elements) = value else {
      report(at, "\(expected), got \(value.excerpt)")
      return nil
    }
    guard count.contains(elements.count) else {
      report(at, "\(expected), got \(elements.count)")
      return nil
    }
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      guard case .string(let text) = element else {
        report(at.appending(index), "expected a string, got \(element.excerpt)")
        continue
      }
      if let broken = rule.violation(text) {
        report(at.appending(index), "\(broken), got \(element.excerpt)")
        continue
      }
      result.append(text)
    }
    return result.count == elements.count ? result : nil
  }

  /// Reads a nested object with `read`, or `nil` when the key is absent (its members' rules,
  /// required ones included, apply only when it is there).
  func optionalObject<T>(_ key: String, doc: String, _ read: (ObjectReader) -> T) -> T? {
    let isPresent = has(key)
    guard isPresent || object == nil else {
      // Describe the members without reading them: they are not there to check.
      let describer = ObjectReader(object: nil, at: pointer.appending(key), log: IssueLog())
      _ = read(describer)
      properties.append(
        SchemaProperty(
          name: key, kind: .object(describer.properties), unit: "",
          defaultText: SchemaProperty.absentText, doc: doc))
      return nil
    }
    let value = object(key, doc: doc, read)
    properties[properties.count - 1].defaultText = SchemaProperty.absentText
    return isPresent ? value : nil
  }

  /// Reads a nested object with `read`; an absent key reads as an empty object (all defaults).
  func object<T>(_ key: String, doc: String, _ read: (ObjectReader) -> T) -> T {
    let at = pointer.appending(key)
    let value = object?[key]
    var child: JSONObject? = nil
    if let value {
      if case .object(let found) = value {
        child = found
      } else {
        report(at, "expected an object, got \(value.excerpt)")
      }
    } else if object != nil {
      child = JSONObject(members: [])
    }
    let reader = ObjectReader(object: child, at: at, log: log)
    let result = read(reader)
    reader.rejectUnknownKeys()
    properties.append(
      SchemaProperty(
        name: key, kind: .object(reader.properties), unit: "", defaultText: "{}", doc: doc))
    return result
  }

  /// Reads an array of overlays, each laid over this object (without `key` itself) and read
  /// with `read`: variants of this object that change only what they name.
  ///
  /// An overlay's own keys are checked as usual; the members it inherits were checked when
  /// this object was read, so their issues are not reported again.
  func overlays<T>(
    _ key: String, doc: String, _ read: (ObjectReader) -> T
  ) -> [T] {
    let at = pointer.appending(key)
    let describer = ObjectReader(object: nil, at: at.appending(0), log: IssueLog())
    _ = read(describer)
    properties.append(
      SchemaProperty(
        name: key, kind: .objects(minCount: 0, describer.properties), unit: "",
        defaultText: "[]", doc: doc))
    guard let object, let value = object[key] else { return [] }
    guard case .array(let elements) = value else {
      report(at, "expected an array, got \(value.excerpt)")
      return []
    }
    let base = object.removing([key])
    var results: [T] = []
    for (index, element) in elements.enumerated() {
      guard case .object(let overlay) = element else {
        report(at.appending(index), "expected an object, got \(element.excerpt)")
        continue
      }
      let here = at.appending(index)
      let issues = IssueLog()
      let mergedObject = base.merging(overlay)
      let merged = ObjectReader(object: mergedObject, at: here, log: issues)
      results.append(read(merged))
      merged.rejectUnknownKeys()
      // Keep the issues at members the overlay wrote, or missing from both.
      for issue in issues.issues {
        let path = JSONPointer(tokens: Array(issue.pointer.tokens.dropFirst(here.tokens.count)))
        if JSONValue.object(overlay).value(at: path) != nil
          || JSONValue.object(mergedObject).value(at: path) == nil
        {
          log.issues.append(issue)
        }
      }
    }
    return results
  }

  /// Reads an array of objects, each with `read`; an absent key reads as an empty array.
  func objects<T>(
    _ key: String, minCount: Int = 0, maxCount: Int = 100_000, doc: String,
    _ read: (ObjectReader) -> T
  ) -> [T] {
    let at = pointer.appending(key)
    let describer = ObjectReader(object: nil, at: at.appending(0), log: IssueLog())
    _ = read(describer)
    properties.append(
      SchemaProperty(
        name: key, kind: .objects(minCount: minCount, describer.properties), unit: "",
        defaultText: minCount == 0 ? "[]" : nil, doc: doc))
    guard let object else { return [] }
    guard let value = object[key] else {
      if minCount > 0 { report(at, "required key is missing") }
      return []
    }
    guard case .array(let elements) = value else {
      report(at, "expected an array, got \(value.excerpt)")
      return []
    }
    if elements.count < minCount {
      report(
        at,
        "must have at least \(minCount) entr\(minCount == 1 ? "y" : "ies"), got \(elements.count)")
    }
    if elements.count > maxCount {
      report(at, "must have at most \(maxCount) entries, got \(elements.count)")
      return []
    }
    var results: [T] = []
    for (index, element) in elements.enumerated() {
      guard case .object(let member) = element else {
        report(at.appending(index), "expected an object, got \(element.excerpt)")
        continue
      }
      let reader = ObjectReader(object: member, at: at.appending(index), log: log)
      results.append(read(reader))
      reader.rejectUnknownKeys()
    }
    return results
  }
}

extension ObjectReader {
  /// Parses `bytes` as JSON, or throws the syntax error with its line and column.
  static func parse(_ bytes: [UInt8]) throws(ScenarioLoadError) -> JSONValue {
    do {
      return try JSONParser.parse(bytes)
    } catch {
      throw .syntax(error)
    }
  }

  /// Reads a whole document that must be an object (a scenario, a sweep spec) with `read`,
  /// rejects unknown keys, then adds the issues of `check`, which may also complete the value;
  /// throws every issue at once, sorted.
  static func readDocument<T>(
    _ document: JSONValue, kind: String, _ read: (ObjectReader) -> T,
    check: (inout T) -> [ScenarioError.Issue]
  ) throws(ScenarioLoadError) -> T {
    guard case .object(let object) = document else {
      let issue = ScenarioError.Issue(
        .root, "expected a \(kind) object at the top level, got \(document.excerpt)")
      throw .invalid(ScenarioError([issue]))
    }
    let reader = ObjectReader(object: object, at: .root, log: IssueLog())
    var value = read(reader)
    reader.rejectUnknownKeys()
    let issues = reader.issues + check(&value)
    guard issues.isEmpty else { throw .invalid(ScenarioError(issues)) }
    return value
  }
}
