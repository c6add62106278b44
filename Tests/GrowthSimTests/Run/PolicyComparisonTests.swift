import Foundation
import Testing

@testable import GrowthSim

@Suite struct PolicyComparisonTests {
  static func scenario(_ name: String, replications: Int = 4) throws -> Scenario {
    let url = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/\(name).json")
    var scenario = try Scenario.decode(from: WorldFiles.scenarioBytes(at: url.path))
    scenario.experiment.replications = replications
    return scenario
  }

  /// Mean cumulative profit on the last day, per policy.
  static func finalProfit(_ comparison: PolicyComparison) -> [Double] {
    comparison.totals.map { policy in
      let finals = policy.series("cumulative_profit_cny").map { $0.last ?? 0 }
      return finals.reduce(0, +) / Double(finals.count)
    }
  }

  /// Long: the scenario's claim needs its whole 180 days, four replications, two policies.
  @Test(.long) func theSnowballWinsWhereAdsSaturateAndTheAudienceFeedsBack() throws {
    let comparison = try PolicyComparison.run(
      try Self.scenario("snowball-wins"), policies: ["snowball", "funnel"], jobs: 2)
    let profit = Self.finalProfit(comparison)
    withKnownIssue(
      "issue #15: since price response the funnel's 20 % discount wins at elasticity −2.62; the case needs re-making"
    ) {
      #expect(profit[0] > profit[1], "snowball \(profit[0]) vs funnel \(profit[1])")
    }
  }

  @Test func theFunnelWinsOverAShortHorizonWithWeakFeedback() throws {
    let comparison = try PolicyComparison.run(
      try Self.scenario("funnel-wins"), policies: ["snowball", "funnel"], jobs: 2)
    let profit = Self.finalProfit(comparison)
    #expect(profit[1] > profit[0], "snowball \(profit[0]) vs funnel \(profit[1])")
  }

  @Test func anUnknownPolicyIsNamed() throws {
    let error = #expect(throws: ComparisonFailure.self) {
      try PolicyComparison.run(try Self.scenario("funnel-wins"), policies: ["snowbal"], jobs: 1)
    }
    guard case .scenario(let invalid) = error else {
      Issue.record("expected an unknown policy, got \(String(describing: error))")
      return
    }
    #expect(invalid.description == "unknown policy 'snowbal' (known: snowball, funnel)")
  }

  /// Common random numbers: the same luck for both policies makes their paired difference
  /// far less noisy than with independent streams.
  ///
  /// Long: with fewer than 24 replications, independent streams would pass the variance test
  /// by chance more often.
  @Test(.long) func commonRandomNumbersShrinkThePairedDifferencesVariance() throws {
    // Two close policies: the funnel, and the funnel with a leaner budget.
    var scenario = try Self.scenario("funnel-wins", replications: 24)
    var lean = try #require(PolicyPresets.policy(id: "funnel"))
    lean.id = "lean"
    lean.bidding = .fixed(dailyBudget: 4000)
    scenario.policies.append(lean)
    let common = try PolicyComparison.run(scenario, policies: ["funnel", "lean"], jobs: 2)
    var other = scenario
    other.experiment.seed += 1_000
    let independent = try PolicyComparison.run(other, policies: ["lean"], jobs: 2)
    func finals(_ policy: PolicyTotals) -> [Double] {
      policy.series("cumulative_profit_cny").map { $0.last ?? 0 }
    }
    func variance(_ values: [Double]) -> Double {
      let mean = values.reduce(0, +) / Double(values.count)
      return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }
    let funnel = finals(common.totals[0])
    let paired = zip(funnel, finals(common.totals[1])).map { $0 - $1 }
    let unpaired = zip(funnel, finals(independent.totals[0])).map { $0 - $1 }
    #expect(
      variance(paired) < 0.5 * variance(unpaired), "\(variance(paired)) vs \(variance(unpaired))")
  }
}
