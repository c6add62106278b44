/// A horizon figure that `sweep.csv` summarises over each point's replications.
///
/// With several merchants, a replication's figure is the sum over merchants (the ratio of the
/// sums for paid ROI); statistics are then taken across replications.
public enum SweepMetric: String, Sendable, CaseIterable {
  case gmv = "gmv_cny"
  case netGMV = "net_gmv_cny"
  case profit = "profit_cny"
  case profitSettled = "profit_settled_cny"
  case paidROI = "paid_roi"
  case followersEnd = "followers_end"
  case stockoutDays = "stockout_days"
  case agencyMargin = "agency_margin_cny"

  /// The figure of one replication from its merchants' totals, or `nil` when undefined
  /// (paid ROI without ad spend).
  public func value(_ summaries: [MerchantSummary]) -> Double? {
    func total(_ figure: (MerchantSummary) -> Double) -> Double {
      var sum = 0.0
      for summary in summaries { sum += figure(summary) }
      return sum
    }
    switch self {
    case .gmv: return total(\.gmv)
    case .netGMV: return total(\.netGMV)
    case .profit: return total(\.profit)
    case .profitSettled: return total(\.profitSettled)
    case .paidROI:
      let spend = total(\.adSpend)
      return spend > 0 ? total(\.paidGMV) / spend : nil
    case .followersEnd: return total(\.followersEnd)
    case .stockoutDays: return total { Double($0.stockoutDays) }
    case .agencyMargin: return total(\.providerFees) - total(\.providerCost)
    }
  }

  /// Decimals written: 2 for money, 4 for ratios and counts.
  public var places: Int {
    switch self {
    case .gmv, .netGMV, .profit, .profitSettled, .agencyMargin: 2
    case .paidROI, .followersEnd, .stockoutDays: 4
    }
  }

  /// What one replication's figure is.
  public var doc: String {
    switch self {
    case .gmv: "GMV over the horizon, summed over merchants (yuan)"
    case .netGMV: "GMV less refunds over the horizon, summed over merchants (yuan)"
    case .profit: "profit over the horizon, summed over merchants (yuan)"
    case .profitSettled:
      "profit over the horizon with the refunds still due at the horizon booked (a refund "
        + "provision; summary.csv profit_settled_cny), summed over merchants (yuan); a policy "
        + "comparison's profit_difference_cny is its difference"
    case .paidROI:
      "paid-attributed GMV / ad spend over all merchants; replications without spend are left out"
    case .followersEnd: "followers after the last day, summed over merchants"
    case .stockoutDays:
      "merchant-days that ended with at least one SKU out of stock, summed over merchants"
    case .agencyMargin:
      "providers' fees less their staff and other costs over the horizon, summed over "
        + "providers (yuan; providers.csv margin_cny)"
    }
  }
}
