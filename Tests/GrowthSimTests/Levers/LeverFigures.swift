import Foundation
import Testing

@testable import GrowthSim

/// Prints the figures of docs/levers.md.
///
/// Each lever's GMV, orders, profit and mean-level ratios to the baseline for the three
/// cases, the mean level and profit over the price grid, and profit after clearance by days
/// of cover (mean-field). Not a check (the
/// lever tests are): it runs only with `GROWTHSIM_LEVER_FIGURES=meanField` (the table's
/// figures) or `=replicated` (the mean of 8 replications, as the `.long` tests see it).
@Suite struct LeverFigures {
  static let mode = ProcessInfo.processInfo.environment["GROWTHSIM_LEVER_FIGURES"]

  @Test(
    .enabled(
      if: mode != nil, "prints docs/levers.md's figures: GROWTHSIM_LEVER_FIGURES=meanField"))
  func printTheFigures() throws {
    // The fast suite's mean-field runs hold the default only; the other cases' are `.long`'s.
    let runs =
      Self.mode == "replicated"
      ? LeverRuns.replicated : LeverRuns.meanField.merging(LeverRuns.meanFieldOthers) { $1 }
    func ratios(_ lever: Lever, _ figure: (LeverCase.Outcome) -> Double) -> String {
      LeverCase.all.map { leverCase in
        guard let outcomes = runs[leverCase.file], let base = outcomes[Lever.baseline.name],
          let pulled = outcomes[lever.name]
        else { return "—" }
        return (figure(pulled) / figure(base)).formatted(.number.precision(.fractionLength(3)))
      }.joined(separator: " / ")
    }
    for lever in LeverExpectation.levers {
      print(
        "| \(lever) | \(ratios(lever, \.gmv)) | \(ratios(lever, \.orders)) "
          + "| \(ratios(lever, \.profit)) | mean level \(ratios(lever, \.meanLevel)) × the baseline's |"
      )
    }
    for leverCase in LeverCase.all {
      let grid = try LeverTests.profitByPrice(leverCase.file, in: runs)
      let levels = grid.map {
        "×\($0.factor) level \($0.outcome.meanLevel.formatted(.number.precision(.fractionLength(3)))) profit \(Int($0.outcome.profit))"
      }
      print("\(leverCase): " + levels.joined(separator: ", "))
    }
    // Profit after clearance over the covers of `LeverTests.checkCover` (mean-field).
    for leverCase in LeverCase.all {
      let (profits, demand) = try LeverTests.profitAfterClearanceByCover(leverCase)
      let figures = zip(LeverTests.covers, profits).map { "\(Int($0)) d \(Int($1))" }
      print(
        "\(leverCase) after clearance by cover (demand \(demand.map { Int($0.rounded()) }) a day): "
          + figures.joined(separator: ", "))
    }
  }
}
