import Foundation

/// `posterior.csv`, `calibration.csv` and `fit.csv` (docs/calibration.md).
public enum CalibrationTables {
  /// One row of `posterior.csv`: a particle of the last population.
  public struct PosteriorRow: Sendable {
    public var index: Int
    public var particle: CalibrationResult.Particle
  }

  /// `posterior.csv`'s columns: the particle, its weight and distance, then one column per
  /// free parameter, named by its pointer.
  public static func posteriorColumns(_ parameters: [FreeParameter]) -> [Column<PosteriorRow>] {
    var columns: [Column<PosteriorRow>] = [
      Column("particle", "Particle index, 0-based.") { $0.integer($1.index) },
      Column("weight", "Importance weight; the weights sum to 1.") {
        $0.number($1.particle.weight, places: 9)
      },
      Column("distance", "Distance of the particle's simulation to the data.") {
        $0.number($1.particle.distance, places: 6)
      },
    ]
    for (index, parameter) in parameters.enumerated() {
      columns.append(
        Column(parameter.label, "The parameter's value.") {
          $0.number($1.particle.values[index], places: 9)
        })
    }
    return columns
  }

  /// `calibration.csv`: one row per complete round.
  public static let roundColumns: [Column<CalibrationResult.Round>] = [
    Column("round", "Round, 0 for the draws from the prior.") { $0.integer($1.index) },
    Column("tolerance", "Largest distance accepted; empty in round 0 (all accepted).") {
      $0.number($1.tolerance.isFinite ? $1.tolerance : nil, places: 6)
    },
    Column("simulated", "Parameter sets simulated in the round.") { $0.integer($1.simulated) },
    .ratio("acceptance_rate", "Accepted ÷ proposals up to the population's last particle.") {
      $0.acceptanceRate
    },
    Column("ess", "Effective sample size of the weights, (Σw)² ÷ Σw².") {
      $0.number($1.effectiveSampleSize, places: 2)
    },
    Column("distance_min", "Smallest distance in the population.") {
      $0.number($1.distanceMinimum, places: 6)
    },
    Column("distance_median", "Median distance in the population.") {
      $0.number($1.distanceMedian, places: 6)
    },
  ]

  /// One row of `fit.csv`: a target or one observed value, with the posterior predictive.
  public struct FitRow: Sendable {
    public var kind: String
    public var name: String
    public var merchant: String
    public var date: String
    public var observed: Double
    public var p05: Double
    public var median: Double
    public var p95: Double
    public var error: Double
    /// The scenario's name in a joint calibration (`jointFitColumns`).
    public var scenario = ""
  }

  /// `fit.csv`'s columns.
  public static let fitColumns: [Column<FitRow>] = [
    Column("kind", "target or observed.") { $0.text($1.kind) },
    Column("name", "The target's id, or the observed metric (a daily.csv column).") {
      $0.text($1.name)
    },
    Column("merchant", "The observed merchant; empty for a sum over merchants or a target.") {
      $0.text($1.merchant)
    },
    Column("date", "The observed day; empty for a target.") { $0.text($1.date) },
    Column("observed", "The target's value or the observed value.") {
      $0.number($1.observed, places: 4)
    },
    Column(
      "simulated_p05",
      "5 % quantile of the posterior predictive (every particle's replications, weighted)."
    ) {
      $0.number($1.p05, places: 4)
    },
    Column("simulated_median", "Median of the posterior predictive.") {
      $0.number($1.median, places: 4)
    },
    Column("simulated_p95", "95 % quantile of the posterior predictive.") {
      $0.number($1.p95, places: 4)
    },
    .ratio(
      "error",
      "The median's error as the distance counts it: relative for a target, the difference "
        + "of signed logarithms for an observed value."
    ) { $0.error },
  ]

  /// `fit.csv`'s columns in a joint calibration: `fitColumns` and the scenario.
  public static let jointFitColumns: [Column<FitRow>] =
    fitColumns + [
      Column("scenario", "The scenario (its name) the target or observed value belongs to.") {
        $0.text($1.scenario)
      }
    ]

  /// The rows of `fit.csv`: the targets, then the observed values series by series (in a
  /// joint calibration, scenario by scenario).
  public static func fitRows(_ result: CalibrationResult) -> [FitRow] {
    let plans = result.plan.members.isEmpty ? [result.plan] : result.plan.members
    var rows: [FitRow] = []
    var offset = 0
    for plan in plans {
      let scenario = result.plan.members.isEmpty ? "" : plan.scenario.name
      rows += fitRows(result, plan: plan, offset: offset).map {
        var row = $0
        row.scenario = scenario
        return row
      }
      offset += plan.objective.componentCount
    }
    return rows
  }

  /// The rows of one scenario's `plan`, whose components start at `offset` in the result's.
  static func fitRows(_ result: CalibrationResult, plan: CalibrationPlan, offset: Int) -> [FitRow] {
    let objective = plan.objective
    let start = plan.scenario.calendar.startDate
    let expected = objective.expected
    var rows: [FitRow] = []
    func row(_ component: Int, kind: String, name: String, merchant: String, date: String) {
      let median = result.predictive(component: offset + component, 0.5)
      let error =
        kind == "target"
        ? CalibrationObjective.relativeError(median, expected[component])
        : CalibrationObjective.logError(median, expected[component])
      rows.append(
        FitRow(
          kind: kind, name: name, merchant: merchant, date: date,
          observed: expected[component],
          p05: result.predictive(component: offset + component, 0.05),
          median: median, p95: result.predictive(component: offset + component, 0.95),
          error: error))
    }
    for (index, target) in objective.targets.enumerated() {
      row(index, kind: "target", name: target.id, merchant: "", date: "")
    }
    var component = objective.targets.count
    for series in objective.observed.series {
      for day in series.days {
        row(
          component, kind: "observed", name: series.metric, merchant: series.merchant ?? "",
          date: start.adding(days: day).description)
        component += 1
      }
    }
    return rows
  }
}
