/// What changes about a merchant during a run.
struct MerchantState: Sendable {
  var followers: Double
  var onHand: [Double]
  var onOrder: [Double]
  var isLive = false
  /// The room's feed weight before its traffic level: 0.5 + host skill.
  let baseWeight: Double
  /// The weight the room holds in the feed while live this session.
  var liveWeight = 0.0
  /// The traffic level (flow pool) and the session score that moves it (NaN before any).
  var level: Int
  var levelScore = Double.nan
  var sessionGMV = 0.0
  var sessionVisits = 0.0
  /// Distinct buyers so far (first-time buyers), at most the addressable population.
  var buyers = 0.0
  /// Past orders weighted by 2^(−age / half-life): drives repeat visits.
  var repeatIntensity = 0.0
  /// Conversion of a live-room feed visit today, before channel multipliers.
  var conversionRate = 0.0
  /// Conversion of a search or mall visit today, before the shelf multiplier (no host).
  var shelfConversionRate = 0.0
  var adBudgetLeft = 0.0
  var adSpendPerTick = 0.0
  var ticksLeft = 0
  /// The day being accumulated.
  var today = DayRecord()
  var cumulativeGMV = 0.0
  var cumulativeProfit = 0.0
  /// Separate streams, so an extra draw in one never shifts another (common random numbers).
  var traffic: Draws
  var conversion: Draws
  var refunds: Draws

  init(merchant: Merchant, seed: UInt64, index: Int, isMeanField: Bool) {
    followers = Double(merchant.followers)
    onHand = merchant.skus.map { Double($0.stock) }
    onOrder = Array(repeating: 0, count: merchant.skus.count)
    baseWeight = 0.5 + merchant.hostSkill
    level = merchant.initialLevel
    func stream(_ subsystem: Subsystem) -> Draws {
      Draws(
        seed: StreamSeed.derive(seed, UInt64(index), subsystem.rawValue),
        isMeanField: isMeanField)
    }
    traffic = stream(.traffic)
    conversion = stream(.conversion)
    refunds = stream(.refunds)
  }

  /// The share of the category's addressable population not yet a buyer: 1 − F.
  func unreachedShare(of category: Category) -> Double {
    max(0, 1 - buyers / category.addressablePopulation)
  }
}
