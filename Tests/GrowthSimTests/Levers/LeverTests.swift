import Foundation
import Testing

@testable import GrowthSim

/// The lever suite (issue 13 item 6, docs/levers.md).
///
/// Each lever moves GMV, orders and profit of three merchants in the direction and within the band its reasoning expects,
/// in mean-field and as the mean of replications. The fast suite checks one case in
/// mean-field; the other cases and the replications are `.long` tests (docs/testing.md).
@Suite struct LeverTests {
  static func check(
    _ expectation: LeverExpectation, in runs: [String: [String: LeverCase.Outcome]]
  ) throws {
    let outcomes = try #require(runs[expectation.file])
    let base = try #require(outcomes[Lever.baseline.name])
    let pulled = try #require(outcomes[expectation.lever.name])
    #expect(base.profit > 0, "\(expectation): the baseline must make a profit")
    let gmv = pulled.gmv / base.gmv
    let orders = pulled.orders / base.orders
    let profit = pulled.profit / base.profit
    #expect(expectation.gmv.contains(gmv), "\(expectation): GMV ×\(gmv)")
    #expect(expectation.orders.contains(orders), "\(expectation): orders ×\(orders)")
    if let band = expectation.profit {
      #expect(band.contains(profit), "\(expectation): profit ×\(profit)")
    }
  }

  @Test(arguments: LeverExpectation.fastTable)
  func aLeverMovesTheMeanFieldRunWithinItsBand(_ expectation: LeverExpectation) throws {
    try Self.check(expectation, in: LeverRuns.meanField)
  }

  /// The same bands on the other cases: two more merchants' worth of mean-field runs.
  @Test(.long, arguments: LeverExpectation.othersTable)
  func aLeverMovesTheOtherCasesMeanFieldRunsWithinTheirBands(
    _ expectation: LeverExpectation
  ) throws {
    try Self.check(expectation, in: LeverRuns.meanFieldOthers)
  }

  @Test(.long, arguments: LeverExpectation.table)
  func aLeverMovesTheMeanOfReplicationsWithinItsBand(_ expectation: LeverExpectation) throws {
    try Self.check(expectation, in: LeverRuns.replicated)
  }

  /// Profit over the list-price grid ×0.5, 0.7, 1, 1.4, 2 of each case.
  static func profitByPrice(
    _ file: String, in runs: [String: [String: LeverCase.Outcome]]
  ) throws -> [(factor: Double, outcome: LeverCase.Outcome)] {
    let outcomes = try #require(runs[file])
    return try LeverRuns.priceGrid.map { factor in
      let name = factor == 1 ? Lever.baseline.name : Lever.listPrice(factor).name
      return (factor, try #require(outcomes[name]))
    }
  }

  static func checkPrice(_ file: String, in runs: [String: [String: LeverCase.Outcome]]) throws {
    let grid = try profitByPrice(file, in: runs)
    // The profit-maximising list price lies strictly inside ×0.5…×2 of the reference.
    let best = try #require(grid.max { $0.outcome.profit < $1.outcome.profit })
    #expect(best.factor > 0.5 && best.factor < 2, "\(file): best price ×\(best.factor)")
    // Orders fall with price, step by step, and at roughly the elasticity (−2.62 ± 50 %)
    // from ×1 to ×2.
    for (cheaper, dearer) in zip(grid, grid.dropFirst()) {
      #expect(dearer.outcome.orders < cheaper.outcome.orders, "\(file): ×\(dearer.factor)")
    }
    let base = grid[2].outcome
    let doubled = grid[4].outcome
    let elasticity = log(doubled.orders / base.orders) / log(2)
    #expect((-3.93)...(-1.31) ~= elasticity, "\(file): arc elasticity \(elasticity)")
    // A dearer price does not buy a higher traffic level (in stochastic runs too: a session's
    // score is judged with the confidence its orders allow, `MerchantState.credibleRatio`).
    for dearer in grid.dropFirst(3) {
      #expect(
        dearer.outcome.meanLevel <= base.meanLevel + 0.05,
        "\(file): level \(dearer.outcome.meanLevel) at ×\(dearer.factor), \(base.meanLevel) at ×1"
      )
    }
  }

  @Test func priceHasAnInteriorOptimumAndOrdersFollowTheElasticity() throws {
    try Self.checkPrice(LeverCase.fast.file, in: LeverRuns.meanField)
  }

  @Test(.long, arguments: LeverCase.others)
  func priceHasAnInteriorOptimumOnTheOtherCases(_ leverCase: LeverCase) throws {
    try Self.checkPrice(leverCase.file, in: LeverRuns.meanFieldOthers)
  }

  @Test(.long, arguments: LeverCase.all)
  func theMeanOfReplicationsAgreesOnPrice(_ leverCase: LeverCase) throws {
    try Self.checkPrice(leverCase.file, in: LeverRuns.replicated)
  }

  /// Profit after clearance (the run's profit, holding cost included, less the stock left
  /// sold at its clearance recovery) at 90 days of cover lies below the best cover of 7–60
  /// days: deeper stock removes stock-outs but costs 25 % a year to hold and its leftovers
  /// clear at a fraction of cost (PARAMETERS §6.5).
  ///
  /// Each cover is a stock depth: the case opens with it as well as reordering to it
  /// (`LeverCase.openWithCover`).
  @Test func ninetyDaysOfCoverEarnLessThanTheBestCover() throws {
    try Self.checkCover(LeverCase.fast)
  }

  @Test(.long, arguments: LeverCase.others)
  func ninetyDaysOfCoverEarnLessThanTheBestCoverOnTheOtherCases(_ leverCase: LeverCase) throws {
    try Self.checkCover(leverCase)
  }

  /// The days of cover `checkCover` compares; the last is the one judged.
  static let covers: [Double] = [7, 14, 30, 60, 90]

  /// Profit after clearance at each of `covers` in mean field, and the demand per day that
  /// set the opening stock.
  static func profitAfterClearanceByCover(
    _ leverCase: LeverCase
  ) throws -> (profits: [Double], demand: [Double]) {
    let demand = try leverCase.expectedDemand()
    let outcomes = parallelMap(count: covers.count, jobs: 2) { index in
      try? leverCase.outcome(.cover(covers[index]), jobs: 1, demand: demand)
    }
    return (try outcomes.map { try #require($0).profitAfterClearance }, demand)
  }

  static func checkCover(_ leverCase: LeverCase) throws {
    let profits = try profitAfterClearanceByCover(leverCase).profits
    let best = try #require(profits.dropLast().max())
    #expect(
      profits[covers.count - 1] < best,
      "\(leverCase): after clearance \(profits) at covers \(covers)")
  }
}
