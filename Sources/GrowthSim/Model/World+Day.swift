import Foundation

extension World {
  /// Midnight: every merchant plans its day (MODEL.md §3.1 "day start"), each on its own
  /// (`MerchantWork.startDay`), so `forEachMerchant` may share them out over threads; then
  /// the day's shelf hours are scheduled, after every merchant's events.
  mutating func startDay(_ day: Int) {
    currentDay = day
    forEachMerchant { $0.startDay(day) }
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
    let count = merchants.count
    dayRows.removeAll(keepingCapacity: true)
    dayRows.append(contentsOf: repeatElement(DayRecord(), count: count))
    let rows = dayRows.withUnsafeMutableBufferPointer {
      MerchantWork.Rows(base: $0.baseAddress.unsafelyUnwrapped)
    }
    forEachMerchant { work in rows.base[work.index] = work.closeDay(day) }
    endedDay = day
    if day + 1 == plan.scenario.calendar.days {
      // The horizon: refunds and deliveries due after it never happen in this run.
      queue = EventQueue(start: queue.now)
    }
  }
}
