/// One day's inputs to the experience score: that day's counts (fractional in mean-field runs).
///
/// Record events on the day they happen: a quality return recorded today usually belongs to an
/// order paid days earlier, which is how the platform counts it (the return rate is returns in
/// the window over orders in the window).
public struct ScoreDay: Sendable, Equatable {
  /// Valid paid orders.
  public var orders: Double
  /// Returns and refunds for product-quality reasons.
  public var qualityReturns: Double
  /// Low-star (1–2 star) reviews.
  public var badReviews: Double
  /// Orders picked up after the pickup deadline (23:59:59 of the day after payment, R-EXP).
  public var lateShipments: Double
  /// Orders cancelled because of a stock-out: the stock-out part of the logistics-quality returns.
  public var stockoutCancellations: Double
  /// Customer-service (飞鸽) sessions, the weight of `meanResponseSeconds`.
  public var serviceTickets: Double
  /// Mean manual response time that day, in seconds (an unanswered turn counts as 600 s).
  public var meanResponseSeconds: Double
  /// Share of after-sales cases handled within the time limit, 0…1 (1 when there were none).
  public var afterSalesOnTimeShare: Double
  /// Negative-service incidents (R-NEG) that day.
  ///
  /// The caller decides what counts (for example 1 for a day whose mean response exceeds
  /// 90 s); the score only counts them.
  public var negativeServiceIncidents: Double

  /// Creates a day; every count defaults to 0 and the on-time share to 1.
  public init(
    orders: Double = 0, qualityReturns: Double = 0, badReviews: Double = 0,
    lateShipments: Double = 0, stockoutCancellations: Double = 0, serviceTickets: Double = 0,
    meanResponseSeconds: Double = 0, afterSalesOnTimeShare: Double = 1,
    negativeServiceIncidents: Double = 0
  ) {
    self.orders = orders
    self.qualityReturns = qualityReturns
    self.badReviews = badReviews
    self.lateShipments = lateShipments
    self.stockoutCancellations = stockoutCancellations
    self.serviceTickets = serviceTickets
    self.meanResponseSeconds = meanResponseSeconds
    self.afterSalesOnTimeShare = afterSalesOnTimeShare
    self.negativeServiceIncidents = negativeServiceIncidents
  }
}

/// What a score does to the store (guesses from PARAMETERS.md §4 item 5, except the 60 line).
public struct ScoreEffects: Sendable, Equatable {
  /// Factor on the store's recommendation (feed) weight: 1.0, 0.9, 0.75, 0.5 or 0.3.
  public var recommendationMultiplier: Double
  /// Whether Qianchuan may deliver (official: banned below 60, "体验分低于60分").
  public var paidTrafficAllowed: Bool
  /// Whether the store may join platform campaigns.
  public var campaignsAllowed: Bool
  /// Whether the store stays in the affiliate alliance (精选联盟).
  public var allianceAllowed: Bool
}

/// The three weighted components, the deductions, and the six banded sub-indicators.
///
/// Components are means of two bands, so they take the values 50, 55, …, 100. They are
/// computed in both stages; only the formal stage turns them into points.
public struct ScoreComponents: Sendable, Equatable {
  /// Product: mean of the quality-return and bad-review bands.
  public var product: Double
  /// Logistics: mean of the late-shipment and stock-out-cancellation bands.
  public var logistics: Double
  /// Service: mean of the response-time and after-sales on-time bands.
  public var service: Double
  /// Points deducted for negative service: 3 per incident in the window, at most 15.
  public var deductions: Double
  /// Band of the quality-return rate, after the small-shop floor.
  public var qualityReturnBand: Double
  /// Band of the bad-review rate, after the small-shop floor.
  public var badReviewBand: Double
  /// Band of the late-shipment rate.
  public var lateShipmentBand: Double
  /// Band of the stock-out-cancellation rate.
  public var stockoutCancellationBand: Double
  /// Band of the ticket-weighted mean response time.
  public var responseBand: Double
  /// Band of the order-weighted after-sales on-time share.
  public var afterSalesBand: Double

  /// The lowest of the six sub-indicator bands.
  public var lowestBand: Double {
    min(
      qualityReturnBand, badReviewBand, lateShipmentBand, stockoutCancellationBand,
      responseBand, afterSalesBand)
  }
}

