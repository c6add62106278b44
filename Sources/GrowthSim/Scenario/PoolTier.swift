/// A recommendation pool a room starts in from its scale: a room whose follower base on day
/// one reaches `followers` holds `weight` times the feed weight of a room in the base pool,
/// for the whole run (`/platform/poolTiers`).
///
/// PARAMETERS §1.1: each room starts in an initial pool and its total recommendation is capped
/// by its tier; §6.9: the dashboard benchmarks a store against its same category and tier,
/// and previous sales drive current sales. The traffic level (0–4, judged on GPM against
/// peers) cannot tell a national brand's room from a small store's: both sell at their peers'
/// GPM. The follower base is a merchant fact every scenario states; the thresholds and
/// weights are guesses (no official tiers, §5).
public struct PoolTier: Sendable, Equatable {
  /// The followers on day one from which a room is in the tier.
  public var followers: Double
  /// Its feed weight multiplier.
  public var weight: Double
}

extension PoolTier {
  /// Reads `/platform/poolTiers`: rising follower thresholds, weights that do not fall.
  static func read(_ r: ObjectReader) -> [PoolTier] {
    let key = "poolTiers"
    let tiers = r.objects(
      key, maxCount: 20,
      doc: "Recommendation pools above the base one: a room whose followers on day one reach "
        + "a tier's `followers` holds its `weight` times the feed weight for the run (each "
        + "room starts in a pool, recommendation capped by tier, §1.1; same category and "
        + "tier benchmarked, §6.9; thresholds and weights are guesses; empty: every room in "
        + "the base pool)."
    ) { t in
      PoolTier(
        followers: t.number(
          "followers", default: nil, .from(1, to: 2e9), unit: "followers",
          doc: "Followers on day one from which a room is in the tier."),
        weight: t.number(
          "weight", default: nil, .from(0.01, to: 1000), unit: "×",
          doc: "Feed weight multiplier of a room in the tier."))
    }
    let at = r.pointer.appending(key)
    for (index, pair) in zip(tiers, tiers.dropFirst()).enumerated() {
      if pair.1.followers <= pair.0.followers {
        r.report(
          at.appending(index + 1).appending("followers"),
          "must be above the tier before (\(Bounds.text(pair.0.followers))), got "
            + Bounds.text(pair.1.followers))
      }
      if pair.1.weight < pair.0.weight {
        r.report(
          at.appending(index + 1).appending("weight"),
          "must not be below the tier before (\(Bounds.text(pair.0.weight))), got "
            + Bounds.text(pair.1.weight))
      }
    }
    return tiers
  }

  /// The feed weight multiplier of a room with `followers` on day one: the weight of the
  /// highest tier it reaches, 1 below every tier.
  static func weight(_ tiers: [PoolTier], followers: Int) -> Double {
    tiers.last { Double(followers) >= $0.followers }?.weight ?? 1
  }
}
