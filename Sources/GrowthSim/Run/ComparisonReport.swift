/// The statistics of a policy comparison: per day and metric, across replications, with the
/// paired difference to the first policy; horizon totals; crossover days (MODEL.md §4).
public struct ComparisonReport: Sendable {
  /// A metric summed over the merchants of a replication on a day, or a ratio of two sums.
  public struct Metric: Sendable {
    /// The column name in `compare_daily.csv`.
    public let name: String
    let value: @Sendable (DayRecord) -> Double
    let denominator: (@Sendable (DayRecord) -> Double)?

    init(name: String, _ value: @escaping @Sendable (DayRecord) -> Double) {
      self.name = name
      self.value = value
      denominator = nil
    }

    init(
      ratio name: String, _ value: @escaping @Sendable (DayRecord) -> Double,
      over denominator: @escaping @Sendable (DayRecord) -> Double
    ) {
      self.name = name
      self.value = value
      self.denominator = denominator
    }
  }

  /// The metrics `compare_daily.csv` reports.
  public static let metrics: [Metric] = [
    Metric(name: "gmv_cny") { $0.gmv },
    Metric(name: "net_gmv_cny") { $0.netGMV },
    Metric(name: "profit_cny") { $0.profit },
    Metric(name: "cumulative_profit_cny") { $0.cumulativeProfit },
    Metric(name: "cumulative_profit_settled_cny") { $0.cumulativeProfitSettled },
    Metric(name: "cumulative_profit_after_clearance_cny") { $0.cumulativeProfitAfterClearance },
    Metric(name: "followers") { $0.followers },
    Metric(name: "feed_visits") { $0.feedVisits },
    Metric(name: "follower_visits") { $0.followerVisits },
    Metric(name: "paid_visits") { $0.paidVisits },
    Metric(name: "shelf_visits") { $0.shelfVisits },
    Metric(name: "visits") { $0.visits },
    Metric(name: "ad_spend_cny") { $0.adSpend },
    Metric(name: "paid_gmv_cny") { $0.paidGMV },
    Metric(ratio: "paid_roi", { $0.paidGMV }, over: { $0.adSpend }),
    Metric(name: "score_points") { $0.scorePoints },
    Metric(name: "lost_orders") { $0.lostOrders },
    Metric(name: "skus_out_of_stock") { Double($0.skusOutOfStock) },
  ]

  /// Mean, 5 %, 50 % and 95 % quantiles (Hyndman–Fan 7) of a sample.
  public struct Spread: Sendable, Equatable {
    public var mean: Double
    public var p05: Double
    public var p50: Double
    public var p95: Double

    /// The spread of the finite values; all NaN when there is none (a ratio without its
    /// denominator in every replication), written as empty cells.
    init(_ values: [Double]) {
      let finite = values.filter(\.isFinite)
      let q = Statistics.quantiles(finite, [0.05, 0.5, 0.95])
      mean = Statistics.mean(finite) ?? .nan
      p05 = q[0] ?? .nan
      p50 = q[1] ?? .nan
      p95 = q[2] ?? .nan
    }
  }

  /// One row of `compare_daily.csv`.
  public struct DailyRow: Sendable {
    public var day: Int
    public var date: CivilDate
    public var policy: String
    public var metric: String
    public var value: Spread
    /// The paired difference to the first policy (zero for the first itself).
    public var difference: Spread
  }

  /// One row of `compare_summary.csv`: a policy's horizon figures.
  public struct SummaryRow: Sendable {
    public var policy: String
    public var gmv: Spread
    public var profit: Spread
    public var adSpend: Spread
    public var followersEnd: Spread
    /// Running profit difference to the first policy at the horizon (each refund charged on
    /// the day it is made), and the 90 % confidence interval of its mean.
    public var profitDifference: Spread
    public var profitDifferenceCI90: (low: Double, high: Double)?
    /// The same on the settled profit, the verdict's basis (the refunds due at the horizon
    /// booked, a refund provision; `cumulative_profit_settled_cny`).
    public var settledProfit: Spread
    public var settledDifference: Spread
    public var settledDifferenceCI90: (low: Double, high: Double)?
    /// The same after clearance: were everything cleared at the horizon, the stock on hand and
    /// on order and the returns still due (not resold) sold off at `clearanceRecovery`
    /// (`cumulative_profit_after_clearance_cny`): what the horizon is worth when it ends a
    /// season or a contract.
    public var afterClearanceProfit: Spread
    public var afterClearanceDifference: Spread
    public var afterClearanceDifferenceCI90: (low: Double, high: Double)?
    /// The crossover day against the first policy, on the settled cumulative profit, among the
    /// replications that have one, and the share of replications that have one.
    public var crossover: Spread?
    public var crossoverShare: Double
    /// The share of replications in which this policy's settled profit is the highest.
    public var probabilityAhead: Double
  }

