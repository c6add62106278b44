import Foundation

/// The buyer base by the source that won each buyer (PARAMETERS §6.6, §6.7): how many, how
/// recently they bought, and today's behaviour of each group.
///
/// A buyer's repeat hazard is h₀ · m_g · 2^(−a / half-life), a the days since *their* last
/// order, m_g their group's multiplier; so a group's repeat visits per day are
/// h_g · A_g with A_g = Σ 2^(−a / half-life) over its buyers, A_g ≤ B_g (its buyers). An
/// order resets its buyer's weight to 1: a first order adds 1 to A_g and B_g; a repeat order
/// adds 1 − A_g/B_g, the mean weight of the group standing in for the buyer's (so A_g never
/// passes B_g). The ceiling caps h_g so that a buyer who just bought expects at most
/// `repeatCeilingPerMonth` repeat orders per 30 days, which bounds the repeat orders of a
/// day by B · ceiling / 30: no runaway, whatever the repeat rate.
struct BuyerBase: Sendable {
  /// B_g: buyers won by each source.
  var buyers = BuyerCounts()
  /// A_g: each group's buyers weighted by 2^(−days since their last order / half-life).
  var recency = BuyerCounts()
  /// Today's repeat visits per unit of recency, by group, the ceiling applied.
  var hazard = BuyerCounts()
  /// Today's refund multiplier of each group's orders (1 with `buyerQuality` off), and of each
  /// channel's orders (a deep discount's group for the new-user channels).
  var refund = BuyerCounts(repeating: 1)
  var channelRefund = BuyerCounts(repeating: 1)
  /// Today's follow multipliers of the live room's feed, paid and video visitors.
  var followFeed = 1.0
  var followPaid = 1.0
  var followContent = 1.0
  /// The share of today's first-time buyers who are discount-won: the policy's discount over
  /// `deepDiscount`, at most 1 (Lewis 2006: the deeper the acquisition discount, the less a
  /// buyer is worth later; from `deepDiscount` on, every one of them).
  var discountWonShare = 0.0
  /// `followerFirstOrderShare`, kept here so a sale reads no category.
  var followerFirstShare = 0.0
  /// Today's conversion of a returning buyer relative to a new visitor's at the same price
  /// (`PriceResponse.returningFactor`): the repeat visits' conversion, and the past buyers'
  /// part of the followers'.
  var returningConversion = 1.0

  /// The conversion multiplier of follower visits: past buyers convert at
  /// `returningConversion`, the `followerFirstShare` who never bought as new visitors.
  var followerConversion: Double {
    followerFirstShare + (1 - followerFirstShare) * returningConversion
  }

  /// Repeat visits per day the base makes now: Σ h_g · A_g.
  ///
  /// Inlined, as is `refundMultiplier`: called on the merchant's state in place, a call
  /// copied the whole base first (once a sale and a shelf hour).
  var repeatVisitRate: Double {
    @inline(__always) get { (hazard.lanes * recency.lanes).sum() }
  }

  /// The refund multiplier of a batch: its groups' multipliers weighted by their demand
  /// (repeat demand by each group's share of the repeat visits).
  @inline(__always)
  func refundMultiplier(_ mix: DemandMix) -> Double {
    var weighted = (mix.channels.lanes * channelRefund.lanes).sum()
    var weight = mix.channels.total
    if mix.repeats > 0 {
      let visits = hazard.lanes * recency.lanes
      let rate = visits.sum()
      if rate > 0 {
        weighted += mix.repeats * (visits * refund.lanes).sum() / rate
        weight += mix.repeats
      }
    }
    return weight > 0 ? weighted / weight : 1
  }
}

/// Demand of one batch (a live tick, a shelf hour, a talent session) by its channels.
///
/// The weights split the batch's orders. `channels.followers` holds all
/// follower demand, of which `followerFirstOrderShare` are first orders; `discount` is never a
/// channel.
struct DemandMix {
  var channels = BuyerCounts()
  var repeats = 0.0
}

