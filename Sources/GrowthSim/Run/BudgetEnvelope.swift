/// The same total budget for every compared policy (`compare --budget-envelope`), so that a
/// comparison is about how the money is spent, not how much of it.
///
/// The envelope is yuan per merchant-day of marketing and service: ads (cash after any
/// cost-cap credit), content and lucky bags (`marketingCost`), talent commissions and slot
/// fees, and customer-service staff. A policy's other spend depends on what it sells (staff
/// to the standard, commissions), so it is measured, not planned: a mean-field pilot run of
/// the policy gives its spend outside ads per merchant-day, and its ad cap becomes the
/// envelope less that (three rounds, since more ads sell more and need more staff). Caps are
/// caps: a plan that bids on an ROI floor or scales only while ROI holds may spend less, and
/// keeps the rest as profit.
public struct BudgetEnvelope: Sendable, Equatable {
  /// The envelope, yuan per merchant-day.
  public let dailyTotal: Double
  /// Per policy, in the order compared: its ad cap and its measured spend outside ads, per
  /// merchant-day; both from the last pilot round (the reference's own cap under an envelope
  /// it defines).
  public let adCaps: [Double]
  public let otherSpend: [Double]

  /// Pilot rounds: the spend outside ads moves with the cap, and settles within a few.
  static let rounds = 3

  /// The scenario with each of `policies` capped to fit `total` yuan per merchant-day
  /// (`nil`: the first policy's own mean-field spend, uncapped, so the reference runs as
  /// written), and the envelope applied.
  ///
  /// Every policy ends up in the scenario's `policies` (presets are added), with its ad
  /// budget (the fixed budget, or the cap of the other modes) and each phase's scaled to the
  /// cap; a policy whose spend outside ads alone exceeds the envelope gets no ads.
  ///
  /// - Throws: `.scenario` for a policy id that is neither defined nor a preset.
  public static func fit(_ scenario: Scenario, policies: [String], total: Double?)
    throws(ComparisonFailure) -> (scenario: Scenario, envelope: BudgetEnvelope)
  {
    var fitted = scenario
    for id in policies where !fitted.policies.contains(where: { $0.id == id }) {
      guard let preset = PolicyPresets.policy(id: id) else {
        throw .scenario(ScenarioError([.init(.root, scenario.unknownPolicyMessage(id))]))
      }
      fitted.policies.append(preset)
    }
    let reference = Self.spend(fitted, policy: policies[0])
    let envelope = total ?? reference.total
    var caps: [Double] = []
    var others: [Double] = []
    for (position, id) in policies.enumerated() {
      guard let index = fitted.policies.firstIndex(where: { $0.id == id }) else { continue }
      let original = fitted.policies[index]
      if position == 0 && total == nil {
        // The reference defines the envelope by what it spends as written.
        caps.append(original.bidding.cap)
        others.append(reference.other)
        continue
      }
      var other = Self.spend(fitted, policy: id).other
      var cap = max(0, envelope - other)
      for _ in 1..<rounds {
        fitted.policies[index] = original.withAdCap(cap)
        other = Self.spend(fitted, policy: id).other
        cap = max(0, envelope - other)
      }
      fitted.policies[index] = original.withAdCap(cap)
      caps.append(cap)
      others.append(other)
    }
    return (fitted, BudgetEnvelope(dailyTotal: envelope, adCaps: caps, otherSpend: others))
  }

  /// One mean-field replication of the scenario under `policy`: its envelope spend and its
  /// spend outside ads, per merchant-day.
  static func spend(_ scenario: Scenario, policy: String) -> (total: Double, other: Double) {
    guard var pilot = scenario.allFollowing(policy: policy) else { return (0, 0) }
    pilot.experiment.isMeanField = true
    pilot.experiment.replications = 1
    var ads = 0.0
    var other = 0.0
    Replication(pilot).run(0) { _, rows in
      for row in rows {
        ads += row.adSpend
        other += row.marketingCost + row.talentCost + row.serviceCost
      }
    }
    let merchantDays = Double(max(1, pilot.merchants.count * pilot.calendar.days))
    return ((ads + other) / merchantDays, other / merchantDays)
  }
}

extension Policy {
  /// The policy with its ad budget cap set to `cap` yuan a day, and each phase's cap scaled
  /// in proportion (set to `cap` where the base has none).
  func withAdCap(_ cap: Double) -> Policy {
    var result = self
    let base = bidding.cap
    result.bidding = bidding.withCap(cap)
    result.phases = phases.map { phase in
      var phase = phase
      let scaled = base > 0 ? phase.policy.bidding.cap * cap / base : cap
      phase.policy.bidding = phase.policy.bidding.withCap(scaled)
      return phase
    }
    return result
  }
}

extension BiddingMode {
  /// The most the mode spends a day: the fixed budget, the ramp's target, or the cap.
  var cap: Double {
    switch self {
    case .fixed(let budget): budget
    case .ramp(_, let target, _): target
    case .testThenScale(_, _, _, let most, _), .roiTarget(_, let most), .costCap(_, let most): most
    }
  }

  /// The mode with its most per day set to `cap` (a ramp's start and a test budget no higher).
  func withCap(_ cap: Double) -> BiddingMode {
    switch self {
    case .fixed: .fixed(dailyBudget: cap)
    case .ramp(let start, _, let days):
      .ramp(startBudget: min(start, cap), targetBudget: cap, days: days)
    case .testThenScale(let test, let days, let step, _, let floor):
      .testThenScale(
        testBudget: min(test, cap), testDays: days, stepShare: step, maxBudget: cap, roiFloor: floor
      )
    case .roiTarget(let floor, _): .roiTarget(floorROI: floor, maxBudget: cap)
    case .costCap(let target, _): .costCap(targetCostPerOrder: target, maxBudget: cap)
    }
  }
}

extension BudgetEnvelope {
  /// How `compare` sets the envelope: the reference policy's own spend (the default), a
  /// given total per merchant-day, or none (each policy as written).
  public enum Setting: Sendable, Equatable {
    case reference
    case total(Double)
    case off

    /// The option's value as written back (`reference`, `off`, or the amount).
    public var text: String {
      switch self {
      case .reference: "reference"
      case .off: "off"
      case .total(let total): HeadlineTable.format(total, places: 2)
      }
    }

    /// Reads `reference`, `off` or a yuan amount ≥ 0; `nil` for anything else.
    public init?(_ text: String) {
      switch text {
      case "reference": self = .reference
      case "off": self = .off
      default:
        guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
        self = .total(value)
      }
    }
  }

  /// `fit` under a setting: `nil` envelope with `.off`.
  public static func apply(_ setting: Setting, to scenario: Scenario, policies: [String])
    throws(ComparisonFailure) -> (scenario: Scenario, envelope: BudgetEnvelope?)
  {
    switch setting {
    case .off: return (scenario, nil)
    case .reference:
      let fitted = try fit(scenario, policies: policies, total: nil)
      return (fitted.scenario, fitted.envelope)
    case .total(let total):
      let fitted = try fit(scenario, policies: policies, total: total)
      return (fitted.scenario, fitted.envelope)
    }
  }
}
