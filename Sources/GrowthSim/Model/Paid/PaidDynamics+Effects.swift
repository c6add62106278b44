import Foundation

/// The positive budgets of the latest days: what a budget jump is measured against.
struct BudgetMemory: Sendable, Equatable {
  private var window = ConversionWindow()

  /// Records a day's budget; zero budgets (bans, pauses) are not remembered.
  mutating func record(_ budget: Double) {
    if budget > 0 { window.push(budget) }
  }

  /// The least of the latest `days` positive budgets, or `nil` for a plan that never spent.
  func reference(days: Int) -> Double? {
    window.least(last: days)
  }
}

extension PaidDynamics {
  /// The CPM multiplier of buying a large share of the reachable audience:
  /// 1 + `audienceElasticity` × impressions / audience, impressions at the base CPM.
  ///
  /// - Parameters:
  ///   - budget: the day's budget in yuan.
  ///   - baseCPM: the category's CPM outside festivals and learning.
  ///   - audience: the people the merchant can still reach (at least 1 is used).
  /// - Returns: the multiplier, ≥ 1.
  func audienceMultiplier(budget: Double, baseCPM: Double, audience: Double) -> Double {
    guard budget > 0, baseCPM > 0 else { return 1 }
    return 1 + audienceElasticity * budget / baseCPM * 1000 / max(1, audience)
  }

  /// The CPM multiplier of a sharp budget rise: 1 + `jumpPremium` × log₂(budget / reference)
  /// when the budget exceeds the reference (the least of the latest `jumpDays` budgets), else 1.
  func jumpMultiplier(budget: Double, reference: Double?) -> Double {
    guard let reference, reference > 0, budget > reference else { return 1 }
    return 1 + jumpPremium * log2(budget / reference)
  }

  /// The share of fresh paid click-through left after `creativeAgeDays` days without a new
  /// video: max(`creativeFloor`, e^(−`creativeDecayPerDay` × age)).
  func clickMultiplier(creativeAgeDays: Int) -> Double {
    max(creativeFloor, exp(-creativeDecayPerDay * Double(max(0, creativeAgeDays))))
  }
}
