/// A store: its category, provider, policy, audience and assortment.
public struct Merchant: Sendable, Equatable {
  /// Unique identifier, written to the `merchant` column.
  public var id: String
  /// The `id` of its category.
  public var category: String
  /// The `id` of its service provider, or `nil` for none.
  public var provider: String?
  /// The `id` of the policy it follows.
  public var policy: String
  /// Followers on the first day.
  public var followers: Int
  /// Host skill, 0…1: scales conversion (0.6–1.4×) and the room's feed weight (0.5–1.5).
  public var hostSkill: Double
  /// Live-room quality (set, lighting, script), 0…1: live conversion × (0.8 + 0.4 × quality).
  public var roomQuality: Double
  /// The traffic level (0–4) on day one.
  public var initialLevel: Int
  /// What the merchant's own team can do, and how much of a provider's help lands (配合度).
  public var capabilities: Capabilities
  public var cooperation: Double
  /// The experience score (points of 100) on day one, before the window has any history.
  public var initialScore: Double
  /// Orders the warehouse can hand to couriers per day; beyond it orders ship late.
  public var shippingCapacityPerDay: Double
  /// Other fixed costs per day (rent, studio, salaries outside customer service), in yuan.
  public var fixedCostPerDay: Double
  /// The cost of holding stock, a share of its value (at unit cost) a year.
  public var holdingCostPerYear: Double
  /// The products sold.
  public var skus: [SKU]
}

/// A stock-keeping unit: one product, its price, cost and (s, Q) replenishment.
public struct SKU: Sendable, Equatable {
  /// Identifier, unique within the merchant.
  public var id: String
  /// List price, in yuan.
  public var price: Double
  /// Cost of goods per unit, in yuan.
  public var unitCost: Double
  /// Relative share of the merchant's demand.
  public var demandShare: Double
  /// Units on hand on the first day.
  public var stock: Int
  /// Reorder point s: order when on hand plus on order falls to it or below.
  public var reorderPoint: Int
  /// Reorder quantity Q; 0 never reorders.
  public var reorderQuantity: Int
  /// Days from order to arrival.
  public var leadTimeDays: Int
  /// How the SKU is replenished.
  public var reorderPolicy: ReorderPolicy
  /// The order-up-to level S of the `sS` policy.
  public var orderUpTo: Int
  /// The most units the supplier has in production for this SKU at once.
  public var supplierCapacity: Double
  /// The SKU's role in the assortment; in-stock traffic drivers raise the room's feed weight.
  public var role: Role

  /// A SKU's role in the assortment.
  public enum Role: String, Sendable, Equatable, CaseIterable {
    /// 爆款, 引流款, 利润款.
    case regular, hit, traffic, profit
  }

  /// A SKU's replenishment rule (Silver, Pyke & Peterson, §7.1).
  public enum ReorderPolicy: String, Sendable, Equatable, CaseIterable {
    /// Order the quantity Q when on hand plus on order falls to s.
    case sQ
    /// Order up to S when on hand plus on order falls to s.
    case sS
  }
}

