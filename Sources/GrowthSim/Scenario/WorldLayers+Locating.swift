extension WorldLayers {
  /// The file and pointer an issue of the merged scenario belongs to.
  ///
  /// That is the first file (the scenario, then its worlds in order) that holds the value at the issue's pointer, or, when
  /// none holds all of it (a required key missing), the first that holds the deepest part of
  /// it. An issue under a `--set` pointer (`overridden`) stays with the scenario file at the
  /// merged pointer, since the value came from the command line.
  public func locate(
    _ issue: ScenarioError.Issue, overridden: [JSONPointer] = []
  ) -> WorldIncludeError.Located {
    let tokens = issue.pointer.tokens
    if overridden.contains(where: { tokens.starts(with: $0.tokens) }) {
      return .init(layers[0].path, issue)
    }
    // Each layer's node and pointer along the path; nil once the layer lacks the step.
    var nodes: [(value: JSONValue, pointer: JSONPointer)?] = layers.map {
      (.object($0.document), .root)
    }
    var mergedNode = merged
    var best = (layer: 0, pointer: JSONPointer.root, depth: 0)
    for (depth, token) in tokens.enumerated() {
      let listByID = depth == 1 && tokens.first.map { Self.listsByID.contains(key: $0) } == true
      let mergedChild = mergedNode.child(token)
      var replacedArray = false
      for index in nodes.indices {
        guard let node = nodes[index] else { continue }
        switch (node.value, token) {
        case (.object(let object), .key(let key)):
          nodes[index] = object[key].map { ($0, node.pointer.appending(key)) }
        case (.array(let entries), .index(let position)) where listByID:
          // The same entry sits at another index in a world: find it by its id.
          let wanted = mergedChild.flatMap { Self.id(of: $0) }
          let found = wanted.flatMap { id in entries.firstIndex { Self.id(of: $0) == id } }
          let at = found ?? (index == 0 && position < entries.count ? position : nil)
          nodes[index] = at.map { (entries[$0], node.pointer.appending($0)) }
        case (.array(let entries), .index(let position)):
          // Other arrays are replaced whole: only the first layer holding one supplies it.
          nodes[index] =
            !replacedArray && position < entries.count
            ? (entries[position], node.pointer.appending(position)) : nil
          replacedArray = true
        default:
          nodes[index] = nil
        }
      }
      guard let first = nodes.indices.first(where: { nodes[$0] != nil }), let node = nodes[first]
      else { break }
      best = (first, node.pointer, depth + 1)
      guard let next = mergedChild else { break }
      mergedNode = next
    }
    let rest = tokens.dropFirst(best.depth)
    return .init(
      layers[best.layer].path,
      .init(JSONPointer(tokens: best.pointer.tokens + rest), issue.message))
  }
}

extension Set<String> {
  fileprivate func contains(key token: JSONPointer.Token) -> Bool {
    if case .key(let key) = token { contains(key) } else { false }
  }
}

extension JSONValue {
  /// The member or element `token` names, if any.
  fileprivate func child(_ token: JSONPointer.Token) -> JSONValue? {
    switch (self, token) {
    case (.object(let object), .key(let key)): object[key]
    case (.array(let entries), .index(let position)) where entries.indices.contains(position):
      entries[position]
    default: nil
    }
  }
}
