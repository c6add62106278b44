import Dispatch
import Foundation
import Synchronization

/// Applies `body` to `0..<count` on up to `jobs` threads and returns the results in index
/// order, never completion order, so the output is the same at any thread count.
///
/// Worker `k` takes indices `k, k + jobs, k + 2·jobs, …`.
public func parallelMap<T: Sendable>(
  count: Int, jobs: Int, _ body: @Sendable (Int) -> T
) -> [T] {
  precondition(jobs >= 1, "jobs must be at least 1, got \(jobs)")
  let slots = ResultSlots<T>(count: count)
  let workers = min(jobs, count)
  if workers <= 1 {
    for index in 0..<count { slots.store(body(index), at: index) }
  } else {
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: count, by: workers) {
        slots.store(body(index), at: index)
      }
    }
  }
  return slots.values()
}

/// One slot per index behind a lock (checked `Sendable`: a `Mutex` owns the slots; a lock per
/// result costs nothing beside a replication).
private final class ResultSlots<T: Sendable>: Sendable {
  private let slots: Mutex<[T?]>

  init(count: Int) {
    slots = Mutex(Array(repeating: nil, count: count))
  }

  func store(_ value: T, at index: Int) {
    slots.withLock { $0[index] = value }
  }

  func values() -> [T] {
    slots.withLock { slots in
      slots.map { slot in
        guard let slot else { preconditionFailure("a parallel slot was never filled") }
        return slot
      }
    }
  }
}
