/// One replication of a scenario: the event loop and the state it changes.
///
/// `World.simulate` is the whole public surface. Handlers live in extensions by concern:
/// `World+Day` (planning and the daily books), `World+Traffic` (live and shelf visits),
/// `World+Inventory` (sales, stock, refunds).
struct World {
  let plan: ResolvedScenario
  var queue = EventQueue<ModelEvent>()
  var merchants: [MerchantState]
  /// The summed feed weight of the rooms live now, per category.
  var liveWeight: [Double]
  var liveRooms: [Int]
  /// The day being simulated.
  var currentDay = 0
  /// Finished days, per merchant.
  var records: [[DayRecord]]
  /// Events handled so far (for `growthsim bench`).
  var eventsHandled = 0

  static let minutesPerDay = 1440.0

  init(plan: ResolvedScenario, seed: UInt64) {
    self.plan = plan
    let scenario = plan.scenario
    merchants = scenario.merchants.enumerated().map { index, merchant in
      // A provider's paid-traffic skill from day 0 shortens the plan's learning.
      var learning = scenario.platform.learning
      if plan.contractStartDay[index] == 0 {
        learning.conversionsToExit *= plan.providerEffects[index].learningConversions
      }
      return MerchantState(
        merchant: merchant, variant: plan.variantByDay[plan.policyIndex[index]][0],
        policy: plan.variants[plan.variantByDay[plan.policyIndex[index]][0]],
        learning: learning, seed: seed, index: index,
        isMeanField: scenario.experiment.isMeanField)
    }
    liveWeight = Array(repeating: 0, count: scenario.categories.count)
    liveRooms = Array(repeating: 0, count: scenario.categories.count)
    records = Array(repeating: [], count: scenario.merchants.count)
    for index in records.indices { records[index].reserveCapacity(scenario.calendar.days) }
  }

  /// Runs one replication.
  ///
  /// - Parameters:
  ///   - plan: the checked scenario, resolved.
  ///   - seed: the replication's seed, derived from the scenario seed and replication index.
  /// - Returns: each merchant's days, merchant by merchant.
  static func simulate(_ plan: ResolvedScenario, seed: UInt64) -> [[DayRecord]] {
    run(plan, seed: seed).records
  }

  /// Runs one replication and returns the world at its end (records and event count).
  static func run(_ plan: ResolvedScenario, seed: UInt64) -> World {
    var world = World(plan: plan, seed: seed)
    // Day boundaries are scheduled first, so at each midnight the old day closes and the new
    // one opens before anything else due then (a live tick at 00:00 belongs to the new day).
    for day in 0..<plan.scenario.calendar.days {
      world.queue.schedule(.dayStart(day: day), at: Double(day) * World.minutesPerDay)
      world.queue.schedule(.dayEnd(day: day), at: Double(day + 1) * World.minutesPerDay)
    }
    while let (_, event) = world.queue.popNext() {
      world.handle(event)
      world.eventsHandled += 1
      #if DEBUG
        world.checkInvariants(after: event)
      #endif
    }
    return world
  }

  mutating func handle(_ event: ModelEvent) {
    switch event {
    case .dayStart(let day): startDay(day)
    case .shelfTick(let hour): shelfTick(hour: hour)
    case .liveStart(let merchant): openLive(merchant)
    case .liveTick(let merchant, let isFirst): liveTick(merchant, isFirst: isFirst)
    case .liveEnd(let merchant): closeLive(merchant)
    case .talentSession(let merchant, let kol): runTalentSession(merchant, kol: kol)
    case .restockArrival(let merchant, let sku, let units):
      receive(units, of: sku, for: merchant)
    case .refund(let merchant, let sku, let units, let amount):
      refund(units, of: sku, for: merchant, amount: amount)
    case .dayEnd(let day): endDay(day)
    }
  }

  /// The hour of day (0–23) at the current time.
  var hourOfDay: Int {
    Int(queue.now.truncatingRemainder(dividingBy: World.minutesPerDay) / 60) % 24
  }
}
