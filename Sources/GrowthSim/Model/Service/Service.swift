/// Customer service (MODEL.md §3.6, PARAMETERS §1.4, §6.3): the agents on duty and the day's
/// tickets answered by them.
extension MerchantWork {
  /// The agents on duty today: the policy's number, or with `staffToStandard` the smallest
  /// team expected to answer 90 % of tickets within 3 minutes at yesterday's orders, at least
  /// `fewestAgentsToStandard` (two, against a burst stalling a one-person queue) and at most
  /// the policy's number (the policy's number on day 0, with no history yet).
  ///
  /// Takes the fields it reads, not the merchant's state: passing the state copied it.
  func staff(
    for policy: Policy, category: Category, ordersYesterday: Double?, presaleConversion: Double,
    handlingScale: Double
  ) -> Int {
    guard policy.staffsToStandard, let orders = ordersYesterday else {
      return policy.serviceAgents
    }
    let perOrder = chatsPerOrder(category, presaleConversion: presaleConversion)
    let rates = plan.serviceShareByHour.map { $0 * orders * perOrder }
    let needed = CustomerService.agentsNeeded(
      ratePerHour: rates, chatsPerAgent: policy.concurrentChats,
      handling: category.handlingTime(scale: handlingScale),
      firstReplyMinutes: category.firstReplyMinutes(scale: handlingScale),
      target3MinuteShare: 0.9, limit: policy.serviceAgents,
      openHour: plan.scenario.platform.serviceStartHour,
      closeHour: plan.scenario.platform.serviceEndHour, shiftHours: policy.shiftHours)
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
    let perOrder = chatsPerOrder(category, presaleConversion: state.presaleConversion)
    let rates = plan.serviceShareByHour.map { $0 * state.today.orders * perOrder }
    let handling = category.handlingTime(scale: state.help.handlingTime)
    let reply = category.firstReplyMinutes(scale: state.help.handlingTime)
    // A day beyond the run's ticket limit is not simulated ticket by ticket: it is computed in
    // expectation and ends the run (`DayWorkExcess`).
    let expectedTickets = rates.reduce(0, +)
    if expectedTickets > plan.ticketLimit { state.excessTickets = expectedTickets }
    let platform = plan.scenario.platform
    let (open, close) = (platform.serviceStartHour, platform.serviceEndHour)
    // The day's shifts, laid once for the queue and the utilisation below.
    let shifts = ServiceShifts(
      agents: state.agentsToday, shiftHours: plan.variants[state.variant].shiftHours,
      ratePerHour: rates, openHour: open, closeHour: close)
    let service =
      plan.scenario.experiment.isMeanField || state.excessTickets != nil
      ? CustomerService.expectedDay(
        ratePerHour: rates, agents: state.agentsToday, chatsPerAgent: chats, handling: handling,
        firstReplyMinutes: reply, openHour: open, closeHour: close,
        patienceMinutes: category.presalePatienceMinutes, shifts: shifts)
      : CustomerService.simulateDay(
        ratePerHour: rates, agents: state.agentsToday, chatsPerAgent: chats, handling: handling,
        firstReplyMinutes: reply, openHour: open, closeHour: close,
        patienceMinutes: category.presalePatienceMinutes, shifts: shifts,
        using: &state.streams.service)
    state.today.serviceTickets = service.tickets
    state.today.serviceMeanResponseSeconds = service.meanResponseMinutes * 60
    state.today.serviceShare3Minutes = service.share3Minutes
    // The busiest service hour's offered load over the slots on duty: ≥ 1 is an overloaded
    // hour. An hour with chats and nobody to answer them (no agents, or none on shift) has no
    // capacity, so it is overloaded: its load as if on one slot, at least 1.
    let onDuty = shifts.onDuty
    state.today.serviceUtilisation =
      (open..<close).map { hour in
        let load = rates[hour] / 60 * handling.meanMinutes
        return onDuty[hour] > 0 ? load / Double(onDuty[hour] * chats) : load > 0 ? max(1, load) : 0
      }
      .max() ?? 0
    updatePresaleConversion(category, service: service, &state)
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
