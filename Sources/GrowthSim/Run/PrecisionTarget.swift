/// "Enough replications to know the mean within REL": the stopping rule of adaptive
/// replications (`--precision REL[:METRIC]`).
///
/// Replications are added in index order — replication r always draws the same numbers, so
/// a run that stops at n replications equals a fixed run with n — until the 95 % half-width
/// of the metric's mean, t₀.₉₇₅,ₙ₋₁ · s / √n, is at most REL × |mean|, or `cap` is reached.
public struct PrecisionTarget: Sendable, Equatable {
  /// The relative half-width asked for (0.01 for 1 %).
  public var relative: Double
  /// The metric whose mean it is.
  public var metric: SweepMetric
  /// The fewest replications judged (the rule needs two; a few more guard against a small
  /// sample that looks tight by chance).
  public var minimum: Int
  /// The most replications run, met or not.
  public var cap: Int

  /// The smallest count ever used: below three the sample variance is too loose to trust.
  public static let defaultMinimum = 3
  /// The most replications adaptive runs add by default.
  public static let defaultCap = 1000

  /// Creates a target.
  public init(
    relative: Double, metric: SweepMetric = .profit, minimum: Int = defaultMinimum,
    cap: Int = defaultCap
  ) {
    self.relative = relative
    self.metric = metric
    self.minimum = max(2, minimum)
    self.cap = max(self.minimum, cap)
  }

  /// The 95 % half-width of the mean of `values`, or `nil` for fewer than two.
  public static func halfWidth(_ values: [Double]) -> Double? {
    guard let error = Statistics.standardError(values) else { return nil }
    return Statistics.studentT975(degreesOfFreedom: values.count - 1) * error
  }

  /// Whether `values` (one per replication, in order) meet the target.
  public func isMet(by values: [Double]) -> Bool {
    guard values.count >= minimum, let mean = Statistics.mean(values),
      let half = Self.halfWidth(values)
    else { return false }
    return half <= relative * abs(mean)
  }

  /// The replications to run: the first count from `minimum` to `cap` whose prefix of
  /// `values` meets the target, `cap` when none does, or `nil` when `values` ends before
  /// either is decided (more replications are needed).
  public func count(for values: [Double]) -> Int? {
    guard values.count >= minimum else { return nil }
    for count in minimum...min(values.count, cap) where isMet(by: Array(values.prefix(count))) {
      return count
    }
    return values.count >= cap ? cap : nil
  }
}

extension Statistics {
  /// The 97.5 % quantile of Student's t with `degreesOfFreedom` (≥ 1), for two-sided 95 %
  /// intervals: tabulated to 30, then interpolated in 1/df towards the normal's 1.960 (error
  /// below 0.002).
  static func studentT975(degreesOfFreedom df: Int) -> Double {
    let table = [
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042,
    ]
    precondition(df >= 1, "degrees of freedom must be at least 1, got \(df)")
    if df <= table.count { return table[df - 1] }
    return 1.960 + (2.042 - 1.960) * 30 / Double(df)
  }
}

/// Runs a scenario's replications in order until a `PrecisionTarget` is met.
public enum AdaptiveReplications {
  /// The number of replications `scenario` needs to meet `target`: replications are run
  /// `jobs` at a time, in index order with the scenario's seeds, and judged one by one, so
  /// the count is the same at any `jobs`.
  ///
  /// - Throws: a merchant-day beyond `ticketLimit`.
  public static func count(
    _ scenario: Scenario, target: PrecisionTarget, jobs: Int, ticketLimit: Int? = nil
  ) throws(DayWorkExcess) -> Int {
    var judge = PrecisionTarget.Judge(target)
    while true {
      let start = judge.runs
      let batch = max(1, min(jobs, target.cap - start))
      let outcomes = parallelMap(count: batch, jobs: jobs) {
        offset -> Result<PolicyOutcome, DayWorkExcess> in
        do throws(DayWorkExcess) {
          return .success(
            try PolicyOutcome.simulate(
              scenario, seed: StreamSeed.replication(start + offset, of: scenario.experiment.seed),
              ticketLimit: ticketLimit))
        } catch {
          return .failure(error)
        }
      }
      for outcome in outcomes {
        switch outcome {
        case .failure(let excess): throw excess
        case .success(let outcome):
          if let count = judge.add(target.metric.value(outcome.summaries)) { return count }
        }
      }
    }
  }
}

extension PrecisionTarget {
  /// The stopping rule applied one replication at a time, in index order.
  public struct Judge: Sendable {
    /// The target judged.
    public let target: PrecisionTarget
    /// The metric's values so far.
    private var values: [Double] = []
    /// Replications judged so far, with or without a value.
    public private(set) var runs = 0
    /// The count the rule stopped at, once it has.
    public private(set) var count: Int?

    /// A judge that has seen nothing.
    public init(_ target: PrecisionTarget) {
      self.target = target
    }

    /// Judges the next replication's value; returns the count once the rule has stopped.
    ///
    /// A replication without the metric (paid ROI without spend) counts, but adds no value;
    /// after the stop, further values change nothing.
    @discardableResult
    public mutating func add(_ value: Double?) -> Int? {
      guard count == nil else { return count }
      runs += 1
      if let value { values.append(value) }
      if target.isMet(by: values) || runs >= target.cap { count = runs }
      return count
    }
  }
}