/// The store experience score (商家体验分, R-EXP): 100 points over a rolling 30-day window.
///
/// Growth stage (fewer than 30 orders in the window): a fixed 70, or 60 when penalised (any
/// negative-service incident in the window, or any sub-indicator band below the qualified line
/// 60). Formal stage: `w_p·product + w_l·logistics + w_s·service − deductions`, at least 50.
/// Every rate is a sum over the window divided by a sum (never a mean of daily rates), and a
/// rate with nothing to divide by counts as perfect.
///
/// Record each day once, at the end of the day; the platform updates the score each morning,
/// so the value after `record(day d)` is the one that applies on day d + 1.
public struct ExperienceScore: Sendable, Equatable {
  /// Days in the rolling window (official).
  public static let windowDays = 30
  /// Orders in the window at which the formal stage starts (official).
  public static let formalStageOrders = 30.0
  /// Growth-stage score when not penalised (official).
  public static let growthStagePoints = 70.0
  /// Growth-stage score when penalised (official).
  public static let penalisedGrowthStagePoints = 60.0
  /// The qualified line: a band below it penalises a growth-stage store (official).
  public static let qualifiedLine = 60.0
  /// The lowest formal-stage score (official).
  public static let floorPoints = 50.0
  /// Points deducted per negative-service incident (official).
  public static let deductionPerIncident = 3.0
  /// Most points deducted for negative service in one window (official).
  public static let maximumDeductions = 15.0
  /// Most bad reviews (or quality returns) a small shop may have to keep the floor (official).
  public static let smallShopMaximumCount = 3.0
  /// The band a small shop's product indicator gets at least (official).
  public static let smallShopFloor = 80.0
  /// Slack added before flooring points to whole points, so 80.999999999999 (from products
  /// such as 0.3 · 90) shows as 81 rather than 80.
  public static let wholePointTolerance = 1e-9

  /// Component weights.
  public let weights: Weights
  /// Band tables and the small-shop order limit.
  public let bands: Bands
  /// The score now, 50…100.
  public private(set) var points: Double
  /// Whether the store has fewer than 30 orders in the window.
  public private(set) var isGrowthStage: Bool
  /// The components and deductions behind `points`.
  public private(set) var components: ScoreComponents
  /// Valid paid orders in the window.
  public private(set) var ordersInWindow: Double
  /// Ring buffer of the last 30 days; never-recorded slots are empty days.
  private var days: [ScoreDay]
  /// The slot the next day goes into, which holds the oldest day.
  private var nextSlot = 0

  /// Creates an empty window: a growth-stage store at 70 points.
  ///
  /// - Parameters:
  ///   - weights: Component weights; non-negative and summing to 1.
  ///   - bands: Band tables.
  public init(weights: Weights = .default, bands: Bands = .default) {
    let total = weights.product + weights.logistics + weights.service
    precondition(
      weights.product >= 0 && weights.logistics >= 0 && weights.service >= 0
        && abs(total - 1) <= 1e-9,
      "experience-score weights must be non-negative and sum to 1, got \(weights)")
    self.weights = weights
    self.bands = bands
    days = Array(repeating: ScoreDay(), count: Self.windowDays)
    points = Self.growthStagePoints
    isGrowthStage = true
    ordersInWindow = 0
    components = ScoreComponents(
      product: 100, logistics: 100, service: 100, deductions: 0, qualityReturnBand: 100,
      badReviewBand: 100, lateShipmentBand: 100, stockoutCancellationBand: 100,
      responseBand: 100, afterSalesBand: 100)
    evaluate()
  }

  /// The display stars for the current points.
  public var stars: Double { Self.stars(points: points) }

  /// The effects of the current points on the store.
  public var effects: ScoreEffects { Self.effects(points: points) }

  /// Adds a day and drops the day that leaves the window, then re-scores.
  ///
  /// Writes into a fixed 30-slot ring buffer, so it allocates nothing.
  /// - Complexity: O(30): the window is re-summed, oldest day first, so the result depends
  ///   only on the 30 days in it and never drifts.
  public mutating func record(_ day: ScoreDay) {
    Self.validate(day)
    days[nextSlot] = day
    nextSlot = (nextSlot + 1) % Self.windowDays
    evaluate()
  }

