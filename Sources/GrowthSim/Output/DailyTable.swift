/// `daily.csv`: one row per replication × merchant × day.
public enum DailyTable {
  /// What a daily row is written from.
  public struct Row: Sendable {
    /// The replication index and its seed.
    public var replication: Int
    public var seed: UInt64
    /// The merchant and the policy it followed.
    public var merchant: String
    public var policy: String
    /// The calendar date of the day.
    public var date: CivilDate
    /// The day's record.
    public var record: DayRecord
  }

  /// The columns, in file order: these, then the buyer columns (`+Buyers`).
  public static let columns = baseColumns + buyerColumns

  static let baseColumns: [Column<Row>] = [
    Column("replication", "Replication index, 0-based.") { $0.integer($1.replication) },
    Column("seed", "The replication's seed (derived from the scenario seed).") {
      $0.unsigned($1.seed)
    },
    Column("merchant", "Merchant id.") { $0.text($1.merchant) },
    Column("policy", "Policy id the merchant followed.") { $0.text($1.policy) },
    Column("phase", "The policy phase in force; empty for the policy's base.") {
      $0.text($1.record.phase)
    },
    Column("day", "Day of the run, 0-based.") { $0.integer($1.record.day) },
    Column("date", "Calendar date, ISO 8601.") { $0.date($1.date) },
    Column("campaign", "Campaigns running that day, joined by '+'; empty for none.") {
      $0.text($1.record.campaign)
    },
    Column("campaign_phase", "Their phases: preheat, peak, tail or hangover, joined by '+'.") {
      $0.text($1.record.campaignPhase)
    },
    .count("live_minutes", "Minutes the room was live.") { $0.record.liveMinutes },
    .count("feed_impressions", "Recommendation-feed impressions of the live room.") {
      $0.record.feedImpressions
    },
    .count("paid_impressions", "Qianchuan impressions.") { $0.record.paidImpressions },
    .count("feed_visits", "Visits from the recommendation feed.") { $0.record.feedVisits },
    .count("follower_visits", "Visits by followers during lives.") { $0.record.followerVisits },
    .count("paid_visits", "Visits from Qianchuan.") { $0.record.paidVisits },
    .count("video_views", "Short-video views today (all published videos).") {
      $0.record.videoViews
    },
    .count("video_visits", "Live-room visits clicked through from videos.") {
      $0.record.videoVisits
    },
    .count("interest_visits", "Search and mall visits by the interest pool (weeding).") {
      $0.record.interestVisits
    },
    .count("interest_pool", "Users seeded by content who have not yet come back, end of day.") {
      $0.record.interestPool
    },
    .count("talent_visits", "Visits from affiliate and top-KOL sessions.") {
      $0.record.talentVisits
    },
    .count("shelf_visits", "Search and mall visits, word of mouth included.") {
      $0.record.shelfVisits
    },
    .count("word_of_mouth_visits", "Search and mall visits brought by past buyers.") {
      $0.record.wordOfMouthVisits
    },
    .count("repeat_visits", "Return visits by past buyers.") { $0.record.repeatVisits },
    .count(
      "visits", "All visits: feed + follower + paid + video + talent + shelf + interest + repeat."
    ) { $0.record.visits },
    .count("orders", "Orders placed.") { $0.record.orders },
    .count("units", "Units sold: one per order, two for a combination order.") {
      $0.record.units
    },
    .count("lost_orders", "Orders lost because the SKU was out of stock.") {
      $0.record.lostOrders
    },
    .count("first_time_buyers", "Orders by people who had never bought from the merchant.") {
      $0.record.firstTimeBuyers
    },
    .count("buyers_cumulative", "Distinct buyers so far (at most the addressable population).") {
      $0.record.buyers
    },
    .money("gmv_cny", "Gross merchandise value: units × price paid.") { $0.record.gmv },
    .money("live_gmv_cny", "GMV sold in live sessions.") { $0.record.liveGMV },
    .money("talent_gmv_cny", "GMV sold in talent sessions.") { $0.record.talentGMV },
    .ratio("live_gpm_cny", "Live GMV per 1,000 live visits; empty without live visits.") {
      $0.record.liveGPM
    },
    .count("refunded_units", "Units refunded today (sold on earlier days).") {
      $0.record.refundedUnits
    },
    .count(
      "returned_resold_units",
      "Refunded units resold as new, back on hand; the rest are cleared (returnsResoldShare)."
    ) { $0.record.returnedResoldUnits },
    .money("refunds_cny", "Money returned to buyers today.") { $0.record.refunds },
    .money("net_gmv_cny", "gmv_cny − refunds_cny.") { $0.record.netGMV },
    .money("ad_spend_cny", "Qianchuan cash spend (delivered spend less compensation credit).") {
      $0.record.adSpend
    },
    .money("ad_credit_cny", "Qianchuan delivery paid by cost-cap compensation credit.") {
      $0.record.adCredit
    },
    .money(
      "cpm_cny",
      "The day's Qianchuan CPM (festival, cold start, bid, audience share, budget jump).",
      additive: false
    ) {
      $0.record.cpm
    },
    .ratio("paid_cap", "Share of the plan's budget the experience score lets it deliver.") {
      $0.record.paidCap
    },
    Column("paid_learning", "The Qianchuan plan's state: learning, stable or failed.") {
      $0.text($1.record.paidLearning)
    },
    .count("paid_orders", "Orders attributed to paid visits.") { $0.record.paidOrders },
    .money("paid_gmv_cny", "GMV attributed to paid visits (by their share of each tick's demand).")
    {
      $0.record.paidGMV
    },
    .ratio("roi", "Whole-room ROI: gmv_cny / ad_spend_cny; empty without spend.") {
      $0.record.roi
    },
    .ratio("paid_roi", "Plan ROI: paid_gmv_cny / ad_spend_cny; empty without spend.") {
      $0.record.paidROI
    },
    .count("followers", "Followers at the end of the day.") { $0.record.followers },
    .count("new_followers", "Follows gained today.") { $0.record.newFollowers },
    .count("lost_followers", "Followers lost today.") { $0.record.lostFollowers },
    .whole("level", "Traffic level (flow pool) 0–4 at the end of the day.", additive: false) {
      $0.record.level
    },
    .count("stock_on_hand_units", "Units on hand over all SKUs at the end of the day.") {
      $0.record.stockOnHand
    },
    .count("stock_on_order_units", "Units ordered from suppliers, not yet arrived.") {
      $0.record.stockOnOrder
    },
    .count("restock_arrived_units", "Units that arrived from suppliers today.") {
      $0.record.restockArrived
    },
    .whole("skus_out_of_stock", "SKUs with no stock at the end of the day.") {
      $0.record.skusOutOfStock
    },
    .count("late_shipments", "Orders handed to a courier after the next-day deadline.") {
      $0.record.lateShipments
    },
    .count("stockout_cancellations", "Orders for sold-out SKUs taken anyway, then cancelled.") {
      $0.record.stockoutCancellations
    },
    .whole("service_agents", "Customer-service agents on duty.") { $0.record.serviceAgents },
    .count("service_tickets", "Customer-service tickets opened.") { $0.record.serviceTickets },
    .ratio(
      "service_mean_response_s",
      "Mean seconds from a ticket's arrival to its first manual reply (the queue wait for a "
        + "chat slot plus the first-reply time)."
    ) {
      $0.record.serviceMeanResponseSeconds
    },
    .ratio("service_3min_share", "Share of tickets first answered within 3 minutes.") {
      $0.record.serviceShare3Minutes
    },
    .ratio("score_points", "Experience score after the day (100-point scale, 30-day window).") {
      $0.record.scorePoints
    },
    Column(
      "score_stars", "The score as shown to buyers, in stars.", value: { $0.record.scoreStars },
      places: 1
    ) { $0.number($1.record.scoreStars, places: 1) },
    .money("cogs_cny", "Cost of goods sold, less the cost of goods returned today.") {
      $0.record.costOfGoods
    },
    .money("platform_commission_cny", "Platform commission on net GMV.") {
      $0.record.platformCommission
    },
    .money("provider_fees_cny", "Service-provider fees: fixed, GMV commission, ad service fee.") {
      $0.record.providerFees
    },
    .money("provider_fixed_fee_cny", "The provider's monthly fee, by day (12/365 of it).") {
      $0.record.providerFixedFee
    },
    .money("provider_commission_cny", "The provider's commission on net GMV, flat or tiered.") {
      $0.record.providerCommission
    },
    .money("provider_ad_fee_cny", "The provider's fee on the ad spend, flat or tiered.") {
      $0.record.providerAdFee
    },
    .money("service_cost_cny", "Customer-service staff cost.") { $0.record.serviceCost },
    .money("marketing_cost_cny", "Videos produced and lucky bags given away.") {
      $0.record.marketingCost
    },
    .money("talent_cost_cny", "Talent commissions and slot fees.") { $0.record.talentCost },
    .money("return_cost_cny", "Return freight and handling.") { $0.record.returnCost },
    .money("compensation_cny", "Compensation for late shipments and stock-out cancellations.") {
      $0.record.compensation
    },
    .money("fixed_cost_cny", "Other fixed costs.") { $0.record.fixedCost },
    .money(
      "holding_cost_cny", "Holding cost of the closing stock: holdingCostPerYear / 365 × value."
    ) {
      $0.record.holdingCost
    },
    .money(
      "return_write_off_cny", "Cost of refunded units not resold, less their clearance recovery."
    ) { $0.record.returnWriteOff },
    .money(
      "profit_cny",
      "net_gmv − cogs − platform_commission − ad_spend − provider_fees − service_cost "
        + "− marketing_cost − talent_cost − return_cost − compensation − fixed_cost "
        + "− holding_cost − return_write_off."
    ) { $0.record.profit },
    .money("cumulative_gmv_cny", "GMV since day 0.") { $0.record.cumulativeGMV },
    .money("cumulative_profit_cny", "Profit since day 0.") { $0.record.cumulativeProfit },
    .money(
      "cumulative_profit_after_clearance_cny",
      "cumulative_profit less the cost beyond clearanceRecovery of the stock on hand and on "
        + "order, and less the refunds due net of commission, their units back and cleared, "
        + "were it all cleared today."
    ) { $0.record.cumulativeProfitAfterClearance },
    .money(
      "refunds_due_cny", "Refunds of units already sold that fall after today (refundDelayDays)."
    ) { $0.record.refundsDue },
    .money(
      "cumulative_profit_settled_cny",
      "cumulative_profit less the refunds due, booked as their refunds will book them (a refund "
        + "provision: the amount less its commission, the goods back at cost for the resold "
        + "share and at clearanceRecovery for the rest, the return freight); stock at cost."
    ) { $0.record.cumulativeProfitSettled },
    .money("stock_value_cny", "Stock on hand at unit cost, end of day.") {
      $0.record.stockValue
    },
    .money("stock_on_order_value_cny", "Stock on order at unit cost (paid on arrival).") {
      $0.record.stockOnOrderValue
    },
    .money("purchases_cny", "Paid to suppliers for the units that arrived today.") {
      $0.record.purchases
    },
    .money("settled_cny", "Paid out by the platform today: net GMV less commission, settled late.")
    {
      $0.record.settled
    },
    .money(
      "cash_cny",
      "Cash since day 0, end of day: settled + clearance proceeds − purchases − every cash cost."
    ) { $0.record.cash },
    .money("receivable_cny", "Net GMV less commission booked but not yet settled.") {
      $0.record.receivable
    },
    .ratio(
      "service_utilisation",
      "Busiest service hour's offered load over the chat slots on duty (≥ 1: overloaded; "
        + "an hour with chats and nobody on duty is at least 1)."
    ) { $0.record.serviceUtilisation },
    .whole(
      "creative_age_days", "Days since the newest video: the age of the paid creative.",
      additive: false
    ) { $0.record.creativeAgeDays },
    .ratio("paid_click_multiplier", "Paid click-through left by creative fatigue (1: fresh).") {
      $0.record.paidClickMultiplier
    },
    .count("paid_video_views", "Short-video views bought with Qianchuan (in video_views too).") {
      $0.record.paidVideoViews
    },
  ]

