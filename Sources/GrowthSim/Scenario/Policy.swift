/// What a merchant and its provider decide each day: live hours, ad budget, price, staff.
public struct Policy: Sendable, Equatable {
  /// Unique identifier, referenced by merchants and written to the `policy` column.
  public var id: String
  /// The hour of day (0–23) the live room opens.
  public var liveStartHour: Int
  /// Hours the room stays live each day; 0 for no live.
  public var liveHours: Double
  /// Lucky bags (福袋) given away per live hour, in yuan.
  public var luckyBagBudgetPerHour: Double
  /// Extra live hours on a festival's peak days ("extend on the peak day").
  public var peakDayExtraHours: Double
  /// The start hour on festival days, or `nil` for `liveStartHour` ("avoid the peak hour").
  public var campaignStartHour: Int?
  /// Share of orders that take a second unit (combinations raise order value).
  public var comboShare: Double
  /// How the Qianchuan plan for the live room sets its budget, spent evenly over the live.
  public var bidding: BiddingMode
  /// The bid relative to the market's: CPM × bidFactor^bidElasticity; below 1 the plan wins
  /// only bidFactor of the auctions, delivering bidFactor^(1 + bidElasticity) of its budget.
  public var bidFactor: Double
  /// Parallel Qianchuan plans sharing the budget evenly; each learns on its own conversions.
  public var paidPlans: Int
  /// Share of the paid budget buying short-video views (paid video traffic) instead of the
  /// live room.
  public var paidVideoShare: Double
  /// Days between ad-only creatives (Qianchuan material that refreshes the paid creative
  /// without organic reach, at `costPerVideo`); 0 for none.
  public var creativeEveryDays: Int
  /// Interest targeting or broad delivery of the paid plan (`AdTargeting`).
  public var adTargeting: AdTargeting
  /// Short videos published per day, their quality (0–1; 0.5 is the category average) and
  /// their production cost in yuan.
  public var videosPerDay: Int
  public var videoQuality: Double
  public var costPerVideo: Double
  /// Affiliate and top-KOL sessions.
  public var talents: TalentPlan
  /// Discount off list price, 0…0.9.
  public var discount: Double
  /// Extra conversion per unit of discount: conversion × (1 + elasticity × discount).
  public var discountElasticity: Double
  /// Customer-service agents on duty, or, when `staffsToStandard`, the most the policy hires.
  public var serviceAgents: Int
  /// Whether each day's staff is the smallest team expected to answer 80 % of tickets within
  /// 3 minutes, from yesterday's orders (at most `serviceAgents`).
  public var staffsToStandard: Bool
  /// The fewest agents staffing to the standard puts on duty: 2, so that a burst cannot stall
  /// a one-person queue (guess), or the store's own fixed team when a provider's operation
  /// (`ProviderOperation`) staffs it to the standard, so it never has fewer.
  var fewestAgentsToStandard = 2
  /// Sell only the first `activeSKUs` SKUs of each merchant (0: all) — list hits first.
  public var activeSKUs: Int
  /// Days of demand each SKU's stock should cover beyond its lead time (0: use the SKU's own
  /// reorder point and quantity).
  public var stockCoverDays: Double
  /// Cost of one agent per day, in yuan.
  public var agentCostPerDay: Double
  /// Chats one agent holds at once (Feige's concurrent-session cap).
  public var concurrentChats: Int
  /// Service hours one agent works a day (`ServiceShifts`); the service hours or more: no shifts.
  public var shiftHours: Int
  /// Later phases (cold start → burst → stable): each changes what it names from its day on.
  public var phases: [PolicyPhase]
}

/// A phase of a policy: from `fromDay` on, the policy with the phase's changes.
public struct PolicyPhase: Sendable, Equatable {
  /// The phase's name, written to the `phase` column.
  public var name: String
  /// The first day of the run the phase applies.
  public var fromDay: Int
  /// The whole policy during the phase.
  public var policy: Policy
}

extension Policy {
  /// The bidding modes by name.
  static let modes = ["fixed", "ramp", "testThenScale", "roiTarget", "costCap"]

