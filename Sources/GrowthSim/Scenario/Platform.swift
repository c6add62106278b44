/// Rules the platform applies to every merchant.
public struct Platform: Sendable, Equatable {
  /// The platform's commission (technical service fee) on net GMV, 0…1.
  public var commissionRate: Double
  /// The length of a live-room tick, in minutes; divides 60.
  public var tickMinutes: Int
  /// The relative supply of live impressions by hour of day (0–23); normalised to sum to 1.
  public var diurnalProfile: [Double]
  /// The relative background competition by hour of day; normalised to average 1.
  public var competitionProfile: [Double]
  /// The session score a room needs to reach each traffic level 0–4: its GPM as a multiple
  /// of its category's peer GPM, times its engagement (`MerchantState.moveLevel`).
  public var levelThresholds: [Double]
  /// Feed weight multiplier of each traffic level 0–4.
  public var levelWeights: [Double]
  /// A room drops a level when its session score falls below this share of its level's
  /// threshold (hysteresis).
  public var levelHysteresis: Double
  /// The prior strength k, in orders, with which a session's GPM ratio to its peers is
  /// shrunk toward 1: weight n / (n + k) for a session worth n peer orders
  /// (`MerchantState.credibleRatio`); 0 judges on the raw ratio.
  public var levelCredibilityOrders: Double
  /// Qianchuan's learning phase, compensation and budget-stepping rules.
  public var learning: PaidPlanSettings
  /// The customer-service hours: tickets arrive from `serviceStartHour` to before
  /// `serviceEndHour` (PARAMETERS §1.4).
  public var serviceStartHour: Int
  public var serviceEndHour: Int
  /// A mean response above this many seconds makes the day a negative service incident
  /// (R-NEG).
  public var slowResponseSeconds: Double
  /// Compensation per late or cancelled order: this share of the price paid, clamped to
  /// `lateCompensationMin…lateCompensationMax` yuan (R-LATE).
  public var lateCompensationShare: Double
  public var lateCompensationMin: Double
  public var lateCompensationMax: Double
  /// Days from a sale to the money reaching the merchant, at a good score and below it, and
  /// the stars that make a score good (PARAMETERS §6.5 settlement_days).
  public var settlementDays: Int
  public var settlementDaysLowScore: Int
  public var settlementScoreStars: Double
  /// The feed impressions the whole platform hands out a day; 0 when not stated (issue 17:
  /// no case may use more traffic than its platform supplies, `Scenario.supplyIssues`).
  public var impressionsPerDay: Double = 0
  /// The case knowingly uses more feed than `impressionsPerDay` (a fit stated in its notes).
  public var exceedsImpressionsPerDay = false
  /// The live-room feed of the whole platform a day and the competing rooms of each category,
  /// shared out to the categories that state a `feedShare`; 0 when not stated.
  public var liveImpressionsPerDay: Double = 0
  public var backgroundRoomsPerCategory: Double = 0
  /// The elasticity γ of a room's feed weight to its standing, its recent sessions' GMV over
  /// what a same-slot peer room makes (`MerchantState.moveStanding`); 0: off.
  public var feedStandingElasticity: Double = 0
  /// The recommendation pools a room starts in from its follower base (`PoolTier`); empty:
  /// every room in the base pool.
  public var poolTiers: [PoolTier] = []

  /// An evening-peaked supply curve: a guess shaped like the 19:00–23:00 prime time the seed
  /// articles describe (PARAMETERS.md §1.1 gives no hourly figures).
  public static let defaultDiurnalProfile: [Double] = [
    2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 3.5, 4, 4, 4, 3.5, 3.5, 3.5, 4, 4.5, 5.5, 7, 8.5, 9, 8,
    5,
  ]
  /// Background competition by hour: also evening-peaked, but flatter than the supply.
  public static let defaultCompetitionProfile: [Double] = [
    0.7, 0.5, 0.4, 0.3, 0.3, 0.4, 0.6, 0.8, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3, 1.5, 1.7, 1.7,
    1.5, 1.2,
  ]
}

