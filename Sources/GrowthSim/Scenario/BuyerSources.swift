/// Where a first-time buyer was won (MODEL.md §3.2 channels; PARAMETERS §6.6): every buyer
/// stays in the group of the channel that brought their first order, and each group repeats,
/// refunds and follows in its own way.
///
/// A discount is a share, not a channel: of the buyers won while the policy's discount is d,
/// the share d / `deepDiscount` (all from `deepDiscount` on) count as `discount`, whatever
/// channel brought them, because the evidence (Lewis 2006) is about the acquisition discount
/// whatever the channel, and graded: the deeper the discount, the less the buyers are worth
/// later (about half at 35 %). So the groups partition the buyers and the daily columns add up
/// to `first_time_buyers`.
public enum BuyerSource: Int, Sendable, CaseIterable {
  /// Recommendation-feed visitors of the live room.
  case feed
  /// Followers buying for the first time (live or shelf).
  case followers
  /// Short videos: click-through to the room, cart orders, the interest pool.
  case content
  /// Search and mall discovery.
  case search
  case wordOfMouth
  /// Qianchuan visitors.
  case paid
  /// Affiliate and top-KOL sessions.
  case talent
  /// Any channel: the discount-won share of the buyers won under a discount.
  case discount

  /// The suffix of the CSV columns (`first_time_buyers_<name>`).
  public var columnName: String {
    switch self {
    case .feed: "feed"
    case .followers: "followers"
    case .content: "content"
    case .search: "search"
    case .wordOfMouth: "word_of_mouth"
    case .paid: "paid"
    case .talent: "talent"
    case .discount: "discount"
    }
  }

  /// What won the buyer, in words (column docs).
  public var description: String {
    switch self {
    case .feed: "the live room's recommendation feed"
    case .followers: "following the store (a follower's first order)"
    case .content: "short videos and the interest pool they seed"
    case .search: "search and mall discovery"
    case .wordOfMouth: "word of mouth"
    case .paid: "Qianchuan"
    case .talent: "affiliate and top-KOL sessions"
    case .discount: "a discount, whatever the channel (its share grows with the depth)"
    }
  }

  /// The scenario key of the group's behaviour.
  var key: String {
    switch self {
    case .wordOfMouth: "wordOfMouth"
    default: columnName
    }
  }
}

/// How the buyers of one source behave, relative to feed-won buyers.
public struct BuyerBehaviour: Sendable, Equatable {
  /// Multiplies the repeat hazard (return visits per buyer per day).
  public var repeatMultiplier: Double
  /// Multiplies the refund rate of the group's orders.
  public var refundMultiplier: Double
  /// Multiplies the follow rate of the channel's live-room visitors (feed, paid, content
  /// only: the channels that share the room's follow rate).
  public var followMultiplier: Double
}

/// The buyer groups' settings of a category (`/categories/*/buyerSources`).
public struct BuyerSources: Sendable, Equatable {
  /// The policy discount from which every buyer counts as discount-won; below it, the share
  /// discount / `deepDiscount`.
  public var deepDiscount: Double
  /// Share of follower orders that are the follower's first order here.
  public var followerFirstOrderShare: Double
  /// Most repeat orders one buyer places per 30 days: the repeat hazard is capped so that a
  /// buyer who just bought expects at most this many.
  public var repeatCeilingPerMonth: Double
  /// Behaviour by source, indexed by `BuyerSource.rawValue`.
  public var behaviour: [BuyerBehaviour]

  /// The behaviour of one source.
  public subscript(source: BuyerSource) -> BuyerBehaviour { behaviour[source.rawValue] }

  /// Documented defaults (repeat, refund, follow) and their sources, by `BuyerSource`.
  static let defaults: [(repeats: Double, refund: Double, follow: Double, why: String)] = [
    (1, 1, 1, "the reference group: organic recommendation"),
    (1.5, 0.9, 1, "guess: 84 % of Kuaishou repurchases come from followers, §6.7"),
    (1.3, 0.9, 1.3, "guess: content-won buyers are worth more, §6.6"),
    (1, 1, 1, "guess: intent, no evidence of a difference"),
    (
      2, 0.9, 1,
      "word-of-mouth-won ≈ 2× the long-term value (Villanueva et al. 2008), referred +16 % "
        + "(Schmitt et al. 2011), §6.6"
    ),
    (0.7, 1.15, 0.8, "guess: marketing-won are worth about half the word-of-mouth-won, §6.6"),
    (0.3, 1.2, 1, "guess: the talent's fans come back to the talent; impulse buys return more"),
    (
      0.5, 1.2, 1,
      "discount-won ≈ half the long-term value (Lewis 2006; free trial −59 %, Datta "
        + "et al. 2015), §6.6"
    ),
  ]
}

extension BuyerSources {
  init(reading r: ObjectReader) {
    deepDiscount = r.number(
      "deepDiscount", default: 0.3, .unit, unit: "share",
      doc: "Policy discount from which every first-time buyer counts as discount-won, whatever "
        + "the channel; below it the share discount / deepDiscount does (Lewis 2006: the "
        + "deeper the acquisition discount, the less a buyer is worth, about half at 35 %; "
        + "the threshold a guess near it, the straight line a guess).")
    followerFirstOrderShare = r.number(
      "followerFirstOrderShare", default: 0.3, .unit, unit: "share",
      doc: "Share of follower orders that are the follower's first order here (guess: most "
        + "followers came for the host or a lucky bag, not yet as buyers).")
    repeatCeilingPerMonth = r.number(
      "repeatCeilingPerMonth", default: 1, Bounds(lower: 0, exclusive: true, upper: 30),
      unit: "orders/buyer/30 days",
      doc: "Most repeat orders a buyer who just bought expects per 30 days: caps the repeat "
        + "hazard (derived: Kuaishou's monthly buyer repurchase 65 %, the highest sourced "
        + "rate, §6.7).")
    behaviour = BuyerSource.allCases.map { source in
      let fallback = BuyerSources.defaults[source.rawValue]
      return r.object(source.key, doc: "Buyers won by \(source.key): \(fallback.why).") {
        BuyerBehaviour(reading: $0, source: source, fallback: fallback)
      }
    }
  }
}

extension BuyerBehaviour {
  init(
    reading r: ObjectReader, source: BuyerSource,
    fallback: (repeats: Double, refund: Double, follow: Double, why: String)
  ) {
    repeatMultiplier = r.number(
      "repeat", default: fallback.repeats, .from(0, to: 100), unit: "×",
      doc: "Repeat hazard relative to feed-won buyers.")
    refundMultiplier = r.number(
      "refund", default: fallback.refund, .from(0, to: 10), unit: "×",
      doc: "Refund rate of the group's orders relative to the category's (capped at 1).")
    let hasFollow = source == .feed || source == .paid || source == .content
    followMultiplier =
      hasFollow
      ? r.number(
        "follow", default: fallback.follow, .from(0, to: 100), unit: "×",
        doc: "Follow rate of the channel's live-room visitors relative to feed visitors.") : 1
  }
}
