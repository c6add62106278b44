import Foundation
import Testing

@testable import GrowthSim

@Suite struct ScenarioLoadingTests {
  @Test func theMinimalScenarioLoadsWithDefaults() throws {
    let scenario = try TestFixtures.scenario(TestFixtures.minimal())
    #expect(scenario.calendar.days == 10)
    #expect(scenario.experiment.seed == 7)
    #expect(scenario.platform.tickMinutes == 15)
    #expect(scenario.categories[0].refundRate == 0.35)
    #expect(scenario.policies[0].liveHours == 4)
    #expect(scenario.merchants[0].provider == nil)
    #expect(scenario.merchants[0].skus[0].leadTimeDays == 7)
  }

  /// One case per kind of bad input: set the JSON at a pointer (nil removes it) and assert the
  /// whole rendered message.
  @Test(
    arguments: [
      ("/calendar/days", "0", "/calendar/days: must be at least 1, got 0"),
      ("/categories/0/refundRate", "1.5", "/categories/0/refundRate: must be at most 1, got 1.5"),
      (
        "/merchants/0/skus/0/price", "-5",
        "/merchants/0/skus/0/price: must be greater than 0, got -5"
      ),
      (
        "/merchants/0/skus/0/stock", "1.5",
        "/merchants/0/skus/0/stock: expected an integer, got 1.5"
      ),
      (
        "/experiment/seed", "9223372036854775808",
        "/experiment/seed: must be at most 9007199254740992, got 9223372036854775808"
      ),
      ("/calendar/days", #""ten""#, #"/calendar/days: expected an integer, got "ten""#),
      ("/calendar/days", "null", "/calendar/days: expected an integer, got null"),
      ("/platform/commissionRate", "true", "/platform/commissionRate: expected a number, got true"),
      ("/calendar/dayz", "3", "/calendar/dayz: unknown key (did you mean 'days'?)"),
      ("/weather", #""sunny""#, "/weather: unknown key"),
      (
        "/merchants/0/skus/0/prise", "3",
        "/merchants/0/skus/0/prise: unknown key (did you mean 'price'?)"
      ),
      ("/name", nil, "/name: required key is missing"),
      (
        "/merchants/0/skus/0/unitCost", nil, "/merchants/0/skus/0/unitCost: required key is missing"
      ),
      ("/version", "2", "/version: must be at most 1, got 2"),
      (
        "/merchants/0/category", #""aparel""#,
        #"/merchants/0/category: no category has this id (did you mean 'apparel'?), got "aparel""#
      ),
      (
        "/merchants/0/provider", #""yali""#,
        #"/merchants/0/provider: no provider has this id, got "yali""#
      ),
      (
        "/categories/1", #"{"id": "apparel"}"#,
        #"/categories/1/id: duplicate id, already used at /categories/0/id, got "apparel""#
      ),
      (
        "/merchants/0/skus/1", #"{"id": "s1", "price": 1, "unitCost": 1}"#,
        #"/merchants/0/skus/1/id: duplicate id, already used at /merchants/0/skus/0/id, got "s1""#
      ),
      (
        "/calendar/startDate", #""2026-02-30""#,
        #"/calendar/startDate: expected a date as "YYYY-MM-DD", got "2026-02-30""#
      ),
      (
        "/name", #""=HYPERLINK(\"x\")""#,
        #"/name: must not start with '=', '+', '-' or '@', got "=HYPERLINK(\"x\")""#
      ),
      (
        "/categories/0/id", #""apparel wear""#,
        #"/categories/0/id: must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit, got "apparel wear""#
      ),
      (
        "/platform/diurnalProfile", "[1, 2, 3]",
        "/platform/diurnalProfile: expected an array of 24 numbers, got 3"
      ),
      ("/platform/tickMinutes", "7", "/platform/tickMinutes: must divide 60, got 7"),
      (
        "/campaigns/0", #"{"id": "818", "start": "2026-08-18", "end": "2026-08-08"}"#,
        #"/campaigns/0/end: must not be before start 2026-08-18, got "2026-08-08""#
      ),
      ("/merchants", "[]", "/merchants: must have at least 1 entry (or a cohort), got 0"),
      (
        "/categories/0/liveImpressionsPerDay", "1e300",
        "/categories/0/liveImpressionsPerDay: must be at most 1000000000000, got 1e+300"
      ),
      (
        "/merchants/0/provider", #""""#,
        #"/merchants/0/provider: must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit, got """#
      ),
      ("/calendar", "[1, 2]", "/calendar: expected an object, got […]"),
      ("/merchants/0/skus/0", "3", "/merchants/0/skus/0: expected an object, got 3"),
      ("/experiment/meanField", "1", "/experiment/meanField: expected true or false, got 1"),
    ] as [(String, String?, String)])
  func eachKindOfBadValueNamesItsPointerRuleAndValue(
    pointer: String, json: String?, message: String
  ) throws {
    let document = try TestFixtures.patched(TestFixtures.minimal(), at: pointer, json: json)
    #expect(TestFixtures.messages(TestFixtures.text(document)) == message)
  }

  @Test func everyIssueIsReportedAtOnceInDocumentOrder() {
    var document = TestFixtures.minimal()
    document["calendar"] = ["days": 0, "startDate": "soon"]
    document["categories"] = [["id": "apparel", "entryRate": 2, "cmp": 40]]
    document["merchants"] = [
      [
        "id": "m1", "category": "apparel", "policy": "none",
        "skus": [["id": "s1", "price": 0, "unitCost": 1]],
      ]
    ]
    let expected = """
      /calendar/days: must be at least 1, got 0
      /calendar/startDate: expected a date as "YYYY-MM-DD", got "soon"
      /categories/0/cmp: unknown key (did you mean 'cpm'?)
      /categories/0/entryRate: must be at most 1, got 2
      /merchants/0/policy: no policy has this id (known: steady, snowball, funnel), got "none"
      /merchants/0/skus/0/price: must be greater than 0, got 0
      """
    #expect(TestFixtures.messages(TestFixtures.text(document)) == expected)
  }

  @Test(arguments: [
    (#"{"version": 1,"#, "1:15: unexpected end of input"),
    ("{\n  \"version\": 1,\n  \"name\": \"x\",\n}", "3:14: trailing comma before '}'"),
    (#"{"version": 1, "version": 1}"#, "1:16: duplicate key 'version'"),
    (#"{"days": NaN}"#, "1:10: NaN is not valid JSON (use a number or leave the key out)"),
    ("", "1:1: unexpected end of input"),
  ])
  func malformedJSONGivesLineAndColumn(text: String, message: String) {
    #expect(TestFixtures.messages(text) == message)
  }

  @Test func aTopLevelArrayIsRejected() {
    #expect(TestFixtures.messages("[1]") == "expected a scenario object at the top level, got […]")
  }

  @Test func outOfRangeNumbersKeepTheirPointer() {
    let text = TestFixtures.text(TestFixtures.minimal())
      .replacingOccurrences(of: #""followers":1000"#, with: #""followers":1e400"#)
    #expect(text.contains("1e400"))
    #expect(
      TestFixtures.messages(text)
        == "/merchants/0/followers: must be at most 2000000000, got 1e400")
  }
}

extension TestFixtures {
  /// `document` with the JSON `json` set at `pointer` (created if absent), or the member
  /// removed when `json` is nil.
  static func patched(_ document: [String: Any], at pointer: String, json: String?) throws
    -> [String: Any]
  {
    let tokens = try #require(JSONPointer(pointer)).tokens
    let value = try json.map {
      try JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed])
    }
    func set(_ node: Any, _ rest: ArraySlice<JSONPointer.Token>) -> Any? {
      guard let token = rest.first else { return value }
      switch token {
      case .key(let key):
        var object = node as? [String: Any] ?? [:]
        object[key] = set(object[key] as Any, rest.dropFirst())
        return object
      case .index(let index):
        var array = node as? [Any] ?? []
        if index == array.count, let element = set(NSNull(), rest.dropFirst()) {
          array.append(element)
        } else if let element = set(array[index], rest.dropFirst()) {
          array[index] = element
        } else {
          array.remove(at: index)
        }
        return array
      }
    }
    return try #require(set(document, tokens[...]) as? [String: Any])
  }
}
