/// A service provider (agency) and what it charges.
public struct Provider: Sendable, Equatable {
  /// Unique identifier, referenced by merchants.
  public var id: String
  /// Fixed fee per month, in yuan; charged daily as 12/365 of it.
  public var monthlyFee: Double
  /// Commission on the merchant's net GMV, 0…1.
  public var gmvCommissionRate: Double
  /// Service fee on the merchant's ad spend, 0…1.
  public var adServiceFeeRate: Double
}

extension Provider {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    monthlyFee = r.number(
      "monthlyFee", default: 30_000, .from(0, to: 1e9), unit: "yuan/month",
      doc: "Fixed fee per month, charged daily as 12/365 of it (sp_fee_fixed, guess 20k–100k).")
    gmvCommissionRate = r.number(
      "gmvCommissionRate", default: 0.05, .unit, unit: "share",
      doc: "Commission on net GMV (sp_commission, guess 3–10 %).")
    adServiceFeeRate = r.number(
      "adServiceFeeRate", default: 0, .unit, unit: "share",
      doc: "Service fee on ad spend (sp_ad_rebate: level not found).")
  }
}
