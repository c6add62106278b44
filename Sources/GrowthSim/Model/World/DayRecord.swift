/// One merchant's day: traffic, sales, stock and money.
///
/// One row of `daily.csv`.
/// Counts are whole numbers in a stochastic run and expectations in mean-field mode. Money is
/// in yuan. See `docs/output-format.md` for each column.
public struct DayRecord: Sendable, Equatable {
  /// Day of the run, 0-based.
  public var day = 0
  /// The policy phase in force; empty for a policy's base.
  public var phase = ""
  /// The campaigns running that day, joined by `+`; empty for none.
  public var campaign = ""
  /// Their phases: `preheat`, `peak`, `tail` or `hangover`, joined by `+`.
  public var campaignPhase = ""
  /// Minutes the room was live.
  public var liveMinutes = 0.0
  /// Recommendation-feed impressions of the live room.
  public var feedImpressions = 0.0
  /// Paid (Qianchuan) impressions.
  public var paidImpressions = 0.0
  /// Visits by channel.
  public var feedVisits = 0.0
  public var followerVisits = 0.0
  public var paidVisits = 0.0
  public var shelfVisits = 0.0
  /// Search and mall visits that came by word of mouth (included in `shelfVisits`), and
  /// repeat visits by past buyers (a channel of their own).
  public var wordOfMouthVisits = 0.0
  public var repeatVisits = 0.0
  /// Short videos: views today, visits they sent to the live room, and their cost; the
  /// interest pool at the end of the day and its visits to search and mall.
  public var videoViews = 0.0
  public var videoVisits = 0.0
  public var marketingCost = 0.0
  public var interestPool = 0.0
  public var interestVisits = 0.0
  /// Talent sessions: visits, GMV, and the commissions and fees paid.
  public var talentVisits = 0.0
  public var talentGMV = 0.0
  public var talentCost = 0.0
  /// GMV sold in live sessions (for the session GPM).
  public var liveGMV = 0.0
  /// The traffic level at the end of the day.
  public var level = 0
  /// Orders from people who had never bought before, and all such buyers so far.
  public var firstTimeBuyers = 0.0
  public var buyers = 0.0
  /// Orders placed, units sold (a combination order takes two), and orders lost to empty
  /// stock.
  public var orders = 0.0
  public var units = 0.0
  public var lostOrders = 0.0
  /// Gross merchandise value: units × price paid.
  public var gmv = 0.0
  /// Units refunded today and what the buyers got back.
  public var refundedUnits = 0.0
  public var refunds = 0.0
  /// Qianchuan: the CPM paid, the plan's learning state, the spend delivered, the part of it
  /// paid by compensation credit, the cash spend (`adDelivered − adCredit`), and the orders
  /// and GMV attributed to paid visits.
  public var cpm = 0.0
  /// The share of the plan's budget the experience score lets it deliver today.
  public var paidCap = 1.0
  public var paidLearning = ""
  public var adDelivered = 0.0
  public var adCredit = 0.0
  public var adSpend = 0.0
  public var paidOrders = 0.0
  public var paidGMV = 0.0
  /// Fulfilment: orders handed to couriers late, orders cancelled because the SKU was out,
  /// and the compensation paid for both.
  public var lateShipments = 0.0
  public var stockoutCancellations = 0.0
  public var compensation = 0.0
  /// Customer service: agents on duty, tickets, mean response (queue wait plus first-reply
  /// time), share first answered within 3 minutes.
  public var serviceAgents = 0
  public var serviceTickets = 0.0
  public var serviceMeanResponseSeconds = 0.0
  public var serviceShare3Minutes = 1.0
  /// The busiest service hour's offered load over the agents' chat slots (≥ 1: overloaded).
  public var serviceUtilisation = 0.0
  /// Days since the newest video (the paid creative's age) and the paid click-through
  /// multiplier it leaves (creative fatigue; 1 when fresh or with the loop off).
  public var creativeAgeDays = 0
  public var paidClickMultiplier = 1.0
  /// Short-video views bought with the paid budget (in `videoViews` too).
  public var paidVideoViews = 0.0
  /// The experience score after this day, in points of 100 and in stars.
  public var scorePoints = 0.0
  public var scoreStars = 0.0
  /// Followers at the end of the day, and the day's gains and losses.
  public var followers = 0.0
  public var newFollowers = 0.0
  public var lostFollowers = 0.0
  /// Stock over all SKUs at the end of the day, on order, and arrived today.
  public var stockOnHand = 0.0
  public var stockOnOrder = 0.0
  public var restockArrived = 0.0
  /// SKUs with no stock at the end of the day.
  public var skusOutOfStock = 0
  /// Costs.
  public var costOfGoods = 0.0
  public var platformCommission = 0.0
  public var providerFees = 0.0
  public var serviceCost = 0.0
  public var returnCost = 0.0
  public var fixedCost = 0.0
  /// Net GMV less every cost (holding cost and return write-off included).
  public var profit = 0.0
  /// Running totals since day 0.
  public var cumulativeGMV = 0.0
  public var cumulativeProfit = 0.0
  /// The holding cost of today's closing stock (MODEL.md §5).
  public var holdingCost = 0.0
  /// Refunded units resold as new (back on hand); the rest are cleared, and what clearing
  /// them loses: their unit cost less the clearance recovery.
  public var returnedResoldUnits = 0.0
  public var returnWriteOff = 0.0
  /// What the units that arrived from suppliers today cost (paid on arrival).
  public var purchases = 0.0
  /// The closing stock at unit cost, and the stock on order at unit cost.
  public var stockValue = 0.0
  public var stockOnOrderValue = 0.0
  /// Money the platform paid out today (earlier days' net GMV less commission), the
  /// merchant's cash since day 0 at the end of the day, and sales not yet settled.
  public var settled = 0.0
  public var cash = 0.0
  public var receivable = 0.0
  /// The provider's fees by kind: the fixed fee, the commission on net GMV, the fee on ad
  /// spend (their sum is `providerFees`).
  public var providerFixedFee = 0.0
  public var providerCommission = 0.0
  public var providerAdFee = 0.0
  /// The provider's own cost of the day (staff and other costs) allocated to this merchant:
  /// an equal share among the merchants under contract (`AgencyBooks`).
  public var providerCost = 0.0
  /// The running profit if every unit on hand and on order were cleared at the end of today
  /// and the refunds due made: `cumulativeProfit` less the stock's cost beyond the clearance
  /// recovery and what the refunds due take off (`RefundsDue.cost`, every unit cleared).
  public var cumulativeProfitAfterClearance = 0.0
  /// The running profit with the refunds due booked as their refunds will book them (a refund
  /// provision, `RefundsDue.cost`), the stock at cost: what `compare` reports as settled.
  public var cumulativeProfitSettled = 0.0
  /// Refunds of units already sold that fall after today: their amount, units and the units'
  /// value at unit cost (`RefundsDue`).
  public var refundsDue = 0.0
  public var refundsDueUnits = 0.0
  public var refundsDueValue = 0.0
  /// The day per SKU, in scenario order (`sku_daily.csv`).
  public var skus: [SKUDay] = []

