import Foundation
import TestSupport
import Testing

@testable import GrowthSim

/// `report.html`: scenario strings arrive escaped, the same results give the same bytes, and
/// the page holds the sections and charts its files call for.
@Suite struct HTMLReportTests {
  static let hostileName = #"<script>alert("x")</script> & co"#
  static let hostileDescription = "<img src=x onerror=alert(1)> 'quoted'"

  static func scenario(name: String, description: String) throws -> Scenario {
    let text = """
      {"version":1,"name":\(JSONValue.quoted(name)),"description":\(JSONValue.quoted(description)),
       "calendar":{"days":12,"startDate":"2026-08-10"},"categories":[{"id":"apparel"}],
       "experiment":{"replications":3,"seed":7},
       "campaigns":[{"id":"818","start":"2026-08-15","end":"2026-08-18","peakStart":"2026-08-18",
         "peakEnd":"2026-08-18"}],
       "merchants":[{"category":"apparel","followers":1000,"id":"m1","policy":"steady",
         "skus":[{"id":"s1","price":100,"stock":300,"unitCost":40}]}],
       "policies":[{"ads":{"dailyBudget":1000},"id":"steady"}]}
      """
    return try Scenario.decode(from: Array(text.utf8))
  }

  @Test func scenarioStringsWithMarkupArriveEscaped() throws {
    let scenario = try Self.scenario(name: Self.hostileName, description: Self.hostileDescription)
    let folder = try TestFolder.make("report")
    _ = try RunFiles.write(scenario, jobs: 1, to: folder)
    let page = String(
      decoding: try HTMLReport.page(of: folder, context: ReportContext(scenario)), as: UTF8.self)
    #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
    #expect(page.contains("&lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39;"))
    #expect(!page.contains("<script"))
    #expect(!page.contains("<img"))
    #expect(!page.contains("alert(\"x\")"))
  }

  @Test func theSameResultsGiveTheSameBytesAndTheFileIsThePage() throws {
    let scenario = try Self.scenario(name: "same", description: "twice")
    let folder = try TestFolder.make("report")
    _ = try RunFiles.write(scenario, jobs: 2, to: folder)
    let context = ReportContext(scenario)
    let first = try HTMLReport.page(of: folder, context: context)
    #expect(try HTMLReport.page(of: folder, context: context) == first)
    let path = try HTMLReport.write(into: folder, context: context)
    #expect(path == folder + "/report.html")
    #expect(try Files.read(path) == first)
    // A second folder written from scratch gives the same page.
    let again = try TestFolder.make("report")
    _ = try RunFiles.write(scenario, jobs: 1, to: again)
    #expect(try HTMLReport.page(of: again, context: context) == first)
  }

  @Test func aRunsPageHasItsSectionsChartsAndCampaignWindow() throws {
    let scenario = try Self.scenario(name: "sections", description: "")
    let folder = try TestFolder.make("report")
    _ = try RunFiles.write(scenario, jobs: 1, to: folder)
    let page = String(
      decoding: try HTMLReport.page(of: folder, context: ReportContext(scenario)), as: UTF8.self)
    for id in ["scenario", "headline", "money", "traffic", "stock", "score", "sku-stock"] {
      #expect(page.contains("id=\"\(id)\""), "no section \(id)")
    }
    // Six daily charts and two per SKU (the scenario's one SKU writes sku_daily.csv).
    #expect(page.components(separatedBy: "<svg class=\"chart\"").count - 1 == 8)
    // The 818 window (days 5…8) is shaded and labelled on every daily chart.
    #expect(page.components(separatedBy: "<rect class=\"window\"").count - 1 == 8)
    #expect(page.contains(">818</text>"))
    #expect(page.contains("12 days from 2026-08-10 to 2026-08-21, 1 merchant(s), 3 replication(s)"))
    #expect(!page.contains("http://") || page.allSatisfyURLsAreSVG)
  }

  @Test func aFolderWithNothingToReportIsRefused() throws {
    let folder = try TestFolder.make("report")
    #expect(throws: ReportError.nothingToReport(directory: folder)) {
      try HTMLReport.page(of: folder, context: ReportContext(folder: folder))
    }
  }

  @Test func manyMerchantsShowTotalsAndTheTopTwenty() throws {
    let folder = try TestFolder.make("report")
    var text = "replication,merchant,gmv_cny,profit_cny\n"
    for replication in 0..<2 {
      for merchant in 0..<25 {
        text += "\(replication),m\(merchant),\(1000 * (merchant + 1)),\(merchant)\n"
      }
    }
    try text.write(toFile: folder + "/summary.csv", atomically: false, encoding: .utf8)
    let section = try #require(try RunSections.headline(folder + "/"))
    #expect(section.body.contains("all 25 merchants"))
    #expect(section.body.contains("The top 20 of 25 merchants"))
    // m24 has the most GMV, m4 is 20th; m3 and below are left to the files.
    #expect(section.body.contains(">m24<") && section.body.contains(">m5<"))
    #expect(!section.body.contains(">m4<") && !section.body.contains(">m0<"))
    // The total over merchants: 1000 × (1 + … + 25) = 325000 in both replications.
    #expect(section.body.contains("325\u{2009}000"))
  }
}

extension String {
  /// Whether every URL in the text is the SVG namespace (a name, not a load).
  fileprivate var allSatisfyURLsAreSVG: Bool {
    components(separatedBy: "http://").dropFirst().allSatisfy {
      $0.hasPrefix("www.w3.org/2000/svg\"")
    }
  }
}