  static func readAds(_ ads: ObjectReader) -> (BiddingMode, Double, Int, Double, Int, AdTargeting) {
    let mode = ads.string(
      "mode", default: "fixed", .oneOf(modes),
      doc: "fixed: dailyBudget every day; ramp: startBudget → dailyBudget over rampDays; "
        + "testThenScale: testBudget for testDays, then +stepShare while ROI > roiFloor, up to "
        + "dailyBudget; roiTarget: spend while marginal ROI ≥ roiFloor, up to dailyBudget; "
        + "costCap: up to dailyBudget, over-cost above 1.2 × targetCostPerOrder refunded.")
    let budget = ads.number(
      "dailyBudget", default: 0, .from(0, to: 1e9), unit: "yuan/day",
      doc: "The budget (fixed), the ramp's target, or the cap of the other modes.")
    let start = ads.number(
      "startBudget", default: 200, .from(0, to: 1e9), unit: "yuan/day",
      doc: "ramp: the first day's budget (qc_min_daily ≥ 200).")
    let rampDays = ads.integer(
      "rampDays", default: 14, 0...3650, unit: "days", doc: "ramp: days to reach dailyBudget.")
    let testBudget = ads.number(
      "testBudget", default: 300, .from(0, to: 1e9), unit: "yuan/day",
      doc: "testThenScale: the test budget (qc_min_daily ≥ 200).")
    let testDays = ads.integer(
      "testDays", default: 3, 0...3650, unit: "days",
      doc: "testThenScale: days at the test budget (Q12: cold start 3–5 days).")
    let step = ads.number(
      "stepShare", default: 0.2, .from(0, to: 10), unit: "share",
      doc: "testThenScale: budget step after 3 days above the floor (budget_step +20 %).")
    let floor = ads.number(
      "roiFloor", default: 2, .from(0, to: 1000), unit: "×",
      doc: "testThenScale and roiTarget: the ROI (GMV / spend) to hold (guess; roi_* 2–5).")
    let target = ads.number(
      "targetCostPerOrder", default: 50, Bounds(lower: 0, exclusive: true, upper: 1e7),
      unit: "yuan/order", doc: "costCap: the target cost per order (guess).")
    let bidFactor = ads.number(
      "bidFactor", default: 1, .from(0.1, to: 10), unit: "×",
      doc: "The bid relative to the market: CPM × bidFactor^bidElasticity; below 1 it wins "
        + "only bidFactor of the auctions (GSP, Q4; linear win rate, a guess), so it delivers "
        + "bidFactor^(1 + bidElasticity) of the budget.")
    let plans = ads.integer(
      "plans", default: 1, 1...1000, unit: "plans",
      doc: "Parallel plans sharing the budget evenly; each learns on its own conversions "
        + "(guess: several small plans learn for days, learn_conv 20 in 3 days).")
    let videoShare = ads.number(
      "videoShare", default: 0, .unit, unit: "share",
      doc: "Share of the budget buying short-video views (each impression a view: live-room "
        + "clicks, cart orders and seeding like organic views) instead of the live room.")
    let creativeEveryDays = ads.integer(
      "creativeEveryDays", default: 0, 0...3650, unit: "days",
      doc: "Make an ad-only creative every N days (day 0, N, 2N, …), at costPerVideo: it "
        + "refreshes the paid creative like a new video but brings no organic views; 0: none.")
    let targeting: AdTargeting = ads.choice(
      "targeting", default: .interest,
      doc: "interest: the category's CPM and paid conversion; broad (通投): CPM × 0.7, paid "
        + "conversion × 0.7, paid-won buyers' repeat and follow × 0.7 (guesses, AdTargeting).")
    let bidding: BiddingMode
    switch mode {
    case "ramp": bidding = .ramp(startBudget: start, targetBudget: budget, days: rampDays)
    case "testThenScale":
      bidding = .testThenScale(
        testBudget: testBudget, testDays: testDays, stepShare: step, maxBudget: budget,
        roiFloor: floor)
    case "roiTarget": bidding = .roiTarget(floorROI: floor, maxBudget: budget)
    case "costCap": bidding = .costCap(targetCostPerOrder: target, maxBudget: budget)
    default: bidding = .fixed(dailyBudget: budget)
    }
    return (bidding, bidFactor, plans, videoShare, creativeEveryDays, targeting)
  }

  init(reading r: ObjectReader) {
    self.init(reading: r, allowsPhases: true)
  }

