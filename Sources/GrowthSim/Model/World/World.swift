/// One replication of a scenario: the event loop and the state it changes.
///
/// `World.simulate` is the whole surface. The world's handlers (`World+Day`, `World+Live`,
/// `World+Talent`, `World+Inventory`, `World+Shelf`) dispatch; what one merchant does on its
/// own (its day start and end, shelf hours, sales) is `MerchantWork`, which may run for many
/// merchants on several threads (`World.forEachMerchant`). Merchant state is touched in one
/// way: `work(on:)` for one merchant, `forEachMerchant` for all.
struct World {
  let plan: ResolvedScenario
  var queue = EventQueue<ModelEvent>()
  var merchants: [MerchantState]
  /// The summed feed weight of the rooms live now, per category.
  var liveWeight: [Double]
  var liveRooms: [Int]
  /// The day being simulated.
  var currentDay = 0
  /// The rows of the day that ended last, merchant by merchant, and that day until the loop
  /// has handed them on: only one day is held, so memory does not grow with the horizon.
  var dayRows: [DayRecord] = []
  var endedDay: Int? = nil
  /// Threads for the merchants of a shelf hour (`shelfTick`); the output is the same for any.
  var merchantJobs = 1
  /// A buffer `work(on:_:)` lends out, so scheduling from a sale allocates nothing.
  var spareEvents: [MerchantWork.Scheduled] = []
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
        merchant: merchant, variant: plan.variant(of: index, on: 0),
        policy: plan.variants[plan.variant(of: index, on: 0)],
        learning: learning, seed: seed, index: index,
        isMeanField: scenario.experiment.isMeanField,
        poolWeight: PoolTier.weight(scenario.platform.poolTiers, followers: merchant.followers))
    }
    liveWeight = Array(repeating: 0, count: scenario.categories.count)
    liveRooms = Array(repeating: 0, count: scenario.categories.count)
    dayRows.reserveCapacity(scenario.merchants.count)
  }

  /// Runs one replication and keeps every day.
  ///
  /// - Parameters:
  ///   - plan: the checked scenario, resolved.
  ///   - seed: the replication's seed, derived from the scenario seed and replication index.
  /// - Returns: each merchant's days, merchant by merchant.
  static func simulate(_ plan: ResolvedScenario, seed: UInt64) -> [[DayRecord]] {
    var records = Array(repeating: [DayRecord](), count: plan.scenario.merchants.count)
    for index in records.indices { records[index].reserveCapacity(plan.scenario.calendar.days) }
    simulate(plan, seed: seed, merchantJobs: 1) { _, rows in
      for (index, row) in rows.enumerated() { records[index].append(row) }
    }
    return records
  }

  /// Runs one replication and hands each day's rows to `onDay` as the day ends.
  ///
  /// - Parameters:
  ///   - plan: the checked scenario, resolved.
  ///   - seed: the replication's seed, derived from the scenario seed and replication index.
  ///   - merchantJobs: threads for the merchants' day starts, shelf hours and day ends; the
  ///     run is the same for any.
  ///   - onDay: called once a day, in day order, with the day and every merchant's row of it
  ///     in merchant order; the array is reused, so keep what you need.
  /// - Returns: the number of events handled (for `growthsim bench`).
  @discardableResult
  static func simulate(
    _ plan: ResolvedScenario, seed: UInt64, merchantJobs: Int,
    onDay: (_ day: Int, _ rows: [DayRecord]) -> Void
  ) -> Int {
    simulate(plan, seed: seed, merchantJobs: merchantJobs, shouldStop: { false }, onDay: onDay)
      .events
  }

  /// `simulate(_:seed:merchantJobs:onDay:)` on one thread that stops after a day beyond the
  /// plan's `ticketLimit`, throwing it: the days handed on before are the caller's to drop.
  static func simulateWithinLimit(
    _ plan: ResolvedScenario, seed: UInt64, onDay: (_ day: Int, _ rows: [DayRecord]) -> Void
  ) throws(DayWorkExcess) {
    let ending = simulate(plan, seed: seed, merchantJobs: 1, shouldStop: { false }, onDay: onDay)
      .ending
    if case .excess(let excess) = ending { throw excess }
  }

  /// How a replication ended.
  enum Ending: Equatable {
    /// Every day was simulated.
    case finished
    /// `shouldStop` asked to stop; the days after the last handed on are missing.
    case stopped
    /// A merchant's day expected more tickets than the plan's `ticketLimit`: that day was
    /// handed on (computed in expectation) and the run ended there.
    case excess(DayWorkExcess)
  }

  /// `simulate(_:seed:merchantJobs:onDay:)` that may end early.
  ///
  /// It ends when `shouldStop` (asked every 1,024 events and at each day's end) says so, or
  /// after a day beyond the plan's `ticketLimit`. Returns the events handled and how the run
  /// ended.
  static func simulate(
    _ plan: ResolvedScenario, seed: UInt64, merchantJobs: Int, shouldStop: () -> Bool,
    onDay: (_ day: Int, _ rows: [DayRecord]) -> Void
  ) -> (events: Int, ending: Ending) {
    var world = World(plan: plan, seed: seed)
    world.merchantJobs = max(1, merchantJobs)
    // Day boundaries are scheduled first, so at each midnight the old day closes and the new
    // one opens before anything else due then (a live tick at 00:00 belongs to the new day).
    for day in 0..<plan.scenario.calendar.days {
      world.queue.schedule(.dayStart(day: day), at: Double(day) * World.minutesPerDay)
      world.queue.schedule(.dayEnd(day: day), at: Double(day + 1) * World.minutesPerDay)
    }
    while let (_, event) = world.queue.popNext() {
      world.eventsHandled += 1
      world.handle(event)
      #if DEBUG
        world.checkInvariants(after: event)
      #endif
      if let day = world.endedDay {
        world.endedDay = nil
        onDay(day, world.dayRows)
        if let merchant = world.merchants.firstIndex(where: { $0.excessTickets != nil }) {
          let excess = DayWorkExcess(
            merchant: plan.scenario.merchants[merchant].id, day: day,
            tickets: world.merchants[merchant].excessTickets ?? 0, limit: plan.ticketLimit)
          return (world.eventsHandled, .excess(excess))
        }
        if shouldStop() { return (world.eventsHandled, .stopped) }
      } else if world.eventsHandled % 1024 == 0, shouldStop() {
        return (world.eventsHandled, .stopped)
      }
    }
    return (world.eventsHandled, .finished)
  }

  mutating func handle(_ event: ModelEvent) {
    switch event {
    case .dayStart(let day): startDay(day)
    case .shelfTick(let hour): shelfTick(hour: hour)
    case .liveStart(let merchant): openLive(merchant)
    case .liveTick(let merchant, let isFirst): liveTick(merchant, isFirst: isFirst)
    case .liveEnd(let merchant): closeLive(merchant)
    case .talentSession(let merchant, let session): runTalentSession(merchant, session)
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
