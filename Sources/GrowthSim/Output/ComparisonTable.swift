/// The readable tables `growthsim compare` prints.
public enum ComparisonTable {
  /// Per policy: horizon GMV and settled profit (mean and 90 % interval), the paired settled
  /// difference to the first policy, the crossover day and the chance of ending ahead.
  public static func text(_ report: ComparisonReport) -> String {
    var lines = [
      [
        "policy", "GMV", "settled profit [p05…p95]", "vs \(report.policies[0])", "crossover day",
        "ahead of all",
      ]
    ]
    for row in report.summary {
      let crossover =
        row.crossover.map {
          "\(HeadlineTable.format($0.p50, places: 0)) [\(HeadlineTable.format($0.p05, places: 0))…"
            + "\(HeadlineTable.format($0.p95, places: 0))] in \(percent(row.crossoverShare))"
        } ?? (row.policy == report.policies[0] ? "-" : "never")
      let profit = row.settledProfit
      let difference = row.settledDifference
      lines.append([
        row.policy, HeadlineTable.format(row.gmv.mean, places: 0),
        "\(HeadlineTable.format(profit.mean, places: 0)) [\(HeadlineTable.format(profit.p05, places: 0))…"
          + "\(HeadlineTable.format(profit.p95, places: 0))]",
        row.policy == report.policies[0]
          ? "-" : "\(sign(difference.mean)) [\(sign(difference.p05))…\(sign(difference.p95))]",
        crossover, percent(row.probabilityAhead),
      ])
    }
    return headline(report) + aligned(lines)
      + "(money in yuan over the horizon; settled: the refunds still due at the horizon booked, "
      + "as a refund provision does; [5 %…95 %] across replications; crossover: the day from "
      + "which the policy's settled cumulative profit stays ahead of \(report.policies[0])'s, "
      + "median [5 %…95 %] in the share of replications that have one; ahead of all: the share "
      + "of replications in which the policy ends with more settled profit than every other "
      + "policy, a tie counting for none)\n"
  }

  /// One line per challenger: its mean settled lead over the reference with the 90 % confidence
  /// interval, and the crossover day with its 5–95 % range, or that it never pulls ahead; then
  /// the running lead (refunds charged only when made) and the lead after clearance.
  static func headline(_ report: ComparisonReport) -> String {
    func ci(_ interval: (low: Double, high: Double)?) -> String {
      interval.map { " [90 % CI \(sign($0.low))…\(sign($0.high))]" } ?? ""
    }
    return report.summary.dropFirst().map { row in
      let crossover =
        row.crossover.map {
          "ahead of \(report.policies[0]) for good from day "
            + "\(HeadlineTable.format($0.p50, places: 0)) [5–95 %: "
            + "\(HeadlineTable.format($0.p05, places: 0))…"
            + "\(HeadlineTable.format($0.p95, places: 0))] in \(percent(row.crossoverShare)) of "
            + "replications"
        } ?? "never ahead of \(report.policies[0]) for good"
      return "\(row.policy) vs \(report.policies[0]): \(sign(row.settledDifference.mean)) yuan "
        + "settled" + ci(row.settledDifferenceCI90) + "; " + crossover + "\n"
        + "  running (refunds charged only when made): "
        + "\(sign(row.profitDifference.mean)) yuan" + ci(row.profitDifferenceCI90) + "\n"
        + "  after clearance (stock and returns due sold off at clearanceRecovery): "
        + "\(sign(row.afterClearanceDifference.mean)) yuan"
        + ci(row.afterClearanceDifferenceCI90) + "\n"
    }.joined()
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

  /// The explained gap: one sentence naming each cause's share, largest first, then the
  /// table of contributions with their 90 % intervals; the rows add up to the gap.
  public static func text(_ explanation: GapExplanation) -> String {
    let (first, second) = (explanation.policies[0], explanation.policies[1])
    let leader = explanation.gap >= 0 ? second : first
    let other = explanation.gap >= 0 ? first : second
    let thousands = HeadlineTable.format(abs(explanation.gap) / 1000, places: 0)
    let ranked = explanation.rows.sorted { abs($0.contribution) > abs($1.contribution) }
    // Parts far larger than the gap offset each other: shares of thousands of per cent say
    // nothing, so the sentence gives yuan instead.
    let parts = explanation.rows.reduce(0) { $0 + abs($1.contribution) }
    let sentence: String
    if parts == 0 {
      sentence = "\(first) and \(second) end level whatever the switches: nothing to explain"
    } else if parts > 10 * abs(explanation.gap) {
      sentence =
        "the gap of \(sign(explanation.gap)) (\(second) − \(first)) is small against its parts, "
        + "which offset each other; in yuan: "
        + ranked.filter { abs($0.contribution) >= 0.005 * parts }.map {
          "\(sign($0.contribution)) \($0.label)"
        }.joined(separator: ", ")
    } else {
      sentence =
        "the \(leader)'s lead of \(thousands)k over the \(other): "
        + ranked.compactMap { row in
          // Shares that round to 0 % would only lengthen the sentence; the table has them.
          row.share.flatMap { abs($0) >= 0.005 ? "\(percent($0)) \(row.label)" : nil }
        }.joined(separator: ", ")
    }
    var lines = [["cause", "contribution [90 % interval]", "share"]]
    for row in explanation.rows {
      let interval = row.interval.map { " [\(sign($0.low))…\(sign($0.high))]" } ?? ""
      lines.append([row.label, sign(row.contribution) + interval, row.share.map(percent) ?? "-"])
    }
    lines.append(["gap (\(second) − \(first))", sign(explanation.gap), "100 %"])
    let method: String
    switch explanation.method {
    case .exact: method = "exact"
    case .permutations(let count): method = "sampled over \(count) orders"
    }
    return sentence + "\n" + aligned(lines)
      + "(Shapley values over the switches, \(method), \(explanation.coalitions) coalitions "
      + "× 2 policies; a positive share widens the \(leader)'s lead; the rest: the gap "
      + "with every switch off)\n"
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
