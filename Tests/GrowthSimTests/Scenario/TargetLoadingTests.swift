import Foundation
import Testing

@testable import GrowthSim

/// Reading and checking `targets`, `source` and `notes`.
@Suite struct TargetLoadingTests {
  /// The minimal scenario (10 days from 2026-07-01, merchant m1) with a provider and one
  /// valid target to patch.
  static func document() -> [String: Any] {
    var document = TestFixtures.minimal()
    document["providers"] = [["id": "agency"]]
    document["targets"] = [
      [
        "id": "gmv", "metric": "gmv_cny", "merchant": "m1", "aggregate": "sum", "value": 1000,
        "window": ["from": "2026-07-01", "to": "2026-07-10"],
      ]
    ]
    return document
  }

  @Test func aTargetReadsWithItsDefaults() throws {
    var document = Self.document()
    document["source"] = "seeds/002.txt"
    document["notes"] = ["one", "two"]
    let scenario = try TestFixtures.scenario(document)
    #expect(scenario.source == "seeds/002.txt")
    #expect(scenario.notes == ["one", "two"])
    let target = try #require(scenario.targets.first)
    #expect(target.tolerance == 0.15)
    #expect(target.baseline == nil)
    #expect(target.window.aggregate == .sum)
    #expect(target.window.from == CivilDate(year: 2026, month: 7, day: 1))
  }