  /// Whole points for display: `points` plus the tolerance, floored, clamped to 50…100.
  public static func wholePoints(_ points: Double) -> Int {
    precondition(points.isFinite, "experience-score points must be finite, got \(points)")
    return Int(min(100, max(floorPoints, (points + wholePointTolerance).rounded(.down))))
  }

  /// The official star display for `points` (PARAMETERS.md §1.3), on whole points.
  ///
  /// Fractional points are floored first (after `wholePointTolerance`), so 96.7 shows 4.9:
  /// the platform shows whole points, and a store must fully reach a band edge. Then
  /// 97–100 → 5.0, 93–96 → 4.9, … in steps of 4 points down to 61–64 → 4.1;
  /// 60 → 4.0; 50–59 → 3.0–3.9 at 0.1 a point.
  public static func stars(points: Double) -> Double {
    let whole = wholePoints(points)
    let tenths: Int
    switch whole {
    case ..<60: tenths = 30 + (whole - 50)
    case 60: tenths = 40
    default: tenths = min(50, 41 + (whole - 61) / 4)
    }
    return Double(tenths) / 10
  }

  /// The effects of `points` on the store, on whole points like `stars(points:)`.
  ///
  /// Guesses (PARAMETERS.md §4 item 5): recommendation ×1.0 at 89+ (4.8 stars and up),
  /// ×0.9 at 81–88, ×0.75 at 73–80, ×0.5 at 60–72, ×0.3 below 60. Below 60, Qianchuan is
  /// banned (official control line, the API error "体验分低于60分") and campaigns and the
  /// alliance close (the official rule names both, without a line; 60 is a guess). A
  /// growth-stage 70 is treated like any other 70.
  public static func effects(points: Double) -> ScoreEffects {
    let whole = wholePoints(points)
    let multiplier: Double =
      switch whole {
      case 89...: 1.0
      case 81...: 0.9
      case 73...: 0.75
      case 60...: 0.5
      default: 0.3
      }
    let isQualified = Double(whole) >= qualifiedLine
    return ScoreEffects(
      recommendationMultiplier: multiplier, paidTrafficAllowed: isQualified,
      campaignsAllowed: isQualified, allianceAllowed: isQualified)
  }

  /// Traps on a count that is negative or not finite, or a share outside 0…1.
  ///
  /// Checks field by field rather than through an array, so `record` stays allocation-free.
  private static func validate(_ day: ScoreDay) {
    func check(_ name: StaticString, _ value: Double) {
      precondition(value >= 0 && value.isFinite, "score day \(name) is \(value)")
    }
    check("orders", day.orders)
    check("qualityReturns", day.qualityReturns)
    check("badReviews", day.badReviews)
    check("lateShipments", day.lateShipments)
    check("stockoutCancellations", day.stockoutCancellations)
    check("serviceTickets", day.serviceTickets)
    check("meanResponseSeconds", day.meanResponseSeconds)
    check("negativeServiceIncidents", day.negativeServiceIncidents)
    let share = day.afterSalesOnTimeShare
    precondition(share >= 0 && share <= 1, "score day afterSalesOnTimeShare is \(share)")
  }

  /// Re-sums the window and recomputes the stage, components and points.
  private mutating func evaluate() {
    var sums = WindowSums()
    for offset in 0..<Self.windowDays {
      sums.add(days[(nextSlot + offset) % Self.windowDays])
    }
    let orders = sums.orders
    func rate(_ count: Double) -> Double { orders > 0 ? count / orders : 0 }
    let isSmallShop = orders < bands.smallShopOrderLimit
    func floored(_ band: Double, count: Double) -> Double {
      isSmallShop && count <= Self.smallShopMaximumCount ? max(band, Self.smallShopFloor) : band
    }
    let quality = floored(
      bands.qualityReturnRate.points(for: rate(sums.qualityReturns)), count: sums.qualityReturns)
    let reviews = floored(
      bands.badReviewRate.points(for: rate(sums.badReviews)), count: sums.badReviews)
    let late = bands.lateShipmentRate.points(for: rate(sums.lateShipments))
    let stockout = bands.stockoutCancellationRate.points(for: rate(sums.stockoutCancellations))
    let meanResponse = sums.serviceTickets > 0 ? sums.responseSeconds / sums.serviceTickets : 0
    let response = bands.responseSeconds.points(for: meanResponse)
    let onTimeShare = orders > 0 ? sums.onTimeOrders / orders : 1
    let afterSales = bands.afterSalesOnTimeShare.points(for: onTimeShare)
    components = ScoreComponents(
      product: (quality + reviews) / 2, logistics: (late + stockout) / 2,
      service: (response + afterSales) / 2,
      deductions: min(Self.maximumDeductions, Self.deductionPerIncident * sums.incidents),
      qualityReturnBand: quality, badReviewBand: reviews, lateShipmentBand: late,
      stockoutCancellationBand: stockout, responseBand: response, afterSalesBand: afterSales)
    ordersInWindow = orders
    isGrowthStage = orders < Self.formalStageOrders
    if isGrowthStage {
      let isPenalised = sums.incidents > 0 || components.lowestBand < Self.qualifiedLine
      points = isPenalised ? Self.penalisedGrowthStagePoints : Self.growthStagePoints
    } else {
      let weighted =
        weights.product * components.product + weights.logistics * components.logistics
        + weights.service * components.service
      points = min(100, max(Self.floorPoints, weighted - components.deductions))
    }
  }
}

