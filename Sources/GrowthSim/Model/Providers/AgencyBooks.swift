/// The agency's own books (MODEL.md §3.9): what a provider's team costs a day, how loaded it
/// is, and the rule that shares the cost among the merchants it serves.
extension Provider {
  /// The staff on `day` of a run starting `start`: the last `staffPlan` step begun by then,
  /// else `staff`.
  func staff(on day: Int, start: CivilDate) -> Int {
    var current = staff
    for step in staffPlan where step.from.daysSinceEpoch - start.daysSinceEpoch <= day {
      current = step.staff
    }
    return current
  }

  /// Merchants a team of `staff` serves without dilution: staff × merchantsPerStaff.
  func capacity(staff: Int) -> Double { Double(staff) * merchantsPerStaff }

  /// The cost of one contract day with `staff` people: staff × staffCostPerDay +
  /// otherCostPerDay.
  func dailyCost(staff: Int) -> Double { Double(staff) * staffCostPerDay + otherCostPerDay }

  /// Merchants served per merchant of capacity; above 1 the team is overloaded.
  func utilisation(staff: Int, serving merchants: Int) -> Double? {
    capacity(staff: staff) > 0 ? Double(merchants) / capacity(staff: staff) : nil
  }

  /// The share of a full lift each merchant gets (`Capabilities.lifted`'s dilution):
  /// min(1, capacity / merchants served), 1 when it serves nobody.
  func staffShare(staff: Int, serving merchants: Int) -> Double {
    merchants == 0 ? 1 : min(1, capacity(staff: staff) / Double(merchants))
  }

  /// One merchant's share of the day's cost with `merchants` under contract.
  ///
  /// Equal shares, since the model gives every served merchant the same share of staff time
  /// (`staffShare`); the shares sum to `dailyCost`, so contributions sum to the margin.
  func allocatedCost(staff: Int, among merchants: Int) -> Double {
    merchants > 0 ? dailyCost(staff: staff) / Double(merchants) : 0
  }
}

/// From `day` on (until the next step), a merchant's provider help is `effects`: a step of its
/// provider's hiring plan.
struct HelpStep: Sendable {
  var day: Int
  var effects: CapabilityEffects
}

extension ResolvedScenario {
  /// What a provider with staff share `share` does for `merchant`.
  static func effects(of provider: Provider, on merchant: Merchant, share: Double)
    -> CapabilityEffects
  {
    let effective = merchant.capabilities.lifted(
      toward: provider.capabilities, cooperation: merchant.cooperation, dilution: share)
    return CapabilityEffects(own: merchant.capabilities, effective: effective)
  }

  /// Per merchant, its provider's hiring plan as help steps (empty without a provider or a
  /// plan): the dilution follows the staff of each step.
  static func helpSteps(_ scenario: Scenario, providers: [Int?], served: [Int]) -> [[HelpStep]] {
    let start = scenario.calendar.startDate.daysSinceEpoch
    return zip(scenario.merchants, providers).map { merchant, index in
      guard let index else { return [] }
      let provider = scenario.providers[index]
      return provider.staffPlan.map { step in
        HelpStep(
          day: max(0, step.from.daysSinceEpoch - start),
          effects: effects(
            of: provider, on: merchant,
            share: provider.staffShare(staff: step.staff, serving: served[index])))
      }
    }
  }
}
