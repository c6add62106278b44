/// A product category: the market a merchant sells in, with its traffic and buyer behaviour.
///
/// Defaults describe a mid-size apparel category; each cites PARAMETERS.md (section 2) or is
/// marked a guess in `docs/scenario-format.md`.
public struct Category: Sendable, Equatable {
  /// Unique identifier, referenced by merchants.
  public var id: String
  /// Live-room impressions the recommendation feed hands out in this category per day.
  public var liveImpressionsPerDay: Double
  /// Competing rooms outside the scenario, in units of a room of weight 1.
  public var backgroundRooms: Double
  /// The category's share of the platform's live feed (issue 17), or `nil`: when set, the
  /// feed values the category leaves out come from the platform (`Scenario.sharedFeedIssues`).
  public var feedShare: Double? = nil
  /// Whether the category sets `liveImpressionsPerDay` and `backgroundRooms` itself.
  var setsLiveImpressions = true
  var setsBackgroundRooms = true
  /// Share of feed impressions that enter the room.
  public var entryRate: Double
  /// Orders per feed visit for a room of average host skill and no discount.
  public var conversionRate: Double
  /// Share of feed and paid visitors who follow.
  public var followRate: Double
  /// Share of followers lost per day.
  public var followerChurnPerDay: Double
  /// Share of followers who come when the room opens (notifications).
  public var followerOpenShare: Double
  /// Share of followers who come per live hour after the opening.
  public var followerShareInLivePerHour: Double
  /// Conversion of follower visits relative to feed visits.
  public var followerConversionMultiplier: Double
  /// Search and mall visits a store gets per day before awareness.
  public var shelfVisitsPerDay: Double
  /// Extra search and mall visits per follower per day.
  public var shelfVisitsPerFollowerDay: Double
  /// Conversion of search and mall visits relative to feed visits.
  public var shelfConversionMultiplier: Double
  /// Share of orders refunded.
  public var refundRate: Double
  /// Days from order to refund.
  public var refundDelayDays: Int
  /// Cost to the merchant of each refunded unit (return freight, handling), in yuan.
  public var returnCostPerRefund: Double
  /// People who could buy from a merchant of this category: first-time buyers never exceed it.
  public var addressablePopulation: Double
  /// New-user visits each past buyer brings per day by word of mouth (Bass q).
  public var wordOfMouthVisitsPerBuyerDay: Double
  /// Return visits a feed-won buyer makes per day just after an order (the repeat hazard h₀).
  public var repeatVisitsPerOrderDay: Double
  /// Days for the repeat hazard of an order to halve.
  public var repeatHalfLifeDays: Double
  /// Conversion of repeat visits relative to shelf visits.
  public var repeatConversionMultiplier: Double
  /// How short videos travel in this category (MODEL.md §3.2 item 3).
  public var video: VideoReach
  /// Days for the interest pool (users seeded by content) to halve without visiting.
  public var interestHalfLifeDays: Double
  /// Share of the interest pool that comes to search and mall per day ("weeding").
  public var interestVisitRatePerDay: Double
  /// Conversion of interest-pool visits relative to shelf visits.
  public var interestConversionMultiplier: Double
  /// Share of conversion lost per star the shop shows below 5.0 (at most half in all).
  public var ratingConversionLossPerStar: Double
  /// Conversion of a talent's audience relative to feed visits.
  public var talentConversionMultiplier: Double
  /// Share of a talent's audience that follows the merchant (few stay behind).
  public var talentFollowRate: Double
  /// Share of the demand for a sold-out SKU that moves to the merchant's other SKUs in stock.
  public var substitutionShare: Double
  /// Feed-weight bonus while a traffic-driver SKU is in stock.
  public var trafficDriverBoost: Double
  /// Lucky bags (福袋): the largest lift on follows and on feed weight, and the budget per
  /// live hour that gives half of it.
  public var luckyBagMaxFollowLift: Double
  public var luckyBagMaxWeightLift: Double
  public var luckyBagHalfBudgetPerHour: Double
  /// Qianchuan cost per thousand impressions outside festivals, in yuan.
  public var cpm: Double
  /// The Qianchuan response curve of one merchant's plan (adstock and Hill saturation).
  public var paidResponse: PaidResponse
  /// How CPM and paid click-through move with spend, budget jumps and creative age.
  public var paidDynamics: PaidDynamics
  /// Customer-service tickets opened per order.
  public var ticketsPerOrder: Double
  /// Mean minutes a chat holds one of an agent's concurrent slots.
  public var handlingMinutes: Double
  /// The shape of the handling time: exponential (M/M/c) or log-normal.
  public var handlingDistribution: HandlingDistribution
  /// The coefficient of variation (sd / mean) of a log-normal handling time.
  public var handlingCV: Double
  /// Seconds an agent takes to read and type the first reply of a chat held alone.
  public var firstReplySeconds: Double
  /// Pre-sale chats (`PresaleChats`): the share of orders whose buyer asks before buying,
  /// the share of answered askers who buy, the lift an answered chat gives and how long an
  /// asker waits for it.
  public var presaleChatShare: Double
  public var presaleChatConversion: Double
  public var presaleChatLift: Double
  public var presalePatienceMinutes: Double
  /// Share of refunds that are product-quality returns (they count in the experience score).
  public var qualityReturnShare: Double
  /// One- and two-star reviews per order.
  public var badReviewRate: Double
  /// Share of the demand for a sold-out SKU that is ordered anyway (stock not yet synced)
  /// and then cancelled as a stock-out, with compensation.
  public var oversellShare: Double
  /// Conversion of paid visits relative to feed visits.
  public var paidConversionMultiplier: Double
  /// The platform's commission on this category's net GMV; `nil` for the platform's rate.
  public var commissionRate: Double?
  /// Share of returned units resold as new; the rest are cleared at `clearanceRecovery`.
  public var returnsResoldShare: Double
  /// What stock cleared (returns not resold, stock left at the horizon) fetches, as a share
  /// of its unit cost.
  public var clearanceRecovery: Double
  /// Buyers by the source that won them: how each group repeats, refunds and follows.
  public var buyerSources: BuyerSources
  /// How conversion answers the price paid, and the peers' price that traffic levels are
  /// judged against (issue 13).
  public var priceResponse: PriceResponse
}

