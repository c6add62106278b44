import Foundation

/// What Qianchuan spend buys (the curve's parameters are `PaidResponse`, read with the
/// category).
extension PaidResponse {
  /// The day's CPM, in yuan per 1,000 impressions.
  ///
  /// - Parameters:
  ///   - festivalMultiplier: The campaign's CPM multiplier (cpm_promo, guess +30–100 %); 1
  ///     outside festivals.
  ///   - isLearning: Whether the plan is in its learning phase (adds `coldStartPremium`).
  ///   - bidFactor: The bid relative to the market bid (> 0); 1 is the market bid.
  /// - Returns: `baseCPM × festival × (1 + premium if learning) × bidFactor^bidElasticity`.
  public func cpm(festivalMultiplier: Double, isLearning: Bool, bidFactor: Double) -> Double {
    let premium = isLearning ? 1 + coldStartPremium : 1
    return baseCPM * festivalMultiplier * premium * pow(bidFactor, bidElasticity)
  }

  /// The share of a budget a bid delivers: `bidFactor^(1 + bidElasticity)` below the market
  /// bid, 1 at or above it.
  ///
  /// The auction ranks by bid × quality and charges the next bid (generalized second price,
  /// PARAMETERS §1.2, Q4, Q6). The market bid is the one that delivers the budget; a bid below
  /// it wins only `bidFactor` of those auctions (a win rate linear in the bid: a guess, not a
  /// key), each at its lower CPM (``cpm(festivalMultiplier:isLearning:bidFactor:)``), so it
  /// buys `bidFactor` of the impressions for `bidFactor^(1 + bidElasticity)` of the budget.
  /// Above the market the budget binds: the plan wins no more impressions and pays more for
  /// each. Without this a lower bid bought more impressions with the same budget, and the
  /// lowest bid allowed was the most profitable (session 10).
  public func deliveredShare(bidFactor: Double) -> Double {
    bidFactor < 1 ? pow(bidFactor, 1 + bidElasticity) : 1
  }

  /// The spend in the curve's yuan that the adstock sees: `spend × curveCPM / cpm`; 0 if
  /// `cpm ≤ 0`.
  public func effectiveSpend(_ spend: Double, cpm: Double) -> Double {
    cpm > 0 ? spend * curveCPM / cpm : 0
  }

  /// The Hill response: paid visits a day at adstock `A`, `M·A^α / (A^α + γ^α)`.
  ///
  /// Evaluated as `M / (1 + (γ/A)^α)`, which is the same number without overflow at large
  /// `A`. Zero for `A ≤ 0`; `M` for any `A > 0` when `γ ≤ 0`.
  public func visits(adstock: Double) -> Double {
    guard adstock > 0, maxVisitsPerDay > 0 else { return 0 }
    guard halfSaturationSpend > 0 else { return maxVisitsPerDay }
    return maxVisitsPerDay / (1 + pow(halfSaturationSpend / adstock, hillShape))
  }

  /// Advances the adstock by one day's spend and returns that day's paid visits.
  ///
  /// Convenience for the engine: `visits(adstock: state.advance(effectiveSpend(spend, cpm)))`.
  /// - Parameters:
  ///   - spend: The day's ad spend in yuan (cash plus credit).
  ///   - cpm: The day's CPM from ``cpm(festivalMultiplier:isLearning:bidFactor:)``.
  ///   - state: The plan's adstock, updated to `A_t`.
  /// - Returns: The day's expected paid visits.
  public func dayVisits(spend: Double, cpm: Double, state: inout AdstockState) -> Double {
    let adstock = state.advance(
      effectiveSpend: effectiveSpend(spend, cpm: cpm), decay: adstockDecay)
    return visits(adstock: adstock)
  }

  /// The slope of the Hill curve `dV/dA` at adstock `A`.
  ///
  /// `M·α·A^{α−1}·γ^α / (A^α + γ^α)²`, evaluated as `M·α / (A·(2 + r + 1/r))` with
  /// `r = (γ/A)^α` so it neither overflows nor loses the tails. At `A = 0` it is `+∞` for
  /// `α < 1`, `M/γ` for `α = 1` and 0 for `α > 1`.
  func hillSlope(adstock: Double) -> Double {
    guard maxVisitsPerDay > 0, halfSaturationSpend > 0 else { return 0 }
    let ratio = adstock > 0 ? pow(halfSaturationSpend / adstock, hillShape) : .infinity
    guard ratio.isFinite else {
      if hillShape < 1 { return .infinity }
      return hillShape == 1 ? maxVisitsPerDay / halfSaturationSpend : 0
    }
    guard ratio > 0 else { return 0 }
    return maxVisitsPerDay * hillShape / (adstock * (2 + ratio + 1 / ratio))
  }

