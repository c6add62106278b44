import Testing

@testable import GrowthSim

/// Reading and writing a parsed document by JSON Pointer, and `--set` overrides.
@Suite struct JSONValuePointerTests {
  static let document = try? JSONParser.parse(
    #"{"a": {"b": [10, {"c": "x"}]}, "0": {"1": true}, "name": "n"}"#)

  static func pointer(_ text: String) -> JSONPointer {
    JSONPointer(text) ?? .root
  }

  @Test func valueAtFollowsKeysAndIndices() throws {
    let document = try #require(Self.document)
    #expect(document.value(at: Self.pointer("/a/b/0"))?.jsonText == "10")
    #expect(document.value(at: Self.pointer("/a/b/1/c")) == .string("x"))
    #expect(document.value(at: Self.pointer("/0/1")) == .bool(true))
    #expect(document.value(at: Self.pointer("/a/b/2")) == nil)
    #expect(document.value(at: Self.pointer("/name/x")) == nil)
    #expect(document.value(at: .root) == document)
  }

  @Test func setReplacesAddsAndCreatesObjects() throws {
    var document = try #require(Self.document)
    try document.set(.string("y"), at: Self.pointer("/a/b/1/c"))
    try document.set(.bool(false), at: Self.pointer("/a/new"))
    try document.set(.string("deep"), at: Self.pointer("/made/on/the/way"))
    #expect(
      document.jsonText
        == #"{"a":{"b":[10,{"c":"y"}],"new":false},"0":{"1":true},"name":"n","#
        + #""made":{"on":{"the":{"way":"deep"}}}}"#)
  }

  @Test(arguments: [
    ("/a/b/5", "/a/b/5: cannot set: /a/b has no element 5 (it has 2)"),
    ("/a/b/x", "/a/b/x: cannot set: /a/b is an array, and 'x' is not an index"),
    ("/name/first", "/name/first: cannot set: /name is a string, not an object or an array"),
    ("/missing/0/x", "/missing/0/x: cannot set: /missing does not exist, so it has no element 0"),
  ])
  func setReportsWhyItCannotAndLeavesTheDocumentAlone(pointer: String, message: String) throws {
    var document = try #require(Self.document)
    let error = #expect(throws: ScenarioError.self) {
      try document.set(.null, at: Self.pointer(pointer))
    }
    #expect(error?.description == message)
    #expect(document == Self.document)
  }

  @Test func prettyTextParsesBackToTheSameValue() throws {
    let document = try #require(Self.document)
    let pretty = document.prettyJSONText()
    #expect(try JSONParser.parse(pretty) == document)
    #expect(try JSONParser.parse(pretty).prettyJSONText() == pretty)
    #expect(try JSONParser.parse(document.jsonText) == document)
  }

  @Test func overridesParseJSONOrTakeTheTextAsAString() {
    #expect(ScenarioOverride(argument: "/a/b=5000")?.value.jsonText == "5000")
    #expect(ScenarioOverride(argument: "/name=funnel")?.value == .string("funnel"))
    #expect(ScenarioOverride(argument: #"/name="x y""#)?.value == .string("x y"))
    #expect(ScenarioOverride(argument: "/list=[1, 2]")?.value.jsonText == "[1,2]")
    #expect(ScenarioOverride(argument: "/a=b=c")?.value == .string("b=c"))
    #expect(ScenarioOverride(argument: "/a=")?.value == .string(""))
    #expect(ScenarioOverride(argument: "a=5") == nil)
    #expect(ScenarioOverride(argument: "/a") == nil)
    #expect(ScenarioOverride(argument: "=5") == nil)
    #expect(ScenarioOverride(argument: "/a~2=5") == nil)
  }

  @Test func overridesApplyBeforeTheScenarioIsChecked() throws {
    let text = Array(TestFixtures.text(TestFixtures.minimal()).utf8)
    let scenario = try Scenario.decode(
      from: text,
      overrides: [
        ScenarioOverride(argument: "/merchants/0/followers=5000"),
        ScenarioOverride(argument: "/policies/0/pricing/discount=0.2"),
      ].compactMap { $0 })
    #expect(scenario.merchants[0].followers == 5000)
    #expect(scenario.policies[0].discount == 0.2)
    let bad = [
      "/categories/0/refundRate=1.5", "/merchants/2/followers=1", "/merchants/0/folowers=1",
    ].compactMap(ScenarioOverride.init(argument:))
    #expect(throws: ScenarioLoadError.self) { try Scenario.decode(from: text, overrides: bad) }
    do {
      _ = try Scenario.decode(from: text, overrides: bad)
    } catch {
      guard case .invalid(let invalid) = error else { return }
      #expect(
        invalid.description == """
          /merchants/2/followers: cannot set: /merchants has no element 2 (it has 1)
          """)
    }
    let rule = try #require(ScenarioOverride(argument: "/categories/0/refundRate=1.5"))
    do {
      _ = try Scenario.decode(from: text, overrides: [rule])
      Issue.record("an invalid override was accepted")
    } catch {
      guard case .invalid(let invalid) = error else { return }
      #expect(invalid.description == "/categories/0/refundRate: must be at most 1, got 1.5")
    }
  }
}
