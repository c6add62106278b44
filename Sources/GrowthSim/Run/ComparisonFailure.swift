/// Why a comparison (`PolicyComparison.run`, `Ablation.run`) has no result.
public enum ComparisonFailure: Error, Sendable, Equatable {
  /// A policy id that is neither defined nor a preset.
  case scenario(ScenarioError)
  /// A merchant-day expected more customer-service tickets than the comparison's limit.
  case dayWork(DayWorkExcess)
}
