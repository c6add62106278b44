extension World {
  /// The `kol` of a periodic top-KOL session (`topKOLEveryDays`).
  static let periodicKOL = -1

  /// A talent's session for merchant `index` (`MerchantWork.runTalentSession`).
  mutating func runTalentSession(_ index: Int, kol: Int?) {
    work(on: index) { work, state in work.runTalentSession(kol: kol, state: &state) }
  }
}

extension MerchantWork {
  /// A talent's session: the talent's own audience (new users, as far as the market is not
  /// reached) converts at the talent's rate and buys from the merchant's stock; the merchant
  /// pays commission on the session's GMV (and a top KOL's slot fee); few viewers follow.
  mutating func runTalentSession(kol: Int?, state: inout MerchantState) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let talents = plan.variants[state.variant].talents
    let session = kol.map {
      $0 == World.periodicKOL ? talents.periodicKOL : talents.topKOLSessions[$0]
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
    let sold = sell(
      demand, newUserShare: 1, repeatWeight: category.talentRepeatShare, state: &state)
    state.today.talentGMV += sold.gmv
    state.today.talentCost += commission * sold.gmv + (session?.fee ?? 0)
  }
}
