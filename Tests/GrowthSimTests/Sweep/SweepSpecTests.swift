import Testing

@testable import GrowthSim

/// Reading sweep specs and `--vary` shorthand, with pointer-precise messages.
@Suite struct SweepSpecTests {
  static func messages(_ text: String) -> String? {
    do {
      _ = try SweepSpec.decode(from: Array(text.utf8))
      return nil
    } catch {
      switch error {
      case .syntax(let syntax): return syntax.description
      case .invalid(let invalid): return invalid.description
      }
    }
  }

  static func planMessages(_ text: String) throws -> String? {
    let document = try SweepFixtures.document()
    let spec = try SweepFixtures.spec(text)
    do throws(SweepError) {
      _ = try SweepPlan(scenario: document, spec: spec)
      return nil
    } catch {
      switch error {
      case .spec(let invalid), .scenario(let invalid): return invalid.description
      case .invalidPoint(let point): return "point \(point.point)"
      }
    }
  }

  @Test func shorthandCoversRangesLogRangesAndLists() {
    func text(_ argument: String) -> String? { SweepParameter.shorthand(argument)?.jsonText }
    #expect(text("/a/0=1:5:3") == #"{"pointer":"/a/0","low":1,"high":5,"levels":3}"#)
    #expect(text("/a=0.5:2") == #"{"pointer":"/a","low":0.5,"high":2}"#)
    #expect(
      text("/a=log:10:1e4:4") == #"{"pointer":"/a","low":10,"high":1e4,"levels":4,"scale":"log"}"#
    )
    #expect(text("/p=snowball,funnel") == #"{"pointer":"/p","values":["snowball","funnel"]}"#)
    #expect(text("/p=1,2.5,true") == #"{"pointer":"/p","values":[1,2.5,true]}"#)
    #expect(text(#"/p=[1, "a,b"]"#) == #"{"pointer":"/p","values":[1,"a,b"]}"#)
    #expect(text("/p=a:b") == #"{"pointer":"/p","values":["a:b"]}"#)
    #expect(text("p=1:2:3") == nil)
    #expect(text("/p=log:a:b") == nil)
    #expect(text("/p") == nil)
  }

  @Test(arguments: [
    (
      #"{"parameters": [{"pointer": "/a", "low": 0, "high": 1}]}"#,
      "/parameters/0/levels: required key is missing (the grid design)"
    ),
    (
      #"{"design": "lhs", "parameters": [{"pointer": "/a", "low": 0, "high": 1}]}"#,
      "/points: required key is missing (the lhs design)"
    ),
    (
      #"{"points": 4, "parameters": [{"pointer": "/a", "values": [1]}]}"#,
      "/points: only the random and lhs designs take points; "
        + "a grid has one per combination of levels"
    ),
    (
      #"{"design": "random", "points": 3, "parameters": [{"pointer": "/a", "low": 0, "#
        + #""high": 1, "levels": 2}]}"#,
      "/parameters/0/levels: only the grid design uses levels; random draws any value from low "
        + "to high"
    ),
    (
      #"{"parameters": [{"pointer": "/a", "low": 5, "high": 1, "levels": 2}]}"#,
      "/parameters/0/high: must be at least low (5), got 1"
    ),
    (
      #"{"parameters": [{"pointer": "/a", "low": 0, "high": 1, "levels": 2, "scale": "log"}]}"#,
      "/parameters/0/low: must be greater than 0 on a log scale, got 0"
    ),
    (
      #"{"parameters": [{"pointer": "a", "values": [1]}]}"#,
      #"/parameters/0/pointer: must be a JSON Pointer such as "/policies/0/ads/dailyBudget", "#
        + #"got "a""#
    ),
    (
      #"{"parameters": [{"pointer": "/a", "values": []}]}"#,
      "/parameters/0/values: expected an array of 1 to 1000000 JSON values, got []"
    ),
    (
      #"{"parameters": [{"pointer": "/a", "values": [1], "low": 0}]}"#,
      "/parameters/0/values: cannot be combined with 'low'"
    ),
    (
      #"{"desing": "grid", "parameters": [{"pointer": "/a", "values": [1]}]}"#,
      "/desing: unknown key (did you mean 'design'?)"
    ),
    (
      #"{"design": "halton", "parameters": [{"pointer": "/a", "values": [1]}]}"#,
      #"/design: must be one of 'grid', 'random', 'lhs', 'morris', 'sobol', got "halton""#
    ),
    (
      #"{"parameters": [{"pointer": "/a", "values": [1]}, {"pointer": "/a", "values": [2]}]}"#,
      #"/parameters/1/pointer: repeats the pointer of /parameters/0, got "/a""#
    ),
    (
      #"{"parameters": [{"pointer": "/a", "values": [{}]}, {"pointer": "/a/b", "values": [2]}]}"#,
      #"/parameters/1/pointer: overlaps the pointer of /parameters/0, got "/a/b""#
    ),
    (
      #"{"parameters": [{"pointer": "/experiment/seed", "values": [1]}]}"#,
      "/parameters/0/pointer: is set by the sweep itself (use its seed or replications), "
        + #"got "/experiment/seed""#
    ),
    (
      #"{"parameters": [{"pointer": "/a", "low": 0, "high": 1, "levels": 100000}, "#
        + #"{"pointer": "/b", "low": 0, "high": 1, "levels": 100000}]}"#,
      "/parameters: the grid has more than 100000000 points, got 10000000000"
    ),
    (#"{"parameters": []}"#, "/parameters: must have at least 1 entry, got 0"),
  ])
  func badSpecsAreReportedAtTheirPointer(spec: String, message: String) {
    #expect(Self.messages(spec) == message)
  }

  @Test func specsThatDoNotFitTheScenarioAreReportedAtTheSpecPointer() throws {
    #expect(
      try Self.planMessages(
        #"{"parameters": [{"pointer": "/merchants/3/followers", "values": [1]}]}"#)
        == "/parameters/0/pointer: cannot set: /merchants has no element 3 (it has 1), "
        + #"got "/merchants/3/followers""#)
    #expect(
      try Self.planMessages(
        #"{"parameters": [{"pointer": "/merchants/0/skus/0/stock", "low": 0.5, "high": 3, "#
          + #""levels": 2}]}"#)
        == "/parameters/0/low: must be a whole number for an integer parameter, got 0.5")
    #expect(
      try Self.planMessages(
        #"{"parameters": [{"pointer": "/merchants/0/skus/0/stock", "low": 1, "high": 3, "#
          + #""levels": 4}]}"#)
        == "/parameters/0/levels: must be at most the 3 whole numbers from low to high, got 4")
  }

  @Test func theResolvedSpecReadsBackAsItself() throws {
    let plan = try SweepFixtures.plan(SweepFixtures.lhsSpec)
    #expect(plan.replications == 2 && plan.seed == 5)
    let again = try SweepSpec.decode(plan.spec.document)
    #expect(again == plan.spec)
    #expect(plan.spec.parameters.map(\.isInteger) == [false, true])
  }

  @Test func commandLineOptionsGoOverTheSpecFile() throws {
    let base = try JSONParser.parse(SweepFixtures.lhsSpec)
    let document = SweepSpec.document(
      base: base, varying: [], design: .random, points: 3, replications: 4, seed: 9)
    let spec = try SweepSpec.decode(document)
    #expect(spec.design == .random && spec.points == 3 && spec.replications == 4)
    #expect(spec.seed == 9 && spec.parameters.count == 2)
  }
}
