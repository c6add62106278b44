/// Customer service (MODEL.md §3.6, PARAMETERS §1.4, §6.3): the agents on duty and the day's
/// tickets answered by them.
extension MerchantWork {
  /// The agents on duty today: the policy's number, or with `staffToStandard` the smallest
  /// team expected to answer 90 % of tickets within 3 minutes at yesterday's orders, at least
  /// `fewestAgentsToStandard` (two, against a burst stalling a one-person queue) and at most
  /// the policy's number (the policy's number on day 0, with no history yet).
  ///
  /// Takes the two fields it reads, not the merchant's state: passing the state copied it.
  func staff(
    for policy: Policy, category: Category, ordersYesterday: Double?, handlingScale: Double
  ) -> Int {
    guard policy.staffsToStandard, let orders = ordersYesterday else {
      return policy.serviceAgents
    }
    let rates = plan.serviceShareByHour.map { $0 * orders * category.ticketsPerOrder }
    let needed = CustomerService.agentsNeeded(
      ratePerHour: rates, chatsPerAgent: policy.concurrentChats,
      handling: category.handlingTime(scale: handlingScale),
      firstReplyMinutes: category.firstReplyMinutes(scale: handlingScale),
      target3MinuteShare: 0.9, limit: policy.serviceAgents)
    return min(policy.serviceAgents, max(policy.fewestAgentsToStandard, needed))
  }

  /// The day's tickets (`ticketsPerOrder` × orders) arrive as a Poisson stream over the
  /// service hours (`/platform/serviceStartHour`…) following the hourly profile; the agents,
  /// each holding up to `concurrentChats` chats, answer them FIFO
  /// (`CustomerService.simulateDay`, or M/M/(c·k) Erlang C in mean-field mode), each first
  /// reply `firstReplySeconds` after a chat reaches its agent, more while they hold others.
  func serveTickets(_ state: inout MerchantState) -> ServiceDayOutcome {
    let category = plan.scenario.categories[plan.categoryIndex[index]]
    let chats = plan.variants[state.variant].concurrentChats
    let rates = plan.serviceShareByHour.map { $0 * state.today.orders * category.ticketsPerOrder }
    let handling = category.handlingTime(scale: state.help.handlingTime)
    let reply = category.firstReplyMinutes(scale: state.help.handlingTime)
    // A day beyond the run's ticket limit is not simulated ticket by ticket: it is computed in
    // expectation and ends the run (`DayWorkExcess`).
    let expectedTickets = rates.reduce(0, +)
    if expectedTickets > plan.ticketLimit { state.excessTickets = expectedTickets }
    let service =
      plan.scenario.experiment.isMeanField || state.excessTickets != nil
      ? CustomerService.expectedDay(
        ratePerHour: rates, agents: state.agentsToday, chatsPerAgent: chats, handling: handling,
        firstReplyMinutes: reply)
      : CustomerService.simulateDay(
        ratePerHour: rates, agents: state.agentsToday, chatsPerAgent: chats, handling: handling,
        firstReplyMinutes: reply, using: &state.streams.service)
    state.today.serviceTickets = service.tickets
    state.today.serviceMeanResponseSeconds = service.meanResponseMinutes * 60
    state.today.serviceShare3Minutes = service.share3Minutes
    // The busiest service hour's offered load over the slots: ≥ 1 is an overloaded pool.
    let platform = plan.scenario.platform
    let peak = rates[platform.serviceStartHour..<platform.serviceEndHour].max() ?? 0
    // With no agents, the load as if on one slot (nobody answers; `unansweredWaitMinutes`).
    let slots = Double(max(1, state.agentsToday * chats))
    state.today.serviceUtilisation = peak / 60 * handling.meanMinutes / slots
    return service
  }
}

extension Category {
  /// The first-reply time in minutes with one chat held, scaled by `scale` (a provider's
  /// help trains agents to reply as it trains them to handle chats).
  func firstReplyMinutes(scale: Double) -> Double {
    firstReplySeconds * scale / 60
  }

  /// The handling time of one chat, its mean scaled by `scale` (a provider's help).
  func handlingTime(scale: Double) -> HandlingTime {
    let mean = handlingMinutes * scale
    switch handlingDistribution {
    case .exponential: return .exponential(meanMinutes: mean)
    case .logNormal: return .logNormal(meanMinutes: mean, cv: handlingCV)
    }
  }
}
