import Foundation

/// The world's event handlers: each hands the merchant (or every merchant) to its
/// `MerchantWork` handler (`MerchantWork+Day`), and keeps what merchants share (the feed's
/// allocation, the clock, the day's rows).
extension World {
  /// Midnight: every merchant plans its day (MODEL.md §3.1 "day start"), each on its own,
  /// so `forEachMerchant` may share them out over threads; then the day's shelf hours are
  /// scheduled, after every merchant's events.
  mutating func startDay(_ day: Int) {
    currentDay = day
    forEachMerchant { work, state in work.startDay(day, state: &state) }
    let dayStart = Double(day) * World.minutesPerDay
    for hour in 0..<24 {
      queue.schedule(.shelfTick(hour: hour), at: dayStart + Double(hour) * 60)
    }
  }

  /// An hour of search and mall traffic for every merchant (`MerchantWork.shelfHour`).
  mutating func shelfTick(hour: Int) {
    forEachMerchant { work, state in work.shelfHour(hour, state: &state) }
  }

  /// A room opens: it joins the feed's allocation for its category (MODEL.md §3.2).
  mutating func openLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let weight = work(on: index) { work, state in work.openLive(state: &state) }
    liveWeight[category] += weight
    liveRooms[category] += 1
  }

  /// One live tick of merchant `index`'s room (`MerchantWork.liveTick`), which meets the
  /// other rooms of its category through the feed's allocation.
  mutating func liveTick(_ index: Int, isFirst: Bool) {
    let day = currentDay
    let hour = hourOfDay
    let roomsWeight = liveWeight[plan.categoryIndex[index]]
    work(on: index) { work, state in
      work.liveTick(
        isFirst: isFirst, day: day, hour: hour, roomsWeight: roomsWeight, state: &state)
    }
  }

  /// A room closes, leaves the allocation, and its session moves its traffic level
  /// (`MerchantState.moveLevel`).
  mutating func closeLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let platform = plan.scenario.platform
    let levelEscalation = plan.scenario.loops.levelEscalation
    let weight = work(on: index) { _, state in
      state.session.isLive = false
      if levelEscalation { state.moveLevel(platform: platform) }
      if platform.feedStandingElasticity > 0 { state.moveStanding(platform: platform) }
      return state.session.liveWeight
    }
    liveRooms[category] -= 1
    // Reset exactly when the last room closes, so rounding never accumulates.
    liveWeight[category] = liveRooms[category] == 0 ? 0 : liveWeight[category] - weight
  }

  /// A talent's session for merchant `index` (`MerchantWork.runTalentSession`).
  mutating func runTalentSession(_ index: Int, _ session: TalentSession) {
    work(on: index) { work, state in work.runTalentSession(session, state: &state) }
  }

  /// A replenishment order arrives (`MerchantState.receive`).
  mutating func receive(_ units: Double, of skuIndex: Int, for index: Int) {
    let unitCost = plan.scenario.merchants[index].skus[skuIndex].unitCost
    work(on: index) { _, state in state.receive(units, of: skuIndex, unitCost: unitCost) }
  }

  /// Refunded orders come back (`MerchantState.refund`).
  mutating func refund(_ units: Double, of skuIndex: Int, for index: Int, amount: Double) {
    let unitCost = plan.scenario.merchants[index].skus[skuIndex].unitCost
    let category = plan.categoryIndex[index]
    let returnCost = plan.scenario.categories[category].returnCostPerRefund
    let resoldShare = plan.scenario.categories[category].returnsResoldShare
    let recovery = plan.scenario.categories[category].clearanceRecovery
    work(on: index) { _, state in
      state.refund(
        units, of: skuIndex, amount: amount, unitCost: unitCost, returnCost: returnCost,
        resoldShare: resoldShare, clearanceRecovery: recovery)
    }
  }

  /// The end of a day: fulfilment, service and score, then the books (MODEL.md §5).
  ///
  /// Each merchant's row goes to its slot of `dayRows`. Merchants do not meet here, so
  /// `forEachMerchant` may share them out over threads.
  mutating func endDay(_ day: Int) {
    // Moved out while the merchants write into it, so that `forEachMerchant` may mutate the
    // world meanwhile; the capacity is kept from day to day.
    var rows: [DayRecord] = []
    swap(&rows, &dayRows)
    rows.removeAll(keepingCapacity: true)
    rows.append(contentsOf: repeatElement(DayRecord(), count: merchants.count))
    rows.withUnsafeMutableBufferPointer { buffer in
      let slots = DisjointSlots(buffer)
      forEachMerchant { work, state in slots[work.index] = work.closeDay(day, state: &state) }
    }
    swap(&rows, &dayRows)
    endedDay = day
    if day + 1 == plan.scenario.calendar.days {
      // The horizon: refunds and deliveries due after it never happen in this run.
      queue = EventQueue(start: queue.now)
    }
  }
}
