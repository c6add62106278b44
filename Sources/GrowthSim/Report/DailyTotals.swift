/// A run's daily figures summed over its merchants, per replication and day: what the report's
/// charts and the figures at a day or window (`--at`, `--window`) are made of.
public struct DailyTotals: Sendable {
  /// The first day's date.
  public var start: CivilDate
  /// The metric names (`daily.csv` columns, and `merchants_out_of_stock`).
  public var metrics: [String]
  /// `values[replication][day][metric]`.
  public var values: [[[Double]]]
  /// The campaign windows found in `daily.csv` (festival days, hangovers left out).
  public var campaigns: [ReportContext.Window] = []

  /// The number of days.
  public var days: Int { values.first?.count ?? 0 }

  /// The `daily.csv` columns summed over merchants (`score_points` is averaged over them).
  static let runMetrics = [
    "gmv_cny", "net_gmv_cny", "profit_cny", "cumulative_profit_cny", "ad_spend_cny",
    "paid_gmv_cny", "orders", "lost_orders", "visits", "feed_visits", "follower_visits",
    "paid_visits", "video_visits", "interest_visits", "talent_visits", "shelf_visits",
    "word_of_mouth_visits", "repeat_visits", "followers", "stock_on_hand_units",
    "skus_out_of_stock", "score_points",
  ]

  /// The derived metric: merchants with a SKU out of stock that day.
  static let merchantsOutOfStock = "merchants_out_of_stock"

  /// Figures that are levels (read on a window's last day), not flows (summed over it).
  static let levels: Set<String> = [
    "cumulative_profit_cny", "followers", "stock_on_hand_units", "score_points",
  ]

  /// Creates totals from their parts.
  public init(start: CivilDate, metrics: [String], values: [[[Double]]]) {
    self.start = start
    self.metrics = metrics
    self.values = values
  }

  /// The index of a metric, or `nil`.
  func index(_ metric: String) -> Int? { metrics.firstIndex(of: metric) }

  /// A metric's values, `[replication][day]`.
  func series(_ metric: String) -> [[Double]]? {
    guard let column = index(metric) else { return nil }
    return values.map { $0.map { $0[column] } }
  }

  /// The totals in `daily.csv` at `path`, read a line at a time; `nil` without the file.
  public static func read(_ path: String) throws(ReportError) -> DailyTotals? {
    guard var file = try ReportCSV(path: path) else { return nil }
    let replicationColumn = try file.index(of: "replication")
    let dayColumn = try file.index(of: "day")
    let dateColumn = try file.index(of: "date")
    let present = runMetrics.filter { file.header.contains($0) }
    let columns = present.compactMap { file.header.firstIndex(of: $0) }
    let stockColumn = file.header.firstIndex(of: "skus_out_of_stock")
    let scoreAt = present.firstIndex(of: "score_points")
    let campaignColumn = file.header.firstIndex(of: "campaign")
    let phaseColumn = file.header.firstIndex(of: "campaign_phase")
    let width = present.count + 1
    var values: [[[Double]]] = []
    var merchants: [[Int]] = []
    var start: CivilDate? = nil
    var dayCampaigns: [String] = []
    while let row = try file.next() {
      guard let replication = Int(row[replicationColumn]), let day = Int(row[dayColumn]),
        replication >= 0, day >= 0, replication < 1_000_000, day < 100_000
      else {
        throw .format(path: path, line: file.line, reason: "replication or day is not a count")
      }
      while values.count <= replication {
        values.append([])
        merchants.append([])
      }
      while values[replication].count <= day {
        values[replication].append([Double](repeating: 0, count: width))
        merchants[replication].append(0)
      }
      merchants[replication][day] += 1
      for (slot, column) in columns.enumerated() {
        let value = row[column].number
        if value.isFinite { values[replication][day][slot] += value }
      }
      if let stockColumn, row[stockColumn].number > 0 { values[replication][day][width - 1] += 1 }
      if day == 0, start == nil { start = CivilDate(iso: String(row[dateColumn])) }
      if replication == 0, let campaignColumn {
        while dayCampaigns.count <= day { dayCampaigns.append("") }
        let phase = phaseColumn.map { String(row[$0]) } ?? ""
        if !phase.contains("hangover") || phase.contains("peak") {
          dayCampaigns[day] = String(row[campaignColumn])
        }
      }
    }
    guard let start else {
      throw .format(path: path, line: file.line, reason: "no row for day 0")
    }
    if let scoreAt {
      for replication in values.indices {
        for day in values[replication].indices where merchants[replication][day] > 0 {
          values[replication][day][scoreAt] /= Double(merchants[replication][day])
        }
      }
    }
    var totals = DailyTotals(
      start: start, metrics: present + [merchantsOutOfStock], values: values)
    totals.campaigns = windows(of: dayCampaigns)
    return totals
  }

  /// The runs of days with one nonempty campaign label.
  static func windows(of labels: [String]) -> [ReportContext.Window] {
    var windows: [ReportContext.Window] = []
    for (day, label) in labels.enumerated() where !label.isEmpty {
      if let last = windows.last, last.label == label, last.to == day - 1 {
        windows[windows.count - 1].to = day
      } else {
        windows.append(ReportContext.Window(label: label, from: day, to: day))
      }
    }
    return windows
  }
}

extension DailyTotals {
  /// The totals of one policy of a comparison: its `compare_daily.csv` metrics except the
  /// ratios (a ratio's numerator is no figure of its own).
  public init(_ totals: PolicyTotals, start: CivilDate) {
    let kept = ComparisonReport.metrics.indices.filter {
      ComparisonReport.metrics[$0].denominator == nil
    }
    self.init(
      start: start, metrics: kept.map { ComparisonReport.metrics[$0].name },
      values: totals.days.map { days in days.map { day in kept.map { day[$0] } } })
  }
}
