extension World {
  /// Traps with the offending values if a state invariant is broken (debug builds check this
  /// after every event; MODEL.md §7).
  func checkInvariants(after event: ModelEvent) {
    let touched: [Int]
    switch event {
    case .liveStart(let merchant), .liveTick(let merchant, _), .liveEnd(let merchant),
      .talentSession(let merchant, _),
      .restockArrival(let merchant, _, _), .refund(let merchant, _, _, _):
      touched = [merchant]
    case .dayStart, .shelfTick, .dayEnd:
      touched = Array(merchants.indices)
    }
    for index in touched {
      let state = merchants[index]
      let at = "merchant \(index) at minute \(queue.now) after \(event)"
      for (sku, units) in state.onHand.enumerated() {
        precondition(units >= 0 && units.isFinite, "stock of SKU \(sku) is \(units), \(at)")
        precondition(state.onOrder[sku] >= 0, "on order of SKU \(sku) is negative, \(at)")
      }
      precondition(
        state.followers >= 0 && state.followers.isFinite, "followers \(state.followers), \(at)")
      precondition(
        state.paidSpendPerTick >= 0, "paid spend per tick \(state.paidSpendPerTick), \(at)")
      precondition(
        state.fulfilment.shippingBacklog >= 0,
        "shipping backlog \(state.fulfilment.shippingBacklog), \(at)")
      let day = state.today
      for (name, value) in [
        ("gmv", day.gmv), ("orders", day.orders), ("lost orders", day.lostOrders),
        ("visits", day.visits), ("refunds", day.refunds), ("paid gmv", day.paidGMV),
      ] {
        precondition(value >= 0 && value.isFinite, "\(name) is \(value), \(at)")
      }
    }
    for (category, weight) in liveWeight.enumerated() {
      precondition(
        weight >= -1e-9 && liveRooms[category] >= 0, "live weight \(weight), \(category)")
    }
  }
}
