import Foundation
import Testing

/// The switch for the long statistical tests.
///
/// They run only with `GROWTHSIM_LONG_TESTS=1` (`.ci/run` sets it), so a plain `swift test`
/// gives feedback within a minute on 2 cores. docs/testing.md lists the tests behind it.
enum LongTests {
  static let areOn = ProcessInfo.processInfo.environment["GROWTHSIM_LONG_TESTS"] == "1"
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only when `GROWTHSIM_LONG_TESTS=1`; otherwise it is reported as skipped.
  static var long: Self {
    .enabled(
      if: LongTests.areOn,
      "a long statistical test: run it with GROWTHSIM_LONG_TESTS=1 swift test")
  }
}
