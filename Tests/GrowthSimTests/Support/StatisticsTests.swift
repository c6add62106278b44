import Testing

@testable import GrowthSim

/// Mean, standard error and type-7 quantiles against values computed by hand.
@Suite struct StatisticsTests {
  static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
  }

  @Test func quantilesOfOneToTenFollowDefinitionSeven() {
    let values = (1...10).map(Double.init).reversed().map { $0 }
    // h = (n − 1)·p = 9p; Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on sorted values.
    #expect(Self.close(Statistics.quantile(values, 0.05), 1.45))
    #expect(Self.close(Statistics.quantile(values, 0.5), 5.5))
    #expect(Self.close(Statistics.quantile(values, 0.95), 9.55))
    #expect(Self.close(Statistics.quantile(values, 0), 1))
    #expect(Self.close(Statistics.quantile(values, 1), 10))
  }

  @Test func quantilesInterpolateBetweenUnevenValues() {
    // Sorted: 1, 2, 4, 8. p = 0.25 → h = 0.75 → 1 + 0.75·1 = 1.75; p = 0.9 → h = 2.7 →
    // 4 + 0.7·4 = 6.8; p = 0.5 → h = 1.5 → 3.
    let values: [Double] = [8, 1, 4, 2]
    #expect(Self.close(Statistics.quantile(values, 0.25), 1.75))
    #expect(Self.close(Statistics.quantile(values, 0.9), 6.8))
    #expect(Self.close(Statistics.quantile(values, 0.5), 3))
    // p = 0.05 → h = 0.15 → 1.15; p = 0.95 → h = 2.85 → 4 + 0.85·4 = 7.4.
    let three = Statistics.quantiles(values, [0.05, 0.5, 0.95])
    #expect(Self.close(three[0], 1.15) && Self.close(three[1], 3) && Self.close(three[2], 7.4))
  }

  @Test func oneValueIsEveryQuantileAndNoValueIsNone() {
    #expect(Statistics.quantile([42], 0.05) == 42)
    #expect(Statistics.quantile([42], 0.95) == 42)
    #expect(Statistics.quantile([], 0.5) == nil)
    #expect(Statistics.mean([]) == nil)
    #expect(Statistics.standardError([3]) == nil)
  }

  @Test func meanAndStandardErrorUseTheSampleDeviation() {
    let values: [Double] = [1, 2, 3, 4]
    #expect(Statistics.mean(values) == 2.5)
    // Sample variance (1.5² + 0.5² + 0.5² + 1.5²) / 3 = 5/3; se = √(5/3) / √4.
    #expect(Self.close(Statistics.standardError(values), (5.0 / 3).squareRoot() / 2))
    #expect(Statistics.standardError([7, 7, 7]) == 0)
  }
}

@Suite struct ConfidenceIntervalTests {
  @Test func theNinetyPercentIntervalUsesStudentsT() throws {
    // Mean 3, sample SD √2.5, n 5: SE = √0.5, t(0.95, 4) = 2.132.
    let interval = try #require(Statistics.confidenceInterval90([1, 2, 3, 4, 5]))
    #expect(abs(interval.low - (3 - 2.132 * 0.5.squareRoot())) < 1e-12)
    #expect(abs(interval.high - (3 + 2.132 * 0.5.squareRoot())) < 1e-12)
    #expect(Statistics.studentT95(degreesOfFreedom: 7) == 1.895)
    #expect(abs(Statistics.studentT95(degreesOfFreedom: 120) - 1.658) < 0.002)
    #expect(Statistics.confidenceInterval90([1]) == nil)
  }
}
