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
      ["id": "apparel", "shelfVisitsPerDay": 0, "refundRate": 0]
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
