extension Scenario {
  /// No case may use more traffic than its platform supplies (issue 17): on the busiest
  /// festival day of the run, the live feed of the categories the merchants sell in (each
  /// category's `liveImpressionsPerDay` times the largest `trafficMultiplier` of a campaign
  /// that falls in the run) must not exceed `platform.impressionsPerDay`.
  ///
  /// The platform figure counts every video play, short videos included, so the bound is
  /// loose: a case above it is certainly too big. Not checked when the platform states no
  /// figure (0) or the case waives it (`exceedsImpressionsPerDay`, with the reason in its
  /// notes). The issue sits at the largest category's `liveImpressionsPerDay`, the value to
  /// lower.
  func supplyIssues() -> [ScenarioError.Issue] {
    let platformSupply = platform.impressionsPerDay
    guard platformSupply > 0, !platform.exceedsImpressionsPerDay else { return [] }
    let used = Set(merchants.map(\.category))
    let selling = categories.indices.filter { used.contains(categories[$0].id) }
    guard
      let largest = selling.max(by: {
        categories[$0].liveImpressionsPerDay < categories[$1].liveImpressionsPerDay
      })
    else { return [] }
    let daily = selling.reduce(0) { $0 + categories[$1].liveImpressionsPerDay }
    let last = calendar.startDate.adding(days: calendar.days - 1)
    let festival = campaigns.filter { $0.start <= last }
      .max { $0.trafficMultiplier < $1.trafficMultiplier }
    let multiplier = max(1, festival?.trafficMultiplier ?? 1)
    let busiest = daily * multiplier
    guard busiest > platformSupply else { return [] }
    let lift = multiplier > 1 ? " × \(Bounds.text(multiplier)) on '\(festival?.id ?? "")'" : ""
    return [
      .init(
        JSONPointer.root.appending("categories").appending(largest)
          .appending("liveImpressionsPerDay"),
        "the feed the case uses (\(Bounds.text(daily)) a day\(lift) = \(Bounds.text(busiest)))"
          + " exceeds the platform's impressionsPerDay \(Bounds.text(platformSupply)) "
          + "(or set /platform/exceedsImpressionsPerDay with the reason in the notes), got "
          + Bounds.text(categories[largest].liveImpressionsPerDay))
    ]
  }
}
