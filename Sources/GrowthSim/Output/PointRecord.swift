/// One point run on its own, as an external driver (EMA Workbench, OpenMOLE, an optimiser)
/// calls the model: the scenario's replications summarised into the statistics that
/// `sweep.csv` writes for a point, chosen by column name, as one CSV or JSON record.
///
/// The statistics are `PointSummary`'s, so a point run with a sweep row's values and its
/// `seed` gives that row's figures exactly.
public struct PointRecord: Sendable, Equatable {
  /// A column of the record: a metric and one of its statistics (`profit_cny_mean`).
  public struct Column: Sendable, Equatable {
    public let metric: SweepMetric
    /// An index into `SweepTable.statistics` (mean, se, p05, p50, p95).
    let statistic: Int

    /// `<metric>_<statistic>`, as in `sweep.csv`.
    public var name: String { metric.rawValue + "_" + SweepTable.statistics[statistic] }

    /// Every column, in `sweep.csv` order: the default record.
    public static let all: [Column] = SweepMetric.allCases.flatMap { metric in
      SweepTable.statistics.indices.map { Column(metric: metric, statistic: $0) }
    }

    /// The column called `name`, or `nil` when there is none.
    public init?(_ name: String) {
      guard let column = Self.all.first(where: { $0.name == name }) else { return nil }
      self = column
    }

    private init(metric: SweepMetric, statistic: Int) {
      self.metric = metric
      self.statistic = statistic
    }

    /// This column's value among a metric's statistics.
    func value(of statistics: MetricStatistics) -> Double? {
      [
        statistics.mean, statistics.standardError, statistics.p05, statistics.p50,
        statistics.p95,
      ][statistic]
    }
  }

  /// The columns, in the order asked for.
  public let columns: [Column]
  /// Their values; `nil` where no replication defines the metric (paid ROI without spend) or
  /// for the standard error of one replication.
  public let values: [Double?]

  /// Runs every replication of `scenario` on up to `jobs` threads and keeps `columns` of
  /// their statistics; nothing is written anywhere.
  ///
  /// Replication r runs with the seed `StreamSeed.replication(r, of: scenario seed)`, as in
  /// `growthsim run`.
  /// The scenario must be checked (`Scenario.decode`); its size is the caller's to limit.
  ///
  /// - Throws: the first replication's merchant-day expecting more customer-service tickets
  ///   than `ticketLimit` (the `tickets-per-merchant-day` limit; `nil` for none).
  public init(
    running scenario: Scenario, columns: [Column] = Column.all, jobs: Int,
    ticketLimit: Int? = nil
  ) throws(DayWorkExcess) {
    let seed = scenario.experiment.seed
    let results = parallelMap(count: scenario.experiment.replications, jobs: jobs) { index in
      Result { () throws(DayWorkExcess) in
        [
          try PolicyOutcome.simulate(
            scenario, seed: StreamSeed.replication(index, of: seed), ticketLimit: ticketLimit)
        ]
      }
    }
    let outcomes = try results.map { result throws(DayWorkExcess) in try result.get() }
    let summary = PointSummary(
      point: 0, seed: seed, settings: [], policies: [nil], replications: outcomes)
    let statistics = Dictionary(
      uniqueKeysWithValues: zip(SweepMetric.allCases, summary.policies[0].statistics))
    self.columns = columns
    values = columns.map { column in statistics[column.metric].flatMap(column.value(of:)) }
  }

  /// Each value as `sweep.csv` writes it (same decimals); empty when undefined.
  private var cells: [String] {
    zip(columns, values).map { column, value in
      var writer = CSVWriter()
      writer.number(value, places: column.metric.places)
      return String(decoding: writer.bytes, as: UTF8.self)
    }
  }

  /// Two lines: the column names, then the values.
  public var csv: String {
    columns.map(\.name).joined(separator: ",") + "\n" + cells.joined(separator: ",") + "\n"
  }

  /// One line: a JSON object from column name to number, `null` where the CSV cell is empty.
  public var json: String {
    let members = zip(columns, cells).map { column, cell in
      "\"\(column.name)\": \(cell.isEmpty ? "null" : cell)"
    }
    return "{" + members.joined(separator: ", ") + "}\n"
  }
}
