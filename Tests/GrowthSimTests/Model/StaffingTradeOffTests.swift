import Foundation
import Testing

@testable import GrowthSim

/// Staffing trades off smoothly (issue #14): on the default, profit over 1–8 agents moves by
/// more than 15 % between neighbours only where the smaller pool is overloaded (an hour
/// with chats and nobody on duty is overloaded: utilisation at least 1).
@Suite struct StaffingTradeOffTests {
  /// The default scenario in mean field with `agents` agents (on `shiftHours` shifts when
  /// given): its profit, orders and the largest peak-hour utilisation of any day.
  static func run(agents: Int, ticketsPerOrder: Double? = nil, shiftHours: Int? = nil) throws
    -> (profit: Double, orders: Double, utilisation: Double)
  {
    var scenario = try Scenario.decode(from: Array(DefaultScenario.json.utf8))
    scenario.experiment.isMeanField = true
    scenario.experiment.replications = 1
    scenario.policies[0].serviceAgents = agents
    if let ticketsPerOrder { scenario.categories[0].ticketsPerOrder = ticketsPerOrder }
    if let shiftHours { scenario.policies[0].shiftHours = shiftHours }
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    return (
      days.reduce(0) { $0 + $1.profit }, days.reduce(0) { $0 + $1.orders },
      days.map(\.serviceUtilisation).max() ?? 0
    )
  }

  /// Whether neighbouring pools' profits differ by more than 15 % of the larger.
  static func isCliff(_ small: Double, _ large: Double) -> Bool {
    abs(large - small) > 0.15 * max(abs(small), abs(large))
  }

  @Test func profitOverOneToEightAgentsIsSmoothOnTheDefault() throws {
    let pools = try (1...8).map { try Self.run(agents: $0) }
    for agents in 1..<8 {
      let (small, large) = (pools[agents - 1], pools[agents])
      #expect(
        !Self.isCliff(small.profit, large.profit) || small.utilisation >= 1,
        "\(agents) → \(agents + 1) agents: \(small) → \(large)")
    }
    // The default's agents work 8-hour shifts: one agent leaves the morning to wait (an
    // overloaded hour), slow days cost the score and late pre-sale answers cost orders, so it
    // sells less and earns less than two.
    #expect(pools[0].utilisation >= 1, "\(pools[0])")
    #expect(pools[0].orders < pools[1].orders && pools[0].profit < pools[1].profit, "\(pools)")
    // From two on the day is covered and none is short: each further agent costs its wage.
    let covered = pools[1...]
    #expect(zip(covered, covered.dropFirst()).allSatisfy { $1.profit < $0.profit }, "\(pools)")
  }

  /// The check can fail: with every agent on all day (no shifts), ten times the chats
  /// overload one agent, and profit jumps with the second.
  @Test func anOverloadedPoolIsTheCliff() throws {
    let one = try Self.run(agents: 1, ticketsPerOrder: 5, shiftHours: 15)
    let two = try Self.run(agents: 2, ticketsPerOrder: 5, shiftHours: 15)
    #expect(Self.isCliff(one.profit, two.profit) && one.utilisation >= 1, "\(one) → \(two)")
  }
}
