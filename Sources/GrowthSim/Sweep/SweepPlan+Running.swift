/// One replication of one sweep point under one policy, as simulated.
public struct ReplicationOutcome: Sendable {
  /// The point's scenario (its merchants, with their ids, policies and starting followers).
  public let scenario: Scenario
  /// The replication index and its seed.
  public let replication: Int
  public let seed: UInt64
  /// `days[merchant][day]`.
  public let days: [[DayRecord]]

  /// Each merchant's totals, in scenario order.
  public var summaries: [MerchantSummary] {
    zip(scenario.merchants, days).map { merchant, records in
      MerchantSummary(days: records, initialFollowers: Double(merchant.followers))
    }
  }

  /// What the point's statistics need of this replication.
  public var policyOutcome: PolicyOutcome {
    var outcome = PolicyOutcome(merchants: scenario.merchants, days: days.first?.count ?? 0)
    for day in days.first?.indices ?? 0..<0 { outcome.add(days.map { $0[day] }) }
    return outcome
  }
}

/// A replication's merchant totals and its profit path under one policy: the input of a
/// point's statistics (`PointSummary`).
public struct PolicyOutcome: Sendable, Equatable {
  /// Each merchant's totals.
  public var summaries: [MerchantSummary]
  /// Settled profit to the end of each day (the refunds due booked, `compare`'s verdict), summed
  /// over merchants; the contest and the crossover day are read from it.
  public var settledProfit: [Double]

  /// Creates an outcome.
  public init(summaries: [MerchantSummary], settledProfit: [Double]) {
    self.summaries = summaries
    self.settledProfit = settledProfit
  }

  /// No day yet: `add(_:)` grows it day by day, so a run need not keep its days.
  init(merchants: [Merchant], days: Int) {
    summaries = merchants.map { MerchantSummary(initialFollowers: Double($0.followers)) }
    settledProfit = []
    settledProfit.reserveCapacity(days)
  }

  /// One replication of `scenario` with `seed`, summed as the days end: nothing grows with
  /// merchants × horizon.
  ///
  /// - Throws: the first merchant-day expecting more customer-service tickets than
  ///   `ticketLimit` (the `tickets-per-merchant-day` limit; `nil` for none).
  static func simulate(_ scenario: Scenario, seed: UInt64, ticketLimit: Int? = nil)
    throws(DayWorkExcess) -> PolicyOutcome
  {
    var outcome = PolicyOutcome(merchants: scenario.merchants, days: scenario.calendar.days)
    try World.simulateWithinLimit(
      ResolvedScenario(scenario, limitingTicketsTo: ticketLimit), seed: seed
    ) { _, rows in outcome.add(rows) }
    return outcome
  }

  /// Adds the next day: every merchant's row, in scenario order (the profit is summed in that
  /// order from 0, so a streamed and a kept run give the same bits).
  mutating func add(_ rows: [DayRecord]) {
    var total = 0.0
    for (merchant, row) in rows.enumerated() {
      summaries[merchant].add(row)
      total += row.cumulativeProfitSettled
    }
    settledProfit.append(total)
  }
}

extension SweepPlan {
  /// The scenarios point `point` runs: one per policy of the spec, every merchant following
  /// it (`Scenario.allFollowing`), or the point's scenario alone when the spec compares none.
  ///
  /// - Throws: the scenario's issues if the point's values break a rule, or a policy that the
  ///   point's scenario neither defines nor has as a preset.
  public func scenarios(forPoint point: Int) throws(ScenarioError) -> [Scenario] {
    let scenario = try scenario(forPoint: point)
    guard spec.comparesPolicies else { return [scenario] }
    var result: [Scenario] = []
    var issues: [ScenarioError.Issue] = []
    for id in spec.policies {
      if let variant = scenario.allFollowing(policy: id) {
        result.append(variant)
      } else {
        issues.append(.init(.root, scenario.unknownPolicyMessage(id)))
      }
    }
    guard issues.isEmpty else { throw ScenarioError(issues) }
    return result
  }

  /// Simulates replication `replication` of point `point` under each of its scenarios, with
  /// the seed `StreamSeed.replication(replication, of: pointSeed(point))` — the same for every policy,
  /// so policies meet common random numbers, as in `growthsim compare`.
  ///
  /// The point must have passed `validateAllPoints`; a point that no longer loads is a bug.
  ///
  /// - Throws: the first merchant-day expecting more customer-service tickets than
  ///   `ticketLimit` (the `tickets-per-merchant-day` limit; `nil` for none).
  public func simulate(point: Int, replication: Int, ticketLimit: Int? = nil)
    throws(DayWorkExcess) -> [ReplicationOutcome]
  {
    let scenarios = checkedScenarios(point)
    let seed = StreamSeed.replication(replication, of: pointSeed(point))
    return try scenarios.map { scenario throws(DayWorkExcess) in
      var days = Array(repeating: [DayRecord](), count: scenario.merchants.count)
      try World.simulateWithinLimit(
        ResolvedScenario(scenario, limitingTicketsTo: ticketLimit), seed: seed
      ) { _, rows in
        for (merchant, row) in rows.enumerated() { days[merchant].append(row) }
      }
      return ReplicationOutcome(
        scenario: scenario, replication: replication, seed: seed, days: days)
    }
  }

  /// The `policyOutcome`s of `simulate(point:replication:ticketLimit:)`, summed as the days
  /// end: nothing grows with merchants × horizon (a sweep without `--daily` keeps no rows).
  public func policyOutcomes(point: Int, replication: Int, ticketLimit: Int? = nil)
    throws(DayWorkExcess) -> [PolicyOutcome]
  {
    let seed = StreamSeed.replication(replication, of: pointSeed(point))
    return try checkedScenarios(point).map { scenario throws(DayWorkExcess) in
      try PolicyOutcome.simulate(scenario, seed: seed, ticketLimit: ticketLimit)
    }
  }

  /// The point's scenarios; the point must have passed `validateAllPoints`.
  private func checkedScenarios(_ point: Int) -> [Scenario] {
    do {
      return try scenarios(forPoint: point)
    } catch {
      preconditionFailure("sweep point \(point) passed validation but does not load: \(error)")
    }
  }
}
