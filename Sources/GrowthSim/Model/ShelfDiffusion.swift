import Foundation

/// Discovery and word of mouth over one step, integrated exactly (Bass 1969).
///
/// With `a` discovery visits a day at an untouched market, `b` word-of-mouth visits per buyer
/// and day, both scaled by the unreached share 1 − B/M, and a share `c` of these visits
/// becoming first-time buyers, the buyers B follow
///
///   dB/dt = c (a + b B) (1 − B/M),
///
/// the Bass equation with p = c a / M and q = c b. Its solution over a step of τ days from
/// F₀ = B₀/M is, with s = p + q, U = s τ and R₀ = (p + q F₀) / (1 − F₀),
///
///   F(τ) = (R − p) / (R + q),  R = R₀ e^U,
///   ∫₀^τ (1 − F) dt = −ln(1 − q (1 − e^{−U}) / (R₀ + q)) / q   (→ (1 − e^{−U}) / R₀ as q → 0),
///
/// so the step's visits are exact whatever its length: discovery = a ∫(1 − F) dt and, since
/// every converting visit is a new buyer, all visits = M (F(τ) − F₀) / c. Forward Euler over
/// an hour drifts from the curve by 2.9 % of the population at p = 0.001, q = 1 a day; this
/// stays on it (`AudienceTests`). Without saturation (M = ∞) the equation is linear:
/// B(τ) = (B₀ + a/b) e^{c b τ} − a/b.
struct ShelfDiffusion {
  /// Discovery visits a day at an untouched market (`shelfVisitsPerDay`), ≥ 0.
  var discoveryPerDay: Double
  /// Word-of-mouth visits per buyer and day (`wordOfMouthVisitsPerBuyerDay`), ≥ 0.
  var perBuyerDay: Double
  /// The share of these visits that become first-time buyers, 0...1.
  var conversion: Double

  /// The expected discovery and word-of-mouth visits over a step.
  ///
  /// - Parameters:
  ///   - buyers: the buyers B₀ at the start of the step.
  ///   - population: M, or `nil` when the market does not saturate.
  ///   - days: the step τ in days of traffic (an hour's share of the day's traffic).
  /// - Returns: the expected visits of each kind over the step.
  func visits(buyers: Double, population: Double?, days: Double)
    -> (discovery: Double, wordOfMouth: Double)
  {
    guard days > 0 else { return (0, 0) }
    let a = discoveryPerDay
    let b = perBuyerDay
    let buyers = max(0, buyers)
    guard let population else {
      // dB/dt = c (a + b B): exponential growth from word of mouth, discovery constant.
      let growth = conversion * b
      guard growth > 0 else { return (a * days, b * buyers * days) }
      let wordOfMouth = (b * buyers + a) * expm1(growth * days) / growth - a * days
      return (a * days, max(0, wordOfMouth))
    }
    guard population > 0 else { return (0, 0) }
    let reached = buyers / population
    guard reached < 1 else { return (0, 0) }
    guard conversion > 0 else {
      // Nobody converts: the unreached share stands still over the step.
      return (a * (1 - reached) * days, b * buyers * (1 - reached) * days)
    }
    let p = conversion * a / population
    let q = conversion * b
    let s = p + q
    guard s > 0 else { return (0, 0) }
    let u = s * days
    let r0 = (p + q * reached) / (1 - reached)
    guard r0 > 0 else { return (0, 0) }  // no discovery and no buyers: nothing starts
    // Two transcendental calls per step (an hour per merchant): e^U − 1 serves e^U and
    // 1 − e^{−U} = (e^U − 1) / e^U.
    let grown = expm1(u)
    let r = r0 * (1 + grown)
    // F(τ) − F₀ = R₀ (e^U − 1) s / ((R + q)(R₀ + q)), free of cancellation for short steps.
    let gain = r.isFinite ? r0 * grown * s / ((r + q) * (r0 + q)) : 1 - reached
    let all = population * gain / conversion
    let shrunk = grown.isFinite ? grown / (1 + grown) : 1  // 1 − e^{−U}
    let unreachedDays = q > 0 ? -log1p(-q * shrunk / (r0 + q)) / q : shrunk / r0
    let discovery = min(all, a * unreachedDays)
    return (discovery, max(0, all - discovery))
  }
}
