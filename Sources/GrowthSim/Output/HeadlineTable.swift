/// The short table `growthsim run` prints: per merchant, horizon figures averaged over
/// replications, with the lowest and highest replication.
public enum HeadlineTable {
  /// The table text, one merchant a line, columns aligned.
  public static func text(for result: RunResult) -> String {
    text(for: result.scenario, summaries: SummaryTable.rows(of: result))
  }

  /// The table text from the rows of `summary.csv`, replication by replication.
  ///
  /// Beyond `merchantsListed` merchants, the totals, the providers' shares and the top
  /// merchants by GMV instead (`largeText`).
  public static func text(for scenario: Scenario, summaries: [SummaryTable.Row]) -> String {
    if scenario.merchants.count > merchantsListed {
      return largeText(for: scenario, summaries: summaries)
    }
    var lines = [
      ["merchant", "policy", "GMV", "net GMV", "profit", "paid ROI", "followers", "stockout d"]
    ]
    for (index, merchant) in scenario.merchants.enumerated() {
      let mine = summaries.enumerated()
        .filter { $0.offset % scenario.merchants.count == index }.map(\.element.summary)
      func figure(_ value: (MerchantSummary) -> Double?, places: Int = 0) -> String {
        let values = mine.compactMap(value)
        guard !values.isEmpty else { return "-" }
        let mean = values.reduce(0, +) / Double(values.count)
        let text = format(mean, places: places)
        guard values.count > 1, let low = values.min(), let high = values.max() else {
          return text
        }
        return "\(text) [\(format(low, places: places))…\(format(high, places: places))]"
      }
      lines.append([
        merchant.id, merchant.policy, figure { $0.gmv }, figure { $0.netGMV },
        figure { $0.profit }, figure({ $0.paidROI }, places: 2), figure { $0.followersEnd },
        figure({ Double($0.stockoutDays) }, places: 1),
      ])
    }
    return align(lines, leftColumns: 2)
  }

  /// Lines of cells as columns two spaces apart: the first `leftColumns` left-aligned, the
  /// rest (figures) right-aligned.
  static func align(_ lines: [[String]], leftColumns: Int) -> String {
    let widths = (0..<(lines.first?.count ?? 0)).map { column in
      lines.map { $0[column].count }.max() ?? 0
    }
    return lines.map { cells in
      zip(cells, widths).enumerated().map { column, pair in
        let padding = String(repeating: " ", count: pair.1 - pair.0.count)
        return column < leftColumns ? pair.0 + padding : padding + pair.0
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  /// `value` with up to `places` decimals, trailing zeros trimmed (`0.2`, `15`, `1.7312`).
  static func plain(_ value: Double, places: Int = 4) -> String {
    var writer = CSVWriter()
    writer.number(value, places: places)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// `value` with thousands kept plain (no separators), rounded to `places`.
  static func format(_ value: Double, places: Int) -> String {
    let text = plain(value, places: places)
    guard places > 0 else { return text }
    let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
    return text + (decimals == 0 ? "." : "") + String(repeating: "0", count: places - decimals)
  }
}
