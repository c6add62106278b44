extension PolicyComparison {
  /// The policies `compare` runs when none are asked for and the scenario names none: the
  /// two strategies the thesis sets against each other, the first the reference.
  public static let defaultPolicies = ["snowball", "funnel"]

  /// The policies a comparison of `scenario` runs: `requested` (`--policies`), else the
  /// scenario's `experiment.comparePolicies`, else `defaultPolicies`.
  public static func policies(_ requested: [String]?, for scenario: Scenario) -> [String] {
    if let requested { return requested }
    let configured = scenario.experiment.comparePolicies
    return configured.isEmpty ? defaultPolicies : configured
  }
}
