import Foundation

/// How a category's buyers answer the price they pay (issue 13 item 1, PARAMETERS §6.4).
///
/// Conversion is scaled by `(paid / referencePrice)^elasticity`: a constant own-price
/// elasticity around the price the category's same-slot peers charge. `paid` is a
/// merchant's demand-weighted list price after its discount, so list price and discount act
/// the same way. At the reference price the factor is 1, so `conversionRate` stays the
/// conversion of a room priced like its peers.
///
/// A returning buyer answers only `returningShare` of a discount's lift (in its elasticity and
/// in the discount's pull): most of a promotion's lift is brand switching (promo_source, about
/// 75 %; Bell, Chiang & Padmanabhan 1999, PARAMETERS §6.4), and a buyer who comes back has
/// already chosen the store; what is left is buying more often and more at once.
public struct PriceResponse: Sendable, Equatable {
  /// The price paid per order of the category's peers, in yuan.
  public var referencePrice: Double
  /// The own-price elasticity of conversion (negative: dearer converts less).
  public var elasticity: Double
  /// The share of a discount's lift (its lower price and its pull) that reaches a returning
  /// buyer: the purchase-incidence and quantity part of a promotion's lift.
  public var returningShare: Double

  /// Documented defaults: the meta-analytic mean elasticity (Bijmolt, van Heerde & Pieters
  /// 2005: −2.62 over 1,851 estimates) and a mid-range apparel order (aov_live 19–447 yuan;
  /// the default scenario's merchant pays 159 yuan after its 10 % discount, a little below
  /// its peers, which keeps its conversion where the calibration of issue 3 put it).
  public init(
    referencePrice: Double = 168, elasticity: Double = -2.62, returningShare: Double = 0.25
  ) {
    self.referencePrice = referencePrice
    self.elasticity = elasticity
    self.returningShare = returningShare
  }

  /// The conversion multiplier of a room whose orders pay `paidPrice` on average.
  public func conversionFactor(paidPrice: Double) -> Double {
    guard paidPrice > 0 else { return 1 }
    return pow(paidPrice / referencePrice, elasticity)
  }

  /// A returning buyer's conversion relative to a new visitor's under a discount.
  ///
  /// A discount lifts a new visitor's conversion by (1 − discount)^elasticity (the lower
  /// price) times `1 + salience × discount` (its pull); a returning buyer gets both at
  /// `returningShare` strength. The list price acts on both alike: the promotion's lift is
  /// what the source splits, and a dearer list price cannot buy the room a level. 1 without a
  /// discount; a 20 % discount gives 0.60 at the defaults.
  public func returningFactor(discount: Double, salience: Double) -> Double {
    guard discount > 0, discount < 1 else { return 1 }
    let newLift = pow(1 - discount, elasticity) * (1 + salience * discount)
    let returningLift =
      pow(1 - discount, elasticity * returningShare) * (1 + returningShare * salience * discount)
    return returningLift / newLift
  }

  /// The GPM (yuan per 1,000 visits) of a peer room selling at `paidPrice`.
  ///
  /// The category's conversion at that price (average host skill, no discount pull), times
  /// the price. Traffic levels are judged against it, so the price itself neither lifts nor
  /// sinks a room's level: only how well the room sells at its price does.
  public func peerGPM(conversionRate: Double, paidPrice: Double) -> Double {
    1000 * conversionRate * conversionFactor(paidPrice: paidPrice) * paidPrice
  }
}

extension PriceResponse {
  init(reading r: ObjectReader) {
    let defaults = PriceResponse()
    self.init(
      referencePrice: r.number(
        "referencePrice", default: defaults.referencePrice,
        Bounds(lower: 0, exclusive: true, upper: 10_000_000), unit: "yuan",
        doc: "Price paid per order by the category's same-slot peers; conversion is "
          + "`conversionRate` at this price (aov_live 19–447; default: a mid-range apparel "
          + "order)."),
      elasticity: r.number(
        "elasticity", default: defaults.elasticity, .from(-4, to: -1), unit: "×",
        doc: "Own-price elasticity of conversion (price_elasticity_mean −2.62, Bijmolt et al. "
          + "2005; allowed −4 to −1)."),
      returningShare: r.number(
        "returningShare", default: defaults.returningShare, .unit, unit: "share",
        doc: "Share of a discount's lift (its lower price and its pull) that reaches "
          + "returning buyers: repeat visits and the follower orders of past buyers (promo_source: "
          + "about 75 % of a promotion's lift is brand switching, Bell, Chiang & Padmanabhan "
          + "1999, which a buyer who already chose the store does not need; 1 = as new buyers)."))
  }
}
