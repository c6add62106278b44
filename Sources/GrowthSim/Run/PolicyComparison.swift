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
    var variants: [Scenario] = []
    var issues: [ScenarioError.Issue] = []
    for id in policies {
      if let variant = scenario.allFollowing(policy: id) {
        variants.append(variant)
      } else {
        issues.append(.init(.root, scenario.unknownPolicyMessage(id)))
      }
    }
    guard issues.isEmpty else { throw ScenarioError(issues) }
    let runs = variants.map { RunResult.run($0, jobs: jobs) }
    return PolicyComparison(policies: policies, runs: runs)
  }
}
