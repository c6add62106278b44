extension ComparisonTable {
  /// The budget envelope in a line: the total, and each policy's ad cap beside its measured
  /// spend outside ads.
  public static func text(_ envelope: BudgetEnvelope, policies: [String]) -> String {
    let parts = zip(policies, zip(envelope.adCaps, envelope.otherSpend)).map { id, money in
      "\(id) ads ≤ \(HeadlineTable.format(money.0, places: 0)) + other "
        + HeadlineTable.format(money.1, places: 0)
    }
    return "budget envelope \(HeadlineTable.format(envelope.dailyTotal, places: 0)) yuan per "
      + "merchant-day: \(parts.joined(separator: "; ")) (other: content, lucky bags, talents, "
      + "staff, measured in a mean-field pilot)\n"
  }
}
