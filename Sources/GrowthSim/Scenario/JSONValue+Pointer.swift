extension JSONValue {
  /// The value at `pointer`, or `nil` if a step names a missing member or element or goes
  /// through a number, string, boolean or null.
  ///
  /// An index step into an object looks up the member named by its digits (`/a/0` finds
  /// `{"a": {"0": …}}`), as RFC 6901 says.
  public func value(at pointer: JSONPointer) -> JSONValue? {
    var current = self
    for token in pointer.tokens {
      switch (current, token) {
      case (.object(let object), _):
        guard let member = object[token.keyText] else { return nil }
        current = member
      case (.array(let elements), .index(let index)):
        guard index < elements.count else { return nil }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }

  /// Puts `newValue` at `pointer`, replacing what is there.
  ///
  /// A missing last member is added at the end of its object, and missing objects on the way
  /// are created (`/policies/0/ads/dailyBudget` works when `ads` is left out), so a misspelt
  /// key still reaches the scenario's check and is reported as unknown. An array element must
  /// exist: sweeps and `--set` never grow arrays.
  ///
  /// - Throws: a `ScenarioError` with one issue at `pointer`, such as
  ///   `/merchants/3/followers: cannot set: /merchants has no element 3 (it has 1)`.
  public mutating func set(_ newValue: JSONValue, at pointer: JSONPointer) throws(ScenarioError) {
    try set(newValue, path: pointer.tokens[...], parent: .root, target: pointer)
  }

  private mutating func set(
    _ newValue: JSONValue, path: ArraySlice<JSONPointer.Token>, parent: JSONPointer,
    target: JSONPointer
  ) throws(ScenarioError) {
    guard let token = path.first else {
      self = newValue
      return
    }
    let rest = path.dropFirst()
    func failure(_ reason: String) -> ScenarioError {
      ScenarioError([ScenarioError.Issue(target, "cannot set: \(reason)")])
    }
    var place: String { parent.tokens.isEmpty ? "the top level" : "\(parent)" }
    switch self {
    case .object(var object):
      let key = token.keyText
      var child: JSONValue
      if let existing = object[key] {
        child = existing
      } else if let next = rest.first {
        guard case .key = next else {
          throw failure("\(parent.appending(key)) does not exist, so it has no element \(next)")
        }
        child = .object(JSONObject())
      } else {
        child = .null
      }
      self = .null  // drop the second reference, so the containers are edited in place
      defer { self = .object(object) }
      try child.set(newValue, path: rest, parent: parent.appending(key), target: target)
      object.setMember(key, child)
    case .array(var elements):
      guard case .index(let index) = token else {
        throw failure("\(place) is an array, and '\(token.keyText)' is not an index")
      }
      guard index < elements.count else {
        throw failure("\(place) has no element \(index) (it has \(elements.count))")
      }
      self = .null
      defer { self = .array(elements) }
      var child = elements[index]
      try child.set(newValue, path: rest, parent: parent.appending(index), target: target)
      elements[index] = child
    default:
      throw failure("\(place) is \(kindDescription), not an object or an array")
    }
  }
}

extension JSONObject {
  /// Replaces the member named `key`, or appends it when there is none.
  mutating func setMember(_ key: String, _ value: JSONValue) {
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index].value = value
    } else {
      members.append((key: key, value: value))
    }
  }
}

extension JSONPointer.Token: CustomStringConvertible {
  /// The step as it names an object member: the key, or the index's digits.
  var keyText: String {
    switch self {
    case .key(let key): key
    case .index(let index): String(index)
    }
  }

  /// The step as written in a pointer, without escapes.
  public var description: String { keyText }
}
