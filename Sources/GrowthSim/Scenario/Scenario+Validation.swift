extension Scenario {
  /// Duplicate identifiers and references to entries that do not exist.
  func referenceIssues() -> [ScenarioError.Issue] {
    var issues: [ScenarioError.Issue] = []
    let root = JSONPointer.root
    issues += Self.duplicates(categories.map(\.id), at: root.appending("categories"))
    issues += Self.duplicates(providers.map(\.id), at: root.appending("providers"))
    issues += Self.duplicates(campaigns.map(\.id), at: root.appending("campaigns"))
    issues += Self.duplicates(policies.map(\.id), at: root.appending("policies"))
    // Listed merchants come first; cohort members are named by their cohort's id.
    issues += Self.duplicates(
      merchants.indices.filter { cohortOfMerchant[$0] == nil }.map { merchants[$0].id },
      at: root.appending("merchants"))
    var seenIDs = Set(
      merchants.indices.filter { cohortOfMerchant[$0] == nil }.map { merchants[$0].id })
    var memberIssues: [ScenarioError.Issue] = []
    for (index, merchant) in merchants.enumerated() {
      let at =
        cohortOfMerchant[index].map {
          root.appending("cohorts").appending($0).appending("template")
        }
        ?? root.appending("merchants").appending(index)
      var found: [ScenarioError.Issue] = []
      found += Self.dangling(merchant.category, in: categories.map(\.id), "category", at: at)
      found += Self.dangling(
        merchant.policy, in: policies.map(\.id) + PolicyPresets.json.map(\.id), "policy", at: at)
      if let provider = merchant.provider {
        found += Self.dangling(provider, in: providers.map(\.id), "provider", at: at)
      }
      found += Self.duplicates(merchant.skus.map(\.id), at: at.appending("skus"))
      guard let cohort = cohortOfMerchant[index] else {
        issues += found
        continue
      }
      // A cohort's members can differ by drawn references: each distinct issue once.
      for issue in found where !memberIssues.contains(issue) { memberIssues.append(issue) }
      if !seenIDs.insert(merchant.id).inserted {
        let message = "a member's id is already used, got \"\(merchant.id)\""
        let issue = ScenarioError.Issue(
          root.appending("cohorts").appending(cohort).appending("id"), message)
        if !memberIssues.contains(issue) { memberIssues.append(issue) }
      }
    }
    issues += memberIssues
    issues += campaignIssues()
    issues += supplyIssues()
    issues += comparePolicyIssues()
    issues += Self.duplicates(targets.map(\.id), at: root.appending("targets"))
    for (index, target) in targets.enumerated() {
      let at = root.appending("targets").appending(index)
      if let merchant = target.merchant {
        issues += Self.dangling(merchant, in: merchants.map(\.id), "merchant", at: at)
      }
      if let provider = target.provider {
        issues += Self.dangling(provider, in: providers.map(\.id), "provider", at: at)
      }
    }
    return issues
  }

  /// Campaigns that end, hangover included, before the first simulated day.
  ///
  /// Such a campaign can never act: most likely its year is wrong. One that starts after the
  /// last day is allowed, so a horizon cut short (`--set /calendar/days=30`, a sweep over
  /// days) keeps the scenario valid.
  private func campaignIssues() -> [ScenarioError.Issue] {
    let first = calendar.startDate
    return campaigns.indices.compactMap { index in
      let campaign = campaigns[index]
      let last = campaign.end.adding(days: campaign.hangoverDays)
      guard last < first else { return nil }
      return .init(
        JSONPointer.root.appending("campaigns").appending(index).appending("end"),
        "must not end (with \(campaign.hangoverDays) hangover days) before the horizon starts "
          + "on \(first), got \"\(campaign.end)\"")
    }
  }

  /// An issue at every `id` that repeats an earlier one in the same list.
  private static func duplicates(_ ids: [String], at list: JSONPointer) -> [ScenarioError.Issue] {
    var first: [String: Int] = [:]
    var issues: [ScenarioError.Issue] = []
    // An empty id is the placeholder of one already reported as invalid.
    for (index, id) in ids.enumerated() where !id.isEmpty {
      if let earlier = first[id] {
        let message = "duplicate id, already used at \(list.appending(earlier).appending("id"))"
        issues.append(.init(list.appending(index).appending("id"), "\(message), got \"\(id)\""))
      } else {
        first[id] = index
      }
    }
    return issues
  }

  /// An issue if `reference` names no entry of `ids`, with the nearest id as a suggestion.
  private static func dangling(
    _ reference: String, in ids: [String], _ key: String, at owner: JSONPointer
  ) -> [ScenarioError.Issue] {
    // An empty string is the placeholder of a value already reported as invalid; while a list
    // holds one, a reference may be meant for it, so it is not reported twice.
    guard !reference.isEmpty, !ids.contains(""), !ids.contains(reference) else { return [] }
    var message = "no \(key) has this id"
    if let suggestion = EditDistance.nearest(to: reference, among: ids) {
      message += " (did you mean '\(suggestion)'?)"
    } else if !ids.isEmpty {
      message += " (known: \(ids.prefix(8).joined(separator: ", ")))"
    }
    return [.init(owner.appending(key), "\(message), got \"\(reference)\"")]
  }

  /// `experiment.compare` names policies the scenario defines, or presets.
  private func comparePolicyIssues() -> [ScenarioError.Issue] {
    let list = JSONPointer.root.appending("experiment").appending("compare")
    let ids = experiment.comparePolicies
    let known = policies.map(\.id) + PolicyPresets.json.map(\.id)
    var issues: [ScenarioError.Issue] = []
    for (index, id) in ids.enumerated() where !id.isEmpty && ids[..<index].contains(id) {
      issues.append(.init(list.appending(index), "repeats an earlier policy, got \"\(id)\""))
    }
    for (index, id) in ids.enumerated() where !id.isEmpty && !known.contains(id) {
      var message = "no policy or preset has this id"
      if let suggestion = EditDistance.nearest(to: id, among: known) {
        message += " (did you mean '\(suggestion)'?)"
      }
      issues.append(.init(list.appending(index), "\(message), got \"\(id)\""))
    }
    return issues
  }
}
