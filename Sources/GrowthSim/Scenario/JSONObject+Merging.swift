extension JSONObject {
  /// This object with `overlay`'s members laid over it: nested objects merge member by
  /// member, any other value of `overlay` replaces the one here (RFC 7386 without deletion).
  func merging(_ overlay: JSONObject) -> JSONObject {
    var result = self
    for (key, value) in overlay.members {
      if let index = result.members.firstIndex(where: { $0.key == key }) {
        if case .object(let mine) = result.members[index].value, case .object(let theirs) = value {
          result.members[index].value = .object(mine.merging(theirs))
        } else {
          result.members[index].value = value
        }
      } else {
        result.members.append((key, value))
      }
    }
    return result
  }

  /// This object without the members named in `keys`.
  func removing(_ keys: Set<String>) -> JSONObject {
    JSONObject(members: members.filter { !keys.contains($0.key) })
  }
}