extension ExperienceScore {
  /// Component weights (a guess: the platform weights differ by industry and are unpublished).
  public struct Weights: Sendable, Equatable {
    /// Weight of the product component.
    public var product: Double
    /// Weight of the logistics component.
    public var logistics: Double
    /// Weight of the service component.
    public var service: Double

    /// Creates weights; `ExperienceScore.init` checks they are non-negative and sum to 1.
    public init(product: Double, logistics: Double, service: Double) {
      self.product = product
      self.logistics = logistics
      self.service = service
    }

    /// Product 0.4, logistics 0.3, service 0.3 (a guess: product carries the most).
    public static let `default` = Weights(product: 0.4, logistics: 0.3, service: 0.3)
  }

  /// A banding table: five inclusive limits for 100, 90, 80, 70 and 60 points; worse gets 50.
  public struct Ladder: Sendable, Equatable {
    /// Whether smaller values are better (rates, seconds) rather than larger (shares).
    public let isLowerBetter: Bool
    /// The limits for 100, 90, 80, 70 and 60 points, best first.
    public let limits: [Double]

    /// A ladder for a value where smaller is better: `value <= l100` gets 100, and so on.
    public static func atMost(
      _ l100: Double, _ l90: Double, _ l80: Double, _ l70: Double, _ l60: Double
    ) -> Ladder {
      Ladder(isLowerBetter: true, limits: [l100, l90, l80, l70, l60])
    }

    /// A ladder for a value where larger is better: `value >= l100` gets 100, and so on.
    public static func atLeast(
      _ l100: Double, _ l90: Double, _ l80: Double, _ l70: Double, _ l60: Double
    ) -> Ladder {
      Ladder(isLowerBetter: false, limits: [l100, l90, l80, l70, l60])
    }

    private init(isLowerBetter: Bool, limits: [Double]) {
      let isOrdered = zip(limits, limits.dropFirst()).allSatisfy {
        isLowerBetter ? $0 <= $1 : $0 >= $1
      }
      precondition(
        limits.allSatisfy(\.isFinite) && isOrdered,
        "band limits must be finite and run from best to worst, got \(limits)")
      self.isLowerBetter = isLowerBetter
      self.limits = limits
    }

    /// The band (100, 90, 80, 70, 60 or 50) that `value` falls in.
    public func points(for value: Double) -> Double {
      for (index, limit) in limits.enumerated()
      where isLowerBetter ? value <= limit : value >= limit {
        return 100 - 10 * Double(index)
      }
      return 50
    }
  }

