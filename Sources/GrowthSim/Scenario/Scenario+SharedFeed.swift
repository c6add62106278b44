extension Scenario {
  /// Shares the platform's live feed out to the categories that state a `feedShare` (issue 17):
  /// one platform figure and each category's share instead of a feed fitted per case, so that
  /// a joint calibration has one number to estimate for every category.
  ///
  /// A category with `feedShare` gets `liveImpressionsPerDay` = the platform's
  /// `liveImpressionsPerDay` × `feedShare`, and `backgroundRooms` = the platform's
  /// `backgroundRoomsPerCategory` when that is stated; a value the category sets itself wins
  /// (an override its case's notes state). Issues: a share with no platform feed to share,
  /// and shares that hand out more than the whole feed.
  static func sharingFeed(_ categories: inout [Category], platform: Platform)
    -> [ScenarioError.Issue]
  {
    var issues: [ScenarioError.Issue] = []
    let list = JSONPointer.root.appending("categories")
    for index in categories.indices {
      guard let share = categories[index].feedShare else { continue }
      if !categories[index].setsLiveImpressions {
        if platform.liveImpressionsPerDay > 0 {
          categories[index].liveImpressionsPerDay = platform.liveImpressionsPerDay * share
        } else {
          issues.append(
            .init(
              list.appending(index).appending("feedShare"),
              "needs /platform/liveImpressionsPerDay (the feed to share) or the category's "
                + "own liveImpressionsPerDay, got \(Bounds.text(share))"))
        }
      }
      if !categories[index].setsBackgroundRooms, platform.backgroundRoomsPerCategory > 0 {
        categories[index].backgroundRooms = platform.backgroundRoomsPerCategory
      }
    }
    let shared = categories.indices.filter { categories[$0].feedShare != nil }
    let total = shared.reduce(0) { $0 + (categories[$1].feedShare ?? 0) }
    if total > 1 + 1e-9, let last = shared.last {
      issues.append(
        .init(
          list.appending(last).appending("feedShare"),
          "the categories' feedShare must sum to at most 1 (the whole platform feed), got "
            + "a sum of \(Bounds.text(total))"))
    }
    return issues
  }
}
