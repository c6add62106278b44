/// How a category's short videos travel: pool escalation, decay and what views turn into.
///
/// A new video gets a cold-start pool of views; at each stage it escalates to a pool
/// `poolGrowth` times larger with probability `escalationChance` × 2 × quality (quality 0.5 is
/// the category average), up to `maxEscalations` times (D8: ~1,000 views, the top ~10 % get
/// ~100,000 more). The total is heavy-tailed; its views arrive over the following days,
/// halving every `viewHalfLifeDays`.
public struct VideoReach: Sendable, Equatable {
  /// Views of the cold-start pool.
  public var coldStartViews: Double
  /// Chance that an average video escalates to the next pool.
  public var escalationChance: Double
  /// How much larger each pool is than the one before.
  public var poolGrowth: Double
  /// The most escalations a video can make.
  public var maxEscalations: Int
  /// Days for a video's remaining views to halve.
  public var viewHalfLifeDays: Double
  /// Share of views that click into the live room, when it is live.
  public var liveClickRate: Double
  /// Orders straight from the video's cart, per view.
  public var cartOrdersPerView: Double
  /// Share of views that join the interest pool (seeding, 种草).
  public var seedRate: Double
  /// Follows per view.
  public var followRate: Double

  /// The expected total views of a video of quality `quality`.
  public func expectedViews(quality: Double) -> Double {
    let chance = escalationChance(quality: quality)
    var total = 0.0
    var reach = 1.0  // probability of reaching stage k
    var pool = coldStartViews
    for stage in 0...maxEscalations {
      let stays = stage == maxEscalations ? 1 : 1 - chance
      total += reach * stays * pool
      reach *= chance
      pool *= poolGrowth
    }
    return total
  }

  /// The chance to escalate at each stage for a video of quality `quality` (0…1).
  public func escalationChance(quality: Double) -> Double {
    min(0.95, escalationChance * 2 * quality)
  }
}

extension VideoReach {
  init(reading r: ObjectReader) {
    coldStartViews = r.number(
      "coldStartViews", default: 1000, .from(0, to: 1e9), unit: "views",
      doc: "Views of a new video's cold-start pool (D8: ~1,000).")
    escalationChance = r.number(
      "escalationChance", default: 0.1, .unit, unit: "share",
      doc: "Chance an average video escalates to the next pool (D8: top ~10 %).")
    poolGrowth = r.number(
      "poolGrowth", default: 10, .from(1, to: 1000), unit: "×",
      doc: "Each pool's size relative to the one before (D8: 1,000 → ~100,000 in two steps).")
    maxEscalations = r.integer(
      "maxEscalations", default: 3, 0...10, unit: "stages", doc: "The most escalations (guess).")
    viewHalfLifeDays = r.number(
      "viewHalfLifeDays", default: 1, Bounds(lower: 0, exclusive: true, upper: 365),
      unit: "days", doc: "Days for a video's remaining views to halve (guess).")
    liveClickRate = r.number(
      "liveClickRate", default: 0.03, .unit, unit: "share",
      doc: "Share of views that click into the live room while it is live (guess; M2: "
        + "traffic-driver videos brought 16 % of one live's viewers).")
    cartOrdersPerView = r.number(
      "cartOrdersPerView", default: 0.0005, .unit, unit: "orders/view",
      doc: "Orders straight from the video cart per view (guess).")
    seedRate = r.number(
      "seedRate", default: 0.05, .unit, unit: "share",
      doc: "Share of views that join the interest pool (guess).")
    followRate = r.number(
      "followRate", default: 0.002, .unit, unit: "share", doc: "Follows per view (guess).")
  }
}
