import Testing

@testable import GrowthSim

@Suite struct PolicyPhaseTests {
  static let phased = #"""
    [{"id": "steady", "live": {"hours": 2, "startHour": 12}, "ads": {"dailyBudget": 500},
      "phases": [
        {"name": "burst", "fromDay": 3, "live": {"hours": 6}, "ads": {"dailyBudget": 2000}},
        {"name": "stable", "fromDay": 6, "ads": {"mode": "roiTarget", "roiFloor": 1.2}}
      ]}]
    """#

  @Test func phasesChangeOnlyWhatTheyNameFromTheirDay() throws {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document = try TestFixtures.patched(document, at: "/policies", json: Self.phased)
    let scenario = try TestFixtures.scenario(document)
    let phases = scenario.policies[0].phases
    #expect(phases.map(\.name) == ["burst", "stable"])
    // Each phase lays over the base, not over the phase before it.
    #expect(phases[0].policy.liveHours == 6 && phases[1].policy.liveHours == 2)
    #expect(phases[1].policy.bidding == .roiTarget(floorROI: 1.2, maxBudget: 500))
    let days = RunResult.run(scenario, jobs: 1).days[0][0]
    #expect(
      days.map(\.phase) == [
        "", "", "", "burst", "burst", "burst", "stable", "stable", "stable", "stable",
      ])
    #expect(days[2].liveMinutes == 120 && days[3].liveMinutes == 360 && days[6].liveMinutes == 120)
    #expect(abs(days[2].adSpend - 500) < 1e-9 && abs(days[3].adSpend - 2000) < 1e-9)
  }

  @Test(arguments: [
    (
      #"[{"id": "p", "phases": [{"name": "x", "fromDay": 2, "ads": {"dailyBuget": 5}}]}]"#,
      "/policies/0/phases/0/ads/dailyBuget: unknown key (did you mean 'dailyBudget'?)"
    ),
    (
      #"[{"id": "p", "phases": [{"fromDay": 2}]}]"#,
      "/policies/0/phases/0/name: required key is missing"
    ),
    (
      #"[{"id": "p", "phases": [{"name": "a", "fromDay": 5}, {"name": "b", "fromDay": 5}]}]"#,
      "/policies/0/phases/1/fromDay: must be later than the previous phase's 5, got 5"
    ),
    (
      #"[{"id": "p", "pricing": {"discount": 2}, "phases": [{"name": "a", "fromDay": 1}]}]"#,
      "/policies/0/pricing/discount: must be at most 0.9, got 2"
    ),
    (
      #"[{"id": "p", "phases": [{"name": "a", "fromDay": 1, "phases": []}]}]"#,
      "/policies/0/phases/0/phases: unknown key"
    ),
  ])
  func phaseIssuesAreReportedOnceWhereTheyAreWritten(policies: String, message: String) throws {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(document, at: "/policies", json: policies)
    document = try TestFixtures.patched(document, at: "/merchants/0/policy", json: #""p""#)
    #expect(TestFixtures.messages(TestFixtures.text(document)) == message)
  }
}

@Suite struct FestivalLiveTests {
  static func days(_ live: String) throws -> [DayRecord] {
    var document = TestFixtures.minimal()
    document["experiment"] = ["meanField": true, "replications": 1]
    document["calendar"] = ["startDate": "2026-07-01", "days": 5]
    document = try TestFixtures.patched(
      document, at: "/campaigns",
      json: #"[{"id": "x", "start": "2026-07-02", "peakStart": "2026-07-03", "end": "2026-07-03"}]"#
    )
    document = try TestFixtures.patched(document, at: "/policies/0/live", json: live)
    return RunResult.run(try TestFixtures.scenario(document), jobs: 1).days[0][0]
  }

  @Test func thePeakDaySessionIsExtended() throws {
    let days = try Self.days(#"{"startHour": 10, "hours": 4, "peakDayExtraHours": 3}"#)
    #expect(days.map(\.liveMinutes) == [240, 240, 420, 240, 240])
  }

  @Test func festivalDaysCanMoveTheSession() throws {
    let moved = try Self.days(#"{"startHour": 19, "hours": 2, "campaignStartHour": 10}"#)
    let kept = try Self.days(#"{"startHour": 19, "hours": 2}"#)
    // Pre-heat and peak days start at 10:00, where the feed's supply is smaller.
    #expect(moved[1].feedImpressions < kept[1].feedImpressions)
    #expect(moved[2].feedImpressions < kept[2].feedImpressions)
    #expect(moved[0].feedImpressions == kept[0].feedImpressions)
  }

  @Test func aPeakSessionLongerThanADayIsRejected() throws {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(
      document, at: "/policies/0/live", json: #"{"hours": 20, "peakDayExtraHours": 6}"#)
    #expect(
      TestFixtures.messages(TestFixtures.text(document))
        == "/policies/0/live/peakDayExtraHours: must keep a peak day's session within 24 hours (hours 20), got 6"
    )
  }
}
