/// Customer service (MODEL.md §3.6, PARAMETERS §1.4): the agents on duty and the day's
/// tickets answered by them.
extension MerchantWork {
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

  /// The day's tickets (`ticketsPerOrder` × orders) arrive as a Poisson stream over the
  /// service hours (`/platform/serviceStartHour`…) following the hourly profile; the agents answer them FIFO
  /// (`CustomerService.simulateDay`, or Erlang C in mean-field mode).
  func serveTickets(_ state: inout MerchantState) -> ServiceDayOutcome {
    let category = plan.scenario.categories[plan.categoryIndex[index]]
    let rates = plan.serviceShareByHour.map { $0 * state.today.orders * category.ticketsPerOrder }
    let handling = HandlingTime.exponential(
      meanMinutes: category.handlingMinutes * state.help.handlingTime)
    // A day beyond the run's ticket limit is not simulated ticket by ticket: it is computed in
    // expectation and ends the run (`DayWorkExcess`).
    let expectedTickets = rates.reduce(0, +)
    if expectedTickets > plan.ticketLimit { state.excessTickets = expectedTickets }
    let service =
      plan.scenario.experiment.isMeanField || state.excessTickets != nil
      ? CustomerService.expectedDay(
        ratePerHour: rates, agents: state.agentsToday, handling: handling)
      : CustomerService.simulateDay(
        ratePerHour: rates, agents: state.agentsToday, handling: handling,
        using: &state.streams.service)
    state.today.serviceTickets = service.tickets
    state.today.serviceMeanResponseSeconds = service.meanWaitMinutes * 60
    state.today.serviceShare3Minutes = service.share3Minutes
    return service
  }
}