extension Merchant {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    category = r.string(
      "category", default: nil, .reference("categories"), doc: "The `id` of its category.")
    provider = r.optionalString(
      "provider", .reference("providers"),
      doc: "The `id` of its service provider; leave out for none.")
    policy = r.string(
      "policy", default: nil, .reference("policies"), doc: "The `id` of the policy it follows.")
    followers = r.integer(
      "followers", default: 0, 0...2_000_000_000, unit: "followers", doc: "Followers on day one.")
    hostSkill = r.number(
      "hostSkill", default: 0.5, .unit, unit: "score",
      doc: "Host skill: live conversion × (0.6 + 0.8 × skill), feed weight 0.5 + skill (guess).")
    initialLevel = r.integer(
      "initialLevel", default: 0, 0...4, unit: "level", doc: "Traffic level on day one.")
    capabilities = r.object(
      "capabilities",
      doc: "What the merchant's own team can do, 0–1: only the base a provider's lift is "
        + "measured from (f(c_eff)/f(c_own)), not a lever — raising it shrinks that lift; the "
        + "team's own work is set by host skill, lead times and service keys."
    ) {
      Capabilities(reading: $0, default: 0.3, who: "The merchant's own")
    }
    cooperation = r.number(
      "cooperation", default: 0.7, .unit, unit: "share",
      doc: "How much of a provider's extra capability lands (配合度) (guess).")
    initialScore = r.number(
      "initialScore", default: 85, .from(50, to: 100), unit: "points",
      doc: "Experience score on day one, before the 30-day window has history (guess: 4.7 stars).")
    shippingCapacityPerDay = r.number(
      "shippingCapacityPerDay", default: 1e9, .from(0, to: 1e12), unit: "orders/day",
      doc: "Orders handed to couriers per day; the rest ship late (default: unlimited).")
    roomQuality = r.number(
      "roomQuality", default: 0.5, .unit, unit: "score",
      doc: "Live-room quality (set, lighting, script): live conversion × (0.8 + 0.4 × quality) "
        + "(guess).")
    fixedCostPerDay = r.number(
      "fixedCostPerDay", default: 0, .from(0, to: 1e9), unit: "yuan/day",
      doc: "Other fixed costs per day (studio, rent, staff outside customer service).")
    holdingCostPerYear = r.number(
      "holdingCostPerYear", default: 0.25, .from(0, to: 10), unit: "share/year",
      doc: "Cost of holding stock a year per yuan of its value at unit cost, charged daily as "
        + "1/365 of it on the day's closing stock (holding_cost: 20–30 %, 25 % rule of thumb, "
        + "§6.5).")
    skus = r.objects("skus", minCount: 1, doc: "The products sold.", SKU.init(reading:))
  }
}

extension SKU {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Identifier, unique within the merchant.")
    price = r.number(
      "price", default: nil, Bounds(lower: 0, exclusive: true, upper: 10_000_000), unit: "yuan",
      doc: "List price.")
    unitCost = r.number(
      "unitCost", default: nil, .from(0, to: 10_000_000), unit: "yuan",
      doc: "Cost of goods per unit.")
    demandShare = r.number(
      "demandShare", default: 1, Bounds(lower: 0, exclusive: true, upper: 1e6), unit: "relative",
      doc: "Relative share of the merchant's orders.")
    stock = r.integer(
      "stock", default: 0, 0...1_000_000_000, unit: "units", doc: "Units on hand on day one.")
    reorderPoint = r.integer(
      "reorderPoint", default: 0, 0...1_000_000_000, unit: "units",
      doc: "Reorder point s: order when on hand + on order ≤ s.")
    reorderQuantity = r.integer(
      "reorderQuantity", default: 0, 0...1_000_000_000, unit: "units",
      doc: "Reorder quantity Q; 0 never reorders.")
    leadTimeDays = r.integer(
      "leadTimeDays", default: 7, 0...365, unit: "days",
      doc: "Days from order to arrival (guess).")
    reorderPolicy = r.choice(
      "reorderPolicy", default: ReorderPolicy.sQ,
      doc: "sQ: order reorderQuantity when on hand + on order ≤ reorderPoint; sS: order up to "
        + "orderUpTo.")
    orderUpTo = r.integer(
      "orderUpTo", default: 0, 0...1_000_000_000, unit: "units",
      doc: "The order-up-to level S of the sS policy; must exceed reorderPoint.")
    if reorderPolicy == .sS, orderUpTo <= reorderPoint {
      r.report(
        r.pointer.appending("orderUpTo"),
        "must exceed reorderPoint \(reorderPoint) for the sS policy, got \(orderUpTo)")
    }
    supplierCapacity = r.number(
      "supplierCapacity", default: 1e9, .from(0, to: 1e12), unit: "units",
      doc: "Most units the supplier has in production at once (default: unlimited).")
    role = r.choice(
      "role", default: Role.regular,
      doc: "Assortment role; in-stock traffic drivers (引流款) raise the room's feed weight.")
  }
}
