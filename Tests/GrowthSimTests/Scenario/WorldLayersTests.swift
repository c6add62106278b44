import Foundation
import Testing

@testable import GrowthSim

/// A scenario laid over its world file (issue 17): merging, where an issue belongs, and the
/// rule that no case uses more traffic than its platform supplies.
@Suite struct WorldLayersTests {
  static func object(_ text: String) throws -> JSONObject {
    guard case .object(let object) = try JSONParser.parse(text) else {
      Issue.record("not an object: \(text)")
      return JSONObject()
    }
    return object
  }

  static let world = """
    { "name": "w", "platform": { "commissionRate": 0.04, "impressionsPerDay": 6.4e9 },
      "categories": [ { "id": "food", "cpm": 25 }, { "id": "shoes", "cpm": 50, "refundRate": 0.3 } ],
      "campaigns": [
        { "id": "618", "start": "2022-06-01", "end": "2022-06-18", "trafficMultiplier": 2.5 },
        { "id": "818", "start": "2022-08-06", "end": "2022-08-18", "trafficMultiplier": 2.5 } ] }
    """

  static func scenario(_ extra: String = "") -> String {
    """
    { "version": 1, "name": "s", "world": "w.json"\(extra),
      "calendar": { "startDate": "2022-07-01", "days": 62 },
      "platform": { "tickMinutes": 30 },
      "categories": [ { "id": "shoes", "refundRate": 0.2, "liveImpressionsPerDay": 1e9 } ],
      "merchants": [ { "id": "m", "category": "shoes", "policy": "snowball",
        "skus": [ { "id": "a", "price": 10, "unitCost": 5 } ] } ] }
    """
  }

  static func layers(_ scenario: String = scenario(), world: String = world) throws -> WorldLayers {
    try WorldLayers([
      .init(path: "s.json", document: object(scenario)),
      .init(path: "w.json", document: object(world)),
    ])
  }

  @Test func objectsMergeByKeyAndCategoriesByIDWithTheScenarioFirst() throws {
    let merged = try Self.layers().merged
    let shoes = JSONPointer("/categories/0")!
    #expect(merged.value(at: shoes.appending("id")) == .string("shoes"))
    #expect(merged.value(at: shoes.appending("cpm"))?.excerpt == "50")
    #expect(merged.value(at: shoes.appending("refundRate"))?.excerpt == "0.2")
    #expect(merged.value(at: JSONPointer("/categories/1/id")!) == .string("food"))
    #expect(merged.value(at: JSONPointer("/platform/commissionRate")!)?.excerpt == "0.04")
    #expect(merged.value(at: JSONPointer("/platform/tickMinutes")!)?.excerpt == "30")
    #expect(merged.value(at: JSONPointer("/world")!) == nil)
    #expect(merged.value(at: JSONPointer("/name")!) == .string("s"))
  }

