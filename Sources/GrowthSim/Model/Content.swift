import Foundation

/// A merchant's content: views still to come from videos already published, today's views,
/// and the interest pool (users seeded by content who have not bought yet).
struct ContentState: Sendable {
  var videoBacklog = 0.0
  var videoViewsToday = 0.0
  var interestPool = 0.0
}

/// Short videos and the interest pool they seed (MODEL.md §3.2 item 3, §3.8): views bring
/// cart orders, live-room clicks and follows; viewers who do not buy join the interest pool,
/// which comes back through search and live rooms ("weeding").
extension MerchantWork {
  /// Publishes the day's videos and moves the views and the interest pool on by a day.
  ///
  /// Each video's total views are `coldStartViews × poolGrowth^K`, K the escalations it makes
  /// (each with `escalationChance × 2 × quality`, D8); all videos' remaining views halve every
  /// `viewHalfLifeDays`, so one number carries them. The interest pool halves every
  /// `interestHalfLifeDays`.
  func publishVideos(state: inout MerchantState) {
    // Fields, not the policy or the category: copying them retains their strings and arrays
    // every merchant-day.
    let category = plan.categoryIndex[index]
    let video = plan.scenario.categories[category].video
    let videosPerDay = plan.variants[state.variant].videosPerDay
    let costPerVideo = plan.variants[state.variant].costPerVideo
    let creativeEveryDays = plan.variants[state.variant].creativeEveryDays
    let quality = min(1, plan.variants[state.variant].videoQuality * state.help.videoQuality)
    for _ in 0..<videosPerDay {
      if state.streams.content.isMeanField {
        state.content.videoBacklog += video.expectedViews(quality: quality)
      } else {
        var views = video.coldStartViews
        var escalations = 0
        while escalations < video.maxEscalations,
          state.streams.content.bernoulli(video.escalationChance(quality: quality))
        {
          views *= video.poolGrowth
          escalations += 1
        }
        state.content.videoBacklog += views
      }
    }
    state.content.videoViewsToday =
      state.content.videoBacklog * (1 - exp2(-1 / video.viewHalfLifeDays))
    state.content.videoBacklog -= state.content.videoViewsToday
    state.content.interestPool *= exp2(
      -1 / plan.scenario.categories[category].interestHalfLifeDays)
    state.today.videoViews = state.content.videoViewsToday
    state.today.marketingCost = Double(videosPerDay) * costPerVideo
    // A new video or ad-only creative is a new paid creative; without one the creative ages
    // (fresh on day 0).
    let day = state.today.day
    let adCreative = creativeEveryDays > 0 && day % creativeEveryDays == 0
    if adCreative { state.today.marketingCost += costPerVideo }
    if videosPerDay > 0 || adCreative {
      state.creativeAgeDays = 0
    } else if day > 0 {
      state.creativeAgeDays += 1
    }
    state.today.creativeAgeDays = state.creativeAgeDays
  }

  /// A live tick's visits from video viewers clicking through to the room.
  func liveVideoVisits(
    hour: Int, tickHours: Double, unreached: Double, _ state: inout MerchantState
  ) -> Double {
    state.streams.video.poisson(
      state.content.videoViewsToday * plan.supplyShareByHour[hour] * tickHours
        * plan.scenario.categories[plan.categoryIndex[index]].video.liveClickRate * unreached)
  }

  /// A live tick's visits from the interest pool: seeded users who see the room.
  func liveInterestVisits(hour: Int, tickHours: Double, _ state: inout MerchantState) -> Double {
    let visits = min(
      state.content.interestPool,
      state.streams.video.poisson(
        state.content.interestPool
          * plan.scenario.categories[plan.categoryIndex[index]].interestVisitRatePerDay
          * plan.supplyShareByHour[hour] * tickHours))
    state.content.interestPool -= visits
    state.today.interestVisits += visits
    return visits
  }

  /// An hour of video views: cart orders, seeding into the interest pool, follows.
  ///
  /// - Returns: the cart orders wanted.
  func videoHour(_ hour: Int, unreached: Double, _ state: inout MerchantState) -> Double {
    let c = plan.categoryIndex[index]
    let views = state.content.videoViewsToday * plan.supplyShareByHour[hour]
    let cartDemand = state.streams.conversion.poisson(
      views * unreached * plan.scenario.categories[c].video.cartOrdersPerView)
    if plan.scenario.loops.interestPool {
      state.content.interestPool += views * unreached * plan.scenario.categories[c].video.seedRate
    }
    let videoFollows =
      plan.scenario.loops.followerFeedback
      ? state.streams.audience.poisson(views * plan.scenario.categories[c].video.followRate)
      : 0
    state.followers += videoFollows
    state.today.newFollowers += videoFollows
    return cartDemand
  }

  /// An hour's search visits from the interest pool (counted by the caller).
  func shelfInterestVisits(_ hour: Int, _ state: inout MerchantState) -> Double {
    let visits = min(
      state.content.interestPool,
      state.streams.shelf.poisson(
        state.content.interestPool
          * plan.scenario.categories[plan.categoryIndex[index]].interestVisitRatePerDay
          * plan.supplyShareByHour[hour]))
    state.content.interestPool -= visits
    return visits
  }
}
