import Foundation
import Testing

@testable import GrowthSim

@Suite struct GapExplanationTests {
  /// funnel-wins cut to a few days: fast, and the funnel's lead is already there.
  static func scenario(days: Int = 6, replications: Int = 3, meanField: Bool = false) throws
    -> Scenario
  {
    var scenario = try PolicyComparisonTests.scenario("funnel-wins", replications: replications)
    scenario.calendar.days = days
    scenario.experiment.isMeanField = meanField
    return scenario
  }

  static func cause(_ id: String) throws -> GapExplanation.Cause {
    try #require(GapExplanation.causes.first { $0.id == id })
  }

  static func sum(_ explanation: GapExplanation) -> Double {
    explanation.rows.reduce(0) { $0 + $1.contribution }
  }

  @Test func exactContributionsAddUpToTheComparedGap() throws {
    let scenario = try Self.scenario()
    let causes = try ["ad_economics", "followers", "content_to_paid"].map(Self.cause)
    let explanation = try GapExplanation.run(
      scenario, policies: ["snowball", "funnel"], causes: causes, jobs: 2)
    #expect(explanation.method == .exact)
    #expect(explanation.coalitions == 8)
    #expect(explanation.rows.map(\.cause) == causes.map(\.id) + [GapExplanation.residualID])
    // The gap is the one `compare` judges (settled), and the rows add up to it.
    let report = ComparisonReport(
      try PolicyComparison.run(scenario, policies: ["snowball", "funnel"], jobs: 2))
    let gap = report.summary[1].settledDifference.mean
    #expect(abs(explanation.gap - gap) <= 1e-9 * abs(gap), "\(explanation.gap) vs \(gap)")
    #expect(abs(Self.sum(explanation) - gap) <= 1e-9 * abs(gap), "\(Self.sum(explanation))")
    #expect(abs(explanation.rows.compactMap(\.share).reduce(0, +) - 1) < 1e-9)
    // Paid traffic bought from day one widens the funnel's short-horizon lead. Since the
    // session-5 remake of funnel-wins most of that lead is its discount to deal-seeking
    // buyers, which no switch turns off (the residual row), so only the sign is asserted.
    #expect(explanation.rows[0].contribution > 0, "\(explanation.rows[0].contribution)")
    for row in explanation.rows {
      let interval = try #require(row.interval)
      #expect(interval.low <= row.contribution && row.contribution <= interval.high)
    }
  }

