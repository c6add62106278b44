extension World {
  /// An hour of search and mall traffic for every merchant (`MerchantWork.shelfHour`).
  mutating func shelfTick(hour: Int) {
    forEachMerchant { work, state in work.shelfHour(hour, state: &state) }
  }
}