  @Test func festivalsOutsideTheRunAreLeftOutAndOmitRemovesOne() throws {
    // The run is July and August: 618 ends (with 3 hangover days) before it starts.
    let kept = try Self.layers().merged.value(at: JSONPointer("/campaigns")!)
    #expect(WorldLayers.ids(in: kept) == ["818"])
    let omitted = try Self.layers(Self.scenario(#", "campaigns": [{ "id": "818", "omit": true }]"#))
    #expect(WorldLayers.ids(in: omitted.merged.value(at: JSONPointer("/campaigns")!)) == [])
    let early = Self.scenario().replacingOccurrences(of: "2022-07-01", with: "2022-06-10")
    let both = try Self.layers(early).merged.value(at: JSONPointer("/campaigns")!)
    #expect(WorldLayers.ids(in: both) == ["618", "818"])
  }

  @Test func anOmitNamingNoWorldEntryIsAnIssueOfTheScenario() throws {
    let scenario = Self.scenario(#", "campaigns": [{ "id": "1111", "omit": true, "end": 1 }]"#)
    let files: [WorldLayers.Layer] = [
      .init(path: "s.json", document: try Self.object(scenario)),
      .init(path: "w.json", document: try Self.object(Self.world)),
    ]
    do throws(WorldIncludeError) {
      _ = try WorldLayers(files)
      Issue.record("a wrong omit was accepted")
    } catch {
      #expect(
        error.issues.map(\.line) == [
          "s.json: /campaigns/0/end: an omitted entry has only id and omit, got end",
          "s.json: /campaigns/0/id: omit names no campaigns entry of the included world, "
            + "got \"1111\"",
        ])
    }
  }

  @Test func anIssueNamesTheFileThatHoldsTheValue() throws {
    let layers = try Self.layers()
    func located(_ pointer: String, overridden: [String] = []) -> String {
      layers.locate(
        .init(JSONPointer(pointer)!, "rule"), overridden: overridden.map { JSONPointer($0)! }
      ).line
    }
    // The scenario's own value; a world value of an entry both share; a world-only entry.
    #expect(located("/categories/0/refundRate") == "s.json: /categories/0/refundRate: rule")
    #expect(located("/categories/0/cpm") == "w.json: /categories/1/cpm: rule")
    #expect(located("/categories/1/cpm") == "w.json: /categories/0/cpm: rule")
    #expect(located("/campaigns/0/end") == "w.json: /campaigns/1/end: rule")
    #expect(located("/platform/commissionRate") == "w.json: /platform/commissionRate: rule")
    // A key no file has: the deepest file that holds its parent.
    #expect(located("/categories/1/start") == "w.json: /categories/0/start: rule")
    #expect(located("/experiment/seed") == "s.json: /experiment/seed: rule")
    // A --set value is the command line's: the scenario file at the merged pointer.
    #expect(
      located("/categories/1/cpm", overridden: ["/categories/1"])
        == "s.json: /categories/1/cpm: rule")
  }

  @Test func aWorldOverAWorldMergesInOrder() throws {
    let middle = #"{ "world": "w.json", "campaigns": [{ "id": "818", "start": "2022-08-08" }] }"#
    let layers = try WorldLayers([
      .init(path: "s.json", document: Self.object(Self.scenario())),
      .init(path: "m.json", document: Self.object(middle)),
      .init(path: "w.json", document: Self.object(Self.world)),
    ])
    let campaign = JSONPointer("/campaigns/0")!
    #expect(layers.merged.value(at: campaign.appending("start")) == .string("2022-08-08"))
    #expect(layers.merged.value(at: campaign.appending("end")) == .string("2022-08-18"))
    #expect(
      layers.locate(.init(campaign.appending("start"), "rule")).line
        == "m.json: /campaigns/0/start: rule")
  }

  // MARK: - The traffic-supply rule

  static func decoded(_ scenario: String) throws -> Scenario {
    try Scenario.decode(Self.layers(scenario).merged)
  }

  @Test func aCaseWithinThePlatformsSupplyIsValid() throws {
    // 1e9 a day × 2.5 at 818 = 2.5e9 ≤ 6.4e9.
    #expect(try Self.decoded(Self.scenario()).platform.impressionsPerDay == 6.4e9)
  }

  @Test func aCaseAboveThePlatformsSupplyIsInvalidUnlessItSaysSo() throws {
    // 3e9 a day is below 6.4e9, but 818 lifts it 2.5× to 7.5e9.
    let big = Self.scenario().replacingOccurrences(of: "1e9", with: "3e9")
    let merged = try Self.layers(big).merged
    do throws(ScenarioLoadError) {
      _ = try Scenario.decode(merged)
      Issue.record("a case above the platform's supply was accepted")
    } catch {
      guard case .invalid(let invalid) = error else { throw error }
      let lines: [String] = invalid.issues.map(\.description)
      #expect(
        lines == [
          "/categories/0/liveImpressionsPerDay: the feed the case uses (3000000000 a day × 2.5 "
            + "on '818' = 7500000000) exceeds the platform's impressionsPerDay 6400000000 (or "
            + "set /platform/exceedsImpressionsPerDay with the reason in the notes), got "
            + "3000000000"
        ])
    }
    let waived = big.replacingOccurrences(
      of: #""tickMinutes": 30"#, with: #""tickMinutes": 30, "exceedsImpressionsPerDay": true"#)
    #expect(try Self.decoded(waived).platform.exceedsImpressionsPerDay)
    // Without the festival in the run, 3e9 a day fits.
    let july = big.replacingOccurrences(of: #""days": 62"#, with: #""days": 31"#)
    #expect(try Self.decoded(july).campaigns.isEmpty)
  }

  @Test func aPlatformWithoutAFigureChecksNothing() throws {
    let scenario = Self.scenario().replacingOccurrences(of: "1e9", with: "1e12")
    let world = Self.world.replacingOccurrences(of: #", "impressionsPerDay": 6.4e9"#, with: "")
    #expect(throws: Never.self) {
      try Scenario.decode(Self.layers(scenario, world: world).merged)
    }
  }
}
