import Testing

@testable import GrowthSim

/// Stock that costs money (MODEL.md §5): holding cost, profit after clearance, returns resold
/// only in part, refunds due after the horizon, the settlement lag and purchases paid on
/// arrival.
@Suite struct StockMoneyTests {
  /// The minimal scenario in mean-field mode, patched by `change`.
  static func run(_ change: (inout [String: Any]) -> Void = { _ in }) throws -> [DayRecord] {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    change(&document)
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  /// Nobody buys: the 500 units at 40 yuan sit in the warehouse all run.
  static func idle(_ document: inout [String: Any]) {
    document["categories"] = [["id": "apparel", "conversionRate": 0]]
  }

  @Test func idleStockCostsAQuarterOfItsValueAYear() throws {
    let days = try Self.run(Self.idle)
    try #require(days.allSatisfy { $0.units == 0 && $0.stockOnHand == 500 })
    for day in days {
      // 25 %/365 × 500 units × 40 yuan = 13.6986… yuan a day.
      #expect(abs(day.holdingCost - 0.25 / 365 * 500 * 40) < 1e-9, "day \(day.day)")
      #expect(day.skus[0].holdingCost == day.holdingCost && day.stockValue == 20_000)
    }
    // The holding cost is a cost like any other: without it the profit would be higher by it.
    let free = try Self.run { document in
      Self.idle(&document)
      var merchants = document["merchants"] as? [[String: Any]] ?? []
      merchants[0]["holdingCostPerYear"] = 0
      document["merchants"] = merchants
    }
    let held = Double(days.count) * 0.25 / 365 * 20_000
    #expect(
      abs(free[free.count - 1].cumulativeProfit - days[days.count - 1].cumulativeProfit - held)
        < 1e-6)
  }

