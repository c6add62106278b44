import Foundation

/// A room's standing in its slot: the feed's share to a room follows its sales against the
/// same-slot peers, not only its GPM (PARAMETERS §6.9: the horse race ranks rooms live in the
/// same slot on dwell, then GMV, payers, conversion and UV value; previous sales drive current
/// sales, 120,794 Douyin streams). A brand room whose followers and paid visitors already buy
/// more than a peer room's whole session climbs above a small store that lives on the feed.
extension MerchantState {
  /// Moves the standing by the session just closed, and the feed weight it gives the next.
  ///
  /// The session's GMV over a peer room's in the same ticks: a peer room holds weight 1 in
  /// the allocation (a background room), so its feed visits are the tick's S / (B + W) times
  /// the entry rate, and it sells them at the peers' GPM (`peerGPM`). The ratio is shrunk
  /// toward 1 by the peer's orders (`credibleRatio`, k = `levelCredibilityOrders`), kept with
  /// the traffic level's short memory, s ← (s + r) / 2, and the next session's weight is
  /// multiplied by s^γ, γ = `feedStandingElasticity` below 1 so the feedback settles.
  mutating func moveStanding(platform: Platform) {
    let peerGMV = session.peerVisits * peerGPM / 1000
    guard peerGMV > 0 else { return }
    let ratio = Self.credibleRatio(
      session.sessionGMV / peerGMV, orders: session.peerVisits * peerOrdersPerVisit,
      priorOrders: platform.levelCredibilityOrders)
    standingScore = standingScore.isNaN ? ratio : (standingScore + ratio) / 2
    standingWeight = Self.standingWeight(standingScore, elasticity: platform.feedStandingElasticity)
  }

  /// s^γ; 1 before any session (s = NaN) or with γ = 0.
  static func standingWeight(_ score: Double, elasticity: Double) -> Double {
    guard elasticity > 0, !score.isNaN else { return 1 }
    return pow(max(score, 0), elasticity)
  }
}
