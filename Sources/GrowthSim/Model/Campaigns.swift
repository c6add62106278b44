/// Platform festivals (618, 818, Double 11): the day's combined effects are precomputed in
/// `ResolvedScenario.campaignByDay`; a merchant takes part unless its score bars it.
extension MerchantWork {
  /// Enters today's campaign, if any and if allowed: its traffic lift and its labels.
  ///
  /// A store barred from a festival gets none of its lift, but meets its competition.
  ///
  /// - Returns: whether the merchant takes part.
  func enterCampaign(_ day: Int, isAllowed: Bool, _ state: inout MerchantState) -> Bool {
    let campaign = plan.campaignByDay[day]
    state.campaignTraffic = isAllowed ? campaign.traffic : 1
    state.today.campaign = isAllowed ? campaign.label : ""
    state.today.campaignPhase = isAllowed ? campaign.phaseLabel : ""
    return isAllowed
  }
}
