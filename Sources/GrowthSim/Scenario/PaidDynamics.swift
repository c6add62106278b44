/// How Qianchuan's price and click-through move with the merchant's own behaviour
/// (PARAMETERS §6.8, §4 item 3), read with the category.
///
/// - CPM × (1 + `audienceElasticity` × I / N): I the impressions the day's budget buys at the
///   base CPM, N the merchant's reachable audience (the addressable population not yet won);
/// - CPM × (1 + `jumpPremium` × log₂(B / B_ref)) for B above B_ref, the least positive budget
///   of the last `jumpDays` days: a doubling costs `jumpPremium` more for `jumpDays` days;
/// - paid click-through × max(`creativeFloor`, e^(−`creativeDecayPerDay` × age)), age the days
///   since the newest video (creative fatigue).
public struct PaidDynamics: Sendable, Equatable {
  /// The largest `jumpDays` the fixed budget memory holds.
  public static let maxJumpDays = 8

  /// CPM rise per impression bought per reachable person and day.
  ///
  /// Default 1 (guess; PARAMETERS §4 item 3: "CPM rises with spend", CPM0·(1 + a·spend/ref)):
  /// showing the whole reachable audience one ad a day doubles the price.
  public var audienceElasticity: Double
  /// CPM premium per doubling of the budget over its recent least.
  ///
  /// Default 0.3: budget_scaling, doubling raised cost 20–40 % for about 48 h (§6.8).
  public var jumpPremium: Double
  /// Days a budget jump keeps raising the CPM, 1...`maxJumpDays`.
  ///
  /// Default 2: budget_scaling, "for ~48 h" (§6.8).
  public var jumpDays: Int
  /// Daily decay rate of paid click-through as the creative ages.
  ///
  /// Default 0.15: creative_life, CTR 6 % → 2.1 % by day 7 (ln(6 / 2.1) / 7, §2 Q13, X1).
  public var creativeDecayPerDay: Double
  /// The least share of fresh click-through an old creative keeps.
  ///
  /// Default 0.35: 2.1 % of 6 %, the day-7 level of creative_life (guess that it stays there).
  public var creativeFloor: Double

  /// Dynamics with the documented defaults.
  public init(
    audienceElasticity: Double = 1, jumpPremium: Double = 0.3, jumpDays: Int = 2,
    creativeDecayPerDay: Double = 0.15, creativeFloor: Double = 0.35
  ) {
    self.audienceElasticity = audienceElasticity
    self.jumpPremium = jumpPremium
    self.jumpDays = jumpDays
    self.creativeDecayPerDay = creativeDecayPerDay
    self.creativeFloor = creativeFloor
  }
}

extension PaidDynamics {
  init(reading r: ObjectReader) {
    let defaults = PaidDynamics()
    self.init(
      audienceElasticity: r.number(
        "cpmAudienceElasticity", default: defaults.audienceElasticity, .from(0, to: 1000),
        unit: "× per impression per person",
        doc: "CPM × (1 + this × impressions / reachable audience) (guess: CPM rises with spend)."),
      jumpPremium: r.number(
        "cpmJumpPremium", default: defaults.jumpPremium, .from(0, to: 10), unit: "share",
        doc: "CPM premium per doubling of the budget over the least of the last cpmJumpDays "
          + "days (budget_scaling: doubling +20–40 % for ~48 h)."),
      jumpDays: r.integer(
        "cpmJumpDays", default: defaults.jumpDays, 1...PaidDynamics.maxJumpDays, unit: "days",
        doc: "Days a budget jump raises the CPM (budget_scaling: ~48 h)."),
      creativeDecayPerDay: r.number(
        "creativeDecayPerDay", default: defaults.creativeDecayPerDay, .from(0, to: 10),
        unit: "1/day",
        doc: "Paid click-through × e^(−this × days since the newest video) (creative_life: "
          + "CTR 6 % → 2.1 % by day 7)."),
      creativeFloor: r.number(
        "creativeFloor", default: defaults.creativeFloor, .unit, unit: "share",
        doc: "The least share of fresh paid click-through an old creative keeps (guess: the "
          + "day-7 level of creative_life)."))
  }
}
