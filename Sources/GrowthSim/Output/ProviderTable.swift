/// `providers.csv`: one row per replication × provider × day — what each service provider's
/// merchants sold and its share of all merchants' GMV (MODEL.md §3.9; the seeds' 7 % → 20 %
/// of an industrial belt), and the agency's own books: fees by kind, costs, margin, load.
public enum ProviderTable {
  /// What a provider row is written from.
  public struct Row: Sendable {
    /// The replication index and its seed.
    public var replication: Int
    public var seed: UInt64
    /// The provider.
    public var provider: String
    /// The day of the run and its date.
    public var day: Int
    public var date: CivilDate
    /// Merchants under contract that day.
    public var merchants: Int
    /// Their GMV, the GMV of every merchant in the scenario, and the fees they paid.
    public var gmv: Double
    public var totalGMV: Double
    public var fees: Double
    /// The fees by kind (their sum is `fees`).
    public var fixedFee = 0.0
    public var commission = 0.0
    public var adFee = 0.0
    /// The agency's books (`AgencyBooks`): staff, their cost and other costs on days with a
    /// merchant under contract, the capacity in merchants and the share of a full lift each
    /// merchant gets.
    public var staff = 0
    public var staffCost = 0.0
    public var otherCost = 0.0
    public var capacity = 0.0
    public var staffShare = 1.0
    /// What the agency keeps: fees less staff and other costs.
    public var margin: Double { fees - staffCost - otherCost }
  }

  /// The columns, in file order.
  public static let columns: [Column<Row>] = [
    Column("replication", "Replication index, 0-based.") { $0.integer($1.replication) },
    Column("seed", "The replication's seed.") { $0.unsigned($1.seed) },
    Column("provider", "Provider id.") { $0.text($1.provider) },
    Column("day", "Day of the run, 0-based.") { $0.integer($1.day) },
    Column("date", "Calendar date, ISO 8601.") { $0.text($1.date.description) },
    .whole("merchants", "Merchants under contract that day.") { $0.merchants },
    .money("gmv_cny", "GMV of the merchants under contract.") { $0.gmv },
    .money("total_gmv_cny", "GMV of every merchant in the scenario.") { $0.totalGMV },
    .ratio("gmv_share", "gmv_cny / total_gmv_cny; empty when nobody sold.") {
      $0.totalGMV > 0 ? $0.gmv / $0.totalGMV : nil
    },
    .money("fees_cny", "Fees the merchants paid the provider.") { $0.fees },
    .money("fixed_fee_cny", "Fixed (monthly) fees, 12/365 of a month's a day.") { $0.fixedFee },
    .money("commission_cny", "Commission on net GMV, flat or tiered.") { $0.commission },
    .money("ad_fee_cny", "Fees on managed ad spend, flat or tiered.") { $0.adFee },
    .whole("staff", "Staff serving the merchants.") { $0.staff },
    .money("staff_cost_cny", "staff × staffCostPerDay; 0 with no merchant under contract.") {
      $0.staffCost
    },
    .money("other_cost_cny", "otherCostPerDay; 0 with no merchant under contract.") {
      $0.otherCost
    },
    .money("margin_cny", "fees_cny − staff_cost_cny − other_cost_cny.") { $0.margin },
    .ratio("utilisation", "merchants / (staff × merchantsPerStaff); above 1 dilutes the lift.") {
      $0.capacity > 0 ? Double($0.merchants) / $0.capacity : nil
    },
    .ratio("staff_share", "Share of a full lift each merchant gets: min(1, 1 / utilisation).") {
      $0.staffShare
    },
  ]

  /// The rows of a run: replication by replication, provider by provider, day by day.
  public static func rows(of result: RunResult) -> [Row] {
    let plan = ResolvedScenario(result.scenario)
    var rows: [Row] = []
    var today: [DayRecord] = []
    for (replication, merchants) in result.days.enumerated() {
      for day in 0..<result.scenario.calendar.days {
        today = merchants.map { $0[day] }
        rows += self.rows(
          replication: replication, seed: result.seeds[replication], day: day, records: today,
          plan: plan)
      }
    }
    return rows
  }

  /// The rows of one day of a replication, provider by provider, from every merchant's
  /// record of the day (in scenario order).
  static func rows(
    replication: Int, seed: UInt64, day: Int, records: [DayRecord], plan: ResolvedScenario
  ) -> [Row] {
    let scenario = plan.scenario
    let total = records.reduce(0) { $0 + $1.gmv }
    return scenario.providers.enumerated().map { providerIndex, provider in
      var row = Row(
        replication: replication, seed: seed, provider: provider.id, day: day,
        date: scenario.calendar.startDate.adding(days: day), merchants: 0, gmv: 0,
        totalGMV: total, fees: 0)
      for (index, record) in records.enumerated()
      where plan.providerIndex[index] == providerIndex && day >= plan.contractStartDay[index] {
        row.merchants += 1
        row.gmv += record.gmv
        row.fees += record.providerFees
        row.fixedFee += record.providerFixedFee
        row.commission += record.providerCommission
        row.adFee += record.providerAdFee
      }
      row.staff = provider.staff(on: day, start: scenario.calendar.startDate)
      row.capacity = provider.capacity(staff: row.staff)
      row.staffShare = provider.staffShare(
        staff: row.staff, serving: plan.merchantsServed[providerIndex])
      if row.merchants > 0 {
        row.staffCost = Double(row.staff) * provider.staffCostPerDay
        row.otherCost = provider.otherCostPerDay
      }
      return row
    }
  }

  /// The file's bytes.
  public static func csv(of result: RunResult) -> [UInt8] {
    columns.csv(rows: rows(of: result))
  }
}
