/// The same scenario run under several policies with common random numbers (MODEL.md §4).
///
/// Every merchant follows each policy in turn; the random streams depend only on the seed,
/// the replication, the merchant, the day and the random process (`Streams`), and every draw
/// inverts one uniform, so the policies meet the same luck and their paired differences carry
/// less noise than independent runs would.
public struct PolicyComparison: Sendable {
  /// The policy ids, the first being the reference for differences.
  public let policies: [String]
  /// One run per policy, replication for replication on the same seeds.
  public let runs: [RunResult]

  /// Runs `scenario` once per policy in `policies` (scenario policies or presets).
  ///
  /// - Throws: `ScenarioError` naming a policy id that is neither defined nor a preset.
  public static func run(_ scenario: Scenario, policies: [String], jobs: Int)
    throws(ScenarioError) -> PolicyComparison
  {
    var base = scenario
    var issues: [ScenarioError.Issue] = []
    for id in policies where !base.policies.contains(where: { $0.id == id }) {
      if let preset = PolicyPresets.policy(id: id) {
        base.policies.append(preset)
      } else {
        var known: [String] = []
        for id in base.policies.map(\.id) + PolicyPresets.json.map(\.id) where !known.contains(id) {
          known.append(id)
        }
        issues.append(
          .init(.root, "unknown policy '\(id)' (known: \(known.joined(separator: ", ")))"))
      }
    }
    guard issues.isEmpty else { throw ScenarioError(issues) }
    let runs = policies.map { id -> RunResult in
      var variant = base
      for index in variant.merchants.indices { variant.merchants[index].policy = id }
      return RunResult.run(variant, jobs: jobs)
    }
    return PolicyComparison(policies: policies, runs: runs)
  }
}
