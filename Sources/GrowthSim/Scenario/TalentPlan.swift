/// Sessions by talents who sell the merchant's goods to their own audience (FACT's A and T,
/// MODEL.md §3.2 item 6): alliance affiliates on a schedule, top KOLs on given dates.
public struct TalentPlan: Sendable, Equatable {
  /// One affiliate session every this many days (0: none), from day 0.
  public var allianceEveryDays: Int
  /// Visits an affiliate session brings.
  public var allianceAudience: Double
  /// Commission on an affiliate session's GMV.
  public var allianceCommissionRate: Double
  /// Top-KOL sessions on given dates.
  public var topKOLSessions: [KOLSession]
  /// A top-KOL session every this many days, the first on that day (0: none), with the
  /// first dated session's terms or the defaults.
  public var topKOLEveryDays: Int
  /// The hour sessions start.
  public var startHour: Int

  /// One top-KOL session.
  public struct KOLSession: Sendable, Equatable {
    /// The day of the session.
    public var date: CivilDate
    /// Visits the session brings.
    public var audience: Double
    /// Commission on the session's GMV.
    public var commissionRate: Double
    /// The slot fee (坑位费), in yuan.
    public var fee: Double
  }
}

extension TalentPlan {
  /// The terms of a periodic top-KOL session: the first dated session's, or the defaults.
  var periodicKOL: KOLSession {
    topKOLSessions.first
      ?? KOLSession(
        date: CivilDate(year: 2026, month: 1, day: 1), audience: 50_000, commissionRate: 0.25,
        fee: 30_000)
  }

  init(reading r: ObjectReader) {
    allianceEveryDays = r.integer(
      "allianceEveryDays", default: 0, 0...365, unit: "days",
      doc: "One affiliate (精选联盟) session every this many days; 0 for none.")
    allianceAudience = r.number(
      "allianceAudience", default: 5000, .from(0, to: 1e9), unit: "visits",
      doc: "Visits an affiliate session brings (guess: a mid-tier talent).")
    allianceCommissionRate = r.number(
      "allianceCommissionRate", default: 0.2, .unit, unit: "share",
      doc: "Commission on an affiliate session's GMV (guess: 20 % is common for apparel).")
    startHour = r.integer(
      "startHour", default: 20, 0...23, unit: "hour", doc: "Hour talent sessions happen.")
    topKOLEveryDays = r.integer(
      "topKOLEveryDays", default: 0, 0...365, unit: "days",
      doc: "A top-KOL session every this many days, first on that day (0: none), on the terms "
        + "of the first `topKOL` entry or its defaults.")
    topKOLSessions = r.objects("topKOL", doc: "One-off sessions with top talents (T of FACT).") {
      k in
      KOLSession(
        date: k.date("date", default: nil, doc: "Day of the session."),
        audience: k.number(
          "audience", default: 50_000, .from(0, to: 1e10), unit: "visits",
          doc: "Visits to the merchant's product link in the session (guess: a slot among "
            + "many brands)."),
        commissionRate: k.number(
          "commissionRate", default: 0.25, .unit, unit: "share",
          doc: "Commission on the session's GMV (guess)."),
        fee: k.number(
          "fee", default: 30_000, .from(0, to: 1e9), unit: "yuan",
          doc: "Slot fee (坑位费) (guess)."))
    }
  }
}
