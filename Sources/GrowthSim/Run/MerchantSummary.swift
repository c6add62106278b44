/// One merchant's totals over a replication: a row of `summary.csv`.
public struct MerchantSummary: Sendable, Equatable {
  /// Days simulated.
  public var days = 0
  /// Totals over the run.
  public var visits = 0.0
  public var paidVisits = 0.0
  public var orders = 0.0
  public var lostOrders = 0.0
  public var gmv = 0.0
  public var refunds = 0.0
  public var adSpend = 0.0
  public var paidGMV = 0.0
  public var profit = 0.0
  /// Followers before day 0 and after the last day.
  public var followersStart = 0.0
  public var followersEnd = 0.0
  /// Days that ended with at least one SKU out of stock.
  public var stockoutDays = 0
  /// The best day's GMV.
  public var peakDayGMV = 0.0
  /// Holding cost and return write-offs over the run.
  public var holdingCost = 0.0
  public var returnWriteOff = 0.0
  /// After the last day: the running profit were all stock on hand and on order cleared,
  /// the stock's value at cost, cash since day 0 and sales not yet settled.
  public var profitAfterClearance = 0.0
  /// After the last day: the running profit with the refunds due booked (a refund provision).
  public var profitSettled = 0.0
  public var stockValueEnd = 0.0
  public var cashEnd = 0.0
  public var receivableEnd = 0.0
  /// The buyer base by the source that won each buyer, and the repeat orders of the run.
  public var buyersBySource = BuyerCounts()
  public var repeatOrders = 0.0
  /// The provider's fees paid and the provider's own cost allocated to the merchant
  /// (`AgencyBooks`): their difference is what the merchant contributes to the agency.
  public var providerFees = 0.0
  public var providerCost = 0.0

  /// GMV less refunds.
  public var netGMV: Double { gmv - refunds }
  /// All GMV per yuan of ad spend (whole-room ROI), or `nil` without spend.
  public var roi: Double? { adSpend > 0 ? gmv / adSpend : nil }
  /// Paid-attributed GMV per yuan of ad spend, or `nil` without spend.
  public var paidROI: Double? { adSpend > 0 ? paidGMV / adSpend : nil }

  /// Totals the days of one merchant in one replication.
  public init(days records: [DayRecord], initialFollowers: Double) {
    self.init(initialFollowers: initialFollowers)
    for record in records { add(record) }
  }

  /// No day yet: totals grow with `add(_:)`, so a run need not keep its days.
  public init(initialFollowers: Double) {
    followersStart = initialFollowers
    followersEnd = initialFollowers
  }

  /// Adds the merchant's next day (days in order).
  public mutating func add(_ record: DayRecord) {
    days += 1
    followersEnd = record.followers
    visits += record.visits
    paidVisits += record.paidVisits
    orders += record.orders
    lostOrders += record.lostOrders
    gmv += record.gmv
    refunds += record.refunds
    adSpend += record.adSpend
    paidGMV += record.paidGMV
    profit += record.profit
    if record.skusOutOfStock > 0 { stockoutDays += 1 }
    peakDayGMV = max(peakDayGMV, record.gmv)
    holdingCost += record.holdingCost
    returnWriteOff += record.returnWriteOff
    profitAfterClearance = record.cumulativeProfitAfterClearance
    profitSettled = record.cumulativeProfitSettled
    stockValueEnd = record.stockValue
    cashEnd = record.cash
    receivableEnd = record.receivable
    buyersBySource.add(record.firstTimeBuyersBySource)
    repeatOrders += record.repeatOrders
    providerFees += record.providerFees
    providerCost += record.providerCost
  }
}
