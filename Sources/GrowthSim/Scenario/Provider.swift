/// A service provider (agency) and what it charges.
public struct Provider: Sendable, Equatable {
  /// Unique identifier, referenced by merchants.
  public var id: String
  /// Fixed fee per month, in yuan; charged daily as 12/365 of it.
  public var monthlyFee: Double
  /// Commission on the merchant's net GMV, 0…1.
  public var gmvCommissionRate: Double
  /// Service fee on the merchant's ad spend, 0…1 (used when `adServiceFeeTiers` is empty).
  public var adServiceFeeRate: Double
  /// Tiered commission on the merchant's net GMV in the calendar month, replacing
  /// `gmvCommissionRate` when not empty.
  public var gmvCommissionTiers: [FeeTier]
  /// Tiered fee on the ad spend it manages in the calendar month, replacing
  /// `adServiceFeeRate` when not empty.
  public var adServiceFeeTiers: [FeeTier]
  /// What the provider's team can do.
  public var capabilities: Capabilities
  /// Staff, and how many merchants one person can serve well.
  public var staff: Int
  public var merchantsPerStaff: Double
  /// The agency's own costs (`AgencyBooks`): yuan per staff-day and other yuan per day.
  public var staffCostPerDay: Double
  public var otherCostPerDay: Double
  /// Hiring plan: the staff from given dates on (`staff` before the first step).
  public var staffPlan: [StaffStep]
  /// The first day of its contracts; `nil` from the start of the run.
  public var contractStart: CivilDate?
  /// What its staff does for each store it serves, on top of the store's own policy; `nil`
  /// for none (only the capability lift).
  public var operation: ProviderOperation?
}

extension Provider {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    monthlyFee = r.number(
      "monthlyFee", default: 20_000, .from(0, to: 1e9), unit: "yuan/month",
      doc: "Fixed fee per month, charged daily as 12/365 of it (sp_fixed_monthly: 10k to a few "
        + "10k yuan a month, §6.2). 0 for a commission-only contract.")
    gmvCommissionRate = r.number(
      "gmvCommissionRate", default: 0.1, .unit, unit: "share",
      doc: "Commission on net GMV (sp_commission: ~10 % typical, up to 30 %, §6.2). 0 for a "
        + "fee-only contract.")
    adServiceFeeRate = r.number(
      "adServiceFeeRate", default: 0, .unit, unit: "share",
      doc: "Service fee on the ad spend it manages (sp_ad_fee: 3–12 %, §6.2). Default 0: "
        + "§6.2's contracts (base fee + commission, fee only, commission only) bill ad "
        + "management (代投) separately.")
    gmvCommissionTiers = FeeTier.read(
      r, "gmvCommissionTiers", replacing: "gmvCommissionRate", basis: "net GMV")
    adServiceFeeTiers = FeeTier.read(
      r, "adServiceFeeTiers", replacing: "adServiceFeeRate", basis: "managed ad spend")
    capabilities = r.object("capabilities", doc: "What the provider's team can do, 0–1.") {
      Capabilities(reading: $0, default: 0.7, who: "The provider's")
    }
    staff = r.integer(
      "staff", default: 10, 0...1_000_000, unit: "people", doc: "Staff serving merchants.")
    merchantsPerStaff = r.number(
      "merchantsPerStaff", default: 3, .from(0, to: 10_000), unit: "merchants/person",
      doc: "Merchants one person serves without dilution (guess: 50 people for ~150).")
    staffCostPerDay = r.number(
      "staffCostPerDay", default: 400, .from(0, to: 1e7), unit: "yuan/person-day",
      doc: "Loaded cost of one staff member per calendar day, from the contract start "
        + "(guess: ~12,000 yuan a month with social insurance and desk; not sourced).")
    staffPlan = StaffStep.read(r)
    otherCostPerDay = r.number(
      "otherCostPerDay", default: 0, .from(0, to: 1e9), unit: "yuan/day",
      doc: "The agency's other costs of serving these merchants per day from the contract "
        + "start (studio, rent, tools; guess: 0).")
    contractStart = r.optionalDate(
      "contractStart", absentMeaning: "from day 0",
      doc: "First day of its contracts: before it, merchants run on their own and pay no fees.")
    operation = r.optionalObject(
      "operation",
      doc: "What its staff does for each store it serves, from the staff allotted to it (staff "
        + "÷ stores served, following `staffPlan`): never less than the store's own policy. "
        + "Absent: only the capability lift."
    ) { ProviderOperation(reading: $0) }
  }
}
