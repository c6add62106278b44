import Foundation
import Testing

@testable import GrowthSim

/// A calibration recovers the truth.
///
/// On data simulated from known values with the model's own noise, its 90 % intervals hold
/// the true values in at least 80 % of (parameter, seed) pairs, and they narrow as more days
/// of data come in. `growthsim bench --calibration` runs a larger version.
@Suite struct RecoveryTests {
  /// One merchant, a 2-hour evening live, stock that never runs out; the free values written
  /// out (they are the truth).
  static let base: JSONValue = {
    let text = #"""
      {"version":1,"name":"recovery","calendar":{"startDate":"2026-07-01","days":30},
       "experiment":{"seed":1,"replications":1},
       "categories":[{"id":"apparel","entryRate":0.15,"conversionRate":0.009,"refundRate":0.35,
                      "followRate":0.03}],
       "policies":[{"id":"steady","ads":{"dailyBudget":1000},"live":{"startHour":19,"hours":2}}],
       "merchants":[{"id":"m1","category":"apparel","policy":"steady","followers":1000,
                     "skus":[{"id":"s1","price":100,"stock":100000,"unitCost":40}]}]}
      """#
    do {
      return try JSONParser.parse(text)
    } catch {
      preconditionFailure("fixture: \(error)")
    }
  }()

  static let parameters = [
    FreeParameter(
      pointer: JSONPointer.root.appending("categories").appending(0).appending("entryRate"),
      low: 0.05, high: 0.4),
    FreeParameter(
      pointer: JSONPointer.root.appending("categories").appending(0).appending("conversionRate"),
      low: 0.003, high: 0.03, scale: .log),
    FreeParameter(
      pointer: JSONPointer.root.appending("categories").appending(0).appending("refundRate"),
      low: 0.1, high: 0.6),
  ]

  static let metrics = ["visits", "orders", "gmv_cny", "refunds_cny", "new_followers"]

  static func check(parameters: [FreeParameter], budget: Int, particles: Int) -> RecoveryCheck {
    RecoveryCheck(
      base: base, parameters: parameters, metrics: metrics, budget: budget, particles: particles)
  }

  /// Coverage over every case, and the mean relative width by number of days.
  static func figures(_ check: RecoveryCheck, _ cases: [RecoveryCheck.Case]) -> (
    coverage: Double, widths: [Int: Double]
  ) {
    let covers = cases.flatMap(\.covers)
    var widths: [Int: [Double]] = [:]
    for item in cases { widths[item.days, default: []] += check.relativeWidths(item) }
    return (
      Double(covers.filter { $0 }.count) / Double(covers.count),
      widths.mapValues { $0.reduce(0, +) / Double($0.count) }
    )
  }

  /// The recovery check's path in the fast suite.
  ///
  /// Data simulated from the truth, one small calibration of the refund rate, an interval inside its prior with its truth recorded.
  /// Whether intervals hold the truth and narrow is a statistical claim: the `.long` tests.
  @Test func aSmallCalibrationGivesAnIntervalInsideThePrior() throws {
    let parameter = Self.parameters[2]
    let check = Self.check(parameters: [parameter], budget: 100, particles: 20)
    let item = try #require(check.run(seed: 11, days: 6, jobs: 2))
    #expect(item.truth == [0.35] && item.days == 6 && item.rounds >= 1)
    let interval = try #require(item.intervals.first)
    #expect(parameter.low <= interval.low && interval.low <= interval.high)
    #expect(interval.high <= parameter.high, "\(interval)")
    let width = try #require(check.relativeWidths(item).first)
    #expect(width > 0 && width <= 1, "relative width \(width)")
  }

  /// The per-parameter mean width: each parameter's share of its prior averaged over the
  /// cases (the conversion rate on its log scale), so a wide parameter shows beside a narrow one.
  @Test func meanWidthsAverageEachParameterOverTheCases() {
    let check = Self.check(
      parameters: [Self.parameters[0], Self.parameters[1]], budget: 1, particles: 1)
    func item(_ entry: (Double, Double), _ conversion: (Double, Double)) -> RecoveryCheck.Case {
      RecoveryCheck.Case(
        seed: 1, days: 10, truth: [0.15, 0.009],
        intervals: [(entry.0, entry.1), (conversion.0, conversion.1)], rounds: 1)
    }
    // Entry rate: 0.35 and 0.07 of the range 0.05…0.4; conversion: a factor 10 and a factor
    // √10 of the factor-10 range 0.003…0.03 on the log scale, 1 and 0.5.
    let widths = check.meanWidths(
      of: [item((0.05, 0.4), (0.003, 0.03)), item((0.1, 0.17), (0.003, 0.003 * 10.0.squareRoot()))])
    #expect(widths.count == 2)
    #expect(abs(widths[0] - 0.6) < 1e-12, "\(widths)")
    #expect(abs(widths[1] - 0.75) < 1e-12, "\(widths)")
    #expect(check.meanWidths(of: []).isEmpty)
  }

  /// The conversion and refund rates together: both 90 % intervals hold the truth, and the
  /// conversion rate's narrows from 8 to 24 days of data.
  ///
  /// With the regression adjustment (`RegressionAdjustment`) the width is the scatter of θ
  /// left once the data's summaries are accounted for, which shrinks as the summaries average
  /// more days; before it, the sampler's last tolerance set every width at this budget. The
  /// refund rate's is not asserted here: at this budget (2 rounds) it measured 0.53 of the
  /// prior at 8 days and 0.56 at 24 — refunds come days after their orders, and 24 days are
  /// too few for them; the `.long` test below asserts it at 15 against 60 days.
  @Test(.long) func intervalsHoldTheTruthAndNarrowWithMoreDays() throws {
    let check = Self.check(
      parameters: [Self.parameters[1], Self.parameters[2]], budget: 300, particles: 75)
    try Self.expectNarrowing(check, seeds: [11], days: (8, 24), narrowing: [0])
  }

  /// Issue #16's claims at its sizes, 30 against 90 observed days over three seeds, the
  /// conversion and refund rates free: every free parameter's 90 % interval is narrower from
  /// 90 days than from 30 in every seed, and the intervals hold the truth in at least 80 % of
  /// the (parameter, seed, days) cases.
  ///
  /// Budget 2,400 (7–8 rounds of 100 particles): at 600 the sampler stops after 3 rounds with
  /// a population spread over most of the refund rate's prior, and no adjustment of that
  /// population narrowed the refund rate's interval reliably (docs/calibration.md, "Why the
  /// refund rate's interval did not narrow").
  @Test(.long) func intervalsFromNinetyDaysAreNarrowerThanFromThirtyAndHoldTheTruth() throws {
    let check = Self.check(
      parameters: [Self.parameters[1], Self.parameters[2]], budget: 2400, particles: 100)
    try Self.expectNarrowing(check, seeds: [21, 22, 23], days: (30, 90), coverage: 0.8)
  }

  /// At least `coverage` of the intervals hold the truth (every one by default), and for
  /// each seed and parameter of `narrowing` (all when `nil`) the interval from the longer
  /// series is narrower.
  static func expectNarrowing(
    _ check: RecoveryCheck, seeds: [UInt64], days: (short: Int, long: Int),
    narrowing: [Int]? = nil, coverage: Double = 1
  ) throws {
    var cases: [RecoveryCheck.Case] = []
    for seed in seeds {
      for length in [days.short, days.long] {
        cases.append(try #require(check.run(seed: seed, days: length, jobs: 2), "seed \(seed)"))
      }
    }
    let detail = cases.map {
      "seed \($0.seed) \($0.days) d, \($0.rounds) rounds: \($0.intervals) "
        + "widths \(check.relativeWidths($0))"
    }
    let covers = cases.flatMap(\.covers)
    let share = Double(covers.filter { $0 }.count) / Double(covers.count)
    #expect(share >= coverage, "coverage \(share): \(detail)")
    for seed in seeds {
      let short = try #require(cases.first { $0.seed == seed && $0.days == days.short })
      let long = try #require(cases.first { $0.seed == seed && $0.days == days.long })
      let pairs = Array(zip(check.relativeWidths(long), check.relativeWidths(short)))
      for index in narrowing ?? Array(pairs.indices) {
        #expect(pairs[index].0 < pairs[index].1, "\(detail)")
      }
    }
  }

  @Test(.long) func intervalsHoldTheTruthOverSixSeedsAndFourParameters() throws {
    let parameters =
      Self.parameters + [
        FreeParameter(
          pointer: JSONPointer.root.appending("categories").appending(0).appending("followRate"),
          low: 0.01, high: 0.1)
      ]
    let check = Self.check(parameters: parameters, budget: 1500, particles: 150)
    var cases: [RecoveryCheck.Case] = []
    for seed in 21...26 as ClosedRange<UInt64> {
      for days in [8, 24] {
        cases.append(try #require(check.run(seed: seed, days: days, jobs: 2), "seed \(seed)"))
      }
    }
    let (coverage, widths) = Self.figures(check, cases)
    #expect(coverage >= 0.8, "coverage \(coverage)")
    #expect((widths[24] ?? 1) < (widths[8] ?? 0), "widths \(widths)")
  }
}
