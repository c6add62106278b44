import Testing

@testable import GrowthSim

@Suite struct TalentTests {
  static func days(_ talents: String, _ patches: [(String, String)] = []) throws -> [DayRecord] {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["calendar"] = ["startDate": "2026-07-01", "days": 10]
    document = try TestFixtures.patched(document, at: "/merchants/0/skus/0/stock", json: "1e7")
    document = try TestFixtures.patched(document, at: "/policies/0/talents", json: talents)
    for (pointer, json) in patches {
      document = try TestFixtures.patched(document, at: pointer, json: json)
    }
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  @Test func affiliateSessionsComeOnScheduleAndPayCommission() throws {
    let days = try Self.days(#"{"allianceEveryDays": 3, "allianceCommissionRate": 0.2}"#)
    for day in days {
      let isSessionDay = day.day % 3 == 0
      #expect((day.talentVisits > 0) == isSessionDay, "day \(day.day)")
      #expect(abs(day.talentCost - 0.2 * day.talentGMV) < 1e-9, "day \(day.day)")
    }
  }

  @Test func aTopKOLSessionIsASpikeWithAFeeAndFewFollowers() throws {
    let kol = #"{"topKOL": [{"date": "2026-07-05", "audience": 200000, "fee": 30000}]}"#
    let days = try Self.days(kol)
    let plain = try Self.days("{}")
    #expect(days[4].talentVisits > 0.99 * 200_000 && days[4].talentGMV > 0)
    #expect(abs(days[4].talentCost - (0.25 * days[4].talentGMV + 30_000)) < 1e-6)
    #expect(days[4].gmv > 5 * plain[4].gmv)
    // Few of the talent's audience stay: 0.2 % follow.
    let extraFollows = days[4].newFollowers - plain[4].newFollowers
    #expect(extraFollows > 0 && extraFollows < 0.01 * days[4].talentVisits)
    #expect(days.enumerated().allSatisfy { $0.offset == 4 || $0.element.talentVisits == 0 })
  }

  @Test func aLowScoreClosesTheAllianceButNotTheKOL() throws {
    let bad = [
      ("/policies/0/service/agents", "0"), ("/categories/0/qualityReturnShare", "1"),
      ("/categories/0/refundRate", "0.5"), ("/categories/0/badReviewRate", "0.05"),
    ]
    let days = try Self.days(#"{"allianceEveryDays": 1}"#, bad)
    let last = try #require(days.last)
    #expect(last.scorePoints < 60 && last.talentVisits == 0 && days[0].talentVisits > 0)
  }
}
