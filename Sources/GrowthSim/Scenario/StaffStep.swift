/// A step of a provider's hiring plan: from `from` on, the team has `staff` people (until
/// the next step).
public struct StaffStep: Sendable, Equatable {
  public var from: CivilDate
  public var staff: Int
}

extension StaffStep {
  /// Reads a provider's `staffPlan`; the steps' dates must rise.
  static func read(_ r: ObjectReader) -> [StaffStep] {
    let steps = r.objects(
      "staffPlan", maxCount: 1_000,
      doc: "Hiring plan: from each step's date on, the team has that many staff (the cost, "
        + "the utilisation and the dilution of the lift follow it); before the first step, "
        + "`staff`."
    ) { s in
      StaffStep(
        from: s.date("from", default: nil, doc: "The first day with this team."),
        staff: s.integer(
          "staff", default: nil, 0...1_000_000, unit: "people", doc: "Staff from that day."))
    }
    let at = r.pointer.appending("staffPlan")
    for (index, pair) in zip(steps, steps.dropFirst()).enumerated()
    where pair.1.from.daysSinceEpoch <= pair.0.from.daysSinceEpoch {
      r.report(
        at.appending(index + 1).appending("from"),
        "must be after the step before (\(pair.0.from)), got \(pair.1.from)")
    }
    return steps
  }
}
