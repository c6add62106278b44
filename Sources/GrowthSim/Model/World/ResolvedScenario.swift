/// A scenario with its references resolved to indices and its per-day tables precomputed,
/// so that the event handlers do no look-ups by name.
///
/// A class of `let`s: one per run, shared by every handler and thread without copying (a
/// struct copy would retain its twenty arrays per sale) and without a pointer to keep alive.
final class ResolvedScenario: Sendable {
  let scenario: Scenario
  /// For each merchant, the index of its category, policy and provider.
  let categoryIndex: [Int]
  let policyIndex: [Int]
  let providerIndex: [Int?]
  /// Feed supply share by hour: `diurnalProfile` normalised to sum to 1.
  let supplyShareByHour: [Double]
  /// Background competition by hour: `competitionProfile` normalised to average 1.
  let competitionByHour: [Double]
  /// Campaign effects by day of the run: the product over the campaigns running that day.
  let campaignByDay: [CampaignEffect]
  /// For each merchant: the first day its provider's contract runs (`Int.max` without one),
  /// and what the provider's help does from then on.
  let contractStartDay: [Int]
  let providerEffects: [CapabilityEffects]
  /// For each provider, the merchants it serves and the share of its staff capacity each
  /// gets: min(1, staff × merchantsPerStaff / merchants served).
  let merchantsServed: [Int]
  let staffShare: [Double]
  /// Per merchant, its provider's help from each step of the hiring plan on (`AgencyBooks`).
  let providerHelpSteps: [[HelpStep]]
  /// Every policy followed by its phases, flattened; the phase name of each (empty for a
  /// policy's base), its live ticks per session, and for each policy the variant in force
  /// on each day of the run.
  let variants: [Policy]
  let variantPhase: [String]
  let liveTicks: [Int]
  let variantByDay: [[Int]]
  /// For each provider with an operation, per staff level, the variant each variant becomes
  /// when the provider runs it (`ProviderOperation+Policy`); `nil` without an operation.
  let operatedVariants: [[[Int]]?]
  /// Each merchant's list prices weighted by demand share.
  let averageListPrice: [Double]
  /// The share of a day's service tickets arriving in each hour: the hourly profile over the
  /// service hours (`serviceStartHour` to `serviceEndHour`), normalised to sum to 1.
  let serviceShareByHour: [Double]
  /// The most customer-service tickets one merchant's day may simulate one by one.
  ///
  /// (The `tickets-per-merchant-day` limit of a run; unbounded unless the caller sets it.) A day
  /// expecting more is computed in expectation and marked, and the run stops there
  /// (`World.simulate`), so hostile rates cannot make one day last for hours.
  let ticketLimit: Double

  /// The combined multipliers of the campaigns running on one day.
  struct CampaignEffect: Sendable {
    /// The campaigns' ids and phases, joined by "+" (the `campaign` and `campaign_phase`
    /// columns).
    var label = ""
    var phaseLabel = ""
    /// Whether any campaign is in its window today (not just in its hangover), and whether
    /// any is at its peak.
    var isFestival = false
    var isPeak = false
    var traffic = 1.0
    var competition = 1.0
    var cpm = 1.0
    var conversion = 1.0
  }

  /// `init(_:ticketLimit:)` with the `tickets-per-merchant-day` limit as given to a command:
  /// `nil` for none.
  convenience init(_ scenario: Scenario, limitingTicketsTo limit: Int?) {
    self.init(scenario, ticketLimit: limit.map(Double.init) ?? .infinity)
  }

