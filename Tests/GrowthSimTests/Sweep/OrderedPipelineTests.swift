import Foundation
import Testing

@testable import GrowthSim

/// The bounded reorder buffer: item order at any thread count, a bounded window, errors.
@Suite struct OrderedPipelineTests {
  /// Uneven work: a busy loop whose length depends on the unit.
  static func work(_ item: Int, _ unit: Int) -> Int {
    var generator = SplitMix64(seed: UInt64(item * 31 + unit))
    var sum = 0
    for _ in 0..<Int(generator.next() % 2000) { sum &+= Int(generator.next() % 7) }
    return item * 100 + unit + 0 * sum
  }

  @Test(arguments: [1, 2, 3, 8])
  func itemsArriveInOrderWithTheirUnitsInOrder(jobs: Int) {
    var seen: [[Int]] = []
    orderedPipeline(items: 200, unitsPerItem: 3, jobs: jobs, window: 5) { item, unit in
      Self.work(item, unit)
    } consume: { item, results in
      #expect(item == seen.count)
      seen.append(results)
    }
    #expect(seen == (0..<200).map { item in (0..<3).map { item * 100 + $0 } })
  }

  @Test func noUnitStartsBeyondTheWindow() {
    let consumed = Counter()
    let violations = Counter()
    orderedPipeline(items: 300, unitsPerItem: 2, jobs: 4, window: 3) { item, unit in
      // Item i's place frees when it is handed to `consume`, just before the count below
      // goes up, so the count may lag by the one item being consumed.
      if item >= consumed.value + 1 + 3 { violations.increment() }
      return Self.work(item, unit)
    } consume: { item, _ in
      for unit in 0..<8 { _ = Self.work(item, unit) }  // a slow writer
      consumed.increment()
    }
    #expect(consumed.value == 300)
    #expect(violations.value == 0)
  }

  struct Stop: Error {}

  @Test func aFailingConsumerStopsTheWorkersAndRethrows() {
    let started = Counter()
    #expect(throws: Stop.self) {
      try orderedPipeline(items: 10_000, unitsPerItem: 1, jobs: 4, window: 8) { item, unit in
        started.increment()
        return Self.work(item, unit)
      } consume: { (item, _) throws(Stop) in
        if item == 20 { throw Stop() }
      }
    }
    #expect(started.value <= 21 + 8 + 4)
  }

  /// A counter shared with the workers.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
  }
}
