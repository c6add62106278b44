/// One replication of one sweep point, as simulated.
public struct ReplicationOutcome: Sendable {
  /// The point's scenario (its merchants, with their ids and starting followers).
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
}

extension SweepPlan {
  /// Simulates replication `replication` of point `point`, with the seed
  /// `StreamSeed.derive(pointSeed(point), replication)`.
  ///
  /// The point must have passed `validateAllPoints`; a point that no longer loads is a bug.
  public func simulate(point: Int, replication: Int) -> ReplicationOutcome {
    let scenario = checkedScenario(point)
    let seed = StreamSeed.derive(scenario.experiment.seed, UInt64(replication))
    let days = World.simulate(ResolvedScenario(scenario), seed: seed)
    return ReplicationOutcome(scenario: scenario, replication: replication, seed: seed, days: days)
  }

  /// Each merchant's totals of replication `replication` of point `point` (the
  /// `summaries` of `simulate`), summed as the days end: nothing grows with the horizon.
  public func summaries(point: Int, replication: Int) -> [MerchantSummary] {
    let run = Replication(checkedScenario(point))
    var summaries = run.scenario.merchants.map {
      MerchantSummary(initialFollowers: Double($0.followers))
    }
    run.run(replication) { _, rows in
      for (merchant, row) in rows.enumerated() { summaries[merchant].add(row) }
    }
    return summaries
  }

  /// The point's scenario; the point must have passed `validateAllPoints`.
  private func checkedScenario(_ point: Int) -> Scenario {
    do {
      return try scenario(forPoint: point)
    } catch {
      preconditionFailure("sweep point \(point) passed validation but does not load: \(error)")
    }
  }
}
