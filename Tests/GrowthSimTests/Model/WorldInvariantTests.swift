import Foundation
import Testing

@testable import GrowthSim

/// MODEL.md §7 invariants on every day of every run: stock ≥ 0, units sold ≤ stock
/// available, GMV = Σ units × price paid, profit = the sum of its parts, no NaN/Inf.
@Suite struct WorldInvariantTests {
  /// Three merchants in two categories, shallow stock with slow restocking, a festival, a
  /// discount, a provider and a live session that crosses midnight: every path is exercised.
  static let stress = #"""
    {
      "version": 1, "name": "stress",
      "calendar": { "startDate": "2026-08-01", "days": 40 },
      "experiment": { "seed": 11, "replications": 3 },
      "categories": [
        { "id": "apparel" },
        { "id": "food", "refundRate": 0.05, "refundDelayDays": 2, "cpm": 25 }
      ],
      "providers": [ { "id": "agency" } ],
      "campaigns": [ { "id": "818", "start": "2026-08-08", "end": "2026-08-18" } ],
      "policies": [
        { "id": "night", "live": { "startHour": 22, "hours": 5, "luckyBagBudgetPerHour": 200 },
          "ads": { "dailyBudget": 3000 }, "pricing": { "discount": 0.2, "comboShare": 0.3 },
          "content": { "videosPerDay": 3, "quality": 0.8 } },
        { "id": "evening", "live": { "startHour": 19, "hours": 4 }, "ads": { "dailyBudget": 500 },
          "talents": { "allianceEveryDays": 3,
                       "topKOL": [ { "date": "2026-08-18", "audience": 50000 } ] } },
        { "id": "shelf-only", "live": { "hours": 0 }, "ads": { "dailyBudget": 800 } }
      ],
      "merchants": [
        { "id": "a", "category": "apparel", "provider": "agency", "policy": "night",
          "followers": 5000, "hostSkill": 0.9,
          "skus": [
            { "id": "hit", "price": 199, "unitCost": 80, "demandShare": 3, "stock": 300,
              "reorderPoint": 100, "reorderQuantity": 200, "leadTimeDays": 6 },
            { "id": "tee", "price": 49, "unitCost": 20, "stock": 50, "role": "traffic" },
            { "id": "coat", "price": 399, "unitCost": 150, "stock": 80, "reorderPolicy": "sS",
              "reorderPoint": 20, "orderUpTo": 120, "leadTimeDays": 4, "supplierCapacity": 60 }
          ] },
        { "id": "b", "category": "apparel", "policy": "evening", "followers": 200,
          "skus": [ { "id": "x", "price": 89, "unitCost": 30, "stock": 100,
                      "reorderPoint": 20, "reorderQuantity": 60, "leadTimeDays": 0 } ] },
        { "id": "c", "category": "food", "policy": "shelf-only", "followers": 90000,
          "skus": [ { "id": "snack", "price": 39, "unitCost": 12, "stock": 2000,
                      "reorderPoint": 500, "reorderQuantity": 1000, "leadTimeDays": 3 } ] }
      ]
    }
    """#

  static func run(_ text: String = stress, meanField: Bool = false) throws -> RunResult {
    var scenario = try Scenario.decode(from: Array(text.utf8))
    scenario.experiment.isMeanField = meanField
    return RunResult.run(scenario, jobs: 2)
  }

  @Test(arguments: [false, true])
  func everyDayKeepsStockMoneyAndUnitsConsistent(meanField: Bool) throws {
    let result = try Self.run(meanField: meanField)
    var lost = 0.0
    var refunded = 0.0
    var arrived = 0.0
    var cleared = 0.0
    var settled = 0.0
    var due = 0.0
    for (replication, merchants) in result.days.enumerated() {
      for (index, days) in merchants.enumerated() {
        let merchant = result.scenario.merchants[index]
        let policy = try #require(result.scenario.policies.first { $0.id == merchant.policy })
        let category = try #require(
          result.scenario.categories.first { $0.id == merchant.category })
        let commission = category.commissionRate ?? result.scenario.platform.commissionRate
        let recovery = category.clearanceRecovery
        var stockBefore = Double(merchant.skus.reduce(0) { $0 + $1.stock })
        let stockValueBefore = merchant.skus.reduce(0) { $0 + Double($1.stock) * $1.unitCost }
        var cumulativeGMV = 0.0
        var cumulativeProfit = 0.0
        #expect(days.count == result.scenario.calendar.days)
        for record in days {
          let at = "replication \(replication), merchant \(merchant.id), day \(record.day)"
          #expect(record.stockOnHand >= 0, "\(at)")
          let available = stockBefore + record.restockArrived + record.returnedResoldUnits
          #expect(record.units <= available + 1e-9, "\(at): sold \(record.units) of \(available)")
          #expect(record.orders <= record.units + 1e-9, "\(at)")
          #expect(
            abs(record.stockOnHand - (available - record.units)) <= 1e-6 * max(1, available),
            "\(at): stock does not balance")
          let paid = zip(record.unitsBySKU, merchant.skus).reduce(0.0) {
            $0 + $1.0 * $1.1.price * (1 - policy.discount)
          }
          #expect(
            abs(record.gmv - paid) <= 1e-9 * max(1, paid), "\(at): GMV \(record.gmv) ≠ \(paid)")
          #expect(
            abs(record.units - record.unitsBySKU.reduce(0, +)) <= 1e-9 * max(1, record.units))
          let parts =
            record.netGMV - record.costOfGoods - record.platformCommission - record.adSpend
            - record.providerFees - record.serviceCost - record.marketingCost - record.talentCost
            - record.returnCost - record.compensation
            - record.fixedCost - record.holdingCost - record.returnWriteOff
          #expect(abs(record.profit - parts) <= 1e-6, "\(at)")
          // The money identity: every yuan of profit is cash, stock at cost or a sale not
          // yet settled (the opening stock counts as paid before day 0).
          let worth = record.cash + record.stockValue + record.receivable - stockValueBefore
          #expect(
            abs(record.cumulativeProfit - worth) <= 1e-6 * max(1, abs(worth)),
            "\(at): cumulative profit \(record.cumulativeProfit) ≠ cash + stock + receivable \(worth)"
          )
          // Profit after clearance: the stock left fetches its recovery and the refunds due
          // are made, their units back and cleared too.
          let stockTerm = (record.stockValue + record.stockOnOrderValue) * (1 - recovery)
          let refundsTerm =
            record.refundsDue * (1 - commission) - record.refundsDueValue * recovery
            + record.refundsDueUnits * category.returnCostPerRefund
          #expect(
            abs(
              record.cumulativeProfitAfterClearance
                - (record.cumulativeProfit - stockTerm - refundsTerm))
              <= 1e-6 * max(1, abs(record.cumulativeProfit)), "\(at)")
          // Settled: the refunds due booked as their refunds will, the resold share back at
          // cost and the rest at its recovery; the stock at cost.
          let resold = category.returnsResoldShare
          let provision =
            record.refundsDue * (1 - commission)
            - record.refundsDueValue * (resold + (1 - resold) * recovery)
            + record.refundsDueUnits * category.returnCostPerRefund
          #expect(
            abs(record.cumulativeProfitSettled - (record.cumulativeProfit - provision))
              <= 1e-6 * max(1, abs(record.cumulativeProfit)), "\(at)")
          #expect(
            record.refundsDue >= 0 && record.refundsDueUnits >= 0 && record.refundsDueValue >= 0,
            "\(at)")
          due += record.refundsDue
          let skuHolding = record.skus.reduce(0) { $0 + $1.holdingCost }
          #expect(
            abs(record.holdingCost - merchant.holdingCostPerYear / 365 * record.stockValue)
              <= 1e-9 * max(1, record.stockValue) && abs(skuHolding - record.holdingCost) <= 1e-9,
            "\(at)")
          #expect(record.returnedResoldUnits <= record.refundedUnits + 1e-9, "\(at)")
          cumulativeGMV += record.gmv
          cumulativeProfit += record.profit
          #expect(abs(record.cumulativeGMV - cumulativeGMV) <= 1e-6 * max(1, cumulativeGMV))
          #expect(
            abs(record.cumulativeProfit - cumulativeProfit) <= 1e-6 * max(1, abs(cumulativeProfit)))
          if case .fixed(let budget) = policy.bidding {
            #expect(record.adSpend <= budget + 1e-9, "\(at)")
          }
          stockBefore = record.stockOnHand
          lost += record.lostOrders
          refunded += record.refundedUnits
          arrived += record.restockArrived
          cleared += record.refundedUnits - record.returnedResoldUnits
          settled += record.settled
        }
      }
    }
    // The scenario must actually reach the paths the invariants guard.
    #expect(
      lost > 0 && refunded > 0 && arrived > 0 && cleared > 0 && settled > 0 && due > 0,
      """
      lost \(lost), refunded \(refunded), arrived \(arrived), cleared \(cleared), \
      settled \(settled), due \(due)
      """
    )
  }

  @Test func everyCellIsAPlainFiniteNumberOrText() throws {
    let result = try Self.run()
    for bytes in [DailyTable.csv(of: result), SummaryTable.csv(of: result)] {
      let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
      let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
      let textColumns: Set<Substring> = [
        "merchant", "policy", "phase", "date", "campaign", "campaign_phase", "paid_learning",
      ]
      for line in lines.dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells.count == header.count, "\(line)")
        for (name, cell) in zip(header, cells) where !textColumns.contains(name) && !cell.isEmpty {
          let isPlainDecimal = cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
          #expect(isPlainDecimal && Double(cell)?.isFinite == true, "\(name) = \(cell)")
        }
      }
    }
  }

  @Test func profitCellsAddUpFromTheRoundedCSV() throws {
    let text = String(decoding: DailyTable.csv(of: try Self.run()), as: UTF8.self)
    let lines = text.split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
    let net = try column("net_gmv_cny")
    let costs = try [
      "cogs_cny", "platform_commission_cny", "ad_spend_cny", "provider_fees_cny",
      "service_cost_cny", "marketing_cost_cny", "talent_cost_cny", "return_cost_cny",
      "compensation_cny", "fixed_cost_cny", "holding_cost_cny", "return_write_off_cny",
    ].map(column)
    let profit = try column("profit_cny")
    for line in lines.dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        Double($0) ?? 0
      }
      let sum = cells[net] - costs.reduce(0) { $0 + cells[$1] }
      // Thirteen cells rounded to cents: at most 13 × 0.005 apart.
      #expect(abs(sum - cells[profit]) <= 0.065 + 1e-9, "\(line)")
    }
  }
}
