import Testing

@testable import GrowthSim

@Suite struct CampaignTests {
  static func plan(_ campaign: [String: Any]) throws -> ResolvedScenario {
    var document = TestFixtures.minimal()
    document["calendar"] = ["startDate": "2026-08-01", "days": 30]
    document["campaigns"] = [campaign]
    return ResolvedScenario(try TestFixtures.scenario(document))
  }

  @Test func phasesScaleTheUpliftAndTheHangoverDips() throws {
    let plan = try Self.plan([
      "id": "818", "start": "2026-08-08", "peakStart": "2026-08-15", "peakEnd": "2026-08-16",
      "end": "2026-08-18", "trafficMultiplier": 3, "cpmMultiplier": 2, "preheatShare": 0.5,
      "tailShare": 0.25, "hangoverDays": 2, "hangoverTrafficMultiplier": 0.8,
    ])
    let days = plan.campaignByDay
    #expect(days[6].label == "" && days[6].traffic == 1)
    #expect(days[7].phase == "preheat" && days[7].traffic == 2 && days[7].cpm == 1.5)
    #expect(days[14].phase == "peak" && days[14].traffic == 3 && days[14].cpm == 2)
    #expect(days[15].phase == "peak")
    #expect(days[16].phase == "tail" && days[16].traffic == 1.5 && days[16].cpm == 1.25)
    #expect(days[18].phase == "hangover" && days[18].traffic == 0.8 && days[18].cpm == 1)
    #expect(days[19].phase == "hangover" && days[20].label == "")
  }

  @Test func aWindowWithoutPeakDatesIsAllPeak() throws {
    let plan = try Self.plan(["id": "x", "start": "2026-08-02", "end": "2026-08-03"])
    #expect(plan.campaignByDay[1].phase == "peak" && plan.campaignByDay[2].phase == "peak")
    #expect(plan.campaignByDay[1].traffic == 3)
  }

  @Test func peakDatesMustLieInsideTheWindow() {
    var document = TestFixtures.minimal()
    document["campaigns"] = [
      ["id": "x", "start": "2026-08-02", "end": "2026-08-03", "peakStart": "2026-08-05"]
    ]
    #expect(
      TestFixtures.messages(TestFixtures.text(document))
        == #"/campaigns/0/peakStart: must lie between start 2026-08-02 and end 2026-08-03, got "2026-08-05""#
    )
  }
}
