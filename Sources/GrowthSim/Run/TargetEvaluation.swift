/// Evaluates a scenario's targets on a finished run (docs/targets.md).
///
/// Values come from the same columns `daily.csv` and `providers.csv` write, so a target
/// reads exactly what a user would compute from the files (before their rounding).
public enum TargetEvaluation {
  /// Every target of the run's scenario, in scenario order.
  public static func outcomes(of result: RunResult) -> [TargetOutcome] {
    let targets = result.scenario.targets
    guard !targets.isEmpty else { return [] }
    let providerRows =
      targets.contains { $0.provider != nil } ? ProviderTable.rows(of: result) : []
    return targets.map { target in
      let series = (0..<result.days.count).map {
        dailyValues(target, replication: $0, result, providerRows: providerRows)
      }
      let measured = series.map { statistic(target, $0, result) }
      return TargetOutcome(
        target: target, statistics: measured.map(\.value), reasons: measured.map(\.reason))
    }
  }

  /// The target's statistic in one replication from its values by day of the run, or `nil`
  /// with the reason it is undefined.
  static func statistic(_ target: Target, _ values: [Double?], _ result: RunResult) -> (
    value: Double?, reason: String?
  ) {
    let start = result.scenario.calendar.startDate
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

  /// The metric on each day of the run in one replication: the merchant's, the provider's,
  /// or the sum over merchants (days where no merchant has a value are `nil`).
  static func dailyValues(
    _ target: Target, replication: Int, _ result: RunResult,
    providerRows: [ProviderTable.Row]
  ) -> [Double?] {
    let scenario = result.scenario
    if let provider = target.provider {
      let read = ProviderTable.columns.first { $0.name == target.metric }?.value
      let count = scenario.providers.count
      guard let read, let index = scenario.providers.firstIndex(where: { $0.id == provider })
      else { return [] }
      // Rows run replication by replication, day by day, provider by provider.
      return (0..<scenario.calendar.days).map { day in
        read(providerRows[(replication * scenario.calendar.days + day) * count + index])
      }
    }
    guard let read = DailyTable.columns.first(where: { $0.name == target.metric })?.value
    else { return [] }
    let merchants = scenario.merchants.indices.filter {
      target.merchant == nil || scenario.merchants[$0].id == target.merchant
    }
    return (0..<scenario.calendar.days).map { day in
      var total: Double? = nil
      for index in merchants {
        let merchant = scenario.merchants[index]
        let record = result.days[replication][index][day]
        let row = DailyTable.Row(
          replication: replication, seed: result.seeds[replication], merchant: merchant.id,
          policy: merchant.policy, date: scenario.calendar.startDate.adding(days: day),
          record: record)
        if let value = read(row) { total = (total ?? 0) + value }
      }
      return total
    }
  }
}
