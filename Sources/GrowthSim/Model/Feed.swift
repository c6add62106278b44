/// A merchant's live session: whether the room is live, the ticks left, the weight it holds
/// in the feed, the lift of its follow rate from lucky bags and its engagement (fixed for
/// the session), and the session's GMV and visits, which move the traffic level when it
/// closes.
struct LiveSession: Sendable {
  var isLive = false
  var ticksLeft = 0
  var liveWeight = 0.0
  var followLift = 1.0
  /// The engagement stand-ins (traffic driver, lucky bags) as a multiplier on the session's
  /// score against its peers.
  var engagement = 1.0
  var sessionGMV = 0.0
  var sessionVisits = 0.0
  /// The feed visits a peer room (weight 1) gets over the session so far: the yardstick of
  /// the room's standing (`MerchantState.moveStanding`).
  var peerVisits = 0.0
}

/// The live room in the recommendation feed: the session's length and start, the weight the
/// room holds in its category's allocation, the feed visits of a tick, and the traffic level
/// a session moves (MODEL.md §3.2).
extension MerchantWork {
  /// Today's session: its live ticks (the policy's, plus any peak-day extension) and its
  /// start hour (festival days may move it).
  ///
  /// - Returns: the start hour.
  func planSession(
    _ day: Int, variant: Int, policy: Policy, inCampaign: Bool, _ state: inout MerchantState
  ) -> Int {
    let campaign = plan.campaignByDay[day]
    let isFestival = inCampaign && campaign.isFestival
    let isPeak = inCampaign && campaign.isPeak
    let extraTicks =
      isPeak
      ? Int(
        (policy.peakDayExtraHours * 60 / Double(plan.scenario.platform.tickMinutes)).rounded())
      : 0
    state.liveTicksToday = plan.liveTicks[variant] + extraTicks
    return isFestival ? (policy.campaignStartHour ?? policy.liveStartHour) : policy.liveStartHour
  }

  /// Opens the room: the session's counters, and the feed weight it holds until it closes.
  ///
  /// - Returns: that weight.
  mutating func openLive(state: inout MerchantState) -> Double {
    let category = plan.categoryIndex[index]
    let ticks = state.liveTicksToday
    let tick = Double(plan.scenario.platform.tickMinutes)
    state.session.isLive = true
    state.session.ticksLeft = ticks
    state.session.sessionGMV = 0
    state.session.sessionVisits = 0
    state.session.peerVisits = 0
    // The weight is fixed for the session, so closing removes exactly what opening added.
    // Fields, not the scenario, policy or category: copying those structs retains their
    // strings and arrays every merchant-day.
    let halfBudget = plan.scenario.categories[category].luckyBagHalfBudgetPerHour
    let maxFollowLift = plan.scenario.categories[category].luckyBagMaxFollowLift
    let driverBoost = plan.scenario.categories[category].trafficDriverBoost
    let maxWeightLift = plan.scenario.categories[category].luckyBagMaxWeightLift
    // Traffic drivers in stock (引流款) and lucky bags (福袋) make the room more engaging.
    let skuCount = plan.scenario.merchants[index].skus.count
    let activeSKUs = plan.variants[state.variant].activeSKUs
    let active = activeSKUs > 0 ? activeSKUs : skuCount
    let hasTrafficDriver = (0..<skuCount).prefix(active).contains {
      plan.scenario.merchants[index].skus[$0].role == .traffic && state.onHand[$0] > 0
    }
    let bags = plan.variants[state.variant].luckyBagBudgetPerHour
    let bagShare = bags / (bags + halfBudget)
    state.session.followLift = 1 + maxFollowLift * bagShare
    state.session.engagement =
      (hasTrafficDriver ? 1 + driverBoost : 1)
      * (1 + maxWeightLift * bagShare)
    state.session.liveWeight =
      state.baseWeight * plan.scenario.platform.levelWeights[state.level] * state.recommendation
      * state.help.liveWeight * state.session.engagement * state.standingWeight
    schedule(.liveTick(merchant: index, isFirst: true), at: now)
    schedule(.liveEnd(merchant: index), at: now + Double(ticks) * tick)
    return state.session.liveWeight
  }