  /// Paid visits bought by the last yuan of today's spend, at today's adstock `A_t`.
  ///
  /// `dV/dspend = dV/dA × curveCPM / cpm`. Myopic by design: the carry-over of today's yuan
  /// into later days' adstock is not credited (guess; it is what an ROI-target plan's pacing
  /// sees within the day). `+∞` at `A = 0` when `α < 1`; 0 if `cpm ≤ 0`.
  /// - Parameters:
  ///   - adstock: Today's adstock `A_t`, after today's effective spend so far.
  ///   - cpm: Today's CPM.
  /// - Returns: Visits per yuan at the margin.
  public func marginalVisitsPerYuan(adstock: Double, cpm: Double) -> Double {
    guard cpm > 0 else { return 0 }
    return hillSlope(adstock: adstock) * curveCPM / cpm
  }

  /// The adstock beyond which the Hill slope falls: 0 for `α ≤ 1`, the inflection point
  /// `γ·((α−1)/(α+1))^{1/α}` for an S-shaped curve.
  var peakSlopeAdstock: Double {
    guard hillShape > 1 else { return 0 }
    return halfSaturationSpend * pow((hillShape - 1) / (hillShape + 1), 1 / hillShape)
  }

  /// The day's spend at which the marginal ROI falls to `floorROI` (ROI-target pacing).
  ///
  /// Marginal ROI is `marginalVisitsPerYuan(adstock: θ·A_{t−1} + x(s), cpm) × valuePerVisit`.
  /// The answer is the largest spend whose last yuan still earns the floor: a closed form for
  /// `α = 1`, bisection otherwise. For an S-shaped curve (`α > 1`) the search runs on the
  /// falling side of the slope, so a cold plan whose first yuan is below the floor still
  /// spends if later yuan clear it (design choice: otherwise an S-curve could never start).
  /// For `α ≤ 1` this is exactly "0 if even the first yuan is below the floor".
  /// - Parameters:
  ///   - floorROI: The minimum GMV per yuan at the margin; `≤ 0` spends the cap.
  ///   - valuePerVisit: Expected GMV of one paid visit (conversion × AOV × multipliers).
  ///   - carriedAdstock: Yesterday's adstock `A_{t−1}` (``AdstockState/adstock``); the decay
  ///     `θ` is applied here.
  ///   - cpm: Today's CPM.
  ///   - cap: The most the plan may spend today (its budget).
  /// - Returns: The spend in yuan, in `0...cap`.
  public func spendForMarginalROI(
    floorROI: Double, valuePerVisit: Double, carriedAdstock: Double, cpm: Double, cap: Double
  ) -> Double {
    guard cap > 0, cpm > 0 else { return 0 }
    guard floorROI > 0 else { return cap }
    guard valuePerVisit > 0, maxVisitsPerDay > 0, curveCPM > 0 else { return 0 }
    let perYuan = curveCPM / cpm
    let start = adstockDecay * max(0, carriedAdstock)
    let end = start + cap * perYuan
    // The Hill slope at which the last yuan earns exactly the floor.
    let slope = floorROI / (valuePerVisit * perYuan)
    let adstock: Double
    if hillShape == 1 && halfSaturationSpend > 0 {
      let gamma = halfSaturationSpend
      adstock = (maxVisitsPerDay * gamma / slope).squareRoot() - gamma
    } else {
      let low = max(start, peakSlopeAdstock)
      if low >= end { return hillSlope(adstock: end) >= slope ? cap : 0 }
      guard hillSlope(adstock: low) >= slope else { return 0 }
      guard hillSlope(adstock: end) < slope else { return cap }
      adstock = Self.bisect(low, end) { hillSlope(adstock: $0) >= slope }
    }
    return min(cap, max(0, (adstock - start) / perYuan))
  }

  /// The boundary in `low...high` where `isAbove` turns from true to false, to full precision.
  static func bisect(_ low: Double, _ high: Double, isAbove: (Double) -> Bool) -> Double {
    var low = low
    var high = high
    for _ in 0..<2_000 {
      let mid = low + (high - low) / 2
      if mid <= low || mid >= high { break }
      if isAbove(mid) { low = mid } else { high = mid }
    }
    return low
  }
}

/// The geometric adstock a plan carries from day to day: `A_t = x_t + θ·A_{t−1}`.
public struct AdstockState: Sendable, Equatable {
  /// The latest adstock `A_{t}`, in effective yuan; 0 for a new plan.
  public var adstock: Double

  /// An adstock starting at `adstock` (0 for a plan that never spent).
  public init(adstock: Double = 0) {
    self.adstock = adstock
  }

  /// Adds one day's effective spend and decays the past: `A_t = x_t + θ·A_{t−1}`.
  ///
  /// - Parameters:
  ///   - effectiveSpend: The day's `x_t` from ``PaidResponse/effectiveSpend(_:cpm:)``.
  ///   - decay: `θ`, `0 ≤ θ < 1`.
  /// - Returns: The new adstock `A_t`.
  @discardableResult
  public mutating func advance(effectiveSpend: Double, decay: Double) -> Double {
    adstock = effectiveSpend + decay * adstock
    return adstock
  }
}
