/// The same scenario run under several policies with common random numbers (MODEL.md §4).
///
/// Every merchant follows each policy in turn; the random streams depend only on the seed,
/// the replication, the merchant, the day and the random process (`Streams`), and every draw
/// inverts one uniform, so the policies meet the same luck and their paired differences carry
/// less noise than independent runs would.
public struct PolicyComparison: Sendable {
  /// The policy ids, the first being the reference for differences.
  public let policies: [String]
  /// The scenario compared (before each policy is given to every merchant).
  public let scenario: Scenario
  /// Per policy, replication for replication on the same seeds, the daily totals the report
  /// reads: a comparison of a whole belt keeps a few numbers a day, not every merchant's row.
  public let totals: [PolicyTotals]

  /// Runs `scenario` once per policy in `policies` (scenario policies or presets).
  ///
  /// - Throws: `.scenario` naming a policy id that is neither defined nor a preset, or
  ///   `.dayWork`: the first merchant-day (in policy, then replication order) expecting more
  ///   customer-service tickets than `ticketLimit` (`nil` for no limit).
  ///
  /// `progress` hears, on the calling thread, how many policies are done.
  public static func run(
    _ scenario: Scenario, policies: [String], jobs: Int, ticketLimit: Int? = nil,
    progress: (_ policiesDone: Int) -> Void = { _ in }
  ) throws(ComparisonFailure) -> PolicyComparison {
    var variants: [Scenario] = []
    var issues: [ScenarioError.Issue] = []
    for id in policies {
      if let variant = scenario.allFollowing(policy: id) {
        variants.append(variant)
      } else {
        issues.append(.init(.root, scenario.unknownPolicyMessage(id)))
      }
    }
    guard issues.isEmpty else { throw .scenario(ScenarioError(issues)) }
    var totals: [PolicyTotals] = []
    for variant in variants {
      do throws(DayWorkExcess) {
        totals.append(try PolicyTotals.run(variant, jobs: jobs, ticketLimit: ticketLimit))
      } catch {
        throw .dayWork(error)
      }
      progress(totals.count)
    }
    return PolicyComparison(policies: policies, scenario: scenario, totals: totals)
  }
}

/// One policy's replications reduced to daily totals over the merchants.
public struct PolicyTotals: Sendable {
  /// `days[replication][day][column]`: each of `ComparisonReport.metrics` summed over the
  /// merchants in scenario order, then the denominator of each ratio metric, in metric order.
  public let days: [[[Double]]]

  /// The columns of a day: each metric's value, then each ratio's denominator.
  static let columns: [@Sendable (DayRecord) -> Double] =
    ComparisonReport.metrics.map(\.value) + ComparisonReport.metrics.compactMap(\.denominator)

  /// Runs every replication, `jobs` at a time, summing each day's rows as it ends.
  ///
  /// - Throws: the lowest replication's merchant-day beyond `ticketLimit`.
  static func run(_ scenario: Scenario, jobs: Int, ticketLimit: Int?)
    throws(DayWorkExcess) -> PolicyTotals
  {
    let replication = Replication(scenario, ticketLimit: ticketLimit)
    let results = parallelMap(count: scenario.experiment.replications, jobs: jobs) { index in
      var days: [[Double]] = []
      days.reserveCapacity(scenario.calendar.days)
      let ending = replication.run(index, shouldStop: { false }) { _, rows in
        days.append(columns.map { value in rows.reduce(0) { $0 + value($1) } })
      }
      return ending.map { _ in days }
    }
    return PolicyTotals(days: try results.map { result throws(DayWorkExcess) in try result.get() })
  }

  /// A metric's totals, `[replication][day]`, by its `compare_daily.csv` name.
  public func series(_ metric: String) -> [[Double]] {
    guard let column = ComparisonReport.metrics.firstIndex(where: { $0.name == metric }) else {
      preconditionFailure("no comparison metric '\(metric)'")
    }
    return days.map { $0.map { $0[column] } }
  }
}
