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
    var cumulativeProfit = Array(repeating: 0.0, count: days.first?.count ?? 0)
    for records in days {
      for (day, record) in records.enumerated() { cumulativeProfit[day] += record.cumulativeProfit }
    }
    return PolicyOutcome(summaries: summaries, cumulativeProfit: cumulativeProfit)
  }
}

/// A replication's merchant totals and its profit path under one policy: the input of a
/// point's statistics (`PointSummary`).
public struct PolicyOutcome: Sendable, Equatable {
  /// Each merchant's totals.
  public var summaries: [MerchantSummary]
  /// Profit to the end of each day, summed over merchants; the crossover day is read from it.
  public var cumulativeProfit: [Double]

  /// Creates an outcome.
  public init(summaries: [MerchantSummary], cumulativeProfit: [Double]) {
    self.summaries = summaries
    self.cumulativeProfit = cumulativeProfit
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
  /// the seed `StreamSeed.derive(pointSeed(point), replication)` — the same for every policy,
  /// so policies meet common random numbers, as in `growthsim compare`.
  ///
  /// The point must have passed `validateAllPoints`; a point that no longer loads is a bug.
  public func simulate(point: Int, replication: Int) -> [ReplicationOutcome] {
    let scenarios: [Scenario]
    do {
      scenarios = try self.scenarios(forPoint: point)
    } catch {
      preconditionFailure("sweep point \(point) passed validation but does not load: \(error)")
    }
    let seed = StreamSeed.derive(pointSeed(point), UInt64(replication))
    return scenarios.map { scenario in
      let days = World.simulate(ResolvedScenario(scenario), seed: seed)
      return ReplicationOutcome(
        scenario: scenario, replication: replication, seed: seed, days: days)
    }
  }
}
