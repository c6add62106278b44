/// What a merchant and its provider decide each day: live hours, ad budget, price, staff.
public struct Policy: Sendable, Equatable {
  /// Unique identifier, referenced by merchants and written to the `policy` column.
  public var id: String
  /// The hour of day (0–23) the live room opens.
  public var liveStartHour: Int
  /// Hours the room stays live each day; 0 for no live.
  public var liveHours: Double
  /// Qianchuan budget per day for the live room, in yuan, spent evenly over the live.
  public var adDailyBudget: Double
  /// Discount off list price, 0…0.9.
  public var discount: Double
  /// Extra conversion per unit of discount: conversion × (1 + elasticity × discount).
  public var discountElasticity: Double
  /// Customer-service agents on duty.
  public var serviceAgents: Int
  /// Cost of one agent per day, in yuan.
  public var agentCostPerDay: Double
}

extension Policy {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    (liveStartHour, liveHours) = r.object("live", doc: "The daily self-broadcast session.") {
      live in
      (
        live.integer(
          "startHour", default: 19, 0...23, unit: "hour",
          doc: "Hour of day the room opens (guess: prime time 19–23)."),
        live.number(
          "hours", default: 4, .from(0, to: 24), unit: "hours",
          doc: "Hours live per day, rounded to whole ticks; 0 for none (live_hours_min 4).")
      )
    }
    adDailyBudget = r.object("ads", doc: "Qianchuan paid traffic for the live room.") { ads in
      ads.number(
        "dailyBudget", default: 0, .from(0, to: 1e9), unit: "yuan/day",
        doc: "Budget per day, spent evenly over the live ticks; unspent budget lapses.")
    }
    (discount, discountElasticity) = r.object("pricing", doc: "Price decisions.") { pricing in
      (
        pricing.number(
          "discount", default: 0, .from(0, to: 0.9), unit: "share",
          doc: "Discount off list price."),
        pricing.number(
          "discountElasticity", default: 2, .from(0, to: 100), unit: "×",
          doc: "Conversion × (1 + elasticity × discount) (guess).")
      )
    }
    (serviceAgents, agentCostPerDay) = r.object("service", doc: "Customer service.") { service in
      (
        service.integer(
          "agents", default: 2, 0...10_000, unit: "agents",
          doc: "Agents on duty per day (guess: a small shop)."),
        service.number(
          "agentCostPerDay", default: 300, .from(0, to: 1e6), unit: "yuan/day",
          doc: "Cost of one agent per day (guess).")
      )
    }
  }
}
