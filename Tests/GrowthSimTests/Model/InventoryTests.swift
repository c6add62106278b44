import Testing

@testable import GrowthSim

@Suite struct InventoryTests {
  /// Deterministic demand: mean-field, and every loop that would change demand day to day off.
  static func steadyDays(stock: Int, reorderPoint: Int, quantity: Int, leadTime: Int) throws
    -> [DayRecord]
  {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["calendar"] = ["startDate": "2026-01-01", "days": 150]
    document["loops"] = [
      "followerFeedback": false, "wordOfMouth": false, "repeatBuying": false,
      "levelEscalation": false, "ratingThrottle": false, "learningPhase": false,
      "marketSaturation": false,
    ]
    document["policies"] = [["id": "steady"]]  // no ads: adstock would build up for days
    document["categories"] = [
      [
        "id": "apparel", "shelfVisitsPerDay": 0, "refundRate": 0,
        "priceResponse": ["referencePrice": 100],
      ]
    ]
    document["merchants"] = [
      [
        "id": "m1", "category": "apparel", "policy": "steady",
        "skus": [
          [
            "id": "s1", "price": 100, "unitCost": 40, "stock": stock, "reorderPoint": reorderPoint,
            "reorderQuantity": quantity, "leadTimeDays": leadTime,
          ]
        ],
      ]
    ]
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  /// Silver, Pyke & Peterson §7.1: with constant demand D a day, continuous review and lead
  /// time L, the on-hand stock falls by D a day, an order of Q is placed when the inventory
  /// position (on hand + on order) reaches s, and it arrives L days later.
  @Test(arguments: [(3000, 800, 1500, 4), (2000, 500, 1000, 2), (1200, 1000, 700, 6)])
  func theStockPathFollowsTheTextbookSQCycle(
    stock: Int, reorderPoint: Int, quantity: Int, leadTime: Int
  ) throws {
    let days = try Self.steadyDays(
      stock: stock, reorderPoint: reorderPoint, quantity: quantity, leadTime: leadTime)
    let demand = days[0].orders
    #expect(demand > 0 && days.allSatisfy { abs($0.orders - demand) < 1e-6 * demand })
    // Textbook recurrence at day granularity (one order at most per day in these cases).
    var onHand = Double(stock)
    var onOrder = 0.0
    var arrivals: [Int: Double] = [:]
    var orderDays: [Int] = []
    for day in days {
      let arriving = arrivals[day.day, default: 0]
      onHand += arriving - demand
      onOrder -= arriving
      if onHand + onOrder <= Double(reorderPoint) {
        onOrder += Double(quantity)
        arrivals[day.day + leadTime, default: 0] += Double(quantity)
        orderDays.append(day.day)
      }
      #expect(
        abs(day.stockOnHand - onHand) < 1e-6, "day \(day.day): \(day.stockOnHand) vs \(onHand)")
      #expect(abs(day.stockOnOrder - onOrder) < 1e-6, "day \(day.day)")
      #expect(day.lostOrders == 0 && day.stockOnHand >= 0)
    }
    // The cycle: orders come every Q / D days.
    let gaps = zip(orderDays, orderDays.dropFirst()).map { Double($1 - $0) }
    let cycle = Double(quantity) / demand
    #expect(gaps.count >= 2 && gaps.allSatisfy { abs($0 - cycle) <= 1 }, "\(gaps) vs \(cycle)")
  }
}

@Suite struct AssortmentTests {
  static func days(_ skus: String, _ patches: [(String, String)] = [], days: Int = 15) throws
    -> [DayRecord]
  {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["calendar"] = ["startDate": "2026-07-01", "days": days]
    document = try TestFixtures.patched(document, at: "/merchants/0/skus", json: skus)
    for (pointer, json) in patches {
      document = try TestFixtures.patched(document, at: pointer, json: json)
    }
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  static let twoSKUs = #"""
    [{"id": "a", "price": 100, "unitCost": 40, "stock": 0},
     {"id": "b", "price": 100, "unitCost": 40, "stock": 100000}]
    """#

  @Test func demandForASoldOutSKUPartlyMovesToOthers() throws {
    // Feedback loops off, so both runs see the same demand.
    let loops = (
      "/loops",
      #"{"followerFeedback": false, "wordOfMouth": false, "repeatBuying": false, "levelEscalation": false, "ratingThrottle": false, "marketSaturation": false, "learningPhase": false}"#
    )
    let moving = try Self.days(Self.twoSKUs, [("/categories/0/substitutionShare", "0.3"), loops])
    let staying = try Self.days(Self.twoSKUs, [("/categories/0/substitutionShare", "0"), loops])
    let day = moving[3]
    let none = staying[3]
    // Half the demand wants SKU a: 30 % of it buys b instead, the rest is lost.
    #expect(abs(day.unitsBySKU[1] - none.unitsBySKU[1] * 1.3) < 1e-6 * day.unitsBySKU[1])
    #expect(abs(day.lostOrders - none.lostOrders * 0.7) < 1e-6 * none.lostOrders)
  }

  @Test func orderUpToRefillsTheGapAndCapacityCapsIt() throws {
    let sS = #"""
      [{"id": "a", "price": 100, "unitCost": 40, "stock": 100, "reorderPolicy": "sS",
        "reorderPoint": 50, "orderUpTo": 400, "leadTimeDays": 2}]
      """#
    let days = try Self.days(sS)
    let first = try #require(days.first { $0.stockOnOrder > 0 })
    // The order brought the position up to S; only sales after it that day are missing.
    let position = first.stockOnHand + first.stockOnOrder
    #expect(position <= 400 + 1e-9 && position > 400 - first.units)
    let capped = sS.replacingOccurrences(
      of: #""leadTimeDays": 2"#, with: #""leadTimeDays": 2, "supplierCapacity": 150"#)
    let limited = try #require(try Self.days(capped).first { $0.stockOnOrder > 0 })
    #expect(abs(limited.stockOnOrder - 150) < 1e-6)
  }

  @Test func combinationOrdersRaiseUnitsAndOrderValue() throws {
    let single = try Self.days(Self.twoSKUs)
    let combos = try Self.days(Self.twoSKUs, [("/policies/0/pricing/comboShare", "0.4")])
    #expect(single[2].units == single[2].orders)
    #expect(abs(combos[2].units - 1.4 * combos[2].orders) < 1e-6 * combos[2].orders)
    #expect(combos[2].gmv / combos[2].orders > single[2].gmv / single[2].orders)
  }

  @Test func luckyBagsBuyFollowsAndReachAtACost() throws {
    let plain = try Self.days(Self.twoSKUs, days: 2)
    let bags = try Self.days(
      Self.twoSKUs, [("/policies/0/live/luckyBagBudgetPerHour", "300")], days: 2)
    #expect(bags[0].newFollowers > plain[0].newFollowers)
    #expect(bags[0].feedVisits > plain[0].feedVisits)
    #expect(bags[0].marketingCost == 300 * 4 && plain[0].marketingCost == 0)
  }

  @Test func aTrafficDriverInStockRaisesFeedWeight() throws {
    let driver = Self.twoSKUs.replacingOccurrences(
      of: #""stock": 100000}"#, with: #""stock": 100000, "role": "traffic"}"#)
    let with = try Self.days(driver, days: 1)
    let without = try Self.days(Self.twoSKUs, days: 1)
    #expect(with[0].feedImpressions > without[0].feedImpressions)
  }
}
