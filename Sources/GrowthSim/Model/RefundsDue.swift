/// Refunds already scheduled but not yet made: units sold whose refund falls after today.
///
/// Running sums, not a list per sale, as `serve` adds to them on every sale with a refund;
/// `MerchantState.refund` takes each off when it is made (docs/model.md, Money).
struct RefundsDue: Sendable {
  /// The money to go back to buyers, the units to come back and those units at unit cost.
  var amount = 0.0
  var units = 0.0
  var value = 0.0

  /// A refund is scheduled.
  mutating func add(_ units: Double, amount: Double, unitCost: Double) {
    self.amount += amount
    self.units += units
    value += units * unitCost
  }

  /// A scheduled refund is made.
  mutating func remove(_ units: Double, amount: Double, unitCost: Double) {
    self.units -= units
    // Mean-field fractions leave rounding dust once every refund due has been made.
    if self.units <= 1e-9 {
      self = RefundsDue()
    } else {
      self.amount -= amount
      value -= units * unitCost
    }
  }

  /// What making them all today would take off the profit, the units that come back
  /// fetching `recoveredShare` of their cost: each refund gives its amount back less the
  /// platform commission it rebates, the COGS booked at the sale comes back at that share, and
  /// each unit costs `returnCost` to send back.
  ///
  /// Two readings use it (docs/model.md, Money): the refund provision of the settled profit,
  /// where the units come back as a refund brings them (`returnsResoldShare` resold at cost,
  /// the rest cleared at `clearanceRecovery`), and the profit after clearance, where everything
  /// is cleared (`clearanceRecovery`). An approximation either way: the provider's commission
  /// on the refunded GMV is not rebated (its tiers depend on the month the refund would fall
  /// in).
  func cost(commissionRate: Double, recoveredShare: Double, returnCost: Double) -> Double {
    amount * (1 - commissionRate) - value * recoveredShare + units * returnCost
  }
}
