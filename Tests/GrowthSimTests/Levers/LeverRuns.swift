@testable import GrowthSim

/// The lever suite's runs, made once per test process and shared by its tests: every lever
/// of `LeverExpectation.table` and the price grid, on every case, against its baseline.
enum LeverRuns {
  /// The list-price factors the price tests scan.
  static let priceGrid: [Double] = [0.5, 0.7, 1, 1.4, 2]

  /// Every lever the suite pulls, the baseline and the price grid included.
  static var levers: [Lever] {
    [.baseline] + priceGrid.filter { $0 != 1 }.map(Lever.listPrice)
      + LeverExpectation.levers.filter { lever in
        !priceGrid.contains { Lever.listPrice($0).name == lever.name }
      }
  }

  /// Outcomes by lever name of the fast suite's case, in mean-field.
  static let meanField: [String: [String: LeverCase.Outcome]] = run(
    [LeverCase.fast], replications: nil)

  /// Outcomes by case and lever name of the other cases, in mean-field (the `.long` tests).
  static let meanFieldOthers: [String: [String: LeverCase.Outcome]] = run(
    LeverCase.others, replications: nil)

  /// Outcomes by case and lever name, as the mean of 8 replications (the `.long` tests).
  static let replicated: [String: [String: LeverCase.Outcome]] = run(
    LeverCase.all, replications: 8)

  private static func run(
    _ cases: [LeverCase], replications: Int?
  ) -> [String: [String: LeverCase.Outcome]] {
    let pairs = cases.flatMap { leverCase in levers.map { (leverCase.file, $0) } }
    // Each run is single-threaded; the pairs share the two cores.
    let outcomes = parallelMap(count: pairs.count, jobs: 2) { index in
      // A scenario that fails to load fails the tests that read it (no outcome).
      try? LeverCase(file: pairs[index].0).outcome(
        pairs[index].1, replications: replications, jobs: 1)
    }
    var all: [String: [String: LeverCase.Outcome]] = [:]
    for ((file, lever), outcome) in zip(pairs, outcomes) {
      all[file, default: [:]][lever.name] = outcome
    }
    return all
  }
}
