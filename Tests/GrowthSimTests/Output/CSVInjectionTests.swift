import Foundation
import Testing

@testable import GrowthSim

/// Defence in depth: the loader refuses ids and names that start a formula, but should one
/// reach the CSV anyway, it must arrive inert (OWASP "CSV Injection") and quoted per RFC 4180,
/// while numbers, negative ones included, are never touched.
@Suite struct CSVInjectionTests {
  static let hostile = [
    #"=HYPERLINK("http://x","y")"#, "-1+2", "@SUM(A1)", "+cmd|' /C calc'!A0", "\tTab",
    "comma, \"quotes\"\nand a newline", "plain",
  ]

  /// Splits RFC 4180 text into rows of cells (quoted cells may hold commas, quotes, newlines).
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            cell.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          cell.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(cell)
        cell = ""
      } else if character == "\n" {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else {
        cell.append(character)
      }
    }
    return rows
  }

  @Test func hostileMerchantNamesArriveInertAndQuotedInDailyAndSummary() throws {
    var document = TestFixtures.minimal()
    document["merchants"] = Self.hostile.indices.map { index in
      [
        "id": "m\(index)", "category": "apparel", "policy": "steady", "followers": 1000,
        "skus": [["id": "s1", "price": 100, "unitCost": 40, "stock": 500]],
      ] as [String: Any]
    }
    var scenario = try TestFixtures.scenario(document)
    for index in Self.hostile.indices { scenario.merchants[index].id = Self.hostile[index] }
    let result = RunResult.run(scenario, jobs: 1)
    let directory = try FilesTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    _ = try RunFiles.write(result, to: directory)
    for name in ["daily.csv", "summary.csv"] {
      let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
      #expect(text.contains(#""'=HYPERLINK(""http://x"",""y"")""#), "\(name)")
      let table = Self.rows(text)
      let merchant = try #require(table[0].firstIndex(of: "merchant"))
      let profit = try #require(table[0].firstIndex(of: "profit_cny"))
      let names = Set(table.dropFirst().map { $0[merchant] })
      #expect(
        names == [
          #"'=HYPERLINK("http://x","y")"#, "'-1+2", "'@SUM(A1)", "'+cmd|' /C calc'!A0", "'\tTab",
          "comma, \"quotes\"\nand a newline", "plain",
        ], "\(name)")
      #expect(table.dropFirst().allSatisfy { $0.count == table[0].count }, "\(name)")
      // Numbers are never prefixed; some profits are negative and keep their minus sign.
      #expect(table.dropFirst().allSatisfy { Double($0[profit]) != nil }, "\(name)")
    }
  }
}