  /// Units sold per SKU, in scenario order.
  public var unitsBySKU: [Double] { skus.map(\.units) }
  /// First-time buyers by the source that won them (they add up to `firstTimeBuyers`).
  public var firstTimeBuyersBySource = BuyerCounts()
  /// Orders by past buyers coming back (the repeat channel), and orders by followers (live
  /// and shelf, first orders included).
  public var repeatOrders = 0.0
  public var followerOrders = 0.0

  /// All visits.
  public var visits: Double {
    feedVisits + followerVisits + paidVisits + videoVisits + shelfVisits + interestVisits
      + repeatVisits + talentVisits
  }
  /// Visits to live sessions.
  public var liveVisits: Double { feedVisits + followerVisits + paidVisits + videoVisits }
  /// GMV per 1,000 live visits, or `nil` without live visits.
  public var liveGPM: Double? { liveVisits > 0 ? 1000 * liveGMV / liveVisits : nil }
  /// GMV less refunds.
  public var netGMV: Double { gmv - refunds }
  /// All GMV per yuan of ad spend (whole-room ROI), or `nil` without spend.
  public var roi: Double? { adSpend > 0 ? gmv / adSpend : nil }
  /// Paid-attributed GMV per yuan of ad spend (the plan's ROI), or `nil` without spend.
  public var paidROI: Double? { adSpend > 0 ? paidGMV / adSpend : nil }
}