extension Platform {
  init(reading r: ObjectReader) {
    commissionRate = r.number(
      "commissionRate", default: 0.05, .unit, unit: "share",
      doc: "Platform commission (technical service fee) on net GMV, for categories that state "
        + "none (commission_physical: 2–5 % for physical goods, 5 % the common figure, §6.1).")
    tickMinutes = r.integer(
      "tickMinutes", default: 15, 1...60, unit: "minutes",
      doc: "Length of a live-room tick; must divide 60 (MODEL.md §3.1: e.g. 15).")
    if r.has("tickMinutes"), 60 % tickMinutes != 0 {
      r.report(r.pointer.appending("tickMinutes"), "must divide 60, got \(tickMinutes)")
    }
    diurnalProfile = r.numbers(
      "diurnalProfile", default: Platform.defaultDiurnalProfile, count: 24, .from(0, to: 1e6),
      unit: "relative",
      doc: "Live-impression supply by hour 0–23, relative; normalised to sum to 1 (guess: "
        + "evening prime time).")
    competitionProfile = r.numbers(
      "competitionProfile", default: Platform.defaultCompetitionProfile, count: 24,
      .from(0, to: 1e6),
      unit: "relative",
      doc: "Background competition by hour 0–23, relative; normalised to average 1 (guess).")
    levelThresholds = r.numbers(
      "levelThresholds", default: [0, 1, 1.67, 2.67, 4], count: 5, .from(0, to: 1e4),
      unit: "× peer GPM",
      doc: "Session score needed for traffic levels 0–4: session GPM over the category's peer "
        + "GPM, times engagement (guess: no official tiers, PARAMETERS §5; the platform "
        + "benchmarks same-category, same-tier peers, §6.9).")
    levelWeights = r.numbers(
      "levelWeights", default: [1, 1.3, 1.7, 2.2, 3], count: 5, .from(0, to: 1000),
      unit: "×", doc: "Feed weight multiplier of traffic levels 0–4 (guess).")
    levelHysteresis = r.number(
      "levelHysteresis", default: 0.8, .unit, unit: "share",
      doc: "A room drops a level when its score falls below this share of the level's "
        + "threshold (guess).")
    levelCredibilityOrders = r.number(
      "levelCredibilityOrders", default: 10, .from(0, to: 1e6), unit: "orders",
      doc: "Prior strength k of a session's score: its GPM ratio to peers is shrunk toward 1 "
        + "with weight n / (n + k), n the orders its visits make at the peers' conversion "
        + "(credibility; guess: the noise of n orders against the spread of rooms, §6.9); 0 "
        + "judges on the raw ratio.")
    learning = r.object(
      "qianchuanLearning", doc: "Qianchuan's learning phase (PARAMETERS §1.2; no official rule)."
    ) { l in
      // Starts from the documented defaults, so each is stated once (`PaidPlanSettings`).
      var settings = PaidPlanSettings()
      settings.conversionsToExit = l.number(
        "conversionsToExit", default: settings.conversionsToExit, .from(0, to: 1e6),
        unit: "conversions",
        doc: "Conversions within the window that end learning (learn_conv, guess 20–50).")
      settings.windowDays = l.integer(
        "windowDays", default: settings.windowDays, 1...PaidPlanSettings.maxWindowDays,
        unit: "days",
        doc: "The rolling window for those conversions (learn_window, guess).")
      settings.failAfterDays = l.integer(
        "failAfterDays", default: settings.failAfterDays, 1...365, unit: "days",
        doc: "Active days after which a plan that has not exited fails (guess).")
      settings.learningConversionMultiplier = l.number(
        "learningConversionMultiplier", default: settings.learningConversionMultiplier,
        .from(0, to: 10), unit: "×",
        doc: "Paid conversion while learning (guess).")
      settings.failedConversionMultiplier = l.number(
        "failedConversionMultiplier", default: settings.failedConversionMultiplier,
        .from(0, to: 10), unit: "×",
        doc: "Paid conversion after learning failed, until rebuilt (guess).")
      settings.editThreshold = l.number(
        "editThreshold", default: settings.editThreshold, .from(0, to: 100), unit: "share",
        doc: "A budget change beyond this share day over day restarts learning (guess).")
      return settings
    }
    serviceStartHour = r.integer(
      "serviceStartHour", default: 8, 0...23, unit: "hour",
      doc: "First hour of customer service; tickets arrive from then (PARAMETERS §1.4).")
    serviceEndHour = r.integer(
      "serviceEndHour", default: 23, 1...24, unit: "hour",
      doc: "Customer service ends at the start of this hour (PARAMETERS §1.4: 08:00–23:00).")
    if serviceEndHour <= serviceStartHour {
      r.report(
        r.pointer.appending("serviceEndHour"),
        "must be after serviceStartHour \(serviceStartHour), got \(serviceEndHour)")
    }
    slowResponseSeconds = r.number(
      "slowResponseSeconds", default: 90, .from(0, to: 86_400), unit: "seconds",
      doc: "A day's mean response above this is a negative service incident (R-NEG: 90 s).")
    lateCompensationShare = r.number(
      "lateCompensationShare", default: 0.01, .unit, unit: "share",
      doc: "Compensation per late or cancelled order, as a share of its price (R-LATE: 1 %).")
    lateCompensationMin = r.number(
      "lateCompensationMin", default: 2, .from(0, to: 1e6), unit: "yuan",
      doc: "Least compensation per late or cancelled order (R-LATE: 2 yuan).")
    lateCompensationMax = r.number(
      "lateCompensationMax", default: 50, .from(0, to: 1e6), unit: "yuan",
      doc: "Most compensation per late or cancelled order (R-LATE: 50 yuan).")
    settlementDays = r.integer(
      "settlementDays", default: 11, 0...365, unit: "days",
      doc: "Days from a sale to its money reaching the merchant at a score of "
        + "settlementScoreStars or more (settlement_days: receipt auto-confirms 7 days after "
        + "shipment, cash 4 days later, §6.5).")
    settlementDaysLowScore = r.integer(
      "settlementDaysLowScore", default: 17, 0...365, unit: "days",
      doc: "The same below that score (settlement_days: 7 + 10 days, §6.5).")
    settlementScoreStars = r.number(
      "settlementScoreStars", default: 4.4, .from(0, to: 5), unit: "stars",
      doc: "The experience score (stars) from which money settles after settlementDays "
        + "(settlement_days: 4.4, §6.5).")
    impressionsPerDay = r.number(
      "impressionsPerDay", default: 0, .from(0, to: 1e13), unit: "impressions/day",
      doc: "Feed impressions the whole platform hands out a day; the categories' live "
        + "supply on the busiest festival day may not exceed it (0: not stated, not checked; "
        + "seed 002: 83.2 billion video plays over 6–18 August 2022, ≈ 6.4e9 a day).")
    exceedsImpressionsPerDay = r.bool(
      "exceedsImpressionsPerDay", default: false,
      doc: "The case knowingly hands out more feed than impressionsPerDay, a fit whose reason "
        + "its notes give; the supply rule is then not applied.")
    liveImpressionsPerDay = r.number(
      "liveImpressionsPerDay", default: 0, .from(0, to: 1e13), unit: "impressions/day",
      doc: "Live-room impressions the whole platform's feed hands out a day, shared out to "
        + "the categories by their feedShare (0: not stated; at most impressionsPerDay).")
    backgroundRoomsPerCategory = r.number(
      "backgroundRoomsPerCategory", default: 0, .from(0, to: 1e9), unit: "rooms",
      doc: "Competing rooms outside the scenario in each category that states a feedShare "
        + "and no backgroundRooms of its own (0: not stated, the category's own).")
    feedStandingElasticity = r.number(
      "feedStandingElasticity", default: 0, .from(0, to: 0.9), unit: "exponent",
      doc: "Elasticity of a room's feed weight to its standing: its recent sessions' GMV over "
        + "the GMV a same-slot peer room makes (the horse race ranks on GMV and payers, "
        + "previous sales drive current sales, PARAMETERS §6.9; guess; 0: off, below 1 so "
        + "the feedback settles).")
    poolTiers = PoolTier.read(r)
    if impressionsPerDay > 0, liveImpressionsPerDay > impressionsPerDay {
      r.report(
        r.pointer.appending("liveImpressionsPerDay"),
        "must not exceed impressionsPerDay \(Bounds.text(impressionsPerDay)) (the live feed "
          + "is part of all feed impressions), got \(Bounds.text(liveImpressionsPerDay))")
    }
    if lateCompensationMax < lateCompensationMin {
      r.report(
        r.pointer.appending("lateCompensationMax"),
        "must not be below lateCompensationMin \(Bounds.text(lateCompensationMin)), got "
          + Bounds.text(lateCompensationMax))
    }
    if zip(levelThresholds, levelThresholds.dropFirst()).contains(where: { $0 > $1 }) {
      r.report(
        r.pointer.appending("levelThresholds"),
        "must not decrease, got \(levelThresholds.map(Bounds.text).joined(separator: ", "))")
    }
    if diurnalProfile.allSatisfy({ $0 == 0 }) {
      r.report(
        r.pointer.appending("diurnalProfile"), "must have at least one positive hour, got all zeros"
      )
    }
  }
}
