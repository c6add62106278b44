/// A provider's operation (MODEL.md §3.9): what its staff does for each store it serves, as the
/// store's policy raised to it, and the policy variants that follow its hiring plan.
extension ProviderOperation {
  /// `policy` run by a provider allotting `staffPerStore` people to the store: live hours,
  /// videos and service each raised to what that staff delivers, never lowered.
  func operating(_ policy: Policy, staffPerStore staff: Double) -> Policy {
    var result = policy
    let hours = min(24, staff * liveHoursPerStaff)
    if hours > policy.liveHours {
      // The provider's operators run the session, with their lucky bags.
      result.liveHours = hours
      result.luckyBagBudgetPerHour = max(policy.luckyBagBudgetPerHour, luckyBagBudgetPerHour)
    }
    result.videosPerDay = max(
      policy.videosPerDay, Int(min(1_000, staff * videosPerStaff).rounded(.down)))
    let agents = Int(min(10_000, staff * agentsPerStaff).rounded(.up))
    if agents > policy.serviceAgents {
      // To the standard, but never fewer than the store's own fixed team.
      if !policy.staffsToStandard {
        result.fewestAgentsToStandard = max(policy.fewestAgentsToStandard, policy.serviceAgents)
      }
      result.staffsToStandard = true
      result.serviceAgents = agents
    }
    return result
  }
}

extension ResolvedScenario {
  /// For each provider with an operation (`nil` without), for each level of its staff
  /// (`staff`, then each `staffPlan` step), the variant each variant becomes when the
  /// provider runs it; the operated variants are appended to `variants` with their phase
  /// names.
  static func operatedVariants(
    _ scenario: Scenario, served: [Int], variants: inout [Policy], phaseNames: inout [String]
  ) -> [[[Int]]?] {
    let own = variants.count
    return scenario.providers.enumerated().map { index, provider in
      guard let operation = provider.operation, served[index] > 0 else { return nil }
      let levels = [provider.staff] + provider.staffPlan.map(\.staff)
      return levels.map { staff in
        (0..<own).map { variant in
          let operated = operation.operating(
            variants[variant], staffPerStore: Double(staff) / Double(served[index]))
          if operated == variants[variant] { return variant }
          variants.append(operated)
          phaseNames.append(phaseNames[variant])
          return variants.count - 1
        }
      }
    }
  }

  /// The variant `merchant` runs on `day`: its policy's (phase) variant, run by its provider
  /// from the contract start when the provider has an operation.
  func variant(of merchant: Int, on day: Int) -> Int {
    let own = variantByDay[policyIndex[merchant]][day]
    guard let provider = providerIndex[merchant], let levels = operatedVariants[provider],
      day >= contractStartDay[merchant]
    else { return own }
    let start = scenario.calendar.startDate.daysSinceEpoch
    let steps = scenario.providers[provider].staffPlan
    let level = steps.filter { $0.from.daysSinceEpoch - start <= day }.count
    return levels[level][own]
  }
}