  init(_ scenario: Scenario, ticketLimit: Double = .infinity) {
    self.scenario = scenario
    self.ticketLimit = ticketLimit
    func index(_ ids: [String], _ id: String) -> Int {
      // `Scenario.decode` has checked every reference.
      guard let found = ids.firstIndex(of: id) else {
        preconditionFailure("unresolved reference '\(id)' in a checked scenario")
      }
      return found
    }
    let categoryIDs = scenario.categories.map(\.id)
    let policyIDs = scenario.policies.map(\.id)
    let providerIDs = scenario.providers.map(\.id)
    categoryIndex = scenario.merchants.map { index(categoryIDs, $0.category) }
    policyIndex = scenario.merchants.map { index(policyIDs, $0.policy) }
    let providers = scenario.merchants.map { $0.provider.map { index(providerIDs, $0) } }
    providerIndex = providers
    let served = scenario.providers.indices.map { provider in
      providers.filter { $0 == provider }.count
    }
    merchantsServed = served
    staffShare = scenario.providers.enumerated().map { index, provider in
      provider.staffShare(staff: provider.staff, serving: served[index])
    }
    providerHelpSteps = Self.helpSteps(scenario, providers: providers, served: served)
    let startDay = scenario.calendar.startDate.daysSinceEpoch
    contractStartDay = providers.map { index in
      guard let index else { return Int.max }
      return max(
        0, (scenario.providers[index].contractStart?.daysSinceEpoch ?? startDay) - startDay)
    }
    let shares = staffShare
    providerEffects = scenario.merchants.indices.map { index in
      guard let provider = providers[index] else { return .none }
      return Self.effects(
        of: scenario.providers[provider], on: scenario.merchants[index], share: shares[provider])
    }
    let supplyTotal = scenario.platform.diurnalProfile.reduce(0, +)
    supplyShareByHour = scenario.platform.diurnalProfile.map { $0 / supplyTotal }
    let competitionMean = scenario.platform.competitionProfile.reduce(0, +) / 24
    competitionByHour = scenario.platform.competitionProfile.map {
      competitionMean > 0 ? $0 / competitionMean : 0
    }
    let start = scenario.calendar.startDate.daysSinceEpoch
    campaignByDay = (0..<scenario.calendar.days).map { day in
      var effect = CampaignEffect()
      for campaign in scenario.campaigns {
        guard let (phase, share) = campaign.phase(on: start + day) else { continue }
        func lifted(_ multiplier: Double) -> Double { 1 + share * (multiplier - 1) }
        effect.label += effect.label.isEmpty ? campaign.id : "+" + campaign.id
        effect.phaseLabel += effect.phaseLabel.isEmpty ? phase.rawValue : "+" + phase.rawValue
        effect.isFestival = effect.isFestival || phase.isFestival
        effect.isPeak = effect.isPeak || phase == .peak
        if phase == .hangover {
          effect.traffic *= campaign.hangoverTrafficMultiplier
          continue
        }
        effect.traffic *= lifted(campaign.trafficMultiplier)
        effect.competition *= lifted(campaign.competitionMultiplier)
        effect.cpm *= lifted(campaign.cpmMultiplier)
        effect.conversion *= lifted(campaign.conversionMultiplier)
      }
      // Overlapping festivals multiply; keep the product within 10⁻⁴…10⁴.
      effect.traffic = min(max(effect.traffic, 1e-4), 1e4)
      effect.competition = min(max(effect.competition, 1e-4), 1e4)
      effect.cpm = min(max(effect.cpm, 1e-4), 1e4)
      effect.conversion = min(max(effect.conversion, 1e-4), 1e4)
      return effect
    }
    let tick = Double(scenario.platform.tickMinutes)
    var variants: [Policy] = []
    var phaseNames: [String] = []
    variantByDay = scenario.policies.map { policy in
      let base = variants.count
      variants.append(policy)
      phaseNames.append("")
      for phase in policy.phases {
        variants.append(phase.policy)
        phaseNames.append(phase.name)
      }
      return (0..<scenario.calendar.days).map { day in
        base + (policy.phases.lastIndex { $0.fromDay <= day }.map { $0 + 1 } ?? 0)
      }
    }
    operatedVariants = Self.operatedVariants(
      scenario, served: served, variants: &variants, phaseNames: &phaseNames)
    self.variants = variants
    variantPhase = phaseNames
    liveTicks = variants.map { Int(($0.liveHours * 60 / tick).rounded()) }
    averageListPrice = scenario.merchants.map { merchant in
      let shares = merchant.skus.reduce(0) { $0 + $1.demandShare }
      return merchant.skus.reduce(0) { $0 + $1.price * $1.demandShare } / shares
    }
    let open = scenario.platform.serviceStartHour..<scenario.platform.serviceEndHour
    let serviceHours = scenario.platform.diurnalProfile.enumerated().map { hour, weight in
      open.contains(hour) ? weight : 0
    }
    let serviceTotal = serviceHours.reduce(0, +)
    serviceShareByHour = serviceHours.indices.map { hour in
      guard open.contains(hour) else { return 0 }
      return serviceTotal > 0 ? serviceHours[hour] / serviceTotal : 1.0 / Double(open.count)
    }
  }
}
