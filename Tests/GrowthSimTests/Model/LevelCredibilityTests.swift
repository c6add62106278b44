import Foundation
import Testing

@testable import GrowthSim

/// A session's score judged with the confidence its orders allow (docs/model.md § Traffic
/// levels): its GPM ratio to its peers shrunk toward 1 by n / (n + k).
@Suite struct LevelCredibilityTests {
  @Test func theRatioIsShrunkTowardThePeersByItsEvidence() {
    // n = k: half-way between the session's ratio and the peers'.
    #expect(MerchantState.credibleRatio(3, orders: 10, priorOrders: 10) == 2)
    // No evidence: judged as a peer; much evidence: judged on its own ratio.
    #expect(MerchantState.credibleRatio(3, orders: 0, priorOrders: 10) == 1)
    #expect(abs(MerchantState.credibleRatio(3, orders: 1e6, priorOrders: 10) - 3) < 1e-4)
    // k = 0 judges on the raw ratio, whatever the orders.
    #expect(MerchantState.credibleRatio(0.4, orders: 2, priorOrders: 0) == 0.4)
  }

  /// Weighted by its exposure (not by the orders it happened to make), the score of a room
  /// that sells like its peers stays 1 on average, however few its orders: its luck moves
  /// the score up and down alike.
  @Test func aPeerRoomScoresOneOnAverageAtAnyExposure() {
    for exposure in [0.5, 2.0, 5.0, 50.0] {
      // Poisson(exposure) orders, each worth the peers' order value: ratio = orders / exposure.
      var mean = 0.0
      var probability = exp(-exposure)
      for orders in 0..<400 {
        if orders > 0 { probability *= exposure / Double(orders) }
        mean +=
          probability
          * MerchantState.credibleRatio(
            Double(orders) / exposure, orders: exposure, priorOrders: 10)
      }
      #expect(abs(mean - 1) < 1e-9, "exposure \(exposure): mean score \(mean)")
    }
  }
}