  @Test func aBaselineAggregatesByTheMeanUnlessItSaysOtherwise() throws {
    let document = try TestFixtures.patched(
      Self.document(), at: "/targets/0/baseline", json: #"{"from":"2026-07-01","to":"2026-07-03"}"#)
    let target = try #require(try TestFixtures.scenario(document).targets.first)
    #expect(target.baseline?.aggregate == .mean)
    #expect(target.baseline?.to == CivilDate(year: 2026, month: 7, day: 3))
  }

  @Test(
    arguments: [
      (
        "/targets/0/metric", #""gmv""#,
        #"/targets/0/metric: must be a numeric column of daily.csv (did you mean 'gmv_cny'?), got "gmv""#
      ),
      (
        "/targets/0/metric", #""oders""#,
        #"/targets/0/metric: must be a numeric column of daily.csv (did you mean 'orders'?), got "oders""#
      ),
      (
        "/targets/0/metric", #""merchant""#,
        #"/targets/0/metric: must be a numeric column of daily.csv (see docs/output-format.md), got "merchant""#
      ),
      (
        "/targets/0/window/to", #""2026-07-11""#,
        #"/targets/0/window/to: must lie within the run's horizon 2026-07-01 to 2026-07-10, got "2026-07-11""#
      ),
      (
        "/targets/0/window/from", #""2026-06-30""#,
        #"/targets/0/window/from: must lie within the run's horizon 2026-07-01 to 2026-07-10, got "2026-06-30""#
      ),
      (
        "/targets/0/merchant", #""m2""#,
        #"/targets/0/merchant: no merchant has this id (did you mean 'm1'?), got "m2""#
      ),
      (
        "/targets/0/aggregate", #""median""#,
        #"/targets/0/aggregate: must be one of 'sum', 'mean', 'max', 'min', 'last', got "median""#
      ),
      ("/targets/0/aggregate", nil, "/targets/0/aggregate: required key is missing"),
      ("/targets/0/value", nil, "/targets/0/value: required key is missing"),
      ("/targets/0/tolerance", "0", "/targets/0/tolerance: must be greater than 0, got 0"),
      ("/targets/0/tolerance", "1.5", "/targets/0/tolerance: must be at most 1, got 1.5"),
      (
        "/targets/0/baseline", #"{"from":"2026-07-01"}"#,
        "/targets/0/baseline/to: required key is missing"
      ),
      (
        "/targets/0/baseline", #"{"from":"2026-07-01","to":"2026-08-01","aggregate":"sum"}"#,
        #"/targets/0/baseline/to: must lie within the run's horizon 2026-07-01 to 2026-07-10, got "2026-08-01""#
      ),
      (
        "/targets/0/baseline", #"{"from":"2026-07-01","to":"2026-07-02","agregate":"sum"}"#,
        "/targets/0/baseline/agregate: unknown key (did you mean 'aggregate'?)"
      ),
      (
        "/targets/1",
        #"{"id":"gmv","metric":"orders","aggregate":"max","value":3,"window":{"from":"2026-07-01","to":"2026-07-01"}}"#,
        #"/targets/1/id: duplicate id, already used at /targets/0/id, got "gmv""#
      ),
      (
        "/experiment/compare", #"["snowball"]"#,
        "/experiment/compare: expected an array of 2 to 64 strings, got 1"
      ),
      (
        "/experiment/compare", #"["snowball", "funel"]"#,
        #"/experiment/compare/1: no policy or preset has this id (did you mean 'funnel'?), got "funel""#
      ),
      ("/notes", #"["fine", 3]"#, "/notes/1: expected a string, got 3"),
      ("/notes", #""one""#, #"/notes: expected an array of up to 1000 strings, got "one""#),
    ] as [(String, String?, String)])
  func eachBadTargetNamesItsPointerRuleAndValue(
    pointer: String, json: String?, message: String
  ) throws {
    var document = Self.document()
    document = try TestFixtures.patched(document, at: pointer, json: json)
    #expect(TestFixtures.messages(TestFixtures.text(document)) == message)
  }

  @Test func aWindowMustNotEndBeforeItStarts() throws {
    let document = try TestFixtures.patched(
      Self.document(), at: "/targets/0/window/from", json: #""2026-07-06""#)
    let patched = try TestFixtures.patched(
      document, at: "/targets/0/window/to", json: #""2026-07-05""#)
    #expect(
      TestFixtures.messages(TestFixtures.text(patched))
        == #"/targets/0/window/to: must not be before from 2026-07-06, got "2026-07-05""#)
  }

  @Test func merchantAndProviderTogetherAreRejected() throws {
    var document = try TestFixtures.patched(
      Self.document(), at: "/targets/0/provider", json: #""agency""#)
    document = try TestFixtures.patched(document, at: "/targets/0/metric", json: #""gmv_share""#)
    #expect(
      TestFixtures.messages(TestFixtures.text(document))
        == #"/targets/0/provider: must not be given with merchant "m1", got "agency""#)
  }

  @Test func aProviderTargetNamesAProviderColumnAndAnExistingProvider() throws {
    var document = try TestFixtures.patched(Self.document(), at: "/targets/0/merchant", json: nil)
    document = try TestFixtures.patched(document, at: "/targets/0/provider", json: #""agncy""#)
    document = try TestFixtures.patched(document, at: "/targets/0/metric", json: #""gmv_shar""#)
    #expect(
      TestFixtures.messages(TestFixtures.text(document)) == """
        /targets/0/metric: must be a numeric column of providers.csv (did you mean 'gmv_share'?), got "gmv_shar"
        /targets/0/provider: no provider has this id (did you mean 'agency'?), got "agncy"
        """)
  }

  @Test func anInvalidCalendarDoesNotAlsoFailEveryWindow() throws {
    let document = try TestFixtures.patched(Self.document(), at: "/calendar/days", json: "0")
    #expect(
      TestFixtures.messages(TestFixtures.text(document))
        == "/calendar/days: must be at least 1, got 0")
  }

  @Test func theSchemaDescribesTargetsAndNotes() throws {
    #expect(Scenario.schemaKind(at: JSONPointer("/notes/3")!) == .string(.text))
    #expect(
      Scenario.schemaKind(at: JSONPointer("/targets/0/baseline/aggregate")!)
        == .string(.oneOf(["sum", "mean", "max", "min", "last"])))
    #expect(ScenarioSchema.markdownReference.contains("| `/targets/*/baseline/from` | date |"))
    #expect(ScenarioSchema.jsonSchema.contains(#""notes""#))
  }
}
