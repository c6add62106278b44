/// Talent sessions: affiliates of the alliance and top KOLs sell the merchant's goods to
/// their own audience (MODEL.md §3.2 item 6).
extension MerchantWork {
  /// Schedules the day's affiliate session (every `allianceEveryDays` days, if the score
  /// admits the store to the alliance) and any top-KOL session dated today.
  mutating func scheduleTalentSessions(
    on day: Int, allianceAllowed: Bool, variant: Int
  ) {
    let scenario = plan.scenario
    let talents = plan.variants[variant].talents
    let at = Double(day) * World.minutesPerDay + Double(talents.startHour) * 60
    if allianceAllowed, talents.allianceEveryDays > 0, day % talents.allianceEveryDays == 0 {
      schedule(.talentSession(merchant: index, session: .alliance), at: at)
    }
    let today = scenario.calendar.startDate.adding(days: day)
    for (kol, session) in talents.topKOLSessions.enumerated() where session.date == today {
      schedule(.talentSession(merchant: index, session: .topKOL(kol)), at: at)
    }
    if talents.topKOLEveryDays > 0, day > 0, day % talents.topKOLEveryDays == 0 {
      schedule(.talentSession(merchant: index, session: .periodicKOL), at: at)
    }
  }

  /// A talent's session: the talent's own audience (new users, as far as the market is not
  /// reached) converts at the talent's rate and buys from the merchant's stock; the merchant
  /// pays commission on the session's GMV (and a top KOL's slot fee); few viewers follow.
  mutating func runTalentSession(_ kind: TalentSession, state: inout MerchantState) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let talents = plan.variants[state.variant].talents
    let session: TalentPlan.KOLSession? =
      switch kind {
      case .alliance: nil
      case .topKOL(let index): talents.topKOLSessions[index]
      case .periodicKOL: talents.periodicKOL
      }
    let audience = session?.audience ?? talents.allianceAudience
    let commission = session?.commissionRate ?? talents.allianceCommissionRate
    let unreached =
      scenario.loops.marketSaturation ? state.unreachedShare(of: category.addressablePopulation) : 1
    let visits = state.streams.talent.poisson(audience * state.help.talentAudience * unreached)
    let demand = state.streams.conversion.binomial(
      visits, min(1, state.shelfConversionRate * category.talentConversionMultiplier))
    let follows =
      scenario.loops.followerFeedback
      ? state.streams.audience.binomial(visits, category.talentFollowRate) : 0
    state.followers += follows
    state.today.newFollowers += follows
    state.today.talentVisits += visits
    var mix = DemandMix()
    mix.channels[.talent] = demand
    let sold = sell(demand, mix: mix, state: &state)
    state.today.talentGMV += sold.gmv
    state.today.talentCost += commission * sold.gmv + (session?.fee ?? 0)
  }
}

/// Which talent hosts a session.
enum TalentSession: Sendable, Equatable {
  /// An affiliate of the alliance (`allianceEveryDays`).
  case alliance
  /// The policy's dated top-KOL session at this index of `topKOLSessions`.
  case topKOL(Int)
  /// The periodic top-KOL session (`topKOLEveryDays`).
  case periodicKOL
}
