/// A platform festival window (618, 818, Double 11 or custom) and how it moves the market.
public struct Campaign: Sendable, Equatable {
  /// Unique identifier, written to the `campaign` column.
  public var id: String
  /// The first day of the window.
  public var start: CivilDate
  /// The last day of the window (inclusive).
  public var end: CivilDate
  /// Multiplier on the feed's impression supply and on search and mall visits.
  public var trafficMultiplier: Double
  /// Multiplier on the background competition.
  public var competitionMultiplier: Double
  /// Multiplier on the Qianchuan CPM.
  public var cpmMultiplier: Double
  /// Multiplier on every conversion rate.
  public var conversionMultiplier: Double
}

extension Campaign {
  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    start = r.date("start", default: nil, doc: "First day of the window.")
    end = r.date("end", default: nil, doc: "Last day of the window, inclusive.")
    if r.has("start"), r.has("end"), end < start {
      r.report(r.pointer.appending("end"), "must not be before start \(start), got \"\(end)\"")
    }
    trafficMultiplier = r.number(
      "trafficMultiplier", default: 3, .from(0.01, to: 100), unit: "×",
      doc: "Multiplier on feed supply and search/mall visits (campaign day 2–3.5×).")
    competitionMultiplier = r.number(
      "competitionMultiplier", default: 1.3, .from(0.01, to: 100),
      unit: "×",
      doc: "Multiplier on the background competition (guess).")
    cpmMultiplier = r.number(
      "cpmMultiplier", default: 1.5, .from(0.01, to: 100), unit: "×",
      doc: "Multiplier on the Qianchuan CPM (cpm_promo, guess +30–100 %).")
    conversionMultiplier = r.number(
      "conversionMultiplier", default: 1.1, .from(0.01, to: 100),
      unit: "×",
      doc: "Multiplier on every conversion rate (guess: festival discounts).")
  }
}
