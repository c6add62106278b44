extension World {
  /// The `kol` of a periodic top-KOL session (`topKOLEveryDays`).
  static let periodicKOL = -1

  /// Schedules the day's affiliate session (every `allianceEveryDays` days, if the score
  /// admits the store to the alliance) and any top-KOL session dated today.
  mutating func scheduleTalentSessions(for index: Int, on day: Int, allianceAllowed: Bool) {
    let scenario = plan.scenario
    let talents = plan.variants[merchants[index].variant].talents
    let at = Double(day) * World.minutesPerDay + Double(talents.startHour) * 60
    if allianceAllowed, talents.allianceEveryDays > 0, day % talents.allianceEveryDays == 0 {
      queue.schedule(.talentSession(merchant: index, kol: nil), at: at)
    }
    let today = scenario.calendar.startDate.adding(days: day)
    for (kol, session) in talents.topKOLSessions.enumerated() where session.date == today {
      queue.schedule(.talentSession(merchant: index, kol: kol), at: at)
    }
    if talents.topKOLEveryDays > 0, day > 0, day % talents.topKOLEveryDays == 0 {
      queue.schedule(.talentSession(merchant: index, kol: World.periodicKOL), at: at)
    }
  }

  /// A talent's session: the talent's own audience (new users, as far as the market is not
  /// reached) converts at the talent's rate and buys from the merchant's stock; the merchant
  /// pays commission on the session's GMV (and a top KOL's slot fee); few viewers follow.
  mutating func runTalentSession(_ index: Int, kol: Int?) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let talents = plan.variants[merchants[index].variant].talents
    let session = kol.map {
      $0 == World.periodicKOL ? talents.periodicKOL : talents.topKOLSessions[$0]
    }
    let audience = session?.audience ?? talents.allianceAudience
    let commission = session?.commissionRate ?? talents.allianceCommissionRate
    var state = takeState(index)
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
    putBack(state, index)
    let repeatShare = category.talentRepeatShare
    let sold = work(on: index) {
      $0.sell(demand, newUserShare: 1, repeatWeight: repeatShare)
    }
    merchants[index].today.talentGMV += sold.gmv
    merchants[index].today.talentCost += commission * sold.gmv + (session?.fee ?? 0)
  }
}
