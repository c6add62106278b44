import Dispatch
import Foundation
import GrowthSim
import Synchronization

/// SIGINT (Ctrl-C) and SIGTERM: stop cleanly and exit 128 + the signal (130, 143).
///
/// While a command only computes, nothing of it is on disk, so the first signal ends the
/// process at once. Once it writes, the signal goes to the library through `cancellation`,
/// which stops at the next safe point: a run or comparison removes its temporary files, a
/// sweep keeps its finished points in the journals for `--resume`. A second signal ends the
/// process at once in any case (the journals are safe even against `kill -9`).
final class Interrupts: Sendable {
  let cancellation = Cancellation()
  /// `computing`, `writing` or `exiting`.
  private let phase = Atomic<Int>(Phase.computing)
  private let signals = Atomic<Int>(0)
  /// Keeps the signal sources alive (a source no one holds is freed and stops delivering).
  ///
  /// Behind a `Mutex` only so that the class is checked `Sendable`: it is filled once, in
  /// `init`, and never touched again, so the lock costs nothing that could be measured.
  private let sources = Mutex<[any DispatchSourceSignal]>([])

  private enum Phase {
    static let computing = 0
    static let writing = 1
    static let exiting = 2
  }

  /// Takes over SIGINT and SIGTERM for the rest of the process.
  init() {
    sources.withLock { sources in
      sources = [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { [unowned self] in self.received(number) }
        source.resume()
        return source
      }
    }
  }

  private func received(_ number: Int32) {
    let count = signals.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
    cancellation.cancel(signal: number)
    let stopsNow =
      count > 1
      || phase.compareExchange(
        expected: Phase.computing, desired: Phase.exiting, ordering: .sequentiallyConsistent
      ).exchanged
    if stopsNow {
      let message = count > 1 ? "stopped at once" : "interrupted; nothing was written"
      FileHandle.standardError.write(Data((message + "\n").utf8))
      _exit(128 + (cancellation.signal ?? number))
    }
  }

  /// Blocks the calling thread while a signal handler ends the process.
  static func waitForExit() -> Never {
    while true { pause() }
  }

  /// Hands later signals to the library; called before the first byte goes to disk.
  ///
  /// Returns `false` if a signal already stopped the process (which is exiting).
  func beginWriting() -> Bool {
    phase.compareExchange(
      expected: Phase.computing, desired: Phase.writing, ordering: .sequentiallyConsistent
    ).exchanged
  }
}
