import Testing

@testable import GrowthSim

/// The designs: Latin hypercube strata, grid coverage, random draws, value mapping.
@Suite struct SweepDesignTests {
  static func units(_ design: SweepDesign, _ point: Int) -> [Double] {
    design.coordinates(ofPoint: point).map {
      guard case .unit(let value) = $0 else { return -1 }
      return value
    }
  }

  @Test(arguments: [1, 2, 3, 42, 1234] as [UInt64])
  func latinHypercubePutsExactlyOnePointInEachStratumOfEachDimension(seed: UInt64) {
    for points in [1, 7, 50, 257] {
      let design = SweepDesign(kind: .lhs, levelCounts: [1, 1, 1, 1], points: points, seed: seed)
      let coordinates = (0..<points).map { Self.units(design, $0) }
      for dimension in 0..<4 {
        let strata = coordinates.map { Int(($0[dimension] * Double(points)).rounded(.down)) }
        #expect(strata.sorted() == Array(0..<points), "seed \(seed), n \(points), d \(dimension)")
      }
    }
  }

  @Test(arguments: [1, 9, 77] as [UInt64])
  func anIntegerLatinHypercubeWithOnePointPerWholeNumberTakesEachOnce(seed: UInt64) throws {
    let plan = try SweepFixtures.plan(
      #"{"design": "lhs", "points": 30, "seed": \#(seed), "parameters": ["#
        + #"{"pointer": "/merchants/0/skus/0/stock", "low": 101, "high": 130},"#
        + #"{"pointer": "/policies/0/service/agents", "low": 0, "high": 29}]}"#)
    for dimension in 0..<2 {
      let values = (0..<30).map { plan.settings(ofPoint: $0)[dimension].value.jsonText }
      let expected = dimension == 0 ? (101...130) : (0...29)
      #expect(values.compactMap(Int.init).sorted() == Array(expected), "seed \(seed)")
    }
  }

  @Test func aGridCoversTheProductLastParameterFastest() throws {
    let plan = try SweepFixtures.plan(
      #"{"parameters": [{"pointer": "/policies/0/ads/dailyBudget", "low": 0, "high": 1000, "#
        + #""levels": 3}, {"pointer": "/merchants/0/policy", "values": ["steady"]}, "#
        + #"{"pointer": "/merchants/0/skus/0/stock", "low": 10, "high": 40, "levels": 4}]}"#)
    #expect(plan.pointCount == 12)
    let rows = (0..<12).map { point in
      plan.settings(ofPoint: point).map(\.value.jsonText).joined(separator: " ")
    }
    var expected: [String] = []
    for budget in ["0", "500", "1000"] {
      for stock in ["10", "20", "30", "40"] { expected.append("\(budget) \"steady\" \(stock)") }
    }
    #expect(rows == expected)
    #expect(Set(rows).count == 12)
  }

  @Test func randomDrawsAreSeededAndWithinTheirRanges() throws {
    func plan(seed: Int) throws -> SweepPlan {
      try SweepFixtures.plan(
        #"{"design": "random", "points": 400, "seed": \#(seed), "parameters": ["#
          + #"{"pointer": "/policies/0/ads/dailyBudget", "low": 100, "high": 200},"#
          + #"{"pointer": "/categories/0/cpm", "low": 10, "high": 1000, "scale": "log"},"#
          + #"{"pointer": "/merchants/0/skus/0/stock", "low": 5, "high": 8},"#
          + #"{"pointer": "/merchants/0/policy", "values": ["a", "b", "c"]}]}"#)
    }
    let one = try plan(seed: 1)
    let again = try plan(seed: 1)
    let other = try plan(seed: 2)
    var stocks = Set<Int>()
    var words = Set<String>()
    for point in 0..<400 {
      let values = one.settings(ofPoint: point).map(\.value)
      #expect(values == again.settings(ofPoint: point).map(\.value))
      guard case .number(let budget) = values[0], case .number(let cpm) = values[1],
        case .number(let stock) = values[2], case .string(let word) = values[3]
      else {
        Issue.record("point \(point) has values of the wrong kind: \(values)")
        continue
      }
      #expect((100...200).contains(budget.value) && (10...1000).contains(cpm.value))
      stocks.insert(stock.exactInteger ?? -1)
      words.insert(word)
    }
    #expect(stocks == [5, 6, 7, 8])
    #expect(words == ["a", "b", "c"])
    #expect(
      (0..<20).map { one.settings(ofPoint: $0) } != (0..<20).map { other.settings(ofPoint: $0) })
  }

  @Test func valuesAreRoundedToSixSignificantDigits() {
    #expect(SweepParameter.significant(12345.678).literal == "12345.7")
    #expect(SweepParameter.significant(0.000123456789).literal == "0.000123457")
    #expect(SweepParameter.significant(2000).literal == "2000")
    #expect(SweepParameter.significant(-0.5).literal == "-0.5")
    #expect(SweepParameter.significant(1e-12).literal == "0")
    #expect(SweepParameter.significant(123_456_789).literal == "123456789")
  }

  @Test func integerKeysAreFoundFromTheFormatOrMarked() throws {
    let plan = try SweepFixtures.plan(
      #"{"parameters": [{"pointer": "/policies/0/ads/dailyBudget", "low": 0, "high": 1, "#
        + #""levels": 4}, {"pointer": "/merchants/0/skus/0/stock", "low": 0, "high": 10, "#
        + #""levels": 4}, {"pointer": "/categories/0/cpm", "low": 10, "high": 11, "#
        + #""levels": 2, "integer": true}]}"#)
    #expect(plan.spec.parameters.map(\.isInteger) == [false, true, true])
    #expect(plan.pointCount == 32)
    #expect(plan.settings(ofPoint: 31).map(\.value.jsonText) == ["1", "10", "11"])
    #expect(plan.settings(ofPoint: 11).map(\.value.jsonText) == ["0.333333", "3", "11"])
    #expect(plan.settings(ofPoint: 20).map(\.value.jsonText) == ["0.666667", "7", "10"])
  }
}
