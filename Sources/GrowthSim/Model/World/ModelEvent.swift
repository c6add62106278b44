/// Everything that can happen in a run.
///
/// Plain values, so the queue holds no closures.
/// Merchant and SKU positions are indices into the scenario's arrays.
enum ModelEvent: Sendable, Equatable {
  /// Midnight: merchants plan the day.
  case dayStart(day: Int)
  /// An hour of search and mall traffic for every merchant.
  case shelfTick(hour: Int)
  /// A live room opens.
  case liveStart(merchant: Int)
  /// A live room's tick: traffic arrives and converts.
  case liveTick(merchant: Int, isFirst: Bool)
  /// A live room closes.
  case liveEnd(merchant: Int)
  /// A talent sells the merchant's goods.
  case talentSession(merchant: Int, session: TalentSession)
  /// A replenishment order arrives.
  case restockArrival(merchant: Int, sku: Int, units: Double)
  /// Orders placed earlier are refunded; `amount` is what the buyers paid, in yuan.
  case refund(merchant: Int, sku: Int, units: Double, amount: Double)
  /// The end of a day: its row is recorded.
  case dayEnd(day: Int)
}
