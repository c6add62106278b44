/// The first point of a sweep whose scenario breaks a rule.
public struct InvalidPoint: Sendable, Equatable {
  /// The point id.
  public var point: Int
  /// The values the point sets.
  public var settings: [ScenarioOverride]
  /// What is wrong with its scenario, at scenario pointers.
  public var error: ScenarioError
  /// How many points of the sweep are invalid in all.
  public var invalidCount: Int

  /// Creates the report of an invalid point.
  public init(point: Int, settings: [ScenarioOverride], error: ScenarioError, invalidCount: Int) {
    self.point = point
    self.settings = settings
    self.error = error
    self.invalidCount = invalidCount
  }
}
