import Foundation
import Testing

@testable import GrowthSim

/// The pieces of the regression adjustment, against arithmetic done by hand.
@Suite struct RegressionAdjustmentTests {
  /// Weighted least squares recovers an exact linear relation, and the weights choose
  /// which points count when it is not exact.
  @Test func weightedLeastSquaresRecoversALinearRelation() throws {
    let x: [[Double]] = [[0, 1], [1, 0], [2, 3], [3, 1], [4, 4], [5, 2]]
    let y = x.map { 1.5 + 2 * $0[0] - 0.5 * $0[1] }
    let beta = try #require(
      RegressionAdjustment.weightedLeastSquares(x, y, [1, 2, 1, 3, 1, 1]))
    // The ridge of a millionth of each diagonal moves β by about that much.
    for (got, want) in zip(beta, [1.5, 2, -0.5]) { #expect(abs(got - want) < 1e-4) }
    // One covariate, y = x except an outlier that weighs 0: the fit ignores it.
    let single = try #require(
      RegressionAdjustment.weightedLeastSquares(
        [[0], [1], [2], [3]], [0, 1, 2, 30], [1, 1, 1, 0]))
    #expect(abs(single[0]) < 1e-4 && abs(single[1] - 1) < 1e-4)
  }

  /// The logit keeps adjusted coordinates inside the prior's bounds and inverts exactly.
  @Test func theLogitStaysWithinTheBounds() {
    let range = -2.0...6.0
    for coordinate in [-1.5, 0, 2, 5.9] {
      let back = RegressionAdjustment.inverseLogit(
        RegressionAdjustment.logit(coordinate, range), range)
      #expect(abs(back - coordinate) < 1e-9)
    }
    for far in [-1e3, 1e3] {
      #expect(range.contains(RegressionAdjustment.inverseLogit(far, range)))
    }
  }

  /// Level and trend: the mean of a group's blocks and the last less the first.
  @Test func summariesAreLevelsAndTrends() {
    let groups: [[Double]] = [[0.1], [0.2, 0.4, 0.0, 0.6]]
    let level = RegressionAdjustment.summaries(groups, .level)
    #expect(level.count == 2 && level[0] == 0.1 && abs(level[1] - 0.3) < 1e-12)
    let both = RegressionAdjustment.summaries(groups, .levelAndTrend)
    #expect(both.count == 3 && both[0] == 0.1 && abs(both[1] - 0.3) < 1e-12)
    #expect(abs(both[2] - 0.4) < 1e-12)
  }
}