  /// Band tables for the six sub-indicators (guesses: the platform does not publish them).
  public struct Bands: Sendable, Equatable {
    /// Band of quality returns / orders.
    ///
    /// Default ≤0.5 %, 1 %, 2 %, 3 %, 5 %, else 50. Guess: most live-commerce returns are
    /// fit or change-of-mind; the quality-reason share of a sound store is around 1 %, and
    /// 6 % (the Cardan Road "before") is clearly failing.
    public var qualityReturnRate: Ladder
    /// Band of 1–2 star reviews / orders.
    ///
    /// Default ≤0.3 %, 0.6 %, 1 %, 1.5 %, 2.5 %, else 50. Guess: if about 20 % of buyers
    /// review and 3 % of reviews are 1–2 stars (a 4.8-star shop), that is 0.6 % of orders,
    /// the 90 line.
    public var badReviewRate: Ladder
    /// Band of late pickups / orders.
    ///
    /// Default ≤1 %, 3 %, 5 %, 10 %, 20 %, else 50. Guess: the official pickup-time score
    /// per order runs 50–100; R-LATE bans products at a late rate above 25 %, so 20 % is the
    /// last qualified band.
    public var lateShipmentRate: Ladder
    /// Band of stock-out cancellations / orders.
    ///
    /// Default ≤0.2 %, 0.5 %, 1 %, 2 %, 3 %, else 50. Guess: stricter than late pickups,
    /// since each stock-out is a broken promise that R-LATE compensates and repeats lead to
    /// bans.
    public var stockoutCancellationRate: Ladder
    /// Band of the ticket-weighted mean manual response, in seconds.
    ///
    /// Default ≤30, 45, 60, 90, 180, else 50. Guess: above 90 s is negative service (R-NEG),
    /// so it falls to 60; above 180 s is below the qualified line.
    public var responseSeconds: Ladder
    /// Band of the order-weighted after-sales on-time share.
    ///
    /// Default ≥99 %, 97 %, 95 %, 90 %, 80 %, else 50. Guess: a time limit missed one case
    /// in five or more often is failing. Each day's share is weighted by its orders, because
    /// after-sales cases scale with orders and `ScoreDay` carries no case count; a day
    /// without orders does not count.
    public var afterSalesOnTimeShare: Ladder
    /// Orders in the window below which the small-shop floor applies: 300 (official for
    /// flagship shops; 500 for other shop types).
    ///
    /// A small shop with at most 3 quality returns gets at least 80 on the quality-return
    /// band, and with at most 3 bad reviews at least 80 on the bad-review band (each
    /// indicator separately, as the rule says "on that indicator").
    public var smallShopOrderLimit: Double

    /// Creates band tables.
    public init(
      qualityReturnRate: Ladder, badReviewRate: Ladder, lateShipmentRate: Ladder,
      stockoutCancellationRate: Ladder, responseSeconds: Ladder, afterSalesOnTimeShare: Ladder,
      smallShopOrderLimit: Double = 300
    ) {
      self.qualityReturnRate = qualityReturnRate
      self.badReviewRate = badReviewRate
      self.lateShipmentRate = lateShipmentRate
      self.stockoutCancellationRate = stockoutCancellationRate
      self.responseSeconds = responseSeconds
      self.afterSalesOnTimeShare = afterSalesOnTimeShare
      self.smallShopOrderLimit = smallShopOrderLimit
    }

    /// The default tables documented on each property.
    public static let `default` = Bands(
      qualityReturnRate: .atMost(0.005, 0.01, 0.02, 0.03, 0.05),
      badReviewRate: .atMost(0.003, 0.006, 0.01, 0.015, 0.025),
      lateShipmentRate: .atMost(0.01, 0.03, 0.05, 0.10, 0.20),
      stockoutCancellationRate: .atMost(0.002, 0.005, 0.01, 0.02, 0.03),
      responseSeconds: .atMost(30, 45, 60, 90, 180),
      afterSalesOnTimeShare: .atLeast(0.99, 0.97, 0.95, 0.90, 0.80))
  }

  /// Sums over the window; the two means are carried as weighted totals.
  private struct WindowSums {
    var orders = 0.0
    var qualityReturns = 0.0
    var badReviews = 0.0
    var lateShipments = 0.0
    var stockoutCancellations = 0.0
    var serviceTickets = 0.0
    /// Σ tickets · mean response seconds.
    var responseSeconds = 0.0
    /// Σ orders · on-time share.
    var onTimeOrders = 0.0
    var incidents = 0.0

    mutating func add(_ day: ScoreDay) {
      orders += day.orders
      qualityReturns += day.qualityReturns
      badReviews += day.badReviews
      lateShipments += day.lateShipments
      stockoutCancellations += day.stockoutCancellations
      serviceTickets += day.serviceTickets
      responseSeconds += day.serviceTickets * day.meanResponseSeconds
      onTimeOrders += day.orders * day.afterSalesOnTimeShare
      incidents += day.negativeServiceIncidents
    }
  }
}