  @Test func profitAfterClearanceWritesTheStockLeftDownToItsRecovery() throws {
    let days = try Self.run(Self.idle)
    let last = try #require(days.last)
    // 20,000 yuan of stock fetches 20 %: 16,000 lost beyond the running profit.
    #expect(abs(last.cumulativeProfitAfterClearance - (last.cumulativeProfit - 16_000)) < 1e-6)
    let deeper = try Self.run { document in
      Self.idle(&document)
      document["categories"] = [["id": "apparel", "conversionRate": 0, "clearanceRecovery": 0.5]]
    }
    #expect(
      abs(
        deeper[deeper.count - 1].cumulativeProfitAfterClearance - (last.cumulativeProfit - 10_000))
        < 1e-6)
  }

  /// The minimal scenario over `days` days with stock to sell all along, its category
  /// patched by `category`.
  static func selling(
    days: Int, meanField: Bool = true, _ category: (inout [String: Any]) -> Void = { _ in }
  ) throws -> [DayRecord] {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": meanField, "replications": 1, "seed": 3]
    document["calendar"] = ["startDate": "2026-07-01", "days": days]
    var categories = document["categories"] as? [[String: Any]] ?? []
    category(&categories[0])
    document["categories"] = categories
    var merchants = document["merchants"] as? [[String: Any]] ?? []
    merchants[0]["skus"] = [["id": "s1", "price": 100, "unitCost": 40, "stock": 20_000]]
    document["merchants"] = merchants
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  /// Runs are causal, so the refunds due at the end of a 10-day run are exactly the refunds
  /// the same run made 5 days longer (the refund delay) makes on days 10–14: no sale after
  /// day 9 is refunded before day 15.
  @Test(arguments: [true, false])
  func theRefundsDueAtTheHorizonAreTheRefundsALongerRunMakesAfterIt(meanField: Bool) throws {
    let short = try Self.selling(days: 10, meanField: meanField)
    let long = try Self.selling(days: 15, meanField: meanField)
    let last = try #require(short.last)
    let after = long[10...]
    let amount = after.reduce(0) { $0 + $1.refunds }
    let units = after.reduce(0) { $0 + $1.refundedUnits }
    try #require(last.refundsDue > 0 && long[9].cumulativeProfit == last.cumulativeProfit)
    #expect(abs(last.refundsDue - amount) <= 1e-9 * amount, "\(last.refundsDue) ≠ \(amount)")
    #expect(abs(last.refundsDueUnits - units) <= 1e-9 * units)
    #expect(abs(last.refundsDueValue - 40 * units) <= 1e-9 * units)
    // Units sold at 100 yuan: the amount is the units at the price paid.
    #expect(abs(last.refundsDue - 100 * last.refundsDueUnits) <= 1e-9 * last.refundsDue)
  }

  /// Were everything cleared today, each refund due gives 100 yuan back less the 5 %
  /// commission, its unit (40 yuan) comes back and fetches 20 %, and costs 8 yuan to return.
  @Test func profitAfterClearanceMakesTheRefundsDue() throws {
    let days = try Self.selling(days: 10)
    let last = try #require(days.last)
    try #require(last.refundsDueUnits > 0)
    let stock = (last.stockValue + last.stockOnOrderValue) * 0.8
    let refunds = last.refundsDueUnits * (100 * 0.95 - 40 * 0.2 + 8)
    #expect(
      abs(last.cumulativeProfitAfterClearance - (last.cumulativeProfit - stock - refunds)) < 1e-6)
  }

  /// The settled profit books the refunds due as their refunds will: in mean field (the
  /// resold share exact) the provision at the end of a 10-day run is what the refunds made on
  /// days 10–14 of the same run 5 days longer take off the profit there — each gives its
  /// amount back less the 5 % commission, its unit's 40 yuan of COGS comes back, costs 8
  /// yuan of freight, and the share not resold is written down to 20 %.
  @Test func theSettledProfitBooksTheRefundsDueAsTheirRefundsWill() throws {
    let short = try Self.selling(days: 10)
    let long = try Self.selling(days: 15)
    let last = try #require(short.last)
    let booked = long[10...].reduce(0) {
      $0 - $1.refunds * 0.95 + $1.refundedUnits * 40 - $1.returnCost - $1.returnWriteOff
    }
    try #require(booked < 0)
    #expect(
      abs(last.cumulativeProfitSettled - (last.cumulativeProfit + booked)) < 1e-6,
      "\(last.cumulativeProfitSettled) ≠ \(last.cumulativeProfit) + \(booked)")
    // The stock stays at cost: settled lies between the running profit and after clearance.
    #expect(last.cumulativeProfitSettled < last.cumulativeProfit)
    #expect(last.cumulativeProfitAfterClearance < last.cumulativeProfitSettled)
  }

  /// Without refunds nothing is due and the profit after clearance is the stock's write-down
  /// alone, as before refunds due were counted.
  @Test func withoutRefundsNothingIsDue() throws {
    let days = try Self.selling(days: 10) { $0["refundRate"] = 0 }
    try #require(days.contains { $0.units > 0 })
    for day in days {
      #expect(day.refundsDue == 0 && day.refundsDueUnits == 0 && day.refundsDueValue == 0)
      #expect(day.cumulativeProfitSettled == day.cumulativeProfit, "day \(day.day)")
      #expect(
        day.cumulativeProfitAfterClearance
          == day.cumulativeProfit - (day.stockValue + day.stockOnOrderValue) * (1 - 0.2),
        "day \(day.day)")
    }
  }

  @Test func returnsAreResoldOnlyInPartAndTheRestIsWrittenOff() throws {
    let days = try Self.run()
    let refunded = days.reduce(0) { $0 + $1.refundedUnits }
    try #require(refunded > 0)
    for day in days {
      // Mean-field: 80 % resold; the other 20 % lose 40 yuan × (1 − 0.2) each.
      #expect(abs(day.returnedResoldUnits - 0.8 * day.refundedUnits) < 1e-9)
      #expect(abs(day.returnWriteOff - 0.2 * day.refundedUnits * 40 * 0.8) < 1e-9)
    }
    let allResold = try Self.run { document in
      document["categories"] = [["id": "apparel", "returnsResoldShare": 1]]
    }
    #expect(allResold.allSatisfy { $0.returnWriteOff == 0 })
    #expect(allResold.allSatisfy { $0.returnedResoldUnits == $0.refundedUnits })
    #expect(allResold.last!.cumulativeProfit > days.last!.cumulativeProfit)
  }

  @Test func salesSettleAfterTheLagAndPurchasesArePaidOnArrival() throws {
    let days = try Self.run { document in
      document["platform"] = ["settlementDays": 3, "settlementDaysLowScore": 3]
    }
    try #require(days.count == 10 && days[0].netGMV > 0)
    #expect(days[0..<3].allSatisfy { $0.settled == 0 })
    for day in 3..<days.count {
      let sales = days[day - 3].netGMV - days[day - 3].platformCommission
      #expect(abs(days[day].settled - sales) < 1e-9, "day \(day)")
    }
    // Sales of the last three days are still owed at the horizon.
    let owed = days[7...].reduce(0) { $0 + $1.netGMV - $1.platformCommission }
    #expect(abs(days[9].receivable - owed) < 1e-6)
    let restocked = try Self.run { document in
      document["merchants"] = [
        [
          "id": "m1", "category": "apparel", "policy": "steady", "followers": 1000,
          "skus": [
            [
              "id": "s1", "price": 100, "unitCost": 40, "stock": 50, "reorderPoint": 40,
              "reorderQuantity": 100, "leadTimeDays": 2,
            ]
          ],
        ]
      ]
    }
    let arrivals = restocked.filter { $0.restockArrived > 0 }
    try #require(!arrivals.isEmpty)
    #expect(arrivals.allSatisfy { abs($0.purchases - 40 * $0.restockArrived) < 1e-9 })
    #expect(restocked.filter { $0.restockArrived == 0 }.allSatisfy { $0.purchases == 0 })
  }
}
