/// The workloads of `growthsim bench --calibration`: the default scenario's category numbers
/// that a calibration would most want, with priors around their defaults, the defaults
/// written out as the truth that synthetic data come from.
public enum CalibrationBenchmark {
  /// (key of `/categories/0`, true value, low, high, scale).
  static let category: [(key: String, truth: Double, low: Double, high: Double, log: Bool)] = [
    ("entryRate", 0.15, 0.05, 0.4, false),
    ("conversionRate", 0.009, 0.003, 0.03, true),
    ("refundRate", 0.35, 0.1, 0.6, false),
    ("followRate", 0.03, 0.01, 0.1, false),
    ("liveImpressionsPerDay", 5e8, 1e8, 2.5e9, true),
    ("cpm", 40, 15, 120, true),
    ("shelfVisitsPerDay", 300, 50, 2000, true),
    ("followerChurnPerDay", 0.002, 0.0005, 0.01, true),
  ]

  /// The `daily.csv` metrics a merchant dashboard exports, observed in the benchmark.
  public static let metrics = [
    "gmv_cny", "orders", "visits", "ad_spend_cny", "followers", "new_followers", "refunds_cny",
  ]

  /// The recovery check on the default scenario with the first `count` parameters free
  /// (8 for the speed figure, 5 for coverage).
  public static func check(parameters count: Int, budget: Int, particles: Int) -> RecoveryCheck {
    var document: JSONValue
    do {
      document = try JSONParser.parse(DefaultScenario.json)
    } catch {
      preconditionFailure("the embedded default scenario does not parse: \(error)")
    }
    let category = JSONPointer.root.appending("categories").appending(0)
    var parameters: [FreeParameter] = []
    for entry in Self.category.prefix(count) {
      let pointer = category.appending(entry.key)
      try? document.set(.number(JSONNumber(entry.truth)), at: pointer)
      parameters.append(
        FreeParameter(
          pointer: pointer, low: entry.low, high: entry.high, scale: entry.log ? .log : .linear))
    }
    return RecoveryCheck(
      base: document, parameters: parameters, metrics: metrics, budget: budget,
      particles: particles)
  }
}
