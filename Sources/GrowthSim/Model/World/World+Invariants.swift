extension World {
  /// Traps with the offending values if a state invariant is broken (debug builds check this
  /// after every event; MODEL.md §7).
  ///
  /// Written for a debug build's cost, as it runs after every event of every debug test: a
  /// message is described only when its check fails (describing the event by reflection on
  /// every call took 40 % of a debug run), and each merchant's state is read in place
  /// (`mutating` only for that: a copy of the state per check took another 10 %).
  mutating func checkInvariants(after event: ModelEvent) {
    let now = queue.now
    switch event {
    case .liveStart(let merchant), .liveTick(let merchant, _), .liveEnd(let merchant),
      .talentSession(let merchant, _),
      .restockArrival(let merchant, _, _), .refund(let merchant, _, _, _):
      Self.check(&merchants[merchant], at: Place(merchant: merchant, minute: now, event: event))
    case .dayStart, .shelfTick, .dayEnd:
      for index in merchants.indices {
        Self.check(&merchants[index], at: Place(merchant: index, minute: now, event: event))
      }
    }
    for category in liveWeight.indices {
      let weight = liveWeight[category]
      precondition(
        weight >= -1e-9 && liveRooms[category] >= 0, "live weight \(weight), \(category)")
    }
  }

  /// Where an invariant is checked, described only for a failure's message.
  private struct Place: CustomStringConvertible {
    let merchant: Int
    let minute: Double
    let event: ModelEvent
    var description: String { "merchant \(merchant) at minute \(minute) after \(event)" }
  }

  private static func check(_ state: inout MerchantState, at place: Place) {
    for sku in state.onHand.indices {
      let units = state.onHand[sku]
      precondition(units >= 0 && units.isFinite, "stock of SKU \(sku) is \(units), \(place)")
      precondition(state.onOrder[sku] >= 0, "on order of SKU \(sku) is negative, \(place)")
    }
    let followers = state.followers
    precondition(followers >= 0 && followers.isFinite, "followers \(followers), \(place)")
    let spend = state.paidSpendPerTick
    precondition(spend >= 0, "paid spend per tick \(spend), \(place)")
    let backlog = state.fulfilment.shippingBacklog
    precondition(backlog >= 0, "shipping backlog \(backlog), \(place)")
    checkCount("gmv", state.today.gmv, place)
    checkCount("orders", state.today.orders, place)
    checkCount("lost orders", state.today.lostOrders, place)
    checkCount("visits", state.today.visits, place)
    checkCount("refunds", state.today.refunds, place)
    checkCount("paid gmv", state.today.paidGMV, place)
  }

  private static func checkCount(_ name: String, _ value: Double, _ place: Place) {
    precondition(value >= 0 && value.isFinite, "\(name) is \(value), \(place)")
  }
}
