/// A map of who wins (issue 15 item 3): two policies compared over feedback strength (the
/// follow rate × the repeat-buying strength of the first category) and the horizon.
///
/// The design is a sweep: a grid over `/categories/0/followRate` and
/// `/categories/0/repeatVisitsPerOrderDay` comparing the two policies with common random
/// numbers, every point sharing the sweep seed (`SweepPlan`). Each point runs once for the
/// longest horizon and is read at every shorter one: day d of a run does not depend on how many
/// days follow it (the model looks at the horizon only after its last day closes), so the first
/// H days of a 365-day run are the H-day run (`CompareMapTests` checks it).
public struct CompareMap: Sendable {
  /// What the map varies.
  public struct Design: Sendable, Equatable {
    /// Follow rates (share of feed and paid visitors who follow).
    public var followRates: [Double]
    /// Repeat visits per feed-won buyer per day after an order (`repeatVisitsPerOrderDay`).
    public var repeatStrengths: [Double]
    /// Horizons in days, ascending; the longest is the length of every run.
    public var horizons: [Int]

    /// Creates a design.
    public init(followRates: [Double], repeatStrengths: [Double], horizons: [Int]) {
      self.followRates = followRates
      self.repeatStrengths = repeatStrengths
      self.horizons = horizons
    }

    /// The documented default (docs/compare.md, "A map of who wins"): follow rates across the
    /// sourced 1–10 % (PARAMETERS.md follow_rate: 1–10 %, ≥ 3 % pass, ≥ 8 % excellent), repeat
    /// strengths giving about 5 %, 25 % and 40 % repeat orders per first-time buyer within 90
    /// days (§6.7 repeat_90d: durables 5–15 %, apparel ≈ 26 %, consumables 25–40 %), and
    /// horizons from two weeks to a year.
    public static let standard = Design(
      followRates: [0.01, 0.02, 0.03, 0.05, 0.08, 0.10],
      repeatStrengths: [0.01, 0.05, 0.08],
      horizons: [14, 30, 60, 90, 180, 365])

    /// The number of follow-rate × repeat-strength points.
    public var pointCount: Int { followRates.count * repeatStrengths.count }
  }

  /// One cell: a point read at one horizon.
  public struct Cell: Sendable, Equatable {
    /// The two policies: the lead is the first's over the second.
    public var policies: [String]
    public var followRate: Double
    public var repeatStrength: Double
    public var horizon: Int
    /// The first policy's settled horizon profit minus the second's, paired by replication
    /// (yuan; the refunds due at the horizon booked, as `compare` judges).
    public var lead: MetricStatistics
    /// The 90 % confidence interval of the mean lead; `nil` with one replication.
    public var leadCI90: (low: Double, high: Double)?
    /// Share of replications in which the first policy ends the horizon ahead (ties: neither).
    public var probabilityAhead: Double
    /// The first policy's crossover day within the horizon (`Crossover.day`), among the
    /// replications that have one.
    public var crossoverDay: MetricStatistics
    /// The policy whose lead the interval shows, or `nil` when it straddles zero (a mean-field
    /// map, with no interval, decides by the sign of the lead; zero is `nil`).
    public var winner: String?

    public static func == (a: Cell, b: Cell) -> Bool {
      a.policies == b.policies && a.followRate == b.followRate
        && a.repeatStrength == b.repeatStrength
        && a.horizon == b.horizon && a.lead == b.lead && a.leadCI90?.low == b.leadCI90?.low
        && a.leadCI90?.high == b.leadCI90?.high && a.probabilityAhead == b.probabilityAhead
        && a.crossoverDay == b.crossoverDay && a.winner == b.winner
    }
  }

  /// Why a map has no result.
  public enum Failure: Error, Sendable, Equatable {
    /// The scenario, a point or a policy id does not load (nothing was run).
    case sweep(SweepError)
    /// A merchant-day expected more customer-service tickets than the limit.
    case dayWork(DayWorkExcess)
  }

  /// The two policies, the first being the one whose lead the map shows.
  public let policies: [String]
  /// Replications per point.
  public let replications: Int
  /// Cells in follow-rate, then repeat-strength, then horizon order.
  public let cells: [Cell]

