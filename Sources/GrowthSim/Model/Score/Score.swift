/// The experience score (MODEL.md §3.7): each day enters its 30-day window, and the score
/// sets tomorrow's effects (`MerchantState.scoreEffects`).
extension MerchantWork {
  /// Records the day in the score's window.
  func recordScore(
    late: Double, cancelled: Double, service: ServiceDayOutcome, _ state: inout MerchantState
  ) {
    let category = plan.scenario.categories[plan.categoryIndex[index]]
    let slow =
      service.tickets > 0
      && service.meanResponseMinutes * 60 > plan.scenario.platform.slowResponseSeconds
    state.score.record(
      ScoreDay(
        orders: state.today.orders,
        qualityReturns: state.today.refundedUnits * category.qualityReturnShare,
        badReviews: state.streams.refunds.binomial(state.today.orders, category.badReviewRate),
        lateShipments: late, stockoutCancellations: cancelled,
        serviceTickets: service.tickets,
        meanResponseSeconds: service.meanResponseMinutes * 60,
        afterSalesOnTimeShare: service.share3Minutes,
        negativeServiceIncidents: slow ? 1 : 0))
    state.hasScoreHistory = true
    state.today.scorePoints = state.score.points
    state.today.scoreStars = state.score.stars
  }
}

extension MerchantState {
  /// What the experience score does to the store today.
  ///
  /// Before any day is scored, the `initialScore` applies. In the growth stage (fewer than
  /// 30 orders in 30 days) the fixed 70 points carry no throttle: new stores get ordinary
  /// exposure (guess; a penalised 60 still throttles).
  var scoreEffects: ScoreEffects {
    guard hasScoreHistory else { return ExperienceScore.effects(points: initialScore) }
    if score.isGrowthStage, score.points >= ExperienceScore.growthStagePoints {
      return ScoreEffects(
        recommendationMultiplier: 1, paidTrafficAllowed: true, campaignsAllowed: true,
        allianceAllowed: true)
    }
    return score.effects
  }
}
