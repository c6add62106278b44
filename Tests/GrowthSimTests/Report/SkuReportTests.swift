import Foundation
import TestSupport
import Testing

@testable import GrowthSim

/// The report's "Stock per SKU" section from `sku_daily.csv`: it names each SKU, shows the
/// stock-out probability of the one that runs out, escapes ids and keeps to the best sellers.
@Suite struct SkuReportTests {
  @Test func aRunWithTwoSkusShowsTheOneThatRunsOut() throws {
    let text = """
      {"version":1,"name":"skus","description":"",
       "calendar":{"days":12,"startDate":"2026-08-10"},"categories":[{"id":"apparel"}],
       "experiment":{"replications":3,"seed":7},
       "campaigns":[{"id":"818","start":"2026-08-15","end":"2026-08-18","peakStart":"2026-08-18",
         "peakEnd":"2026-08-18"}],
       "merchants":[{"category":"apparel","followers":1000,"id":"m1","policy":"steady",
         "skus":[{"id":"deep","price":100,"stock":1000000,"unitCost":40},
                 {"id":"thin","price":100,"stock":3,"unitCost":40}]}],
       "policies":[{"ads":{"dailyBudget":1000},"id":"steady"}]}
      """
    let scenario = try Scenario.decode(from: Array(text.utf8))
    let folder = try TestFolder.make("report")
    _ = try RunFiles.write(scenario, jobs: 1, to: folder)
    let page = String(
      decoding: try HTMLReport.page(of: folder, context: ReportContext(scenario)), as: UTF8.self)
    #expect(page.contains("id=\"sku-stock\""))
    let section = try #require(
      try SkuSections.section(folder + "/", windows: ReportContext(scenario).campaigns ?? []))
    #expect(section.body.contains(">deep<") && section.body.contains(">thin<"))
    // Two charts, both with the 818 window shaded.
    #expect(section.body.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2)
    #expect(section.body.components(separatedBy: "<rect class=\"window\"").count - 1 == 2)
    // The thin SKU is out of stock on some day in every replication: its list item names days
    // with a probability above 0 reaching 100 %; the deep one never runs out.
    let items = section.body.components(separatedBy: "<li>")
    let thin = try #require(items.first { $0.hasPrefix("thin: ") })
    let deep = try #require(items.first { $0.hasPrefix("deep: ") })
    #expect(thin.contains("(up to 100 %)"))
    #expect(!thin.hasPrefix("thin: none"))
    #expect(deep.hasPrefix("deep: none</li>"))
  }

  @Test func manySkusShowTheBestSellersAndIdsArriveEscaped() throws {
    let folder = try TestFolder.make("report")
    var text = "replication,seed,merchant,sku,day,date,campaign,price_paid_cny,units,lost_orders,"
    text += "stock_on_hand_units,stock_on_order_units,restock_arrived_units,holding_cost_cny,"
    text += "out_of_stock\n"
    for replication in 0..<2 {
      for day in 0..<3 {
        for sku in 0..<10 {
          let id = sku == 9 ? "\"<b>x&y</b>\"" : "s\(sku)"
          let out = sku == 9 && day == 1 && replication == 0 ? 1 : 0
          text += "\(replication),1,m,\(id),\(day),2026-01-0\(day + 1),,10,\(sku + 1),0,"
          text += "\(100 - day),0,0,0,\(out)\n"
        }
      }
    }
    try text.write(toFile: folder + "/sku_daily.csv", atomically: false, encoding: .utf8)
    let section = try #require(try SkuSections.section(folder + "/", windows: []))
    #expect(section.body.contains("The top 8 of 10 SKUs"))
    // s9 (the hostile id) sells most, s2 is 8th; s1 and s0 are left to the file.
    #expect(section.body.contains(">&lt;b&gt;x&amp;y&lt;/b&gt;<") && section.body.contains(">s2<"))
    #expect(!section.body.contains(">s1<") && !section.body.contains(">s0<"))
    #expect(!section.body.contains("<b>x"))
    // Out in one replication of two on 2026-01-02 only.
    #expect(section.body.contains("2026-01-02 (up to 50 %)"))
  }
}
