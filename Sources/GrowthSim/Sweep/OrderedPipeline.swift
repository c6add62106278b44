import Dispatch
import Foundation

/// Computes `items × unitsPerItem` units on `jobs` worker threads and hands each item's
/// results, in unit order, to `consume` on the calling thread, in item order.
///
/// A bounded reorder buffer: workers take units in order, and none starts a unit of item i
/// before item i − `window` has been consumed, so at most `window` items' results are held,
/// however many items there are. The order of the calls to `consume` and their arguments do
/// not depend on `jobs` or on timing. If `consume` throws, workers stop after their current
/// unit and the error is rethrown once they have all finished.
///
/// Workers are dedicated threads rather than Dispatch's pool, because they block while the
/// buffer is full and a blocked pool can stall other work queued on it.
public func orderedPipeline<T: Sendable, Failure: Error>(
  items: Int, unitsPerItem: Int, jobs: Int, window: Int,
  _ body: @escaping @Sendable (_ item: Int, _ unit: Int) -> T,
  consume: (_ item: Int, _ results: [T]) throws(Failure) -> Void
) throws(Failure) {
  precondition(jobs >= 1, "jobs must be at least 1, got \(jobs)")
  precondition(window >= 1, "window must be at least 1, got \(window)")
  precondition(unitsPerItem >= 1, "unitsPerItem must be at least 1, got \(unitsPerItem)")
  guard items > 0 else { return }
  let buffer = ReorderBuffer<T>(items: items, unitsPerItem: unitsPerItem, window: window)
  let workers = min(jobs, items * unitsPerItem)
  let finished = DispatchSemaphore(value: 0)
  for _ in 0..<workers {
    let thread = Thread {
      buffer.work(body)
      finished.signal()
    }
    thread.start()
  }
  defer {
    buffer.cancel()
    for _ in 0..<workers { finished.wait() }
  }
  for item in 0..<items {
    try consume(item, buffer.take(item))
  }
}

/// The state shared by the workers and the consumer, behind one condition lock.
///
/// `@unchecked Sendable` holds because every stored `var` is read and written only while
/// `condition` is locked; the `let`s never change. A `Mutex` cannot replace it: the consumer
/// and the workers wait on the condition for each other (no gain measured either way).
private final class ReorderBuffer<T: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let unitsPerItem: Int
  private let window: Int
  private let totalUnits: Int
  private var nextUnit = 0
  private var consumedItems = 0
  private var isCancelled = false
  private var slots: [T?]
  private var filled: [Int]

  init(items: Int, unitsPerItem: Int, window: Int) {
    self.unitsPerItem = unitsPerItem
    self.window = window
    totalUnits = items * unitsPerItem
    slots = Array(repeating: nil, count: window * unitsPerItem)
    filled = Array(repeating: 0, count: window)
  }

  /// A worker's loop: take the next unit the window allows, compute it, store it.
  func work(_ body: @Sendable (Int, Int) -> T) {
    condition.lock()
    while !isCancelled, nextUnit < totalUnits {
      let unit = nextUnit
      let item = unit / unitsPerItem
      guard item < consumedItems + window else {
        condition.wait()
        continue
      }
      nextUnit += 1
      condition.unlock()
      let result = body(item, unit % unitsPerItem)
      condition.lock()
      slots[(item % window) * unitsPerItem + unit % unitsPerItem] = result
      filled[item % window] += 1
      if filled[item % window] == unitsPerItem { condition.broadcast() }
    }
    condition.unlock()
  }

  /// Waits for every unit of `item`, removes them from the buffer and frees its place.
  func take(_ item: Int) -> [T] {
    condition.lock()
    defer { condition.unlock() }
    let slot = item % window
    while filled[slot] < unitsPerItem { condition.wait() }
    var results: [T] = []
    results.reserveCapacity(unitsPerItem)
    for unit in 0..<unitsPerItem {
      guard let result = slots[slot * unitsPerItem + unit] else {
        preconditionFailure("unit \(unit) of item \(item) is missing from a full slot")
      }
      results.append(result)
      slots[slot * unitsPerItem + unit] = nil
    }
    filled[slot] = 0
    consumedItems += 1
    condition.broadcast()
    return results
  }

  /// Stops handing out units; workers finish the one they are computing.
  func cancel() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    condition.unlock()
  }
}
