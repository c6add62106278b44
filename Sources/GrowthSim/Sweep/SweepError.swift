/// Why a sweep cannot start; nothing has been simulated or written when one is thrown.
public enum SweepError: Error, Sendable, Equatable {
  /// The base scenario (after any `--set`) breaks the format's rules.
  case scenario(ScenarioError)
  /// The spec does not fit the scenario: a pointer that cannot be set, fractional bounds for
  /// an integer key. The issues point into the spec.
  case spec(ScenarioError)
  /// At least one point makes an invalid scenario; the first one is reported.
  case invalidPoint(InvalidPoint)
}
