/// `sku_daily.csv`: one row per replication × merchant × SKU × day.
///
/// Each row holds the price paid, sales, lost orders, stock and its holding cost (`SKUDay`).
/// Rows run replication by replication,
/// merchant by merchant, day by day, SKU by SKU in scenario order.
public enum SKUDailyTable {
  /// What a row is written from.
  public struct Row: Sendable {
    /// The replication index and its seed.
    public var replication: Int
    public var seed: UInt64
    /// The merchant, the SKU's id and the day's record (for the day and its campaign).
    public var merchant: String
    public var sku: String
    public var date: CivilDate
    public var record: DayRecord
    /// The SKU's day.
    public var day: SKUDay
  }

  /// The columns, in file order.
  public static let columns: [Column<Row>] = [
    Column("replication", "Replication index, 0-based.") { $0.integer($1.replication) },
    Column("seed", "The replication's seed.") { $0.unsigned($1.seed) },
    Column("merchant", "Merchant id.") { $0.text($1.merchant) },
    Column("sku", "SKU id.") { $0.text($1.sku) },
    Column("day", "Day of the run, 0-based.") { $0.integer($1.record.day) },
    Column("date", "Calendar date, ISO 8601.") { $0.date($1.date) },
    Column("campaign", "Campaigns running that day, joined by '+'; empty for none.") {
      $0.text($1.record.campaign)
    },
    .money("price_paid_cny", "List price less the day's discount.", additive: false) {
      $0.day.pricePaid
    },
    .count("units", "Units sold.") { $0.day.units },
    .count(
      "lost_orders",
      "Orders lost to empty stock; those that moved to another SKU count where finally lost."
    ) { $0.day.lostOrders },
    .count("stock_on_hand_units", "Units on hand at the end of the day.") {
      $0.day.stockOnHand
    },
    .count("stock_on_order_units", "Units ordered from suppliers, not yet arrived.") {
      $0.day.stockOnOrder
    },
    .count("restock_arrived_units", "Units that arrived from suppliers today.") {
      $0.day.restockArrived
    },
    .money("holding_cost_cny", "Holding cost of the closing stock.") { $0.day.holdingCost },
    .whole("out_of_stock", "1 when the SKU ended the day with no stock, else 0.") {
      $0.day.stockOnHand <= 0 ? 1 : 0
    },
  ]

  /// Whether `scenario`'s run writes the file: as `/output/skuDaily` says, or when absent,
  /// when the scenario has at most `defaultMaxSKUs` SKUs over all its merchants.
  static func isWritten(for scenario: Scenario) -> Bool {
    scenario.output.writesSKUDaily
      ?? (scenario.merchants.reduce(0) { $0 + $1.skus.count } <= defaultMaxSKUs)
  }

  /// The most SKUs a scenario may have for the file to be written without asking: one
  /// merchant's 50, as issue #13 asks, and never a belt's thousands (1,300 merchants × 2 SKUs
  /// × 365 days is a million rows).
  public static let defaultMaxSKUs = 50

  /// The rows of a run, in file order.
  public static func rows(of result: RunResult) -> [Row] {
    let scenario = result.scenario
    var rows: [Row] = []
    for (replication, merchants) in result.days.enumerated() {
      for (index, days) in merchants.enumerated() {
        let merchant = scenario.merchants[index]
        for record in days {
          let date = scenario.calendar.startDate.adding(days: record.day)
          for (sku, day) in zip(merchant.skus, record.skus) {
            rows.append(
              Row(
                replication: replication, seed: result.seeds[replication], merchant: merchant.id,
                sku: sku.id, date: date, record: record, day: day))
          }
        }
      }
    }
    return rows
  }

  /// The file's bytes.
  public static func csv(of result: RunResult) -> [UInt8] {
    columns.csv(rows: rows(of: result))
  }

  /// Appends the rows of one day of a replication, merchant by merchant (every SKU's), to
  /// `writer`, and where each merchant's rows end to `rowEnds` (`DailyEncoder.Rows`).
  static func write(
    day: Int, records: [DayRecord], replication: Int, seed: UInt64, scenario: Scenario,
    to writer: inout CSVWriter, rowEnds: inout [Int]
  ) {
    let date = scenario.calendar.startDate.adding(days: day)
    for (merchant, record) in zip(scenario.merchants, records) {
      for (sku, skuDay) in zip(merchant.skus, record.skus) {
        let row = Row(
          replication: replication, seed: seed, merchant: merchant.id, sku: sku.id, date: date,
          record: record, day: skuDay)
        for column in columns { column.write(&writer, row) }
        writer.endRow()
      }
      rowEnds.append(writer.bytes.count)
    }
  }
}
