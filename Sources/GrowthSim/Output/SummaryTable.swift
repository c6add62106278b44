/// `summary.csv`: one row per replication × merchant, with totals over the run.
public enum SummaryTable {
  /// What a summary row is written from.
  public struct Row: Sendable {
    /// The replication index and its seed.
    public var replication: Int
    public var seed: UInt64
    /// The merchant and the policy it followed.
    public var merchant: String
    public var policy: String
    /// The totals.
    public var summary: MerchantSummary
  }

  /// The columns, in file order: these, then the buyer columns (`+Buyers`).
  public static let columns = baseColumns + buyerColumns

  static let baseColumns: [Column<Row>] = [
    Column("replication", "Replication index, 0-based.") { $0.integer($1.replication) },
    Column("seed", "The replication's seed.") { $0.unsigned($1.seed) },
    Column("merchant", "Merchant id.") { $0.text($1.merchant) },
    Column("policy", "Policy id the merchant followed.") { $0.text($1.policy) },
    Column("days", "Days simulated.") { $0.integer($1.summary.days) },
    .count("visits", "All visits.") { $0.summary.visits },
    .count("paid_visits", "Visits from Qianchuan.") { $0.summary.paidVisits },
    .count("orders", "Orders placed.") { $0.summary.orders },
    .count("lost_orders", "Orders lost to empty stock.") { $0.summary.lostOrders },
    .money("gmv_cny", "Gross merchandise value.") { $0.summary.gmv },
    .money("refunds_cny", "Money returned to buyers.") { $0.summary.refunds },
    .money("net_gmv_cny", "gmv_cny − refunds_cny.") { $0.summary.netGMV },
    .money("ad_spend_cny", "Qianchuan spend.") { $0.summary.adSpend },
    .money("paid_gmv_cny", "GMV attributed to paid visits.") { $0.summary.paidGMV },
    .ratio("roi", "Whole-room ROI: gmv_cny / ad_spend_cny; empty without spend.") {
      $0.summary.roi
    },
    .ratio("paid_roi", "Plan ROI: paid_gmv_cny / ad_spend_cny; empty without spend.") {
      $0.summary.paidROI
    },
    .money("profit_cny", "Profit over the run (sum of the daily profit_cny).") {
      $0.summary.profit
    },
    .count("followers_start", "Followers before day 0.") { $0.summary.followersStart },
    .count("followers_end", "Followers after the last day.") { $0.summary.followersEnd },
    Column("stockout_days", "Days that ended with at least one SKU out of stock.") {
      $0.integer($1.summary.stockoutDays)
    },
    .money("peak_day_gmv_cny", "The best day's GMV.") { $0.summary.peakDayGMV },
    .money("holding_cost_cny", "Holding cost of stock over the run.") { $0.summary.holdingCost },
    .money("return_write_off_cny", "Refunded units not resold: cost less clearance recovery.") {
      $0.summary.returnWriteOff
    },
    .money(
      "profit_after_clearance_cny",
      "profit_cny less the cost beyond clearanceRecovery of the stock left on hand and on order, "
        + "and less the refunds due after the horizon (the last day's "
        + "cumulative_profit_after_clearance_cny)."
    ) { $0.summary.profitAfterClearance },
    .money(
      "profit_settled_cny",
      "profit_cny less the refunds due after the horizon, booked as their refunds will book "
        + "them (the last day's cumulative_profit_settled_cny); the stock left at cost."
    ) { $0.summary.profitSettled },
    .money("stock_value_end_cny", "Stock on hand at unit cost after the last day.") {
      $0.summary.stockValueEnd
    },
    .money("cash_end_cny", "Cash since day 0 after the last day (daily cash_cny).") {
      $0.summary.cashEnd
    },
    .money("receivable_end_cny", "Sales not yet settled after the last day.") {
      $0.summary.receivableEnd
    },
    .money("provider_fees_cny", "Fees paid to the merchant's provider (0 without one).") {
      $0.summary.providerFees
    },
    .money("provider_cost_cny", "The provider's staff and other costs allocated to it.") {
      $0.summary.providerCost
    },
    .money(
      "provider_contribution_cny",
      "provider_fees_cny − provider_cost_cny: what the merchant earns its agency."
    ) { $0.summary.providerFees - $0.summary.providerCost },
    .money("profit_before_fees_cny", "profit_cny + provider_fees_cny.") {
      $0.summary.profit + $0.summary.providerFees
    },
  ]

  /// The rows of a run, replication by replication, merchant by merchant.
  public static func rows(of result: RunResult) -> [Row] {
    var rows: [Row] = []
    for (replication, merchants) in result.days.enumerated() {
      let summaries = zip(result.scenario.merchants, merchants).map { merchant, days in
        MerchantSummary(days: days, initialFollowers: Double(merchant.followers))
      }
      rows += self.rows(
        replication: replication, seed: result.seeds[replication], summaries: summaries,
        scenario: result.scenario)
    }
    return rows
  }

  /// The rows of one replication from its merchants' totals (in scenario order).
  static func rows(
    replication: Int, seed: UInt64, summaries: [MerchantSummary], scenario: Scenario
  ) -> [Row] {
    zip(scenario.merchants, summaries).map { merchant, summary in
      Row(
        replication: replication, seed: seed, merchant: merchant.id, policy: merchant.policy,
        summary: summary)
    }
  }

  /// The file's bytes.
  public static func csv(of result: RunResult) -> [UInt8] {
    columns.csv(rows: rows(of: result))
  }
}
