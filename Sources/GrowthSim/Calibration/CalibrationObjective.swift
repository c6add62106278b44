import Foundation

/// What a calibration fits — the scenario's targets and the observed series — and how far
/// one simulation lies from them.
///
/// Errors are relative, so that GMV in millions and followers in thousands weigh alike: a
/// target's is (simulated − value) / |value| (as `targets.csv` reports it); an observed
/// value's is the difference of signed logarithms, slog(simulated) − slog(observed) with
/// slog(x) = sign(x)·ln(1 + |x|), which is the relative error for small errors, stays finite
/// on days of 0, and treats a day at half and one at double the data alike.
///
/// An observed series is cut into `blocks` runs of consecutive observed days (quarters of a
/// 90-day series), and each block's error is the mean of its days' errors. Day-to-day noise
/// that no parameter explains (a Poisson count, a lucky video) thus averages out within a
/// block, while the level and the growth across the horizon stay; without it every distance
/// would sit on a floor of that noise, the tolerances could not fall below it, and more days
/// of data would not narrow the intervals. The distance is the root of the mean over groups
/// (each target, each series) of the group's mean squared error, so a series of 90 days
/// counts as much as one target.
public struct CalibrationObjective: Sendable {
  /// The scenario's targets.
  public let targets: [Target]
  /// The observed series.
  public let observed: ObservedSeries
  /// The components of each group, in blocks: a target is one block of one component; a
  /// series is `blocks` blocks of consecutive components (fewer for a short series).
  let groups: [[Range<Int>]]
  /// Whether each group is a target (a relative error) or a series (a log error).
  let isTarget: [Bool]
  /// The groups of each scenario of a joint calibration, one range for one scenario: the
  /// distance weighs every scenario alike (`init(joining:)`).
  let parts: [Range<Int>]
  /// The most blocks a series is cut into.
  public static let blocks = 4

  /// The objective of `targets` and `observed` (either may be empty, not both).
  public init(targets: [Target], observed: ObservedSeries) {
    self.targets = targets
    self.observed = observed
    var groups = targets.indices.map { [$0..<($0 + 1)] }
    var next = targets.count
    for series in observed.series {
      let count = series.values.count
      let blocks = min(Self.blocks, count)
      groups.append(
        (0..<blocks).map { block in
          (next + block * count / blocks)..<(next + (block + 1) * count / blocks)
        })
      next += count
    }
    self.groups = groups
    isTarget = groups.indices.map { $0 < targets.count }
    parts = [0..<groups.count]
    expected = targets.map(\.value) + observed.series.flatMap(\.values)
  }

  /// The objective of a joint calibration: each scenario's components in turn, and a distance
  /// that weighs the scenarios alike — the root of the mean over scenarios of each one's mean
  /// squared group error — so that a scenario with many targets does not drown the
  /// parameters only a scenario with few informs.
  init(joining objectives: [CalibrationObjective]) {
    targets = objectives.flatMap(\.targets)
    observed = ObservedSeries(series: objectives.flatMap(\.observed.series))
    var groups: [[Range<Int>]] = []
    var parts: [Range<Int>] = []
    var offset = 0
    for objective in objectives {
      parts.append(groups.count..<(groups.count + objective.groups.count))
      groups += objective.groups.map { blocks in
        blocks.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
      }
      offset += objective.componentCount
    }
    self.groups = groups
    self.parts = parts
    isTarget = objectives.flatMap(\.isTarget)
    expected = objectives.flatMap(\.expected)
  }

  /// The number of components: targets, then the observed values series by series.
  public var componentCount: Int { groups.last?.last?.upperBound ?? 0 }

  /// The value each component expects: the targets' values, then the observed values.
  public let expected: [Double]

  /// The distance of simulated components (a mean over replications) to the expected ones;
  /// infinite if a target is undefined in the simulation (`nan`).
  public func distance(_ simulated: [Double]) -> Double {
    guard !groups.isEmpty else { return 0 }
    let groupErrors = blockErrors(simulated)
    var mean = 0.0
    for part in parts {
      var total = 0.0
      for errors in groupErrors[part] {
        var sum = 0.0
        for error in errors {
          guard error.isFinite else { return .infinity }
          sum += error * error
        }
        total += sum / Double(errors.count)
      }
      guard parts.count > 1 else { return (total / Double(groups.count)).squareRoot() }
      mean += total / Double(max(1, part.count)) / Double(parts.count)
    }
    return mean.squareRoot()
  }

