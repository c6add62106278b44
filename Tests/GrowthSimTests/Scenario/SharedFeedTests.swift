import Foundation
import Testing

@testable import GrowthSim

/// One platform feed shared out by category (issue 17): a category's `feedShare` of the
/// platform's `liveImpressionsPerDay`, and the platform's background rooms, unless the
/// category sets its own.
@Suite struct SharedFeedTests {
  static let world = """
    { "name": "w",
      "platform": { "impressionsPerDay": 6.4e9, "liveImpressionsPerDay": 4e9,
        "backgroundRoomsPerCategory": 500 },
      "categories": [ { "id": "food", "feedShare": 0.02 }, { "id": "shoes", "feedShare": 0.1 } ] }
    """

  static func scenario(category: String = #"{ "id": "shoes" }"#) -> String {
    """
    { "version": 1, "name": "s", "world": "w.json",
      "calendar": { "startDate": "2022-07-01", "days": 10 },
      "categories": [ \(category) ],
      "merchants": [ { "id": "m", "category": "shoes", "policy": "snowball",
        "skus": [ { "id": "a", "price": 10, "unitCost": 5 } ] } ] }
    """
  }

  static func decoded(_ scenario: String, world: String = world) throws -> Scenario {
    try Scenario.decode(WorldLayersTests.layers(scenario, world: world).merged)
  }

  static func issues(_ scenario: String, world: String = world) throws -> [String] {
    let merged = try WorldLayersTests.layers(scenario, world: world).merged
    do throws(ScenarioLoadError) {
      _ = try Scenario.decode(merged)
      return []
    } catch {
      guard case .invalid(let invalid) = error else { throw error }
      return invalid.issues.map(\.description)
    }
  }

  @Test func aCategoryTakesItsShareOfThePlatformFeedAndThePlatformsRooms() throws {
    let scenario = try Self.decoded(Self.scenario())
    let shoes = try #require(scenario.categories.first { $0.id == "shoes" })
    let food = try #require(scenario.categories.first { $0.id == "food" })
    #expect(shoes.liveImpressionsPerDay == 4e8)
    #expect(food.liveImpressionsPerDay == 8e7)
    #expect(shoes.backgroundRooms == 500)
  }

  @Test func aCategorysOwnValueWinsOverItsShare() throws {
    let own = #"{ "id": "shoes", "liveImpressionsPerDay": 1e9, "backgroundRooms": 3000 }"#
    let shoes = try #require(try Self.decoded(Self.scenario(category: own)).categories.first)
    #expect(shoes.liveImpressionsPerDay == 1e9)
    #expect(shoes.backgroundRooms == 3000)
  }

  @Test func theRoomsStayTheCategorysWhenThePlatformStatesNone() throws {
    let world = Self.world.replacingOccurrences(
      of: #""backgroundRoomsPerCategory": 500"#, with: #""backgroundRoomsPerCategory": 0"#)
    let shoes = try #require(try Self.decoded(Self.scenario(), world: world).categories.first)
    #expect(shoes.backgroundRooms == 2000)
    #expect(shoes.liveImpressionsPerDay == 4e8)
  }

  @Test func aShareWithoutAPlatformFeedIsAnIssueAtTheShare() throws {
    let world = Self.world.replacingOccurrences(of: #""liveImpressionsPerDay": 4e9,"#, with: "")
    #expect(
      try Self.issues(Self.scenario(), world: world) == [
        "/categories/0/feedShare: needs /platform/liveImpressionsPerDay (the feed to share) or "
          + "the category's own liveImpressionsPerDay, got 0.1",
        "/categories/1/feedShare: needs /platform/liveImpressionsPerDay (the feed to share) or "
          + "the category's own liveImpressionsPerDay, got 0.02",
      ])
  }

  @Test func sharesAboveTheWholeFeedAreAnIssue() throws {
    let world = Self.world.replacingOccurrences(
      of: #""feedShare": 0.02"#, with: #""feedShare": 0.95"#)
    #expect(
      try Self.issues(Self.scenario(), world: world) == [
        "/categories/1/feedShare: the categories' feedShare must sum to at most 1 (the whole "
          + "platform feed), got a sum of 1.05"
      ])
  }

  @Test func thePlatformsLiveFeedIsPartOfAllItsImpressions() throws {
    let world = Self.world.replacingOccurrences(
      of: #""liveImpressionsPerDay": 4e9"#, with: #""liveImpressionsPerDay": 7e9"#)
    let issues = try Self.issues(Self.scenario(), world: world)
    #expect(
      issues == [
        "/platform/liveImpressionsPerDay: must not exceed impressionsPerDay 6400000000 (the live "
          + "feed is part of all feed impressions), got 7000000000"
      ], "\(issues)")
  }
}
