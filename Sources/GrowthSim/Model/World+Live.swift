extension World {
  /// A room opens: it joins the feed's allocation for its category (MODEL.md §3.2).
  mutating func openLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let weight = work(on: index) { work, state in work.openLive(state: &state) }
    liveWeight[category] += weight
    liveRooms[category] += 1
  }

  /// A room closes, leaves the allocation, and its session moves its traffic level.
  ///
  /// The level follows a score s ← (s + GPM_session) / 2, a short memory of recent sessions
  /// (PARAMETERS §1.1: each session's allocation references the last few): up one level when
  /// s reaches the next threshold, down one when s falls below `levelHysteresis` × the
  /// current level's threshold.
  mutating func closeLive(_ index: Int) {
    let category = plan.categoryIndex[index]
    let platform = plan.scenario.platform
    let levelEscalation = plan.scenario.loops.levelEscalation
    let weight = work(on: index) { _, state in
      state.isLive = false
      if levelEscalation { state.moveLevel(platform: platform) }
      return state.liveWeight
    }
    liveRooms[category] -= 1
    // Reset exactly when the last room closes, so rounding never accumulates.
    liveWeight[category] = liveRooms[category] == 0 ? 0 : liveWeight[category] - weight
  }
}

extension MerchantState {
  /// Moves the traffic level by the session just closed (see `World.closeLive`).
  mutating func moveLevel(platform: Platform) {
    guard sessionVisits > 0 else { return }
    let gpm = 1000 * sessionGMV / sessionVisits
    levelScore = levelScore.isNaN ? gpm : (levelScore + gpm) / 2
    let thresholds = platform.levelGPMThresholds
    if level + 1 < thresholds.count, levelScore >= thresholds[level + 1] {
      level += 1
    } else if level > 0, levelScore < thresholds[level] * platform.levelHysteresis {
      level -= 1
    }
  }
}

extension World {
  /// One live tick of merchant `index`'s room (`MerchantWork.liveTick`), which meets the
  /// other rooms of its category through the feed's allocation.
  mutating func liveTick(_ index: Int, isFirst: Bool) {
    let day = currentDay
    let hour = hourOfDay
    let roomsWeight = liveWeight[plan.categoryIndex[index]]
    work(on: index) { work, state in
      work.liveTick(
        isFirst: isFirst, day: day, hour: hour, roomsWeight: roomsWeight, state: &state)
    }
  }
}

extension MerchantWork {
  /// Opens the room: the session's counters, and the feed weight it holds until it closes.
  ///
  /// - Returns: that weight.
  mutating func openLive(state: inout MerchantState) -> Double {
    let category = plan.categoryIndex[index]
    let ticks = state.liveTicksToday
    let tick = Double(plan.scenario.platform.tickMinutes)
    let policy = plan.variants[state.variant]
    state.isLive = true
    state.ticksLeft = ticks
    state.sessionGMV = 0
    state.sessionVisits = 0
    // The weight is fixed for the session, so closing removes exactly what opening added.
    let scenario = plan.scenario
    let categoryValues = scenario.categories[category]
    // Traffic drivers in stock (引流款) and lucky bags (福袋) make the room more engaging.
    let skus = scenario.merchants[index].skus
    let active = policy.activeSKUs > 0 ? policy.activeSKUs : skus.count
    let hasTrafficDriver = skus.indices.prefix(active).contains {
      skus[$0].role == "traffic" && state.onHand[$0] > 0
    }
    let bags = policy.luckyBagBudgetPerHour
    let bagShare = bags / (bags + categoryValues.luckyBagHalfBudgetPerHour)
    state.followLift = 1 + categoryValues.luckyBagMaxFollowLift * bagShare
    state.liveWeight =
      state.baseWeight * scenario.platform.levelWeights[state.level] * state.recommendation
      * state.help.liveWeight * (hasTrafficDriver ? 1 + categoryValues.trafficDriverBoost : 1)
      * (1 + categoryValues.luckyBagMaxWeightLift * bagShare)
    schedule(.liveTick(merchant: index, isFirst: true), at: now)
    schedule(.liveEnd(merchant: index), at: now + Double(ticks) * tick)
    return state.liveWeight
  }

}