  /// Each group's block errors.
  ///
  /// A target's is its relative error, a series' the mean log error over each block of its
  /// days: the summaries the distance is taken over, and the regression adjustment's.
  func blockErrors(_ simulated: [Double]) -> [[Double]] {
    groups.enumerated().map { index, blocks in
      blocks.map { block in
        var error = 0.0
        for component in block {
          error +=
            isTarget[index]
            ? Self.relativeError(simulated[component], expected[component])
            : Self.logError(simulated[component], expected[component])
        }
        return error / Double(block.count)
      }
    }
  }

  /// (simulated − value) / |value|, or the difference when the value is 0.
  static func relativeError(_ simulated: Double, _ value: Double) -> Double {
    value == 0 ? simulated - value : (simulated - value) / abs(value)
  }

  /// slog(simulated) − slog(observed); a simulated value that is undefined counts as 0.
  static func logError(_ simulated: Double, _ observed: Double) -> Double {
    signedLog(simulated.isNaN ? 0 : simulated) - signedLog(observed)
  }

  /// sign(x)·ln(1 + |x|).
  static func signedLog(_ x: Double) -> Double {
    x < 0 ? -log1p(-x) : log1p(x)
  }
}

/// One replication's components, gathered as its days stream by.
struct ComponentMeter {
  private let objective: CalibrationObjective
  private let scenario: Scenario
  private let plan: ResolvedScenario
  private let replication: Int
  private let seed: UInt64
  private var targetSeries: TargetSeries
  /// For each day, the observed components to read: (component, metric column, merchant
  /// index or `nil` for the sum over merchants).
  private let reads: [[(component: Int, column: Int, merchant: Int?)]]
  /// The components; targets are filled in by `finish`.
  private(set) var values: [Double]

  init(
    _ objective: CalibrationObjective, scenario: Scenario, plan: ResolvedScenario,
    replication: Int, seed: UInt64
  ) {
    self.objective = objective
    self.scenario = scenario
    self.plan = plan
    self.replication = replication
    self.seed = seed
    targetSeries = TargetSeries(scenario)
    var reads = Array(
      repeating: [(component: Int, column: Int, merchant: Int?)](),
      count: scenario.calendar.days)
    var component = objective.targets.count
    for series in objective.observed.series {
      let column = DailyTable.columns.firstIndex { $0.name == series.metric } ?? 0
      let merchant = series.merchant.flatMap { id in
        scenario.merchants.firstIndex { $0.id == id }
      }
      for day in series.days {
        if day < reads.count { reads[day].append((component, column, merchant)) }
        component += 1
      }
    }
    self.reads = reads
    values = Array(repeating: .nan, count: objective.componentCount)
  }

  /// Adds `day` (in order) with every merchant's record.
  mutating func add(day: Int, records: [DayRecord]) {
    targetSeries.add(
      day: day, records: records, replication: replication, seed: seed, plan: plan)
    guard day < reads.count, !reads[day].isEmpty else { return }
    let date = scenario.calendar.startDate.adding(days: day)
    for read in reads[day] {
      guard let value = DailyTable.columns[read.column].value else { continue }
      var total: Double? = nil
      for (index, merchant) in scenario.merchants.enumerated()
      where read.merchant == nil || read.merchant == index {
        let row = DailyTable.Row(
          replication: replication, seed: seed, merchant: merchant.id, policy: merchant.policy,
          date: date, record: records[index])
        if let number = value(row) { total = (total ?? 0) + number }
      }
      values[read.component] = total ?? .nan
    }
  }

  /// The components, the targets' statistics included (`nan` where undefined).
  mutating func finish() -> [Double] {
    for (index, statistic) in targetSeries.statistics().enumerated() {
      values[index] = statistic.value ?? .nan
    }
    return values
  }
}
