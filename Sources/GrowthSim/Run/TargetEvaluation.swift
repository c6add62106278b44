/// Evaluates a scenario's targets on a finished run (docs/targets.md).
///
/// Values come from the same columns `daily.csv` and `providers.csv` write, so a target
/// reads exactly what a user would compute from the files (before their rounding).
public enum TargetEvaluation {
  /// Every target of the run's scenario, in scenario order.
  public static func outcomes(of result: RunResult) -> [TargetOutcome] {
    let scenario = result.scenario
    guard !scenario.targets.isEmpty else { return [] }
    let plan = ResolvedScenario(scenario)
    let measured = result.days.enumerated().map { replication, merchants in
      var series = TargetSeries(scenario)
      for day in 0..<scenario.calendar.days {
        series.add(
          day: day, records: merchants.map { $0[day] }, replication: replication,
          seed: result.seeds[replication], plan: plan)
      }
      return series.statistics()
    }
    return outcomes(of: scenario, measured: measured)
  }

  /// Every target of `scenario` from each replication's `TargetSeries.statistics()`.
  static func outcomes(
    of scenario: Scenario, measured: [[(value: Double?, reason: String?)]]
  ) -> [TargetOutcome] {
    scenario.targets.enumerated().map { index, target in
      TargetOutcome(
        target: target, statistics: measured.map { $0[index].value },
        reasons: measured.map { $0[index].reason })
    }
  }

  /// The target's statistic in one replication from its values by day of the run, or `nil`
  /// with the reason it is undefined.
  static func statistic(_ target: Target, _ values: [Double?], start: CivilDate) -> (
    value: Double?, reason: String?
  ) {
    func reduce(_ window: Target.Window) -> Double? {
      // Loading keeps windows inside the horizon; a caller that shortened the calendar
      // afterwards (a quick test run) gets the days that exist.
      let first = max(0, window.from.daysSinceEpoch - start.daysSinceEpoch)
      let last = min(values.count - 1, window.to.daysSinceEpoch - start.daysSinceEpoch)
      guard first <= last else { return nil }
      return aggregate(values[first...last].compactMap { $0 }, window.aggregate)
    }
    guard let measured = reduce(target.window) else {
      return (nil, "no day of the window has a value")
    }
    guard let baseline = target.baseline else { return (measured, nil) }
    guard let base = reduce(baseline) else { return (nil, "no day of the baseline has a value") }
    guard base != 0 else { return (nil, "the baseline is 0") }
    let ratio = measured / base
    return ratio.isFinite ? (ratio, nil) : (nil, "the ratio to the baseline overflows")
  }

  /// `values` reduced by `aggregate`, or `nil` for no values.
  static func aggregate(_ values: [Double], _ aggregate: Target.Aggregate) -> Double? {
    switch aggregate {
    case .sum: return values.isEmpty ? nil : values.reduce(0, +)
    case .mean: return Statistics.mean(values)
    case .max: return values.max()
    case .min: return values.min()
    case .last: return values.last
    }
  }
}

/// One replication's target metrics, gathered day by day as the run streams (a few numbers
/// per target and day, whatever the number of merchants).
struct TargetSeries {
  private let scenario: Scenario
  /// Per target, the metric on each day so far: the merchant's, the provider's, or the sum
  /// over merchants (`nil` on days where none has a value).
  private var values: [[Double?]]
  private let needsProviders: Bool

  init(_ scenario: Scenario) {
    self.scenario = scenario
    values = scenario.targets.map { _ in [] }
    needsProviders = scenario.targets.contains { $0.provider != nil }
  }

  /// Adds `day` (days come in order), every merchant's record in scenario order.
  mutating func add(
    day: Int, records: [DayRecord], replication: Int, seed: UInt64, plan: ResolvedScenario
  ) {
    guard !values.isEmpty else { return }
    let providerRows =
      needsProviders
      ? ProviderTable.rows(
        replication: replication, seed: seed, day: day, records: records, plan: plan) : []
    let date = scenario.calendar.startDate.adding(days: day)
    for (index, target) in scenario.targets.enumerated() {
      if let provider = target.provider {
        let read = ProviderTable.columns.first { $0.name == target.metric }?.value
        let row = scenario.providers.firstIndex { $0.id == provider }.map { providerRows[$0] }
        values[index].append(row.flatMap { read?($0) })
        continue
      }
      let read = DailyTable.columns.first { $0.name == target.metric }?.value
      var total: Double? = nil
      for (merchant, record) in zip(scenario.merchants, records)
      where target.merchant == nil || merchant.id == target.merchant {
        let row = DailyTable.Row(
          replication: replication, seed: seed, merchant: merchant.id, policy: merchant.policy,
          date: date, record: record)
        if let value = read?(row) { total = (total ?? 0) + value }
      }
      values[index].append(total)
    }
  }

  /// Each target's statistic over the days added, or `nil` with the reason it is undefined.
  func statistics() -> [(value: Double?, reason: String?)] {
    zip(scenario.targets, values).map {
      TargetEvaluation.statistic($0, $1, start: scenario.calendar.startDate)
    }
  }
}
