import Foundation

extension World {
  /// Publishes the day's videos and moves the views and the interest pool on by a day
  /// (MODEL.md §3.2 item 3, §3.8).
  ///
  /// Each video's total views are `coldStartViews × poolGrowth^K`, K the escalations it makes
  /// (each with `escalationChance × 2 × quality`, D8); all videos' remaining views halve every
  /// `viewHalfLifeDays`, so one number carries them. The interest pool halves every
  /// `interestHalfLifeDays`.
  mutating func publishVideos(for index: Int) {
    let scenario = plan.scenario
    let category = scenario.categories[plan.categoryIndex[index]]
    let policy = plan.variants[merchants[index].variant]
    let video = category.video
    var state = takeState(index)
    let quality = min(1, policy.videoQuality * state.help.videoQuality)
    for _ in 0..<policy.videosPerDay {
      if state.streams.content.isMeanField {
        state.videoBacklog += video.expectedViews(quality: quality)
      } else {
        var views = video.coldStartViews
        var escalations = 0
        while escalations < video.maxEscalations,
          state.streams.content.bernoulli(video.escalationChance(quality: quality))
        {
          views *= video.poolGrowth
          escalations += 1
        }
        state.videoBacklog += views
      }
    }
    state.videoViewsToday = state.videoBacklog * (1 - exp2(-1 / video.viewHalfLifeDays))
    state.videoBacklog -= state.videoViewsToday
    state.interestPool *= exp2(-1 / category.interestHalfLifeDays)
    state.today.videoViews = state.videoViewsToday
    state.today.marketingCost = Double(policy.videosPerDay) * policy.costPerVideo
    putBack(state, index)
  }
}