extension Category {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    liveImpressionsPerDay = r.number(
      "liveImpressionsPerDay", default: 500_000_000, .from(0, to: 1e12), unit: "impressions/day",
      doc: "Live-room impressions the feed hands out in the category per day (guess).")
    backgroundRooms = r.number(
      "backgroundRooms", default: 2000, .from(0, to: 1e9), unit: "rooms",
      doc: "Competing rooms outside the scenario, in rooms of weight 1 (guess).")
    setsLiveImpressions = r.has("liveImpressionsPerDay")
    setsBackgroundRooms = r.has("backgroundRooms")
    feedShare = r.optionalNumber(
      "feedShare", .unit, unit: "share",
      doc: "The category's share of the platform's live feed: liveImpressionsPerDay = "
        + "/platform/liveImpressionsPerDay × feedShare and backgroundRooms = "
        + "/platform/backgroundRoomsPerCategory, each unless the category sets it (World files).")
    entryRate = r.number(
      "entryRate", default: 0.15, .unit, unit: "share",
      doc: "Share of feed impressions that enter the room (PARAMETERS entry_rate 15–25 %).")
    conversionRate = r.number(
      "conversionRate", default: 0.009, .unit, unit: "share",
      doc: "Orders per feed visit at average host skill (nat_cvr_store 0.8–1.0 %).")
    followRate = r.number(
      "followRate", default: 0.03, .unit, unit: "share",
      doc: "Share of feed and paid visitors who follow (follow_rate ≥ 3 % pass).")
    followerChurnPerDay = r.number(
      "followerChurnPerDay", default: 0.002, .unit, unit: "share/day",
      doc: "Share of followers lost per day (guess).")
    followerOpenShare = r.number(
      "followerOpenShare", default: 0.02, .unit, unit: "share",
      doc: "Share of followers who come when the room opens (guess).")
    followerShareInLivePerHour = r.number(
      "followerShareInLivePerHour", default: 0.005, .unit, unit: "share/hour",
      doc: "Share of followers who come per live hour after the opening (guess).")
    followerConversionMultiplier = r.number(
      "followerConversionMultiplier", default: 2, .from(0, to: 100), unit: "×",
      doc: "Conversion of follower visits relative to feed visits (guess; fans buy more, D13).")
    shelfVisitsPerDay = r.number(
      "shelfVisitsPerDay", default: 300, .from(0, to: 1e9), unit: "visits/day",
      doc: "Search and mall visits a store gets per day before awareness (guess).")
    shelfVisitsPerFollowerDay = r.number(
      "shelfVisitsPerFollowerDay", default: 0.003, .from(0, to: 10), unit: "visits/follower/day",
      doc: "Extra search and mall visits per follower per day (guess).")
    shelfConversionMultiplier = r.number(
      "shelfConversionMultiplier", default: 2.5, .from(0, to: 100), unit: "×",
      doc: "Conversion of search and mall visits relative to feed visits (guess: intent).")
    refundRate = r.number(
      "refundRate", default: 0.35, .unit, unit: "share",
      doc: "Share of orders refunded (refund_apparel_live 30–50 %).")
    refundDelayDays = r.integer(
      "refundDelayDays", default: 5, 0...90, unit: "days", doc: "Days from order to refund (guess)."
    )
    returnCostPerRefund = r.number(
      "returnCostPerRefund", default: 8, .from(0, to: 100_000), unit: "yuan",
      doc: "Merchant's cost per refunded unit: return freight and handling (guess).")
    addressablePopulation = r.number(
      "addressablePopulation", default: 2_000_000, Bounds(lower: 1, upper: 1e10), unit: "people",
      doc: "People who could buy from one merchant of the category; first-time buyers never "
        + "exceed it and new-user traffic scales with the share not yet reached (guess).")
    wordOfMouthVisitsPerBuyerDay = r.number(
      "wordOfMouthVisitsPerBuyerDay", default: 0.002, .from(0, to: 10), unit: "visits/buyer/day",
      doc: "New-user visits each past buyer brings per day by word of mouth: Bass q (guess).")
    repeatVisitsPerOrderDay = r.number(
      "repeatVisitsPerOrderDay", default: 0.05, .from(0, to: 10), unit: "visits/buyer/day",
      doc: "Return visits a feed-won buyer makes per day right after an order, decaying with the "
        + "time since their last order; other groups × buyerSources/*/repeat (guess; with the "
        + "defaults about 30 % of buyers come back to buy, fan_repurchase 37–60 % is for fan "
        + "groups).")
    repeatHalfLifeDays = r.number(
      "repeatHalfLifeDays", default: 30, Bounds(lower: 0, exclusive: true, upper: 3650),
      unit: "days", doc: "Days for a buyer's repeat hazard to halve after an order (guess).")
    repeatConversionMultiplier = r.number(
      "repeatConversionMultiplier", default: 6, .from(0, to: 100), unit: "×",
      doc: "Conversion of repeat visits relative to shelf visits (guess: past buyers).")
    video = r.object("video", doc: "How short videos travel (D8 pool escalation).") {
      VideoReach(reading: $0)
    }
    interestHalfLifeDays = r.number(
      "interestHalfLifeDays", default: 7, Bounds(lower: 0, exclusive: true, upper: 3650),
      unit: "days", doc: "Days for the interest pool to halve (guess).")
    interestVisitRatePerDay = r.number(
      "interestVisitRatePerDay", default: 0.05, .unit, unit: "share/day",
      doc: "Share of the interest pool that searches for the goods per day (guess).")
    interestConversionMultiplier = r.number(
      "interestConversionMultiplier", default: 2, .from(0, to: 100), unit: "×",
      doc: "Conversion of interest-pool visits relative to shelf visits (guess: seeded users).")
    ratingConversionLossPerStar = r.number(
      "ratingConversionLossPerStar", default: 0.25, .unit, unit: "share/star",
      doc: "Share of conversion lost per star shown below 5.0, at most half (guess: buyers see "
        + "the stars, R-EXP).")
    talentConversionMultiplier = r.number(
      "talentConversionMultiplier", default: 1.5, .from(0, to: 100), unit: "×",
      doc: "Conversion of a talent's audience relative to feed visits (guess; KOL rooms convert "
        + "2.5–3 % vs 0.8–1 % for store rooms, D1).")
    talentFollowRate = r.number(
      "talentFollowRate", default: 0.002, .unit, unit: "share",
      doc: "Share of a talent's audience that follows the merchant (guess: few stay).")
    substitutionShare = r.number(
      "substitutionShare", default: 0.3, .unit, unit: "share",
      doc: "Share of demand for a sold-out SKU that buys another SKU in stock (guess).")
    trafficDriverBoost = r.number(
      "trafficDriverBoost", default: 0.1, .from(0, to: 10), unit: "share",
      doc: "Feed-weight bonus while a traffic-driver SKU (引流款) is in stock (guess).")
    luckyBagMaxFollowLift = r.number(
      "luckyBagMaxFollowLift", default: 1, .from(0, to: 100), unit: "share",
      doc: "Largest lift of the follow rate from lucky bags (guess: they reward follows).")
    luckyBagMaxWeightLift = r.number(
      "luckyBagMaxWeightLift", default: 0.3, .from(0, to: 100), unit: "share",
      doc: "Largest lift of the feed weight from lucky bags (guess: dwell and interaction).")
    luckyBagHalfBudgetPerHour = r.number(
      "luckyBagHalfBudgetPerHour", default: 300, Bounds(lower: 0, exclusive: true, upper: 1e9),
      unit: "yuan/hour", doc: "Lucky-bag budget per live hour giving half the lift (guess).")
    // The curve's documented defaults, stated once (`PaidResponse`).
    let paid = PaidResponse()
    cpm = r.number(
      "cpm", default: paid.baseCPM, .from(0.01, to: 100_000),
      unit: "yuan/1000 impressions",
      doc: "Qianchuan CPM outside festivals (cpm_ecom 30–80 conventional).")
    paidResponse = PaidResponse(
      baseCPM: cpm,
      curveCPM: r.number(
        "paidCurveCpm", default: paid.curveCPM, .from(0.01, to: 100_000),
        unit: "yuan/1000 impressions",
        doc: "The CPM at which paidMaxVisitsPerDay and paidHalfSaturationSpend hold: a yuan buys "
          + "paidCurveCpm/cpm of the curve's yuan, so a dearer market buys fewer visits (default "
          + "40, the default cpm)."),
      maxVisitsPerDay: r.number(
        "paidMaxVisitsPerDay", default: paid.maxVisitsPerDay, .from(0, to: 1e12),
        unit: "visits/day",
        doc: "Hill curve maximum: paid visits a plan could bring at unlimited spend (guess; with "
          + "paidHalfSaturationSpend the first yuan buys 1.25 visits, cpc 0.5–2)."),
      halfSaturationSpend: r.number(
        "paidHalfSaturationSpend", default: paid.halfSaturationSpend,
        Bounds(lower: 0, exclusive: true, upper: 1e12),
        unit: "yuan/day",
        doc: "Hill half-saturation: adstocked spend giving half the maximum (guess)."),
      hillShape: r.number(
        "paidHillShape", default: paid.hillShape, .from(0.1, to: 10), unit: "α",
        doc: "Hill shape α; above 1 the curve is S-shaped (guess; Robyn's range 0.5–3)."),
      adstockDecay: r.number(
        "adstockDecay", default: paid.adstockDecay, .from(0, to: 0.99), unit: "θ",
        doc: "Geometric adstock carry-over θ: A_t = x_t + θ·A_(t−1) (guess; Robyn digital 0–0.3)."),
      coldStartPremium: r.number(
        "coldStartPremium", default: paid.coldStartPremium, .from(0, to: 10), unit: "share",
        doc: "CPM premium while the plan is learning (cpm_cold_premium +20–30 %)."),
      bidElasticity: r.number(
        "bidElasticity", default: paid.bidElasticity, .from(0, to: 5), unit: "×",
        doc: "CPM × bidFactor^elasticity (guess: GSP, the price follows the next bid, Q4)."))
    paidDynamics = PaidDynamics(reading: r)
    ticketsPerOrder = r.number(
      "ticketsPerOrder", default: 0.5, .from(0, to: 10), unit: "tickets/order",
      doc: "Customer-service chats opened per order (cs_contact_share: 25 \"where is my order\" "
        + "contacts per 100 orders at 30–50 % of tickets, i.e. 0.5–0.83; PARAMETERS §3 derives "
        + "5–10 % for a large brand).")
    handlingMinutes = r.number(
      "handlingMinutes", default: 5, .from(0.1, to: 600), unit: "minutes",
      doc: "Mean minutes a chat holds one of an agent's concurrent slots (cs_handle_minutes: "
        + "e-commerce 4–6 min per chat).")
    handlingDistribution = r.choice(
      "handlingDistribution", default: HandlingDistribution.exponential,
      doc: "exponential: memoryless handling, the M/M/c assumption; logNormal: right-skewed "
        + "with coefficient of variation handlingCV.")
    handlingCV = r.number(
      "handlingCV", default: 1, .from(0, to: 10), unit: "sd/mean",
      doc: "Coefficient of variation of a log-normal handling time (guess 1, the exponential's).")
    firstReplySeconds = r.number(
      "firstReplySeconds", default: 15, .from(0, to: 600), unit: "seconds",
      doc: "Seconds to read and type the first reply of a chat the agent holds alone; holding "
        + "more chats, the reply waits for the others' turns (guess 15, range 5–60: no "
        + "first-reply time was found; R-NEG counts a mean response above 90 s as negative "
        + "service and the score's top band is 30 s).")
    presaleChatShare = r.number(
      "presaleChatShare", default: 0.15, .unit, unit: "share",
      doc: "Share of orders whose buyer chats before buying, in a shop that answers in time "
        + "(guess: no pre-sale share for live commerce was found; impulse buying in the live "
        + "room asks little).")
    presaleChatConversion = r.number(
      "presaleChatConversion", default: 0.6, .from(0.01, to: 1), unit: "share",
      doc: "Share of pre-sale askers answered in time who then buy: presaleChatShare / "
        + "presaleChatConversion of ticketsPerOrder's chats are pre-sale, at most all (guess: "
        + "0.25 of the default's 0.5, the half that is not \"where is my order\").")
    presaleChatLift = r.number(
      "presaleChatLift", default: 0.16, .from(0, to: 10), unit: "share",
      doc: "How much an answered pre-sale chat raises an asker's purchase probability; an "
        + "asker answered too late buys 1 / (1 + lift) as often (cs_chat_lift: +16 %, Tan, "
        + "Wang & Tan, ISR 2019).")
    presalePatienceMinutes = r.number(
      "presalePatienceMinutes", default: 3, .from(0, to: 1440), unit: "minutes",
      doc: "Minutes a pre-sale asker waits for the first reply (guess: the platform's own "
        + "3-minute reply standard, CS1; no measured patience was found).")
    qualityReturnShare = r.number(
      "qualityReturnShare", default: 0.05, .unit, unit: "share",
      doc: "Share of refunds that are product-quality returns (guess: apparel returns are "
        + "mostly size and fit).")
    badReviewRate = r.number(
      "badReviewRate", default: 0.004, .unit, unit: "reviews/order",
      doc: "One- and two-star reviews per order (guess).")
    oversellShare = r.number(
      "oversellShare", default: 0.1, .unit, unit: "share",
      doc: "Share of demand for a sold-out SKU ordered anyway, then cancelled as a stock-out "
        + "with compensation (guess).")
    paidConversionMultiplier = r.number(
      "paidConversionMultiplier", default: 1.6, .from(0, to: 100), unit: "×",
      doc: "Conversion of paid visits relative to feed visits (derived: oCPM seeks buyers; "
        + "puts the default paid ROI near 4, roi_apparel ≥ 4).")
    commissionRate = r.optionalNumber(
      "commissionRate", .unit, unit: "share",
      doc: "Platform commission on this category's net GMV; absent: /platform/commissionRate "
        + "(commission_food_effective 2 %; apparel and daily goods 0.6 % while the 2025 relief "
        + "lasts, commission_relief_2025, §6.1).")
    returnsResoldShare = r.number(
      "returnsResoldShare", default: 0.8, .unit, unit: "share",
      doc: "Share of returned units resold as new; the rest are cleared at clearanceRecovery "
        + "(returns_resellable: no item-level figure, guess 70–85 %, §6.5).")
    clearanceRecovery = r.number(
      "clearanceRecovery", default: 0.2, .unit, unit: "share of cost",
      doc: "What cleared stock fetches per yuan of unit cost: returns not resold, and stock "
        + "left at the horizon in profit after clearance (clearance_recovery: 尾货 buy-outs at "
        + "10–30 % of tag, bulk liquidation 5–20 % of value, §6.5).")
    buyerSources = r.object(
      "buyerSources",
      doc: "Buyers by the source that won their first order: repeat, refund and follow "
        + "multipliers by group (PARAMETERS §6.6, §6.7).", BuyerSources.init(reading:))
    priceResponse = r.object(
      "priceResponse",
      doc: "How conversion answers the price paid against the category's peers (PARAMETERS "
        + "§6.4)."
    ) { PriceResponse(reading: $0) }
  }
}

/// The shape of customer-service handling times.
public enum HandlingDistribution: String, Sendable, Equatable, CaseIterable {
  /// Exponential: the M/M/c assumption behind Erlang C.
  case exponential
  /// Log-normal with the category's `handlingCV`.
  case logNormal
}
