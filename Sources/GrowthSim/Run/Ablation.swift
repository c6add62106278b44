/// How much of the gap between two policies each feedback loop explains (issue 4 item 5):
/// the comparison is re-run with each loop switched off in turn.
public struct Ablation: Sendable {
  /// One loop's result.
  public struct Row: Sendable {
    /// The `loops` key switched off.
    public var loop: String
    /// Mean settled horizon profit of the second policy minus the first, with the loop off
    /// (`compare`'s verdict).
    public var gap: Double
    /// The share of the full gap that disappears with the loop off: (full − off) / full.
    public var explained: Double?
  }

  /// The loops that can be switched off, by their scenario key.
  public static let loops: [(name: String, path: WritableKeyPath<Loops, Bool> & Sendable)] = [
    ("followerFeedback", \.followerFeedback), ("wordOfMouth", \.wordOfMouth),
    ("repeatBuying", \.repeatBuying), ("levelEscalation", \.levelEscalation),
    ("ratingThrottle", \.ratingThrottle), ("learningPhase", \.learningPhase),
    ("marketSaturation", \.marketSaturation), ("creativeRefresh", \.creativeRefresh),
    ("buyerQuality", \.buyerQuality),
  ]

  /// The gap with every loop on.
  public let fullGap: Double
  /// One row per loop, in `loops` order.
  public let rows: [Row]

  /// Runs the two-policy comparison once with every loop on, then once per loop switched off.
  ///
  /// With `ticketLimit`, a merchant-day beyond it ends the ablation (`.dayWork`).
  public static func run(
    _ scenario: Scenario, policies: [String], jobs: Int, ticketLimit: Int? = nil
  ) throws(ComparisonFailure) -> Ablation {
    precondition(policies.count >= 2, "ablation compares two policies, got \(policies)")
    func gap(_ scenario: Scenario) throws(ComparisonFailure) -> Double {
      let report = ComparisonReport(
        try PolicyComparison.run(
          scenario, policies: Array(policies.prefix(2)), jobs: jobs, ticketLimit: ticketLimit))
      return report.summary[1].settledDifference.mean
    }
    let full = try gap(scenario)
    var rows: [Row] = []
    for loop in loops {
      var off = scenario
      off.loops[keyPath: loop.path] = false
      let value = try gap(off)
      rows.append(
        Row(loop: loop.name, gap: value, explained: full != 0 ? (full - value) / full : nil))
    }
    return Ablation(fullGap: full, rows: rows)
  }
}
