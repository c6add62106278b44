import Synchronization

/// A request to stop, made from another thread (the command line's signal handler) and polled
/// by long operations, which then stop cleanly: the library never exits the process itself.
public final class Cancellation: Sendable {
  /// 0 while running, else the signal number that asked to stop.
  private let state = Atomic<Int32>(0)

  /// A request not made yet.
  public init() {}

  /// Asks to stop for `signal`; only the first request is kept.
  ///
  /// - Returns: whether this was the first request.
  @discardableResult
  public func cancel(signal: Int32) -> Bool {
    state.compareExchange(expected: 0, desired: signal, ordering: .sequentiallyConsistent)
      .exchanged
  }

  /// The signal that asked to stop, or `nil`.
  public var signal: Int32? {
    let value = state.load(ordering: .sequentiallyConsistent)
    return value == 0 ? nil : value
  }

  /// Whether stopping was asked for.
  public var isCancelled: Bool { signal != nil }
}
