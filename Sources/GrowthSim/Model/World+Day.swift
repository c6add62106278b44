import Foundation

extension World {
  /// Midnight: every merchant plans its day (MODEL.md §3.1 "day start"), each on its own
  /// (`MerchantWork.startDay`), so `forEachMerchant` may share them out over threads; then
  /// the day's shelf hours are scheduled, after every merchant's events.
  mutating func startDay(_ day: Int) {
    currentDay = day
    forEachMerchant { work, state in work.startDay(day, state: &state) }
    let dayStart = Double(day) * World.minutesPerDay
    for hour in 0..<24 {
      queue.schedule(.shelfTick(hour: hour), at: dayStart + Double(hour) * 60)
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
