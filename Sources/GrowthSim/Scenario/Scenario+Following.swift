extension Scenario {
  /// The scenario with every merchant following policy `id`: one of its own policies or a
  /// preset (added to `policies` when the scenario defines no policy of that id); `nil` when
  /// `id` is neither.
  ///
  /// Policy comparisons, in `compare` and in sweeps, run each policy this way.
  public func allFollowing(policy id: String) -> Scenario? {
    var result = self
    if !policies.contains(where: { $0.id == id }) {
      guard let preset = PolicyPresets.policy(id: id) else { return nil }
      result.policies.append(preset)
    }
    for index in result.merchants.indices { result.merchants[index].policy = id }
    return result
  }

  /// The message for a policy id that is neither the scenario's nor a preset.
  func unknownPolicyMessage(_ id: String) -> String {
    var known: [String] = []
    for id in policies.map(\.id) + PolicyPresets.json.map(\.id) where !known.contains(id) {
      known.append(id)
    }
    return "unknown policy '\(id)' (known: \(known.joined(separator: ", ")))"
  }
}
