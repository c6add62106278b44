import Testing

@testable import GrowthSim

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "abc", 3), ("kitten", "sitting", 3), ("cmp", "cpm", 1), ("days", "Days", 0),
    ("dailyBuget", "dailyBudget", 1), ("same", "same", 0),
  ])
  func distancesCountEditsAndTranspositions(a: String, b: String, distance: Int) {
    #expect(EditDistance.between(a, b) == distance)
    #expect(EditDistance.between(b, a) == distance)
  }

  @Test func suggestionsOnlyForPlausibleTypos() {
    #expect(EditDistance.nearest(to: "dayz", among: ["days", "startDate"]) == "days")
    #expect(EditDistance.nearest(to: "weather", among: ["days", "startDate"]) == nil)
  }

  @Test func hostileWordsGetNoSuggestionAndSkipFarCandidates() {
    let huge = String(repeating: "days", count: 250_000)
    #expect(EditDistance.nearest(to: huge, among: ["days"]) == nil)
    #expect(EditDistance.nearest(to: "daysx", among: ["days"]) == "days")
    // Lengths 3 apart cannot be within 2 edits: not measured, not suggested.
    #expect(EditDistance.nearest(to: "ab", among: ["abcde"]) == nil)
  }
}
