import Testing

@testable import GrowthSim

@Suite struct CivilDateTests {
  @Test(arguments: [
    ("1970-01-01", 0), ("2026-08-18", 20_683), ("2000-02-29", 11_016), ("1969-12-31", -1),
  ])
  func isoDatesConvertToDaysSinceTheEpochAndBack(text: String, days: Int) throws {
    let date = try #require(CivilDate(iso: text))
    #expect(date.daysSinceEpoch == days)
    #expect(CivilDate(daysSinceEpoch: days) == date)
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026/01/01", "2026-1-01", "",
  ])
  func impossibleOrMalformedDatesAreRejected(text: String) {
    #expect(CivilDate(iso: text) == nil)
  }

  @Test func addingDaysCrossesMonthsAndLeapYears() throws {
    let start = try #require(CivilDate(iso: "2028-02-27"))
    #expect(start.adding(days: 3).description == "2028-03-01")
    #expect(start.adding(days: 365).description == "2029-02-26")
  }
}