  @Test func sampledContributionsOfEveryCauseAddUpToTheGap() throws {
    let scenario = try Self.scenario(days: 5, replications: 1, meanField: true)
    let explanation = try GapExplanation.run(
      scenario, policies: ["snowball", "funnel"], method: .permutations(4), jobs: 2)
    #expect(explanation.rows.count == GapExplanation.causes.count + 1)
    #expect(explanation.coalitions <= 4 * (GapExplanation.causes.count - 1) + 2)
    #expect(
      abs(Self.sum(explanation) - explanation.gap) <= 1e-9 * abs(explanation.gap),
      "\(Self.sum(explanation)) vs \(explanation.gap)")
    // One replication: no interval.
    #expect(explanation.rows.allSatisfy { $0.interval == nil })
    // Mean field: replications are identical, so the intervals collapse to the value.
    var many = scenario
    many.experiment.replications = 3
    let collapsed = try GapExplanation.run(
      many, policies: ["snowball", "funnel"], method: .permutations(4), jobs: 2)
    for (row, single) in zip(collapsed.rows, explanation.rows) {
      let close = { (value: Double?) in
        abs((value ?? .nan) - single.contribution) <= 1e-9 * abs(explanation.gap)
      }
      #expect(close(row.contribution) && close(row.interval?.low) && close(row.interval?.high))
    }
  }

  @Test func aSwitchThatCannotMatterGetsNothing() throws {
    var scenario = try Self.scenario(days: 5, replications: 2)
    // Word of mouth is off in the scenario, and videos seed no interest pool.
    scenario.loops.wordOfMouth = false
    for index in scenario.categories.indices { scenario.categories[index].video.seedRate = 0 }
    let causes = try ["word_of_mouth", "interest_pool", "ad_economics"].map(Self.cause)
    let explanation = try GapExplanation.run(
      scenario, policies: ["snowball", "funnel"], causes: causes, jobs: 2)
    #expect(explanation.rows[0].contribution == 0)
    #expect(explanation.rows[1].contribution == 0)
    #expect(explanation.rows[2].contribution != 0)
    #expect(abs(Self.sum(explanation) - explanation.gap) <= 1e-9 * abs(explanation.gap))
  }

  @Test func theSameAtAnyNumberOfJobs() throws {
    let scenario = try Self.scenario(days: 4, replications: 2)
    let causes = try ["ad_economics", "levels"].map(Self.cause)
    let results = try [1, 3].map { jobs in
      try GapExplanation.run(
        scenario, policies: ["snowball", "funnel"], causes: causes, jobs: jobs)
    }
    let bits = results.map { $0.rows.map(\.contribution.bitPattern) }
    #expect(bits[0] == bits[1])
    #expect(results[0].gap.bitPattern == results[1].gap.bitPattern)
  }

  /// Issue #15 (vi): where the snowball wins by more than its interval, the reinforcing
  /// loops explain most of its lead (snowball-wins as `compare` runs it, on the budget
  /// envelope; mean field there, session 9: followers 40 %, repeat buying 20 %, buyers' source
  /// 14 %, levels 12 %, interest pool 10 %, score −3 %, ad economics 1 %).
  @Test(.long) func theReinforcingLoopsExplainMostOfTheSnowballsWinningLead() throws {
    let scenario = try PolicyComparisonTests.scenario("snowball-wins", replications: 4)
    let fitted = try BudgetEnvelope.fit(scenario, policies: ["snowball", "funnel"], total: nil)
    let explanation = try GapExplanation.run(
      fitted.scenario, policies: ["snowball", "funnel"], jobs: 2)
    #expect(abs(Self.sum(explanation) - explanation.gap) <= 1e-9 * abs(explanation.gap))
    // The gap is the funnel minus the snowball: the snowball wins beyond its interval.
    let report = ComparisonReport(
      try PolicyComparison.run(fitted.scenario, policies: ["snowball", "funnel"], jobs: 2))
    let interval = try #require(report.summary[1].settledDifferenceCI90)
    #expect(interval.high < 0, "\(interval)")
    let reinforcing: Set = [
      "followers", "levels", "repeat_buying", "buyer_quality", "word_of_mouth", "interest_pool",
      "content_to_paid",
    ]
    let loops = explanation.rows.filter { reinforcing.contains($0.cause) }
      .reduce(0) { $0 + $1.contribution }
    #expect(loops < 0.5 * explanation.gap, "loops \(loops) of \(explanation.gap)")
  }

  @Test func exactOrdersAreEveryPermutationOnce() {
    let orders = GapExplanation.orders(4, method: .exact, seed: 1)
    #expect(orders.count == 24)
    #expect(Set(orders).count == 24)
    #expect(orders.allSatisfy { $0.sorted() == [0, 1, 2, 3] })
    let sampled = GapExplanation.orders(10, method: .permutations(6), seed: 1)
    #expect(sampled.count == 6)
    #expect(sampled.allSatisfy { $0.sorted() == Array(0..<10) })
    #expect(sampled[1] == sampled[0].reversed() && sampled[3] == sampled[2].reversed())
    #expect(sampled == GapExplanation.orders(10, method: .permutations(6), seed: 1))
  }

  @Test func anUnknownPolicyIsNamed() throws {
    let error = #expect(throws: ComparisonFailure.self) {
      try GapExplanation.run(try Self.scenario(), policies: ["snowball", "funnal"], jobs: 1)
    }
    guard case .scenario(let invalid) = error else {
      Issue.record("expected an unknown policy, got \(String(describing: error))")
      return
    }
    #expect(invalid.description.contains("unknown policy 'funnal'"))
  }
}