  /// The rows of a run, replication by replication, merchant by merchant, day by day.
  public static func rows(of result: RunResult) -> [Row] {
    let scenario = result.scenario
    var rows: [Row] = []
    for (replication, merchants) in result.days.enumerated() {
      for (index, days) in merchants.enumerated() {
        let merchant = scenario.merchants[index]
        for record in days {
          rows.append(
            Row(
              replication: replication, seed: result.seeds[replication], merchant: merchant.id,
              policy: merchant.policy,
              date: scenario.calendar.startDate.adding(days: record.day), record: record))
        }
      }
    }
    return rows
  }

  /// The file's bytes.
  public static func csv(of result: RunResult) -> [UInt8] {
    columns.csv(rows: rows(of: result))
  }

  /// Appends the rows of one day of a replication (every merchant's, in scenario order) to
  /// `writer`, and where each row ends to `rowEnds`.
  static func write(
    day: Int, records: [DayRecord], replication: Int, seed: UInt64, scenario: Scenario,
    to writer: inout CSVWriter, rowEnds: inout [Int]
  ) {
    let date = scenario.calendar.startDate.adding(days: day)
    for (merchant, record) in zip(scenario.merchants, records) {
      let row = Row(
        replication: replication, seed: seed, merchant: merchant.id, policy: merchant.policy,
        date: date, record: record)
      for column in columns { column.write(&writer, row) }
      writer.endRow()
      rowEnds.append(writer.bytes.count)
    }
  }
}
