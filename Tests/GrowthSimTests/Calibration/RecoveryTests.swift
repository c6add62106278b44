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

  /// The refund rate alone, whose interval must narrow from 6 to 18 days of data.
  ///
  /// Refunds come days after their orders, so 6 days barely show the rate and 18 do (at this budget of 300 the sampler
  /// completes 2–3 rounds, and with all three parameters free its last tolerance, not the
  /// data, set every width: 0.71 of the prior at 6 days and 0.78 at 18 after the session-4
  /// mechanisms). The four-parameter `.long` test below checks narrowing with a real budget.
  @Test(.long) func intervalsHoldTheTruthAndNarrowWithMoreDays() throws {
    let check = Self.check(parameters: [Self.parameters[2]], budget: 300, particles: 50)
    var cases: [RecoveryCheck.Case] = []
    for seed in [11, 12, 13] as [UInt64] {
      for days in [6, 18] {
        cases.append(try #require(check.run(seed: seed, days: days, jobs: 2), "seed \(seed)"))
      }
    }
    let (coverage, widths) = Self.figures(check, cases)
    let detail = cases.map { "seed \($0.seed) \($0.days) d: \($0.intervals)" }
    #expect(coverage >= 0.8, "coverage \(coverage): \(detail)")
    let each = cases.map {
      "seed \($0.seed) \($0.days) d, \($0.rounds) rounds: \(check.relativeWidths($0))"
    }
    #expect((widths[18] ?? 1) < (widths[6] ?? 0), "widths \(widths): \(each)")
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
