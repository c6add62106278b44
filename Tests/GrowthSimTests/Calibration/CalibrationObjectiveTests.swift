import Foundation
import Testing

@testable import GrowthSim

/// The distance: relative errors for targets, signed-log errors for observed values, each
/// group weighing alike.
@Suite struct CalibrationObjectiveTests {
  static func series(_ metric: String, _ values: [Double]) -> ObservedSeries.Series {
    ObservedSeries.Series(
      metric: metric, merchant: nil, days: Array(values.indices), values: values)
  }

  @Test func theDataThemselvesAreAtDistanceZero() {
    let objective = CalibrationObjective(
      targets: [],
      observed: ObservedSeries(series: [
        Self.series("gmv_cny", [1e6, 0, 5]), Self.series("orders", [3]),
      ]))
    #expect(objective.componentCount == 4)
    #expect(objective.distance([1e6, 0, 5, 3]) == 0)
  }

  @Test func aSeriesCountsOnceWhateverItsLength() {
    // Long series off by a factor e − 1 everywhere, short one exact: the mean over the two
    // groups of their mean squared log error is 1/2, whatever the long one's length.
    for length in [1, 10, 90] {
      let long = Self.series("gmv_cny", Array(repeating: 0, count: length))
      let objective = CalibrationObjective(
        targets: [], observed: ObservedSeries(series: [long, Self.series("orders", [7])]))
      let simulated = Array(repeating: M_E - 1, count: length) + [7]
      #expect(abs(objective.distance(simulated) - 0.5.squareRoot()) < 1e-12, "length \(length)")
    }
  }

  @Test func dayToDayNoiseAveragesOutWithinABlock() {
    // Eight days in four blocks of two: errors of +1 and −1 within each block cancel.
    let days = Array(repeating: 0.0, count: 8)
    let objective = CalibrationObjective(
      targets: [], observed: ObservedSeries(series: [Self.series("orders", days)]))
    let high = M_E - 1
    let low = -(M_E - 1)  // slog(low) = −1
    #expect(abs(CalibrationObjective.signedLog(low) + 1) < 1e-12)
    #expect(objective.distance([high, low, low, high, high, low, low, high]) < 1e-12)
    // The same errors all of one sign are a distance of 1.
    #expect(abs(objective.distance(Array(repeating: high, count: 8)) - 1) < 1e-12)
  }

  @Test func scaleDoesNotMatterToAnObservedError() {
    let small = CalibrationObjective.logError(2 * 99 + 1, 99)
    let large = CalibrationObjective.logError(2 * 99_999 + 1, 99_999)
    #expect(abs(small - large) < 1e-12)
    #expect(abs(small - log(2)) < 1e-12)
    #expect(CalibrationObjective.signedLog(-5) == -log1p(5))
  }

  @Test func aTargetErrorIsRelative() {
    #expect(CalibrationObjective.relativeError(115, 100) == 0.15)
    #expect(CalibrationObjective.relativeError(-2, 0) == -2)
    #expect(CalibrationObjective.relativeError(90, -100) == 1.9)
  }
}
