/// Switches for the model's feedback loops, so that each can be turned off for ablation
/// (MODEL.md §3.11: "each reinforcing and balancing loop can be switched off").
public struct Loops: Sendable, Equatable {
  /// Followers are gained and lost, and bring traffic back (reinforcing).
  public var followerFeedback: Bool
  /// Past buyers bring new users by word of mouth (reinforcing).
  public var wordOfMouth: Bool
  /// Past orders bring repeat visits (reinforcing).
  public var repeatBuying: Bool
  /// Good sessions raise the room's traffic level and its feed weight (reinforcing).
  public var levelEscalation: Bool
  /// A low experience score throttles the feed, bans paid traffic and bars campaigns
  /// (balancing).
  public var ratingThrottle: Bool
  /// A new or re-budgeted Qianchuan plan learns: higher CPM, lower conversion (balancing).
  public var learningPhase: Bool
  /// New-user traffic shrinks as the market is reached (balancing).
  public var marketSaturation: Bool
  /// New videos refresh the paid creative, whose click-through tires with age (content feeds
  /// paid efficiency).
  public var creativeRefresh: Bool
  /// Buyers repeat, refund and follow by the source that won them (`buyerSources`):
  /// content, followers and word of mouth build a better base than paid, discount and
  /// talents (reinforcing for the snowball).
  public var buyerQuality: Bool
  /// Video viewers who do not buy join the interest pool and come back as search and live
  /// visits (content feeds the pool, reinforcing).
  public var interestPool: Bool
  /// Qianchuan paid traffic is bought at all: not a loop but the ad economics (spend, CPM,
  /// paid conversion) that `compare --explain` weighs against the loops.
  public var paidTraffic: Bool
}

extension Loops {
  init(reading r: ObjectReader) {
    followerFeedback = r.bool(
      "followerFeedback", default: true,
      doc: "Followers are gained and lost and bring traffic; off: followers stay as on day one.")
    wordOfMouth = r.bool(
      "wordOfMouth", default: true, doc: "Past buyers bring new users; off: no such visits.")
    repeatBuying = r.bool(
      "repeatBuying", default: true, doc: "Past orders bring repeat visits; off: none.")
    levelEscalation = r.bool(
      "levelEscalation", default: true,
      doc: "Sessions move the room's traffic level; off: it stays at the initial level.")
    ratingThrottle = r.bool(
      "ratingThrottle", default: true,
      doc: "The experience score throttles the feed and gates paid traffic and campaigns; off: "
        + "the score is computed and written but has no effect.")
    learningPhase = r.bool(
      "learningPhase", default: true,
      doc: "Qianchuan plans go through learning; off: every plan is stable from day one.")
    marketSaturation = r.bool(
      "marketSaturation", default: true,
      doc: "New-user traffic scales with the share of the market not yet reached; off: it "
        + "does not shrink (first-time buyers are still capped by the population).")
    creativeRefresh = r.bool(
      "creativeRefresh", default: true,
      doc: "Paid click-through tires as the creative ages and new videos refresh it; off: "
        + "paid click-through never tires, whatever the content.")
    buyerQuality = r.bool(
      "buyerQuality", default: true,
      doc: "Buyers repeat, refund and follow by the source that won them; off: every group "
        + "behaves like feed-won buyers (still counted by source).")
    interestPool = r.bool(
      "interestPool", default: true,
      doc: "Video viewers who do not buy join the interest pool; off: videos seed no one (the "
        + "pool stays at 0).")
    paidTraffic = r.bool(
      "paidTraffic", default: true,
      doc: "Qianchuan plans buy traffic; off: no plan spends or brings visits, as on a banned "
        + "day (for explaining a gap, not a loop).")
  }
}
