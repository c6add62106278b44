/// The readable tables `growthsim compare` prints.
public enum ComparisonTable {
  /// Per policy: horizon GMV and profit (mean and 90 % interval), the paired profit
  /// difference to the first policy, the crossover day and the chance of ending ahead.
  public static func text(_ report: ComparisonReport) -> String {
    var lines = [
      [
        "policy", "GMV", "profit [p05…p95]", "vs \(report.policies[0])", "crossover day",
        "ahead",
      ]
    ]
    for row in report.summary {
      let crossover =
        row.crossover.map {
          "\(HeadlineTable.format($0.p50, places: 0)) [\(HeadlineTable.format($0.p05, places: 0))…"
            + "\(HeadlineTable.format($0.p95, places: 0))] in \(percent(row.crossoverShare))"
        } ?? (row.policy == report.policies[0] ? "-" : "never")
      lines.append([
        row.policy, HeadlineTable.format(row.gmv.mean, places: 0),
        "\(HeadlineTable.format(row.profit.mean, places: 0)) [\(HeadlineTable.format(row.profit.p05, places: 0))…"
          + "\(HeadlineTable.format(row.profit.p95, places: 0))]",
        row.policy == report.policies[0]
          ? "-"
          : "\(sign(row.profitDifference.mean)) [\(sign(row.profitDifference.p05))…"
            + "\(sign(row.profitDifference.p95))]",
        crossover, percent(row.probabilityAhead),
      ])
    }
    return aligned(lines)
      + "(money in yuan over the horizon; [5 %…95 %] across replications; crossover: the day "
      + "from which the policy's cumulative profit stays ahead, median [5 %…95 %] in the share "
      + "of replications that have one)\n"
  }

  /// The ablation: the profit gap with every loop on, and with each loop off.
  public static func text(_ ablation: Ablation, policies: [String]) -> String {
    var lines = [["loop off", "gap (\(policies[1]) − \(policies[0]))", "explained"]]
    lines.append(["(none)", sign(ablation.fullGap), "-"])
    for row in ablation.rows {
      lines.append([row.loop, sign(row.gap), row.explained.map(percent) ?? "-"])
    }
    return aligned(lines)
  }

  private static func sign(_ value: Double) -> String {
    (value > 0 ? "+" : "") + HeadlineTable.format(value, places: 0)
  }

  private static func percent(_ share: Double) -> String {
    HeadlineTable.format(share * 100, places: 0) + " %"
  }

  private static func aligned(_ lines: [[String]]) -> String {
    let widths = (0..<lines[0].count).map { column in lines.map { $0[column].count }.max() ?? 0 }
    return lines.map { cells in
      zip(cells, widths).enumerated().map { column, pair in
        let padding = String(repeating: " ", count: pair.1 - pair.0.count)
        return column == 0 ? pair.0 + padding : padding + pair.0
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
