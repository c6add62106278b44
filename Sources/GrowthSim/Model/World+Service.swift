extension World {
  /// The agents on duty today: the policy's number, or with `staffToStandard` the smallest
  /// team expected to answer 90 % of tickets within 3 minutes at yesterday's orders, at least
  /// two and at most the policy's number (the policy's number on day 0, with no history yet).
  func staff(for policy: Policy, category: Category, state: MerchantState) -> Int {
    guard policy.staffsToStandard, let orders = state.ordersYesterday else {
      return policy.serviceAgents
    }
    let rates = plan.serviceShareByHour.map { $0 * orders * category.ticketsPerOrder }
    let handling = HandlingTime.exponential(
      meanMinutes: category.handlingMinutes * state.help.handlingTime)
    // At least two, so that a burst of tickets cannot stall a one-person queue (guess).
    let needed = CustomerService.agentsNeeded(
      ratePerHour: rates, handling: handling, target3MinuteShare: 0.9,
      limit: policy.serviceAgents)
    return min(policy.serviceAgents, max(2, needed))
  }
}
