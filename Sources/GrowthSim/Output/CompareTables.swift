/// `compare_daily.csv`, `compare_summary.csv`, `compare_ablation.csv` and `compare_explain.csv`
/// (docs/compare.md).
public enum CompareTables {
  /// One row per day × policy × metric: the spread across replications and the paired
  /// difference to the first policy.
  public static let dailyColumns: [Column<ComparisonReport.DailyRow>] = [
    Column("day", "Day of the run, 0-based.") { $0.integer($1.day) },
    Column("date", "Calendar date, ISO 8601.") { $0.text($1.date.description) },
    Column("policy", "Policy id.") { $0.text($1.policy) },
    Column(
      "metric",
      "The metric, summed over merchants (a daily.csv column name); paid_roi is the ratio of "
        + "the sums, left out on days without spend."
    ) {
      $0.text($1.metric)
    },
    .ratio("mean", "Mean across replications.") { $0.value.mean },
    .ratio("p05", "5 % quantile across replications (Hyndman–Fan 7).") { $0.value.p05 },
    .ratio("p50", "Median across replications.") { $0.value.p50 },
    .ratio("p95", "95 % quantile across replications.") { $0.value.p95 },
    .ratio("diff_mean", "Mean paired difference to the first policy (same replication).") {
      $0.difference.mean
    },
    .ratio("diff_p05", "5 % quantile of the paired difference.") { $0.difference.p05 },
    .ratio("diff_p95", "95 % quantile of the paired difference.") { $0.difference.p95 },
  ]

  /// One row per policy: horizon totals with 90 % intervals, crossover, chance of being ahead.
  public static let summaryColumns: [Column<ComparisonReport.SummaryRow>] = [
    Column("policy", "Policy id; the first is the reference.") { $0.text($1.policy) },
    .money("gmv_cny_mean", "Horizon GMV, mean over replications.") { $0.gmv.mean },
    .money("gmv_cny_p05", "Horizon GMV, 5 % quantile.") { $0.gmv.p05 },
    .money("gmv_cny_p95", "Horizon GMV, 95 % quantile.") { $0.gmv.p95 },
    .money("profit_cny_mean", "Horizon running profit (each refund charged when made), mean.") {
      $0.profit.mean
    },
    .money("profit_cny_p05", "Horizon running profit, 5 % quantile.") { $0.profit.p05 },
    .money("profit_cny_p95", "Horizon running profit, 95 % quantile.") { $0.profit.p95 },
    .money("profit_diff_cny_mean", "Running profit minus the first policy's, paired, mean.") {
      $0.profitDifference.mean
    },
    .money("profit_diff_cny_p05", "… 5 % quantile.") { $0.profitDifference.p05 },
    .money("profit_diff_cny_p95", "… 95 % quantile.") { $0.profitDifference.p95 },
    .money("profit_diff_cny_ci90_low", "90 % confidence interval of the mean difference, low.") {
      $0.profitDifferenceCI90?.low ?? .nan
    },
    .money("profit_diff_cny_ci90_high", "… high.") { $0.profitDifferenceCI90?.high ?? .nan },
    .money(
      "profit_settled_cny_mean",
      "Horizon profit with the refunds due booked (a refund provision; the verdict's basis), "
        + "mean."
    ) { $0.settledProfit.mean },
    .money("profit_settled_cny_p05", "Settled horizon profit, 5 % quantile.") {
      $0.settledProfit.p05
    },
    .money("profit_settled_cny_p95", "Settled horizon profit, 95 % quantile.") {
      $0.settledProfit.p95
    },
    .money("profit_settled_diff_cny_mean", "Settled profit minus the first policy's, paired, mean.")
    {
      $0.settledDifference.mean
    },
    .money("profit_settled_diff_cny_p05", "… 5 % quantile.") { $0.settledDifference.p05 },
    .money("profit_settled_diff_cny_p95", "… 95 % quantile.") { $0.settledDifference.p95 },
    .money("profit_settled_diff_cny_ci90_low", "90 % confidence interval of that mean, low.") {
      $0.settledDifferenceCI90?.low ?? .nan
    },
    .money("profit_settled_diff_cny_ci90_high", "… high.") {
      $0.settledDifferenceCI90?.high ?? .nan
    },
    .money(
      "profit_after_clearance_cny_mean",
      "Horizon profit were everything cleared at the horizon: the stock on hand and on order and "
        + "the returns still due sold off at clearanceRecovery, mean."
    ) { $0.afterClearanceProfit.mean },
    .money(
      "profit_after_clearance_diff_cny_mean",
      "Profit after clearance minus the first policy's, paired, mean."
    ) { $0.afterClearanceDifference.mean },
    .money("profit_after_clearance_diff_cny_ci90_low", "90 % confidence interval, low.") {
      $0.afterClearanceDifferenceCI90?.low ?? .nan
    },
    .money("profit_after_clearance_diff_cny_ci90_high", "… high.") {
      $0.afterClearanceDifferenceCI90?.high ?? .nan
    },
    .money("ad_spend_cny_mean", "Horizon ad spend, mean.") { $0.adSpend.mean },
    .count("followers_end_mean", "Followers after the last day, mean.") { $0.followersEnd.mean },
    .ratio(
      "crossover_day_p50",
      "Median crossover day (from which this policy's settled cumulative profit stays ahead of the "
        + "first's) among replications that have one; empty if none."
    ) { $0.crossover?.p50 },
    .ratio("crossover_day_p05", "… 5 % quantile.") { $0.crossover?.p05 },
    .ratio("crossover_day_p95", "… 95 % quantile.") { $0.crossover?.p95 },
    .ratio("crossover_share", "Share of replications with a crossover day.") {
      $0.crossoverShare
    },
    .ratio(
      "probability_ahead",
      "Share of replications where this policy ends with strictly the most settled profit (ties: "
        + "none)."
    ) { $0.probabilityAhead },
  ]

  /// One row per loop switched off.
  public static let ablationColumns: [Column<Ablation.Row>] = [
    Column("loop", "The loop switched off (a /loops key).") { $0.text($1.loop) },
    .money(
      "gap_cny", "Mean settled horizon profit of the second policy minus the first, loop off."
    ) { $0.gap },
    .ratio("explained_share", "(full gap − gap with the loop off) / full gap.") { $0.explained },
  ]

  /// One row per cause of the gap, then the gap with every switch off; the contributions
  /// add up to the gap.
  public static let explainColumns: [Column<GapExplanation.Row>] = [
    Column(
      "cause",
      "A cause of the profit gap (ad economics or a loop), or every_switch_off: the gap left "
        + "with all their switches off."
    ) { $0.text($1.cause) },
    .money(
      "contribution_cny",
      "Its Shapley value: yuan of the mean gap (second policy minus first) it makes; the rows "
        + "add up to the gap."
    ) { $0.contribution },
    .money(
      "contribution_low",
      "90 % confidence interval of the contribution across replications, low."
    ) { $0.interval?.low ?? .nan },
    .money("contribution_high", "… high.") { $0.interval?.high ?? .nan },
    .ratio("share", "contribution / gap; empty when the gap is 0.") { $0.share },
  ]
}
