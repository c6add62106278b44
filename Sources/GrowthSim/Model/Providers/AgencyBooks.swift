/// The agency's own books (MODEL.md §3.9): what a provider's team costs a day, how loaded it
/// is, and the rule that shares the cost among the merchants it serves.
extension Provider {
  /// Merchants the team serves without dilution: staff × merchantsPerStaff.
  var capacity: Double { Double(staff) * merchantsPerStaff }

  /// The team's cost of one contract day: staff × staffCostPerDay + otherCostPerDay.
  var dailyCost: Double { Double(staff) * staffCostPerDay + otherCostPerDay }

  /// Merchants served per merchant of capacity; above 1 the team is overloaded.
  func utilisation(serving merchants: Int) -> Double? {
    capacity > 0 ? Double(merchants) / capacity : nil
  }

  /// The share of a full lift each merchant gets (`Capabilities.lifted`'s dilution):
  /// min(1, capacity / merchants served), 1 when it serves nobody.
  func staffShare(serving merchants: Int) -> Double {
    merchants == 0 ? 1 : min(1, capacity / Double(merchants))
  }

  /// One merchant's share of the day's cost with `merchants` under contract.
  ///
  /// Equal shares, since the model gives every served merchant the same share of staff time
  /// (`staffShare`); the shares sum to `dailyCost`, so contributions sum to the margin.
  func allocatedCost(among merchants: Int) -> Double {
    merchants > 0 ? dailyCost / Double(merchants) : 0
  }
}
