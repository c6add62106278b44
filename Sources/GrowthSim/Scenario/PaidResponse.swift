/// The daily response of Qianchuan spend: CPM, geometric adstock and Hill saturation.
///
/// The forms are those of the marketing-mix literature (Meta Robyn, Google Meridian), as fixed
/// by MODEL.md §3.3 and PARAMETERS §1.2 and §4 item 3:
///
/// - `CPM_t = baseCPM × festival_t × (learning ? 1 + coldStartPremium : 1) × bid^bidElasticity`
/// - effective spend `x_t = spend_t × curveCPM / CPM_t`: the curve counts yuan at `curveCPM`,
///   so a dearer market or a festival's inflation means a yuan buys less;
/// - adstock `A_t = x_t + θ·A_{t−1}` with `θ = adstockDecay`, `0 ≤ θ < 1`;
/// - paid visits `V_t = maxVisitsPerDay × A_t^α / (A_t^α + γ^α)`, `γ = halfSaturationSpend`,
///   `α = hillShape`.
///
/// `γ` is in adstock units (effective yuan): a steady spend `s` settles at `A = s / (1 − θ)`,
/// so a steady spend of `γ·(1 − θ)` a day earns half the maximum. At small spend and `α = 1`
/// a yuan at `curveCPM` buys `maxVisitsPerDay / halfSaturationSpend` visits, i.e. a cost per
/// click of `γ / maxVisitsPerDay × CPM / curveCPM`.
///
/// Pure math: no state and no randomness. The adstock carried between days is an
/// ``AdstockState`` the caller owns.
public struct PaidResponse: Sendable, Equatable {
  /// Market CPM at bid factor 1 outside festivals and learning, in yuan per 1,000 impressions.
  ///
  /// Default 40: cpm_ecom, 20–50 for AOV < 100 and 30–80 "conventional" (Q3, Q4, Q5).
  public var baseCPM: Double
  /// The CPM at which the curve's yuan are counted (`maxVisitsPerDay`, `halfSaturationSpend`).
  ///
  /// A curve measured or fitted on a market at this CPM answers another market through the
  /// effective spend `spend × curveCPM / CPM`: at twice the CPM a yuan buys half the
  /// impressions, so half the effective spend. Default 40, the default `baseCPM`: without it
  /// the curve would follow `baseCPM`, and a dearer market would cost nothing (session 9).
  public var curveCPM: Double
  /// The saturation ceiling of paid visits a day (the Hill curve's maximum response).
  ///
  /// Default 25,000 (guess). With the default `γ` the first yuan costs 0.8 yuan a click,
  /// inside cpc 0.5–2 (Q3, Q6), i.e. CTR 5 % at CPM 40 (ad_ctr 3–6 %, Q13, Q3).
  public var maxVisitsPerDay: Double
  /// The half-saturation adstock `γ`, in effective yuan (absolute, not a share of spend).
  ///
  /// Default 20,000 (guess; a merchant-scale parameter to calibrate per scenario).
  public var halfSaturationSpend: Double
  /// The Hill shape `α > 0`: `α ≤ 1` is concave, `α > 1` is S-shaped.
  ///
  /// Default 1 (guess; Robyn searches 0.5–3), which also gives closed forms.
  public var hillShape: Double
  /// The geometric adstock decay `θ`, `0 ≤ θ < 1`: the share of yesterday's adstock kept.
  ///
  /// Default 0.1 (guess; Robyn's suggested range for digital channels is 0–0.3).
  public var adstockDecay: Double
  /// The CPM premium while the plan is learning, as a share of the CPM.
  ///
  /// Default 0.25: cpm_cold_premium, +20–30 % in the first days of a plan (Q3).
  public var coldStartPremium: Double
  /// The elasticity of CPM to the bid factor: `CPM ∝ bidFactor^bidElasticity`.
  ///
  /// Default 0.5 (guess): under generalized second price (Q4) the price paid is set by the
  /// next bid, so it rises less than one for one with the own bid.
  public var bidElasticity: Double

  /// A response curve; every default is documented on its property.
  public init(
    baseCPM: Double = 40,
    curveCPM: Double = 40,
    maxVisitsPerDay: Double = 25_000,
    halfSaturationSpend: Double = 20_000,
    hillShape: Double = 1,
    adstockDecay: Double = 0.1,
    coldStartPremium: Double = 0.25,
    bidElasticity: Double = 0.5
  ) {
    self.baseCPM = baseCPM
    self.curveCPM = curveCPM
    self.maxVisitsPerDay = maxVisitsPerDay
    self.halfSaturationSpend = halfSaturationSpend
    self.hillShape = hillShape
    self.adstockDecay = adstockDecay
    self.coldStartPremium = coldStartPremium
    self.bidElasticity = bidElasticity
  }
}