  /// A tick's feed impressions and visits.
  ///
  /// The category's hourly supply is shared among the rooms live now (`roomsWeight`, this
  /// one included) and the background competition, in proportion to weight:
  /// `E = S·w / (B + Σ w_live)`, of which the share of the market not yet reached are new
  /// users who may come.
  func feedTraffic(
    day: Int, hour: Int, tickHours: Double, roomsWeight: Double, unreached: Double,
    _ state: inout MerchantState
  ) -> (impressions: Double, visits: Double) {
    // Fields, not the struct: copying a category per tick cost more than the draws.
    let c = plan.categoryIndex[index]
    let supply =
      plan.scenario.categories[c].liveImpressionsPerDay * plan.supplyShareByHour[hour]
      * tickHours
      * state.campaignTraffic
    let competition =
      plan.scenario.categories[c].backgroundRooms * plan.competitionByHour[hour]
      * plan.campaignByDay[day].competition
    let feedPerWeight = supply / (competition + roomsWeight)
    let feedExpected = feedPerWeight * state.session.liveWeight
    // Only the standing reads it (`moveStanding`, skipped when the elasticity is 0).
    if plan.scenario.platform.feedStandingElasticity > 0 {
      state.session.peerVisits += feedPerWeight * plan.scenario.categories[c].entryRate
    }
    let impressions = state.streams.feed.poisson(feedExpected)
    let visits = state.streams.feed.binomial(
      impressions, plan.scenario.categories[c].entryRate * unreached)
    return (impressions, visits)
  }
}

extension MerchantState {
  /// Moves the traffic level by the session just closed.
  ///
  /// The feed judges a room against its category's same-slot peers (PARAMETERS §6.9: the
  /// "horse race", the dashboard's 同行同级): the session's GPM over the GPM a peer room makes
  /// at the same price (`PriceResponse.peerGPM`), so neither the price nor a category of large
  /// orders climbs by itself. That ratio is judged with the confidence the session's orders
  /// allow (`credibleRatio`), then times the session's engagement. The level follows
  /// s ← (s + score) / 2, a short memory of recent sessions (§1.1: each session's allocation
  /// references the last few): up one level when s reaches the next threshold, down one when
  /// s falls below `levelHysteresis` × the current level's threshold.
  mutating func moveLevel(platform: Platform) {
    guard session.sessionVisits > 0, peerGPM > 0 else { return }
    let ratio = 1000 * session.sessionGMV / session.sessionVisits / peerGPM
    let score =
      Self.credibleRatio(
        ratio, orders: session.sessionVisits * peerOrdersPerVisit,
        priorOrders: platform.levelCredibilityOrders)
      * session.engagement
    levelScore = levelScore.isNaN ? score : (levelScore + score) / 2
    let thresholds = platform.levelThresholds
    if level + 1 < thresholds.count, levelScore >= thresholds[level + 1] {
      level += 1
    } else if level > 0, levelScore < thresholds[level] * platform.levelHysteresis {
      level -= 1
    }
  }

  /// A session's GPM ratio to its peers, shrunk toward the peers' (1) by its evidence.
  ///
  /// w · ratio + (1 − w), w = n / (n + k) (Bühlmann–Straub credibility, an empirical-Bayes
  /// mean). A session of a few orders has a GPM that is mostly chance (its
  /// relative variance ≈ (1 + cv²) / n for order values of variation cv); unshrunk, the level's
  /// hysteresis turns that chance into an upward drift (a lucky session climbs, an unlucky one
  /// barely falls), so a dearer price, with fewer orders, climbed in stochastic runs.
  ///
  /// n is the session's exposure in orders: those its visits bring at the peers' conversion
  /// (the same n whatever the session's luck). Weighting by the orders it happened to make
  /// would shrink unlucky sessions more than lucky ones, a bias upward of 4 % at 5 orders
  /// (k = 10). k = 0 judges on the raw ratio.
  static func credibleRatio(_ ratio: Double, orders n: Double, priorOrders k: Double) -> Double {
    guard k > 0 else { return ratio }
    let weight = n / (n + k)
    return weight * ratio + (1 - weight)
  }
}
