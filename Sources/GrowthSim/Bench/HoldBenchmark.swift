/// The hold model of a future-event list (Vaucher and Duval, CACM 1975; Jones, CACM 1986):
/// `pending` events wait; each hold pops the earliest and schedules one at its time + U[0, 2).
///
/// The queue's size stays fixed, so the cost of a hold measures the queue at that size.
/// Events carry an `Int` payload. Timing belongs to the caller.
public struct HoldBenchmark: Sendable {
  private var queue = EventQueue<Int>()
  private var generator: SplitMix64
  /// The number of pending events.
  public let pending: Int

  /// Fills the queue with `pending` events at U[0, 2).
  public init(pending: Int, seed: UInt64 = 1) {
    precondition(pending >= 1, "the hold benchmark needs a pending event, got \(pending)")
    self.pending = pending
    generator = SplitMix64(seed: seed)
    for index in 0..<pending { queue.schedule(index, at: 2 * generator.nextUnit()) }
  }

  /// Performs `count` holds and returns the sum of the times popped (so the work cannot be
  /// optimised away).
  public mutating func hold(_ count: Int) -> Double {
    var sum = 0.0
    for _ in 0..<count {
      guard let (time, event) = queue.popNext() else { preconditionFailure("the queue ran dry") }
      queue.schedule(event, at: time + 2 * generator.nextUnit())
      sum += time
    }
    return sum
  }
}
