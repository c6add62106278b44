import Foundation
import Testing

@testable import GrowthSim

/// The snowball thesis made falsifiable (issue 15 item 5).
///
/// On the default and two seed cases, snowball against funnel on one budget envelope
/// (`compare`'s default), in mean field (the expectation of every draw: one deterministic run
/// per policy). Long, but for the 14-day
/// property: the others add up to about 23,000 merchant-days of a debug build.
///
/// Sourced feedback strengths: follow_rate 1 % (D4's lower end) to 8 % ("excellent", D7);
/// the repeat hazard h₀ (`repeatVisitsPerOrderDay`) 0.01 to 0.15 visits per buyer-day, about
/// the 5–40 % of buyers who buy again within 90 days (repeat_90d, PARAMETERS §6.7: the
/// default 0.05 gives the apparel ≈ 26 %); the mapping from h₀ to a 90-day rate is the model's,
/// not measured.
@Suite struct ThesisTests {
  static let cases = ["default", "cardan-road", "gougou-guirenniao"]

  static func scenario(_ name: String) throws -> Scenario {
    let url = TestFixtures.repositoryRoot.appendingPathComponent("Scenarios/\(name).json")
    // Through the loader the commands use: the seed cases include a world file.
    var scenario = try ScenarioSource.scenario(url.path, byteLimit: 16 << 20)
    scenario.experiment.replications = 1
    scenario.experiment.isMeanField = true
    return scenario
  }

  /// The scenario with every category's follower and repeat feedback set.
  static func feedback(_ scenario: Scenario, follow: Double, repeats: Double, days: Int)
    -> Scenario
  {
    var result = scenario
    for index in result.categories.indices {
      result.categories[index].followRate = follow
      result.categories[index].repeatVisitsPerOrderDay = repeats
    }
    result.calendar.days = days
    return result
  }

  /// Per policy (snowball, funnel), on the reference envelope: settled horizon profit
  /// (`compare`'s verdict: the refunds due at the horizon booked), paid GMV and ad spend.
  static func outcome(_ scenario: Scenario) throws -> [(
    profit: Double, paidGMV: Double, ads: Double
  )] {
    let fitted = try BudgetEnvelope.fit(scenario, policies: ["snowball", "funnel"], total: nil)
    let comparison = try PolicyComparison.run(
      fitted.scenario, policies: ["snowball", "funnel"], jobs: 1)
    return comparison.totals.map { policy in
      func sum(_ metric: String) -> Double { policy.series(metric)[0].reduce(0, +) }
      let settled = policy.series("cumulative_profit_settled_cny")[0]
      return (settled[settled.count - 1], sum("paid_gmv_cny"), sum("ad_spend_cny"))
    }
  }

  /// The snowball's lead: its settled horizon profit less the funnel's.
  static func lead(_ scenario: Scenario) throws -> Double {
    let both = try outcome(scenario)
    return both[0].profit - both[1].profit
  }

  /// (i) With every reinforcing loop off (followers, word of mouth, repeat buying, traffic
  /// levels, content → paid, buyer quality), what is left of the snowball's lead is ad
  /// economics: it leads by no more than its paid traffic's advantage (paid GMV less ad
  /// spend, against the funnel's), and by less than with the loops on.
  ///
  /// Holds since session 9, when the funnel preset got the weekly affiliate session that pays for it too.
  @Test(.long, arguments: cases) func withoutReinforcingLoopsTheSnowballKeepsOnlyItsAdEdge(
    _ name: String
  ) throws {
    let on = try Self.scenario(name)
    var off = on
    off.loops.followerFeedback = false
    off.loops.wordOfMouth = false
    off.loops.repeatBuying = false
    off.loops.levelEscalation = false
    off.loops.creativeRefresh = false
    off.loops.buyerQuality = false
    let both = try Self.outcome(off)
    let leadOff = both[0].profit - both[1].profit
    let adEdge = (both[0].paidGMV - both[0].ads) - (both[1].paidGMV - both[1].ads)
    let leadOn = try Self.lead(on)
    #expect(leadOff <= max(0, adEdge), "\(name): lead \(leadOff) with loops off, ad edge \(adEdge)")
    #expect(leadOff < leadOn, "\(name): lead \(leadOff) off vs \(leadOn) on")
  }

  /// (ii) At the weakest sourced follower and repeat feedback, over 14 days, the funnel wins.
  @Test(arguments: cases) func weakFeedbackOverTwoWeeksTheFunnelWins(_ name: String) throws {
    let lead = try Self.lead(
      Self.feedback(try Self.scenario(name), follow: 0.01, repeats: 0.01, days: 14))
    withKnownIssue(
      """
      issue #15: settled (compare's verdict since session 11), over 14 days the snowball leads \
      the default by 3.7k, cardan-road by 7.3k and gougou by 9.4k (mean field), through loops \
      the property does not weaken: on the default --explain gives buyers' source 7.4k (the \
      funnel's discount- and paid-won buyers refund more) and the interest pool 5.4k (the \
      snowball's videos), against 9.7k for the funnel with every switch off; with the six \
      reinforcing loops off the funnel wins on all three; on cardan-road the snowball's 3 \
      SKUs, on gougou its lucky bags add most (docs/policies.md)
      """
    ) {
      #expect(lead < 0, "\(name): snowball lead \(lead)")
    }
  }

  /// (iii) At the strongest sourced feedback, over 365 days, the snowball wins.
  @Test(.long, arguments: cases) func strongFeedbackOverAYearTheSnowballWins(_ name: String) throws
  {
    let lead = try Self.lead(
      Self.feedback(try Self.scenario(name), follow: 0.08, repeats: 0.15, days: 365))
    #expect(lead > 0, "\(name): snowball lead \(lead)")
  }

  /// (v) Buyers remember their source: stronger repeat buying no longer favours the funnel —
  /// the snowball's lead grows (or holds) as h₀ rises over the sourced range.
  @Test(.long, arguments: cases) func strongerRepeatBuyingMovesTheGapTowardTheSnowball(
    _ name: String
  )
    throws
  {
    let base = try Self.scenario(name)
    let follow = base.categories[0].followRate
    let leads = try [0.01, 0.05, 0.1, 0.15].map { repeats in
      try Self.lead(Self.feedback(base, follow: follow, repeats: repeats, days: 180))
    }
    #expect(leads.last! > leads.first!, "\(name): leads \(leads)")
    #expect(
      zip(leads, leads.dropFirst()).allSatisfy { $1 >= $0 - 1 }, "\(name): leads \(leads)")
  }
}
