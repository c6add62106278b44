import Foundation
import Testing

@testable import GrowthSim

/// Issue 15 property (iv): on the default scenario the snowball's crossover day over the
/// funnel falls as the follow rate rises — Spearman's rank correlation ≤ −0.8 over the map's
/// six follow-rate levels, with common random numbers.
@Suite struct CrossoverFollowRateTests {
  /// Spearman's ρ with average ranks for ties.
  static func spearman(_ x: [Double], _ y: [Double]) -> Double {
    func ranks(_ values: [Double]) -> [Double] {
      values.map { value in
        let below = values.filter { $0 < value }.count
        let equal = values.filter { $0 == value }.count
        return Double(below) + Double(equal + 1) / 2
      }
    }
    let (a, b) = (ranks(x), ranks(y))
    let (meanA, meanB) = (a.reduce(0, +) / Double(a.count), b.reduce(0, +) / Double(b.count))
    var (covariance, varianceA, varianceB) = (0.0, 0.0, 0.0)
    for (p, q) in zip(a, b) {
      covariance += (p - meanA) * (q - meanB)
      varianceA += (p - meanA) * (p - meanA)
      varianceB += (q - meanB) * (q - meanB)
    }
    return varianceA > 0 && varianceB > 0 ? covariance / (varianceA * varianceB).squareRoot() : 0
  }

  @Test func spearmanRanksWithTies() {
    #expect(Self.spearman([1, 2, 3, 4], [8, 6, 4, 2]) == -1)
    #expect(abs(Self.spearman([1, 2, 3], [1, 1, 2]) - 0.8660254037844386) < 1e-12)
  }

  /// Long: six follow rates × two policies × the default's 8 replications × its 90 days.
  ///
  /// The default scenario as it is (its horizon, repeat strength and replications), only the
  /// follow rate varied over the map's six levels. A level's crossover day is the median over
  /// the replications that have one; a level where the snowball never ends ahead ranks last
  /// (as the horizon).
  @Test(.long) func theCrossoverDayFallsAsTheFollowRateRises() throws {
    let document = try JSONParser.parse(DefaultScenario.json)
    let horizon = try Scenario.decode(document).calendar.days
    let design = CompareMap.Design(
      followRates: CompareMap.Design.standard.followRates, repeatStrengths: [0.05],
      horizons: [horizon])
    let map = try CompareMap.run(
      document, policies: ["snowball", "funnel"], design: design, jobs: 2)
    let days = map.cells.map { $0.crossoverDay.p50 ?? Double(horizon) }
    let rho = Self.spearman(map.cells.map(\.followRate), days)
    // On the running profit, session 9: 20.5, 18.5, 18, 17.5, 16, 14 (ρ = −1); session 8 (the
    // funnel's discount 15 %, the level that earns most on the default):
    // crossover days 18, 17.5, 14, 14, 13, 14 (ρ = −0.82), the snowball ahead at 90 days in
    // every replication at every level; in mean field 13, 11, 11, 11, 11, 11. Session 7 (20 %,
    // returning buyers a quarter of its lift): 10.5, 11.5, 10.5, 10, 10.5, 9.5 (ρ = −0.70).
    // Session 6: 31, 17, 12.5, 12.5, 14, 10.5 (ρ = −0.81). The crossover is set in the first
    // two weeks by the refunds' 5-day lag, not by the follower loop (docs/policies.md).
    // Session 11, on the settled profit (compare's verdict): 6.5, 7, 7.5, 7.5, 7.5, 7 days
    // (ρ = +0.46). Net of the refunds due the snowball earns more than the funnel every day
    // from day 1 at every follow rate (mean field), so the crossover is the days it takes to
    // make up day 0's gap; the follow rate moves how far the snowball wins, not when
    // (docs/policies.md).
    withKnownIssue(
      """
      issue #15: on the settled profit the crossover is about a week at every follow rate \
      (6.5–7.5 days, ρ = +0.46, session 11): the snowball out-earns the funnel every day from \
      day 1; the falling days before were the refunds' 5-day lag
      """
    ) {
      #expect(rho <= -0.8, "crossover days \(days) over follow rates \(design.followRates)")
    }
  }
}
