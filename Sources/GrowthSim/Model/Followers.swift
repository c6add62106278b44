/// Followers: they drift away slowly, come back to live rooms and the shelf, and new ones
/// follow from feed, paid, video and talent visits (MODEL.md §3.2, §3.8).
extension MerchantWork {
  /// The day's churn: followers drift away slowly.
  func churnFollowers(_ category: Category, _ state: inout MerchantState) {
    let lost =
      plan.scenario.loops.followerFeedback
      ? state.streams.audience.binomial(state.followers, category.followerChurnPerDay) : 0
    state.followers -= lost
    state.today.lostFollowers = lost
  }

  /// A live tick's follower visits: a share comes when the room opens, a share per hour.
  func liveFollowerVisits(isFirst: Bool, tickHours: Double, _ state: inout MerchantState)
    -> Double
  {
    let c = plan.categoryIndex[index]
    let followerShare =
      (isFirst ? plan.scenario.categories[c].followerOpenShare : 0)
      + plan.scenario.categories[c].followerShareInLivePerHour * tickHours
    return plan.scenario.loops.followerFeedback
      ? state.streams.followers.binomial(state.followers, min(1, followerShare)) : 0
  }

  /// A live tick's new followers among its new visitors (counted by the caller), more with
  /// lucky bags and a better host; each channel's visitors follow at their source's
  /// multiplier (`buyerSources`), one draw at their visit-weighted mean.
  func liveFollows(feed: Double, paid: Double, video: Double, _ state: inout MerchantState)
    -> Double
  {
    let visits = feed + paid + video
    let channels =
      visits > 0
      ? (feed * state.buyerBase.followFeed + paid * state.buyerBase.followPaid + video
        * state.buyerBase.followContent) / visits
      : 1
    let follows =
      plan.scenario.loops.followerFeedback
      ? state.streams.audience.binomial(
        visits,
        min(
          1,
          plan.scenario.categories[plan.categoryIndex[index]].followRate * state.session.followLift
            * (0.5 + plan.scenario.merchants[index].hostSkill) * channels))
      : 0
    state.followers += follows
    return follows
  }
}
