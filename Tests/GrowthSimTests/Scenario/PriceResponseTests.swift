import Foundation
import Testing

@testable import GrowthSim

/// The price response and the peer yardstick of traffic levels (issue 13 items 1–2).
@Suite struct PriceResponseTests {
  @Test func conversionFollowsTheConstantElasticity() {
    let response = PriceResponse(referencePrice: 100, elasticity: -2.62)
    #expect(response.conversionFactor(paidPrice: 100) == 1)
    #expect(abs(response.conversionFactor(paidPrice: 200) - 0.162_668) < 1e-6)
    #expect(abs(response.conversionFactor(paidPrice: 50) - 6.147_501) < 1e-6)
  }

  /// A room that converts like its peers scores 1 at any price: the price alone cannot
  /// buy a level.
  @Test(arguments: [20.0, 100, 450])
  func aRoomSellingLikeItsPeersScoresOneAtAnyPrice(price: Double) {
    let response = PriceResponse(referencePrice: 100, elasticity: -2.62)
    let conversion = 0.009 * response.conversionFactor(paidPrice: price)
    let roomGPM = 1000 * conversion * price
    let peers = response.peerGPM(conversionRate: 0.009, paidPrice: price)
    #expect(abs(roomGPM / peers - 1) < 1e-12)
  }

  /// A returning buyer gets a quarter of a discount's lift (promo_source): a 20 % discount
  /// lifts a new visitor 1.794 × 1.1 and a returning one 1.157 × 1.025, at any list price;
  /// without a discount both convert alike.
  @Test func aReturningBuyerGetsAQuarterOfADiscountsLift() {
    let response = PriceResponse(referencePrice: 100, elasticity: -2.62)
    #expect(response.returningFactor(discount: 0, salience: 0.5) == 1)
    let factor = response.returningFactor(discount: 0.2, salience: 0.5)
    let expected = pow(0.8, -0.655) * 1.025 / (pow(0.8, -2.62) * 1.1)
    #expect(abs(factor - expected) < 1e-12)
    #expect(abs(factor - 0.601) < 0.001)
    let asNew = PriceResponse(referencePrice: 100, elasticity: -2.62, returningShare: 1)
    #expect(abs(asNew.returningFactor(discount: 0.2, salience: 0.5) - 1) < 1e-12)
  }

  @Test func theElasticityMustLieBetweenMinusFourAndMinusOne() throws {
    var document = TestFixtures.minimal()
    document = try TestFixtures.patched(
      document, at: "/categories/0/priceResponse", json: #"{"elasticity": -5}"#)
    let text = TestFixtures.text(document)
    #expect(
      TestFixtures.messages(text)?.contains(
        "/categories/0/priceResponse/elasticity: must be at least -4, got -5") == true)
  }
}
