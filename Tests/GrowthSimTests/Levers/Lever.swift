@testable import GrowthSim

/// A decision a strategist can change (docs/levers.md): a named edit of a scenario, applied
/// to the lever merchant's policy in every phase, its SKUs or the scenario around it.
struct Lever: Sendable, CustomStringConvertible {
  let name: String
  /// The days of cover a stock-depth lever holds: the case then opens with that much stock
  /// too, not only reorders to it (`LeverCase.openWithCover`, docs/levers.md).
  var coverDays: Double? = nil
  let apply: @Sendable (inout Scenario) -> Void

  var description: String { name }

  /// Edits every policy and every phase of it.
  static func policies(_ name: String, _ edit: @escaping @Sendable (inout Policy) -> Void) -> Lever
  {
    Lever(name: name) { scenario in
      for p in scenario.policies.indices {
        edit(&scenario.policies[p])
        for f in scenario.policies[p].phases.indices {
          edit(&scenario.policies[p].phases[f].policy)
        }
      }
    }
  }

  /// Every list price × `factor` (unit costs stay).
  static func listPrice(_ factor: Double) -> Lever {
    Lever(name: "list price ×\(factor)") { scenario in
      for m in scenario.merchants.indices {
        for s in scenario.merchants[m].skus.indices {
          scenario.merchants[m].skus[s].price *= factor
        }
      }
    }
  }

  static let baseline = Lever(name: "baseline") { _ in }
  static let discount30 = policies("discount 10→30 %") { $0.discount = 0.3 }
  static let cover90 = cover(90, name: "days of cover 14→90")

  /// Stock `days` deep: every policy and phase reorders up to `days` of recent demand beyond
  /// the lead time, and the case opens with the stock that rule aims at.
  static func cover(_ days: Double, name: String? = nil) -> Lever {
    var lever = policies(name ?? "cover \(days)") { $0.stockCoverDays = days }
    lever.coverDays = days
    return lever
  }
  static let adBudget2 = policies("ad budget ×2") { $0.bidding = $0.bidding.scaled(by: 2) }
  static let agentsThird = policies("agents ÷3") {
    $0.serviceAgents = Int((Double($0.serviceAgents) / 3).rounded())
  }
  static let noCampaign = Lever(name: "no campaign") { $0.campaigns = [] }
  static let noProvider = Lever(name: "no provider") { scenario in
    for m in scenario.merchants.indices { scenario.merchants[m].provider = nil }
  }
  static let noVideos = policies("videos 0") { $0.videosPerDay = 0 }
  static let liveHours2 = policies("live hours ×2") { $0.liveHours = min(24, $0.liveHours * 2) }
  /// Twice the lucky-bag budget; a policy without bags gets the category default's
  /// half-saturation budget (300 yuan an hour), so the lever moves every merchant.
  static let luckyBags2 = policies("lucky bags ×2") {
    $0.luckyBagBudgetPerHour =
      $0.luckyBagBudgetPerHour > 0 ? $0.luckyBagBudgetPerHour * 2 : 300
  }
}

extension BiddingMode {
  /// The same plan with its budgets × `factor`.
  func scaled(by factor: Double) -> BiddingMode {
    switch self {
    case .fixed(let budget): .fixed(dailyBudget: budget * factor)
    case .ramp(let start, let target, let days):
      .ramp(startBudget: start * factor, targetBudget: target * factor, days: days)
    case .testThenScale(let test, let days, let step, let most, let floor):
      .testThenScale(
        testBudget: test * factor, testDays: days, stepShare: step, maxBudget: most * factor,
        roiFloor: floor)
    case .roiTarget(let floor, let most): .roiTarget(floorROI: floor, maxBudget: most * factor)
    case .costCap(let target, let most):
      .costCap(targetCostPerOrder: target, maxBudget: most * factor)
    }
  }
}
