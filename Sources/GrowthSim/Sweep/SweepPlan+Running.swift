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
    let scenario: Scenario
    do {
      scenario = try self.scenario(forPoint: point)
    } catch {
      preconditionFailure("sweep point \(point) passed validation but does not load: \(error)")
    }
    let seed = StreamSeed.derive(scenario.experiment.seed, UInt64(replication))
    let days = World.simulate(ResolvedScenario(scenario), seed: seed)
    return ReplicationOutcome(scenario: scenario, replication: replication, seed: seed, days: days)
  }
}
