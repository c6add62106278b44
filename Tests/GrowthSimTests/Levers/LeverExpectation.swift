@testable import GrowthSim

/// What a lever should do to one case's whole-run GMV, orders and profit: the plausible
/// band of each as a ratio to the case's baseline (docs/levers.md gives the reasoning and
/// the sources).
struct LeverExpectation: Sendable, CustomStringConvertible {
  let file: String
  let lever: Lever
  let gmv: ClosedRange<Double>
  let orders: ClosedRange<Double>
  /// `nil` where profit is judged otherwise (days of cover: after clearance, against the
  /// best cover).
  let profit: ClosedRange<Double>?

  var description: String { "\(file): \(lever)" }

  /// The levers of issue 13 item 6, in the order of docs/levers.md.
  static let levers: [Lever] = [
    .listPrice(0.5), .listPrice(2), .discount30, .cover90, .adBudget2, .agentsThird,
    .noCampaign, .noProvider, .noVideos, .liveHours2, .luckyBags2,
  ]

  /// The bands, the same for the three cases: each lever's reasoning holds for any
  /// merchant, and docs/levers.md gives it with the figures each case shows.
  static let bands:
    [(
      lever: Lever, gmv: ClosedRange<Double>, orders: ClosedRange<Double>,
      profit: ClosedRange<Double>?
    )] = [
      // Conversion × 2^2.62 = 6.1, compounded by repeat buying and word of mouth, capped
      // by stock; each order pays half; margins thin or negative after refunds and fees.
      (.listPrice(0.5), 1.5...12, 3...25, -6...0.95),
      // Conversion × 2^−2.62 = 0.16; each order pays twice; the volume lost outweighs
      // the margin won (p* = 1.62 × unit cost, PARAMETERS §6.4).
      (.listPrice(2), 0.15...0.6, 0.08...0.3, -0.2...0.95),
      // Paid price × 0.78: conversion × 1.93 from the price, × 1.1 from salience; a deep
      // discount wins buyers who repeat half as much (Lewis 2006), so a repeat-driven
      // consumable with a thin margin (Yili) barely grows and keeps little profit.
      (.discount30, 0.85...3.5, 1.1...4.5, 0.05...2.5),
      // Deeper stock (opening and reorders, `LeverCase.openWithCover`) only removes
      // stock-outs; profit is judged after clearance (`ninetyDaysOfCoverEarnLessThanTheBestCover`).
      (.cover90, 0.97...1.1, 0.97...1.1, nil),
      // The Hill curve saturates, CPM rises with spend (doubling: +20–40 %) and an
      // ROI-target plan may not spend more.
      (.adBudget2, 1...1.4, 1...1.4, 0.6...1.2),
      // Slower answers lower the experience score, which throttles traffic, and late
      // pre-sale answers lose the chat's lift; on 8-hour shifts a third of the default's
      // agents leaves hours uncovered. The saved wages never make up for it.
      (.agentsThird, 0.3...1, 0.3...1, 0.2...1),
      // A festival lifts traffic and conversion for a few weeks of the run.
      (.noCampaign, 0.8...1, 0.8...1, 0.75...1.02),
      // The provider's capabilities lift traffic and conversion; its fees go too.
      (.noProvider, 0.6...0.95, 0.6...0.95, 0.6...1.2),
      // Videos bring a minor share of visits and seed the interest pool, and without new
      // ones the paid creative tires (CTR −20–30 %); ad spend stays, so profit falls more.
      (.noVideos, 0.7...1, 0.7...1, 0.6...1.05),
      // Extra hours fall off prime time (diurnal supply), fixed costs stay.
      (.liveHours2, 1...2, 1...2, 0.8...2),
      // More follows and feed weight, and engagement in the level score, for the bags' cost:
      // half-saturation bags (none of the cases runs any) lift the weight and the score
      // × 1.15, which can tip a room just under a threshold up one level (× 1.31): GMV at
      // most about 1.6. The costs that stay lever the profit: (profit − 1) is 1.3–2 ×
      // (GMV − 1) on these cases (this row and live hours × 2), so at most about 2.
      (.luckyBags2, 1...1.6, 1...1.6, 0.9...2),
    ]

  static let table: [LeverExpectation] = table(LeverCase.all)

  /// The fast suite's rows (`LeverCase.fast`) and the other cases' rows.
  static let fastTable = table([LeverCase.fast])
  static let othersTable = table(LeverCase.others)

  static func table(_ cases: [LeverCase]) -> [LeverExpectation] {
    cases.flatMap { leverCase in
      bands.map {
        LeverExpectation(
          file: leverCase.file, lever: $0.lever, gmv: $0.gmv, orders: $0.orders, profit: $0.profit
        )
      }
    }
  }
}
