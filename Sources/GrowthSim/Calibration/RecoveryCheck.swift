/// The check that a calibration recovers the truth.
///
/// Data simulated from known parameter values, with the model's own noise, are calibrated,
/// and each 90 % interval either holds the true value or not. The tests run a small version,
/// `growthsim bench --calibration` a larger one.
public struct RecoveryCheck: Sendable {
  /// The scenario document the data come from (the free parameters' values in it are the
  /// truth).
  public var base: JSONValue
  /// The free parameters.
  public var parameters: [FreeParameter]
  /// The `daily.csv` metrics observed (each summed over merchants).
  public var metrics: [String]
  /// Parameter sets simulated per calibration, and particles per population.
  public var budget: Int
  public var particles: Int

  /// Creates a check.
  public init(
    base: JSONValue, parameters: [FreeParameter], metrics: [String], budget: Int,
    particles: Int
  ) {
    self.base = base
    self.parameters = parameters
    self.metrics = metrics
    self.budget = budget
    self.particles = particles
  }

  /// One calibration of the check.
  public struct Case: Sendable {
    public var seed: UInt64
    public var days: Int
    /// The true values, and each parameter's 90 % interval.
    public var truth: [Double]
    public var intervals: [(low: Double, high: Double)]
    /// The rounds the sampler completed.
    public var rounds: Int

    /// Whether each interval holds the truth.
    public var covers: [Bool] {
      zip(truth, intervals).map { $1.low <= $0 && $0 <= $1.high }
    }
  }

  /// The truth: each parameter's value in the base document (`nan` where the document does
  /// not hold it: the check's documents write every free value out).
  public func truth() -> [Double] {
    parameters.map { parameter in
      if case .number(let number)? = base.value(at: parameter.pointer) { return number.value }
      return .nan
    }
  }

  /// Calibrates data of `days` days simulated with the data seed `seed`; `nil` if the
  /// documents do not load or the sampler produced no population.
  public func run(seed: UInt64, days: Int, jobs: Int) -> Case? {
    var document = base
    try? document.set(.integer(days), at: JSONPointer.root.appending("calendar").appending("days"))
    try? document.set(.array([]), at: JSONPointer.root.appending("targets"))
    guard let observed = Self.observe(document, seed: seed, metrics: metrics) else { return nil }
    let spec = CalibrationSpec(
      parameters: parameters, budget: budget, particles: particles, seed: seed)
    guard
      let plan = try? CalibrationPlan(scenario: document, spec: spec, observed: observed),
      let result = ABCSMC.run(plan, jobs: jobs)
    else { return nil }
    return Case(
      seed: seed, days: days, truth: truth(),
      intervals: parameters.indices.map {
        (result.quantile(parameter: $0, 0.05), result.quantile(parameter: $0, 0.95))
      }, rounds: result.rounds.count)
  }

  /// The data of `metrics` (each summed over merchants) that one replication of `document`
  /// gives with the data seed derived from `seed`: the observed series a check calibrates
  /// to; `nil` if the document does not load.
  public static func observe(
    _ document: JSONValue, seed: UInt64, metrics: [String]
  ) -> ObservedSeries? {
    guard var truthScenario = try? Scenario.decode(document) else { return nil }
    truthScenario.experiment.seed = StreamSeed.derive(seed, 0xDA7A)
    truthScenario.experiment.replications = 1
    let replication = Replication(truthScenario)
    let columns = metrics.compactMap { name in DailyTable.columns.first { $0.name == name } }
    var values = Array(repeating: [Double](), count: columns.count)
    replication.run(0) { day, rows in
      let date = truthScenario.calendar.startDate.adding(days: day)
      for (index, column) in columns.enumerated() {
        var total = 0.0
        for (merchant, row) in zip(truthScenario.merchants, rows) {
          let read = DailyTable.Row(
            replication: 0, seed: 0, merchant: merchant.id, policy: merchant.policy, date: date,
            record: row)
          total += column.value?(read) ?? 0
        }
        values[index].append(total)
      }
    }
    return ObservedSeries(
      series: zip(columns, values).map {
        ObservedSeries.Series(
          metric: $0.name, merchant: nil, days: Array(0..<truthScenario.calendar.days), values: $1)
      })
  }

  /// Each interval's width as a share of its prior's range, in the sampler's coordinates
  /// (so log-scale parameters compare by factor).
  public func relativeWidths(_ check: Case) -> [Double] {
    zip(parameters, check.intervals).map { parameter, interval in
      let range = parameter.coordinateRange
      return (parameter.coordinate(of: interval.high) - parameter.coordinate(of: interval.low))
        / (range.upperBound - range.lowerBound)
    }
  }

  /// Each parameter's relative width (`relativeWidths`) averaged over `cases`.
  ///
  /// It tells which numbers the data pin down and which they leave wide: a mean over every
  /// parameter hides a pair the data cannot separate (live impressions and entry rate enter
  /// visits as a product), whose intervals stay wide however many days are observed. Empty
  /// for no cases.
  public func meanWidths(of cases: [Case]) -> [Double] {
    guard !cases.isEmpty else { return [] }
    var sums = Array(repeating: 0.0, count: parameters.count)
    for check in cases {
      for (index, width) in relativeWidths(check).enumerated() { sums[index] += width }
    }
    return sums.map { $0 / Double(cases.count) }
  }
}
