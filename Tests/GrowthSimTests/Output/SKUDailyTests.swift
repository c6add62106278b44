import Foundation
import TestSupport
import Testing

@testable import GrowthSim

/// `sku_daily.csv`: the SKUs' rows add up to the merchant's day, the file is on by default
/// only for small scenarios, and `daily_stats.csv` carries each SKU's stock-out probability.
@Suite struct SKUDailyTests {
  @Test(arguments: [false, true])
  func theSKUsAddUpToTheDay(meanField: Bool) throws {
    let result = try WorldInvariantTests.run(meanField: meanField)
    var lost = 0.0
    for merchants in result.days {
      for (index, days) in merchants.enumerated() {
        let merchant = result.scenario.merchants[index]
        for day in days {
          let at = "merchant \(merchant.id), day \(day.day)"
          #expect(day.skus.count == merchant.skus.count)
          func total(_ value: (SKUDay) -> Double) -> Double {
            day.skus.reduce(0) { $0 + value($1) }
          }
          for (name, sum, whole) in [
            ("units", total(\.units), day.units),
            ("lost orders", total(\.lostOrders), day.lostOrders),
            ("on hand", total(\.stockOnHand), day.stockOnHand),
            ("on order", total(\.stockOnOrder), day.stockOnOrder),
            ("arrived", total(\.restockArrived), day.restockArrived),
            ("holding", total(\.holdingCost), day.holdingCost),
          ] {
            #expect(abs(sum - whole) <= 1e-9 * max(1, whole), "\(at): \(name) \(sum) ≠ \(whole)")
          }
          #expect(day.skus.allSatisfy { $0.lostOrders >= -1e-12 }, "\(at)")
          #expect(
            day.skusOutOfStock == day.skus.filter { $0.stockOnHand <= 0 }.count, "\(at)")
          lost += day.lostOrders
        }
      }
    }
    // Lost orders and substitution must actually happen for the sum to mean something.
    #expect(lost > 0)
  }

  @Test func theFileIsOnByDefaultUpToFiftySKUs() throws {
    var document = TestFixtures.minimal()
    let sku: (Int) -> [String: Any] = {
      ["id": "s\($0)", "price": 100, "unitCost": 40, "stock": 5]
    }
    var merchants = document["merchants"] as? [[String: Any]] ?? []
    merchants[0]["skus"] = (0..<50).map(sku)
    document["merchants"] = merchants
    #expect(SKUDailyTable.isWritten(for: try TestFixtures.scenario(document)))
    merchants[0]["skus"] = (0..<51).map(sku)
    document["merchants"] = merchants
    #expect(!SKUDailyTable.isWritten(for: try TestFixtures.scenario(document)))
    document["output"] = ["skuDaily": true]
    #expect(SKUDailyTable.isWritten(for: try TestFixtures.scenario(document)))
    let belt = try Scenario.decode(from: Array(BeltScenario.json.utf8))
    #expect(!SKUDailyTable.isWritten(for: belt))
  }

  @Test func theStatisticsGiveEachSKUsStockOutProbability() throws {
    let result = try WorldInvariantTests.run()
    let directory = try TestFolder.make("sku")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try RunFiles.write(result, to: directory)
    let rows = try Self.table(directory + "/sku_daily.csv")
    let stats = try Self.table(directory + "/daily_stats.csv")
    var outs: [String: [Double]] = [:]
    for row in rows {
      outs[row["merchant"]! + "," + row["day"]! + ",sku_out_of_stock:" + row["sku"]!, default: []]
        .append(Double(row["out_of_stock"]!)!)
    }
    var checked = 0
    var someOut = false
    for row in stats where row["metric"]!.hasPrefix("sku_out_of_stock:") {
      let key = row["merchant"]! + "," + row["day"]! + "," + row["metric"]!
      let values = try #require(outs[key], "\(key)")
      #expect(values.count == result.scenario.experiment.replications)
      let probability = values.reduce(0, +) / Double(values.count)
      #expect(abs(Double(row["mean"]!)! - probability) < 1e-4, "\(key)")
      someOut = someOut || probability > 0
      checked += 1
    }
    #expect(checked == outs.count && someOut)
  }

  /// A CSV file's rows as dictionaries by header (no quoted cells in these files).
  static func table(_ path: String) throws -> [[String: String]] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    return lines.dropFirst().map { line in
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return Dictionary(uniqueKeysWithValues: zip(header, cells))
    }
  }
}