  public let policies: [String]
  public let replications: Int
  public let daily: [DailyRow]
  public let summary: [SummaryRow]

  /// Computes the report of a comparison.
  public init(_ comparison: PolicyComparison) {
    policies = comparison.policies
    let scenario = comparison.scenario
    replications = comparison.totals[0].days.count
    let days = scenario.calendar.days
    // totals[policy][replication][day] of a column of `PolicyTotals`: summed over merchants.
    func totals(_ column: Int) -> [[[Double]]] {
      comparison.totals.map { policy in policy.days.map { $0.map { $0[column] } } }
    }
    func totals(_ metric: String) -> [[[Double]]] {
      totals(Self.metrics.firstIndex { $0.name == metric } ?? -1)
    }
    var rows: [DailyRow] = []
    var denominators = Self.metrics.count
    for (column, metric) in Self.metrics.enumerated() {
      var series = totals(column)
      if metric.denominator != nil {
        // A ratio of sums; 0 where the denominator is (no spend, no ROI).
        let below = totals(denominators)
        denominators += 1
        series = zip(series, below).map { policy in
          zip(policy.0, policy.1).map { replication in
            zip(replication.0, replication.1).map { $1 > 0 ? $0 / $1 : .nan }
          }
        }
      }
      for day in 0..<days {
        for (policy, id) in policies.enumerated() {
          let values = series[policy].map { $0[day] }
          let differences = zip(values, series[0].map { $0[day] }).map { $0 - $1 }
          rows.append(
            DailyRow(
              day: day, date: scenario.calendar.startDate.adding(days: day), policy: id,
              metric: metric.name, value: Spread(values), difference: Spread(differences)))
        }
      }
    }
    daily = rows
    // Each replication's last-day value of a cumulative profit, per policy.
    func final(_ metric: String) -> [[Double]] { totals(metric).map { $0.map { $0[days - 1] } } }
    let finalProfit = final("cumulative_profit_cny")
    // The verdict (crossover, who is ahead) is on the settled profit: a lead made of refunds
    // not yet charged is not a lead (docs/compare.md, "What ahead means").
    let settled = totals("cumulative_profit_settled_cny")
    let finalSettled = final("cumulative_profit_settled_cny")
    let finalCleared = final("cumulative_profit_after_clearance_cny")
    summary = policies.enumerated().map { policy, id in
      let sum = { (metric: String) in totals(metric)[policy].map { $0.reduce(0, +) } }
      // This policy's paired differences to the first, replication by replication.
      let gap = { (finals: [[Double]]) in zip(finals[policy], finals[0]).map { $0 - $1 } }
      let ci = { (finals: [[Double]]) in
        policy == 0 ? nil : Statistics.confidenceInterval90(gap(finals))
      }
      let crossings = (0..<settled[policy].count).compactMap { replication in
        Crossover.day(zip(settled[policy][replication], settled[0][replication]).map { $0 - $1 })
      }
      // Strictly ahead of every other policy: a tie counts for none.
      let ahead = (0..<finalSettled[policy].count).filter { replication in
        let mine = finalSettled[policy][replication]
        return finalSettled.indices.allSatisfy {
          $0 == policy || finalSettled[$0][replication] < mine
        }
      }
      let lastFollowers = totals("followers")[policy].map { $0[days - 1] }
      return SummaryRow(
        policy: id, gmv: Spread(sum("gmv_cny")), profit: Spread(finalProfit[policy]),
        adSpend: Spread(sum("ad_spend_cny")), followersEnd: Spread(lastFollowers),
        profitDifference: Spread(gap(finalProfit)), profitDifferenceCI90: ci(finalProfit),
        settledProfit: Spread(finalSettled[policy]), settledDifference: Spread(gap(finalSettled)),
        settledDifferenceCI90: ci(finalSettled), afterClearanceProfit: Spread(finalCleared[policy]),
        afterClearanceDifference: Spread(gap(finalCleared)),
        afterClearanceDifferenceCI90: ci(finalCleared),
        crossover: policy == 0 || crossings.isEmpty ? nil : Spread(crossings.map(Double.init)),
        crossoverShare: policy == 0
          ? 0 : Double(crossings.count) / Double(finalProfit[policy].count),
        probabilityAhead: Double(ahead.count) / Double(finalProfit[policy].count))
    }
  }
}
