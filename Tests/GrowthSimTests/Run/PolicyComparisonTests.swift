import Foundation
import Testing

@testable import GrowthSim

@Suite struct PolicyComparisonTests {
  static func scenario(_ name: String, replications: Int = 4) throws -> Scenario {
    let url = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/\(name).json")
    var scenario = try ScenarioSource.scenario(url.path, byteLimit: 16 << 20)
    scenario.experiment.replications = replications
    return scenario
  }

  /// Mean settled profit on the last day, per policy (`compare`'s verdict).
  static func finalProfit(_ comparison: PolicyComparison) -> [Double] {
    comparison.totals.map { policy in
      let finals = policy.series("cumulative_profit_settled_cny").map { $0.last ?? 0 }
      return finals.reduce(0, +) / Double(finals.count)
    }
  }

  /// Snowball against funnel as `compare` runs them: on the reference's budget envelope.
  static func presets(_ scenario: Scenario) throws -> PolicyComparison {
    let fitted = try BudgetEnvelope.fit(scenario, policies: ["snowball", "funnel"], total: nil)
    return try PolicyComparison.run(fitted.scenario, policies: ["snowball", "funnel"], jobs: 2)
  }

  /// Long: the scenario's claim needs its whole 180 days, four replications, two policies.
  @Test(.long) func theSnowballWinsWithLoyalBuyersAndAnAudienceThatFeedsBack() throws {
    let profit = Self.finalProfit(try Self.presets(try Self.scenario("snowball-wins")))
    #expect(profit[0] > profit[1], "snowball \(profit[0]) vs funnel \(profit[1])")
  }

  @Test func theFunnelWinsOverAShortHorizonWithWeakFeedback() throws {
    let profit = Self.finalProfit(try Self.presets(try Self.scenario("funnel-wins")))
    #expect(profit[1] > profit[0], "snowball \(profit[0]) vs funnel \(profit[1])")
  }

  /// The envelope gives the funnel the snowball's total: its ad cap is the snowball's spend
  /// less its own outside ads, and the reference keeps its own cap.
  @Test func theBudgetEnvelopeFitsTheFunnelToTheSnowballsSpend() throws {
    let scenario = try Self.scenario("funnel-wins")
    let fitted = try BudgetEnvelope.fit(scenario, policies: ["snowball", "funnel"], total: nil)
    let envelope = fitted.envelope
    #expect(envelope.adCaps[0] == 6000)
    #expect(abs(envelope.adCaps[1] + envelope.otherSpend[1] - envelope.dailyTotal) < 1e-6)
    #expect(envelope.otherSpend[0] > envelope.otherSpend[1], "\(envelope)")
    let funnel = try #require(fitted.scenario.policies.first { $0.id == "funnel" })
    #expect(funnel.bidding == .roiTarget(floorROI: 2.5, maxBudget: envelope.adCaps[1]))
    let given = try BudgetEnvelope.fit(scenario, policies: ["snowball", "funnel"], total: 1000)
    #expect(given.envelope.adCaps.allSatisfy { $0 < 1000 }, "\(given.envelope)")
  }

  @Test func anUnknownPolicyIsNamed() throws {
    let error = #expect(throws: ComparisonFailure.self) {
      try PolicyComparison.run(try Self.scenario("funnel-wins"), policies: ["snowbal"], jobs: 1)
    }
    guard case .scenario(let invalid) = error else {
      Issue.record("expected an unknown policy, got \(String(describing: error))")
      return
    }
    // The scenario's own policies first (funnel-wins defines its funnel), then the presets.
    #expect(invalid.description == "unknown policy 'snowbal' (known: funnel, snowball)")
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
