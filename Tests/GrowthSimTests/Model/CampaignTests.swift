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
    #expect(days[7].phaseLabel == "preheat" && days[7].traffic == 2 && days[7].cpm == 1.5)
    #expect(days[14].phaseLabel == "peak" && days[14].traffic == 3 && days[14].cpm == 2)
    #expect(days[15].phaseLabel == "peak")
    #expect(days[16].phaseLabel == "tail" && days[16].traffic == 1.5 && days[16].cpm == 1.25)
    #expect(days[18].phaseLabel == "hangover" && days[18].traffic == 0.8 && days[18].cpm == 1)
    #expect(days[19].phaseLabel == "hangover" && days[20].label == "")
  }

  /// Two campaigns' hangovers on one day make "hangover+hangover": still no festival day.
  ///
  /// The joined label is only the column's text; the festival and peak flags decide.
  @Test func overlappingHangoversAreNoFestivalDay() throws {
    var document = TestFixtures.minimal()
    document["calendar"] = ["startDate": "2026-08-01", "days": 30]
    document["campaigns"] = [
      ["id": "a", "start": "2026-08-02", "end": "2026-08-03", "hangoverDays": 5],
      ["id": "b", "start": "2026-08-04", "end": "2026-08-05", "hangoverDays": 3],
      ["id": "c", "start": "2026-08-05", "end": "2026-08-06", "hangoverDays": 0],
    ]
    let days = ResolvedScenario(try TestFixtures.scenario(document)).campaignByDay
    #expect(days[6].phaseLabel == "hangover+hangover" && days[6].label == "a+b")
    #expect(!days[6].isFestival && !days[6].isPeak)
    #expect(days[4].phaseLabel == "hangover+peak+peak" && days[4].isFestival && days[4].isPeak)
    #expect(days[3].phaseLabel == "hangover+peak" && days[3].isFestival)
    #expect(days[5].phaseLabel == "hangover+hangover+peak" && days[5].isFestival)
    #expect(days[7].phaseLabel == "hangover+hangover" && !days[7].isFestival)
    #expect(days[8].phaseLabel == "" && !days[8].isFestival)
  }

  @Test func aWindowWithoutPeakDatesIsAllPeak() throws {
    let plan = try Self.plan(["id": "x", "start": "2026-08-02", "end": "2026-08-03"])
    #expect(
      plan.campaignByDay[1].phaseLabel == "peak" && plan.campaignByDay[2].phaseLabel == "peak")
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