  init(reading r: ObjectReader, allowsPhases: Bool) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    (liveStartHour, liveHours, luckyBagBudgetPerHour, peakDayExtraHours, campaignStartHour) =
      r.object(
        "live", doc: "The daily self-broadcast session."
      ) { live in
        (
          live.integer(
            "startHour", default: 19, 0...23, unit: "hour",
            doc: "Hour of day the room opens (guess: prime time 19–23)."),
          live.number(
            "hours", default: 4, .from(0, to: 24), unit: "hours",
            doc: "Hours live per day, rounded to whole ticks; 0 for none (live_hours_min 4)."),
          live.number(
            "luckyBagBudgetPerHour", default: 0, .from(0, to: 1e9), unit: "yuan/hour",
            doc: "Lucky bags (福袋) given away per live hour: more follows and dwell, at a cost."),
          live.number(
            "peakDayExtraHours", default: 0, .from(0, to: 20), unit: "hours",
            doc: "Extra live hours on a festival's peak days (\"extend on the peak day\")."),
          live.optionalInteger(
            "campaignStartHour", 0...23, unit: "hour",
            doc: "Start hour on festival days (pre-heat, peak, tail) instead of startHour, e.g. "
              + "to avoid the evening peak's competition; leave out to keep startHour.")
        )
      }
    if liveHours + peakDayExtraHours > 24 {
      r.report(
        r.pointer.appending("live").appending("peakDayExtraHours"),
        "must keep a peak day's session within 24 hours (hours \(Bounds.text(liveHours))), got "
          + Bounds.text(peakDayExtraHours))
    }
    (bidding, bidFactor, paidPlans, paidVideoShare, creativeEveryDays, adTargeting) = r.object(
      "ads", doc: "Qianchuan paid traffic for the live room (MODEL.md §3.3).", Policy.readAds)
    (videosPerDay, videoQuality, costPerVideo) = r.object(
      "content", doc: "Short videos (MODEL.md §3.2 item 3)."
    ) { content in
      (
        content.integer(
          "videosPerDay", default: 0, 0...1000, unit: "videos/day",
          doc: "Short videos published per day."),
        content.number(
          "quality", default: 0.5, .unit, unit: "score",
          doc: "Video quality: escalation chance × 2 × quality (0.5 = category average)."),
        content.number(
          "costPerVideo", default: 300, .from(0, to: 1e7), unit: "yuan",
          doc: "Production cost of one video (guess).")
      )
    }
    talents = r.object(
      "talents", doc: "Affiliate and top-KOL sessions (MODEL.md §3.2 item 6).",
      TalentPlan.init(reading:))
    (discount, discountElasticity, comboShare) = r.object("pricing", doc: "Price decisions.") {
      pricing in
      (
        pricing.number(
          "discount", default: 0, .from(0, to: 0.9), unit: "share",
          doc: "Discount off list price."),
        pricing.number(
          "discountElasticity", default: 0.5, .from(0, to: 100), unit: "×",
          doc: "Promotion salience, the discount's pull beyond the lower price paid (which "
            + "acts through the category's priceResponse): conversion × (1 + elasticity × "
            + "discount) (guess; live discounts pull, Liu et al., PARAMETERS §6.4)."),
        pricing.number(
          "comboShare", default: 0, .unit, unit: "share",
          doc: "Share of orders that take a second unit (combinations raise order value).")
      )
    }
    (serviceAgents, agentCostPerDay, staffsToStandard, concurrentChats, shiftHours) = r.object(
      "service", doc: "Customer service."
    ) { service in
      (
        service.integer(
          "agents", default: 2, 0...10_000, unit: "agents",
          doc: "Agents on duty per day, or the most hired with staffToStandard (guess: small)."),
        service.number(
          "agentCostPerDay", default: 300, .from(0, to: 1e6), unit: "yuan/day",
          doc: "Cost of one agent per day (guess)."),
        service.bool(
          "staffToStandard", default: false,
          doc: "Staff each day to answer 90 % within 3 minutes (cs_3min_rate guess ≥ 80 %), "
            + "from yesterday's orders, up to `agents`."),
        service.integer(
          "concurrentChats", default: 5, 1...100, unit: "chats",
          doc: "Chats an agent holds at once: c agents are c × concurrentChats servers "
            + "(cs_concurrent_sessions: a cap of 5 in several CS systems, 1–3 in Western chat)."),
        service.integer(
          "shiftHours", default: 24, 1...24, unit: "hours",
          doc: "Service hours one agent works a day, in shifts laid over the service hours; "
            + "the service hours or more (24): every agent covers the whole day, as the seed "
            + "cases' scores imply for their small teams; 8 is the PRC Labour Law's working "
            + "day (Art. 36), the default scenario's.")
      )
    }
    (activeSKUs, stockCoverDays) = r.object("assortment", doc: "Which SKUs, how deep.") { a in
      (
        a.integer(
          "activeSKUs", default: 0, 0...10_000, unit: "SKUs",
          doc: "Sell only the first N SKUs of each merchant (0: all); list hits first."),
        a.number(
          "stockCoverDays", default: 0, .from(0, to: 365), unit: "days",
          doc: "Reorder so stock covers this many days of recent demand beyond the lead time "
            + "(order up to); 0 uses each SKU's own reorderPoint and reorderQuantity.")
      )
    }
    guard allowsPhases else {
      phases = []
      return
    }
    // The phases whose `fromDay` was read as written: a placeholder for one reported already
    // is no day of the file, so it takes no part in the order check.
    var readDays: [Bool] = []
    phases = r.overlays(
      "phases",
      doc: "Later phases: each names its first day and changes only the keys it gives "
        + "(cold start → burst → stable)."
    ) { phase in
      let name = phase.string("name", default: nil, .label, doc: "The phase's name.")
      let before = phase.issueCount
      let fromDay = phase.integer(
        "fromDay", default: nil, 0...3650, unit: "day", doc: "First day of the run it applies.")
      readDays.append(phase.issueCount == before)
      return PolicyPhase(
        name: name, fromDay: fromDay, policy: Policy(reading: phase, allowsPhases: false))
    }
    // `overlays` first calls `read` once to describe the keys: that call reads no day.
    readDays.removeFirst(min(1, readDays.count))
    for (index, pair) in zip(phases, phases.dropFirst()).enumerated()
    where pair.1.fromDay <= pair.0.fromDay && readDays.count == phases.count
      && readDays[index] && readDays[index + 1]
    {
      r.report(
        r.pointer.appending("phases").appending(index + 1).appending("fromDay"),
        "must be later than the previous phase's \(pair.0.fromDay), got \(pair.1.fromDay)")
    }
  }
}
