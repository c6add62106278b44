/// What changes about a merchant during a run.
struct MerchantState: Sendable {
  var followers: Double
  var onHand: [Double]
  var onOrder: [Double]
  /// Demand per SKU today (served or not), and its recent level per day (an exponentially
  /// weighted mean, weight 0.3 on the last day) for days-of-cover reordering.
  var demandToday: [Double]
  var demandEstimate: [Double]
  /// Live ticks of today's session (the policy's, plus any peak-day extension).
  var liveTicksToday = 0
  /// Customer-service agents on duty today, and yesterday's orders they were planned from.
  var agentsToday = 0
  /// The tickets a day expected beyond the plan's `ticketLimit` (then not simulated one by
  /// one); the run stops at the end of that day.
  var excessTickets: Double? = nil
  var ordersYesterday: Double? = nil
  /// Today's conversion multiplier from pre-sale chats answered too late yesterday
  /// (`PresaleChats`): 1 on day 0 and whenever yesterday's askers were all answered in time.
  var presaleConversion = 1.0
  /// Today's live session (`Feed.swift`).
  var session = LiveSession()
  /// The policy variant (base or phase) in force today: an index into the plan's variants.
  var variant: Int
  /// The room's feed weight before its traffic level: 0.5 + host skill, times the weight of
  /// the pool its follower base starts it in (`PoolTier`).
  let baseWeight: Double
  /// The traffic level (flow pool) and the session score that moves it (NaN before any).
  var level: Int
  var levelScore = Double.nan
  /// The GPM a peer room of the category makes at this room's price today: the yardstick of
  /// its traffic level (`PriceResponse.peerGPM`).
  var peerGPM = 0.0
  /// The orders a peer room makes per visit at this room's price: a session's visits times
  /// it are the evidence its score carries (`MerchantState.credibleRatio`).
  var peerOrdersPerVisit = 0.0
  /// The room's standing in its slot, its recent sessions' GMV over a peer room's (NaN before
  /// any), and the feed weight multiplier it gives the next session (`FeedStanding.swift`).
  var standingScore = Double.nan
  var standingWeight = 1.0
  /// Distinct buyers so far (first-time buyers), at most the addressable population.
  var buyers = 0.0
  /// The buyers by source, their recency and today's behaviour (`Buyers.swift`).
  var buyerBase = BuyerBase()
  /// Conversion of a live-room feed visit today, before channel multipliers.
  var conversionRate = 0.0
  /// Conversion of a search or mall visit today, before the shelf multiplier (no host).
  var shelfConversionRate = 0.0
  /// The Qianchuan plan, its adstock, and today's spend and visits per live tick.
  var paidPlan: PaidPlan
  var adstock = AdstockState()
  var paidConversionMultiplier = 1.0
  var paidSpendPerTick = 0.0
  var paidVisitsPerTick = 0.0
  var paidImpressionsPerTick = 0.0
  /// The latest positive budgets (budget jumps raise the CPM) and the days since the newest
  /// video (the paid creative's age, creative fatigue).
  var budgetMemory = BudgetMemory()
  /// Yesterday's delivered paid spend: what a pacing plan (whose budget is only a cap) buys of
  /// the audience, for the CPM.
  var paidSpendYesterday = 0.0
  var creativeAgeDays = 0
  /// What the provider's help does today (none before its contract starts).
  var help = CapabilityEffects.none
  /// Today's multiplier on the room's feed weight from the experience score.
  var recommendation = 1.0
  /// Today's festival traffic multiplier (1 when the store is barred from the campaign).
  var campaignTraffic = 1.0
  /// Orders waiting for a courier (`Fulfilment.swift`).
  var fulfilment = FulfilmentState()
  /// The experience score's 30-day window, and the score assumed before it has any day.
  var score = ExperienceScore()
  var hasScoreHistory = false
  let initialScore: Double
  /// The day being accumulated.
  var today = DayRecord()
  var cumulativeGMV = 0.0
  var cumulativeProfit = 0.0
  /// Today's random streams, and the seed they derive from each day.
  var streams: Streams
  let merchantSeed: UInt64
  /// Videos' views and the interest pool (`Content.swift`).
  var content = ContentState()
  /// Cash, receivables and settlements (`Cash.swift`).
  var cash = CashState()
  /// The month's bases of the provider's tiered fees (`Providers.swift`).
  var feeMonth = FeeMonth()
  /// Refunds scheduled and not yet made (`RefundsDue.swift`).
  var refundsDue = RefundsDue()

  init(
    merchant: Merchant, variant: Int, policy: Policy, learning: PaidPlanSettings, seed: UInt64,
    index: Int,
    isMeanField: Bool, poolWeight: Double = 1
  ) {
    self.variant = variant
    paidPlan = PaidPlan(mode: policy.bidding, settings: learning)
    initialScore = merchant.initialScore
    followers = Double(merchant.followers)
    onHand = merchant.skus.map { Double($0.stock) }
    onOrder = Array(repeating: 0, count: merchant.skus.count)
    demandToday = onOrder
    demandEstimate = onOrder
    baseWeight = (0.5 + merchant.hostSkill) * poolWeight
    level = merchant.initialLevel
    merchantSeed = StreamSeed.merchant(index, of: seed)
    streams = Streams(merchantSeed: merchantSeed, day: 0, isMeanField: isMeanField)
  }

  /// The share of the category's addressable population not yet a buyer: 1 − F.
  func unreachedShare(of population: Double) -> Double {
    max(0, 1 - buyers / population)
  }
}