  /// Maps `policies` (the first two) over `design` on the scenario `document` (after `--set`).
  ///
  /// Seed and replications are the scenario's `/experiment` ones (pass `seed`, `replications`
  /// to override); a mean-field scenario runs one replication, as all would be the same.
  /// Work is spread over (point, replication) pairs on `jobs` threads and gathered in order,
  /// so the cells do not depend on `jobs`.
  public static func run(
    _ document: JSONValue, policies: [String], design: Design = .standard,
    seed: UInt64? = nil, replications: Int? = nil, meanField: Bool = false, jobs: Int,
    ticketLimit: Int? = nil, population: PopulationLimit = .format
  ) throws(Failure) -> CompareMap {
    precondition(policies.count >= 2, "a map compares two policies, got \(policies)")
    precondition(!design.horizons.isEmpty && design.pointCount > 0, "an empty map design")
    let pair = Array(policies.prefix(2))
    let days = design.horizons.max() ?? 1
    var base = document
    do throws(ScenarioError) {
      var settings = [override(["calendar", "days"], number(Double(days)))]
      if meanField { settings.append(override(["experiment", "meanField"], .bool(true))) }
      try ScenarioOverride.apply(settings, to: &base)
    } catch {
      throw .sweep(.scenario(error))
    }
    let category = JSONPointer.root.appending("categories").appending(0)
    let spec = SweepSpec(
      design: .grid, replications: meanField ? 1 : replications, seed: seed,
      parameters: [
        SweepParameter(
          pointer: category.appending("followRate"),
          domain: .values(design.followRates.map(number))),
        SweepParameter(
          pointer: category.appending("repeatVisitsPerOrderDay"),
          domain: .values(design.repeatStrengths.map(number))),
      ], policies: pair)
    let plan: SweepPlan
    do throws(SweepError) {
      plan = try SweepPlan(scenario: base, spec: spec, population: population)
      try plan.validateAllPoints(jobs: jobs)
    } catch {
      throw .sweep(error)
    }
    let runs = plan.pointCount * plan.replications
    let outcomes = parallelMap(count: runs, jobs: jobs) {
      index -> Result<[PolicyOutcome], DayWorkExcess> in
      Result { () throws(DayWorkExcess) in
        try plan.policyOutcomes(
          point: index / plan.replications, replication: index % plan.replications,
          ticketLimit: ticketLimit)
      }
    }
    var cells: [Cell] = []
    for point in 0..<plan.pointCount {
      var leads: [[Double]] = []
      for replication in 0..<plan.replications {
        switch outcomes[point * plan.replications + replication] {
        case .success(let pair):
          leads.append(zip(pair[0].settledProfit, pair[1].settledProfit).map { $0 - $1 })
        case .failure(let excess): throw .dayWork(excess)
        }
      }
      // The grid's last parameter varies fastest (`SweepDesign.coordinates`).
      let followRate = design.followRates[point / design.repeatStrengths.count]
      let repeatStrength = design.repeatStrengths[point % design.repeatStrengths.count]
      for horizon in design.horizons {
        cells.append(
          cell(
            leads.map { Array($0.prefix(horizon)) }, policies: pair, followRate: followRate,
            repeatStrength: repeatStrength, horizon: horizon))
      }
    }
    return CompareMap(policies: pair, replications: plan.replications, cells: cells)
  }

  /// A cell from each replication's daily lead up to the horizon.
  static func cell(
    _ leads: [[Double]], policies: [String], followRate: Double, repeatStrength: Double,
    horizon: Int
  ) -> Cell {
    let finals = leads.map { $0.last ?? 0 }
    let crossings = leads.compactMap { Crossover.day($0).map(Double.init) }
    let lead = MetricStatistics(finals)
    let interval = Statistics.confidenceInterval90(finals)
    var winner: String? = nil
    if let interval {
      if interval.low > 0 {
        winner = policies[0]
      } else if interval.high < 0 {
        winner = policies[1]
      }
    } else if let mean = lead.mean, mean != 0 {
      winner = mean > 0 ? policies[0] : policies[1]
    }
    return Cell(
      policies: policies, followRate: followRate, repeatStrength: repeatStrength, horizon: horizon,
      lead: lead,
      leadCI90: interval,
      probabilityAhead: finals.isEmpty
        ? 0 : Double(finals.filter { $0 > 0 }.count) / Double(finals.count),
      crossoverDay: MetricStatistics(crossings), winner: winner)
  }

  private static func override(_ keys: [String], _ value: JSONValue) -> ScenarioOverride {
    ScenarioOverride(
      pointer: keys.reduce(JSONPointer.root) { $0.appending($1) }, value: value)
  }

  /// A number as a JSON literal (`0.03`, `365`).
  private static func number(_ value: Double) -> JSONValue {
    value == value.rounded() && abs(value) < 1e15
      ? ScenarioOverride.value(of: "\(Int(value))") : ScenarioOverride.value(of: "\(value)")
  }
}