extension MerchantWork {
  /// Day start: every buyer's weight decays by a day, and the groups' behaviour of the day is
  /// set (the ceiling depends on today's repeat conversion).
  func startBuyerDay(_ category: Category, _ state: inout MerchantState) {
    let settings = category.buyerSources
    let quality = plan.scenario.loops.buyerQuality
    let decay = exp2(-1 / category.repeatHalfLifeDays)
    // Fields, not the policy: copying it retains its strings and arrays every merchant-day.
    let discount = plan.variants[state.variant].discount
    // A returning buyer already chose the store: the discount wins them over less (§6.4).
    state.buyerBase.returningConversion = category.priceResponse.returningFactor(
      discount: discount, salience: plan.variants[state.variant].discountElasticity)
    let conversion = min(
      1,
      state.shelfConversionRate * category.shelfConversionMultiplier
        * category.repeatConversionMultiplier * state.buyerBase.returningConversion)
    // Visits per day at which a buyer who just bought expects the ceiling's orders.
    let ceiling =
      conversion > 0 ? settings.repeatCeilingPerMonth / (30 * conversion) : Double.infinity
    for source in BuyerSource.allCases {
      let behaviour = settings[source]
      state.buyerBase.recency[source] *= decay
      state.buyerBase.hazard[source] = min(
        ceiling, category.repeatVisitsPerOrderDay * (quality ? behaviour.repeatMultiplier : 1))
      state.buyerBase.refund[source] = quality ? behaviour.refundMultiplier : 1
    }
    state.buyerBase.followFeed = quality ? settings[.feed].followMultiplier : 1
    // Broad delivery wins weaker buyers: the loop switch turns this off with the rest.
    let broad = quality ? plan.variants[state.variant].adTargeting.buyerQualityMultiplier : 1
    state.buyerBase.hazard[.paid] = min(ceiling, state.buyerBase.hazard[.paid] * broad)
    state.buyerBase.followPaid = quality ? settings[.paid].followMultiplier * broad : 1
    state.buyerBase.followContent = quality ? settings[.content].followMultiplier : 1
    let share =
      discount >= settings.deepDiscount ? 1 : discount > 0 ? discount / settings.deepDiscount : 0
    state.buyerBase.discountWonShare = share
    state.buyerBase.followerFirstShare = settings.followerFirstOrderShare
    state.buyerBase.channelRefund = state.buyerBase.refund
    if share > 0 {
      // A new-user channel's orders are the discount-won share's at their rate. Followers'
      // orders are mostly by past buyers: they keep the followers' rate.
      let followers = state.buyerBase.refund[.followers]
      state.buyerBase.channelRefund.lanes =
        state.buyerBase.refund.lanes * (1 - share) + share * state.buyerBase.refund[.discount]
      state.buyerBase.channelRefund[.followers] = followers
    }
  }

  /// Splits a batch's served orders over the channels of `mix` (a multinomial drawn as a
  /// chain of binomials), then: first orders join their source's group, but for
  /// Binomial(first orders, `discountWonShare`) that join `discount` (all of them under a deep
  /// discount), never more than the market left; repeat orders reset
  /// their buyers' weights, shared over the groups by their repeat visits.
  func recordBuyers(_ orders: Double, mix: DemandMix, _ state: inout MerchantState) {
    guard orders > 0 else { return }
    let c = plan.categoryIndex[index]
    let population = plan.scenario.categories[c].addressablePopulation
    let followerFirstShare = state.buyerBase.followerFirstShare
    let share = state.buyerBase.discountWonShare
    // The lanes in inline arrays, not SIMD vectors, while the loop indexes them: reading or
    // writing a SIMD8 lane by a variable index spilled the whole vector to the stack each
    // time (session 9: a third of this function's instructions). Same values, same sums.
    let weights = mix.channels.lanes
    var lanes = InlineArray<8, Double>(repeating: 0)
    for lane in 0..<8 { lanes[lane] = weights[lane] }
    var last = -1
    if mix.repeats <= 0 {
      for lane in 0..<8 where lanes[lane] > 0 { last = lane }
    }
    var remainingOrders = orders
    var remainingWeight = weights.sum() + mix.repeats
    var room = max(0, population - state.buyers)
    var firstTimeByLane = InlineArray<8, Double>(repeating: 0)
    let followers = BuyerSource.followers.rawValue
    for lane in 0..<8 where lanes[lane] > 0 {
      let part =
        lane == last
        ? remainingOrders
        : state.streams.assortment.binomial(remainingOrders, lanes[lane] / remainingWeight)
      remainingOrders -= part
      remainingWeight -= lanes[lane]
      var first = part
      if lane == followers {
        state.today.followerOrders += part
        first = state.streams.assortment.binomial(part, followerFirstShare)
      }
      first = min(first, room)
      room -= first
      // No draw without a discount or at a deep one, so those runs keep their streams.
      let won =
        share >= 1
        ? first : share > 0 && first > 0 ? state.streams.assortment.binomial(first, share) : 0
      firstTimeByLane[BuyerSource.discount.rawValue] += won
      firstTimeByLane[lane] += first - won
    }
    var firstTime = SIMD8<Double>()
    for lane in 0..<8 { firstTime[lane] = firstTimeByLane[lane] }
    if mix.repeats > 0 { repeatOrders(remainingOrders, &state) }
    state.buyerBase.buyers.lanes += firstTime
    state.buyerBase.recency.lanes += firstTime
    let added = firstTime.sum()
    state.buyers += added
    state.today.firstTimeBuyers += added
    state.today.firstTimeBuyersBySource.lanes += firstTime
  }

  /// Repeat orders reset their buyers' weights to 1, shared over the groups by their repeat
  /// visits.
  private func repeatOrders(_ orders: Double, _ state: inout MerchantState) {
    state.today.repeatOrders += orders
    let rate = state.buyerBase.repeatVisitRate
    guard orders > 0, rate > 0 else { return }
    // Lane by lane, A_g + orders · share_g · (1 − A_g/B_g) capped at B_g, share_g = h_g·A_g/rate,
    // for the groups with buyers; as whole vectors (each lane's operations are the scalar
    // ones, in the same order), since indexing a SIMD vector by a variable lane spills it to
    // memory on every access (session 9).
    let buyers = state.buyerBase.buyers.lanes
    let recency = state.buyerBase.recency.lanes
    let share = state.buyerBase.hazard.lanes * recency / rate
    let moved = recency + orders * share * (1 - recency / buyers)
    // min(buyers, moved) as `Swift.min` picks; lanes without buyers keep their recency.
    let capped = buyers.replacing(with: moved, where: moved .< buyers)
    state.buyerBase.recency.lanes.replace(with: capped, where: buyers .> 0)
  }
}
