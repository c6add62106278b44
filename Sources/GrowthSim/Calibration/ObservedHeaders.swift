import Foundation

/// The column names an observed file may use: `daily.csv`'s own, and the headers a merchant
/// dashboard (抖店 / 巨量百应 / 千川) export usually carries, in Chinese and English
/// (docs/calibration.md lists them).
///
/// A header is matched after trimming, lowercasing, and dropping a unit in brackets
/// (`GMV (CNY)`, `成交金额(元)`, `消耗（元）`), so the same word with any unit matches.
enum ObservedHeaders {
  /// What a column of an observed file holds.
  enum Field: Equatable {
    case date, merchant, metricName, value
    /// A `daily.csv` metric.
    case metric(String)
    /// A `daily.csv` column that is no metric (replication, seed, policy…): left out.
    case ignored
  }

  /// Dashboard names of the `date`, `merchant`, `metric` and `value` columns.
  static let structural: [(names: [String], field: Field)] = [
    (["date", "day", "日期", "时间", "统计日期"], .date),
    (["merchant", "shop", "store", "account", "商家", "店铺", "店铺名称", "账号"], .merchant),
    (["metric", "indicator", "指标", "指标名称"], .metricName),
    (["value", "数值", "值"], .value),
  ]

  /// Dashboard names of `daily.csv` metrics.
  static let aliases: [(names: [String], metric: String)] = [
    (["gmv", "gross merchandise value", "sales", "成交金额", "用户支付金额", "销售额", "支付金额"], "gmv_cny"),
    (["live gmv", "直播间成交金额", "直播成交金额"], "live_gmv_cny"),
    (["orders", "paid orders", "成交订单数", "订单数", "支付订单数"], "orders"),
    (["units", "units sold", "成交件数", "销量"], "units"),
    (
      [
        "visits", "viewers", "live viewers", "entries", "live-room entries", "观看人次", "直播间观看人次",
        "进入直播间人次", "观看次数",
      ], "visits"
    ),
    (["ad spend", "spend", "cost", "千川消耗", "消耗", "广告消耗", "投放消耗"], "ad_spend_cny"),
    (["ad gmv", "paid gmv", "千川成交金额", "投放成交金额"], "paid_gmv_cny"),
    (["ad roi", "paid roi", "千川roi", "投放roi", "支付roi"], "paid_roi"),
    (["followers", "fans", "粉丝数", "粉丝总数", "累计粉丝"], "followers"),
    (["new followers", "new fans", "新增粉丝", "新增粉丝数", "涨粉数"], "new_followers"),
    (["refunds", "refund amount", "退款金额"], "refunds_cny"),
    (["refunded units", "退款件数"], "refunded_units"),
    (["live minutes", "live duration", "直播时长", "开播时长"], "live_minutes"),
    (["video views", "短视频播放量", "视频播放量"], "video_views"),
    (["gpm", "live gpm", "千次观看成交金额"], "live_gpm_cny"),
  ]

  /// `daily.csv` columns that identify a row rather than measure it.
  static let identifiers = [
    "replication", "seed", "policy", "phase", "day", "campaign", "campaign_phase",
  ]

  /// The numeric `daily.csv` columns: the metric names an observed file may use as they are.
  static let metrics = Target.metrics(forProvider: false)

  /// A header or metric name in the form it is matched in.
  static func normalized(_ text: String) -> String {
    var name = text.trimmingSpaces.lowercased()
    // A unit in brackets at the end: `GMV (CNY)`, `成交金额(元)`, `消耗（元）`.
    for (open, close) in [("(", ")"), ("（", "）"), ("[", "]")] where name.hasSuffix(close) {
      if let start = name.range(of: open, options: .backwards)?.lowerBound {
        name = String(name[..<start]).trimmingSpaces
      }
    }
    return name.split(separator: " ").joined(separator: " ")
  }

  /// The field a header names, or `nil` if it names none.
  static func field(_ header: String) -> Field? {
    let name = normalized(header)
    if let entry = structural.first(where: { $0.names.contains(name) }) { return entry.field }
    if let metric = metric(named: header) { return .metric(metric) }
    if identifiers.contains(name) { return .ignored }
    return nil
  }

  /// The `daily.csv` metric a name stands for, or `nil`.
  static func metric(named text: String) -> String? {
    let name = normalized(text)
    if metrics.contains(name) { return name }
    return aliases.first(where: { $0.names.contains(name) })?.metric
  }

  /// `did you mean 'x'?` for a name that is none, or `nil`.
  static func suggestion(for text: String) -> String? {
    let name = normalized(text)
    let names = metrics + aliases.flatMap(\.names)
    return EditDistance.nearest(to: name, among: names)
      ?? metrics.first(where: { $0.hasPrefix(name + "_") })
  }
}

extension String {
  /// The text without spaces, tabs and a byte-order mark at either end.
  var trimmingSpaces: String {
    var scalars = Substring(self).unicodeScalars[...]
    let blank: (Unicode.Scalar) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" || $0 == "\u{3000}"
    }
    while let first = scalars.first, blank(first) { scalars.removeFirst() }
    while let last = scalars.last, blank(last) { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
