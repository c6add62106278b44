/// A platform festival window (618, 818, Double 11 or custom) and how it moves the market.
public struct Campaign: Sendable, Equatable {
  /// Unique identifier, written to the `campaign` column.
  public var id: String
  /// The first day of the window.
  public var start: CivilDate
  /// The last day of the window (inclusive).
  public var end: CivilDate
  /// The first and last day of the peak; the days before are pre-heat, the days after tail.
  public var peakStart: CivilDate
  public var peakEnd: CivilDate
  /// The share of each multiplier's uplift felt on pre-heat and tail days.
  public var preheatShare: Double
  public var tailShare: Double
  /// Days after the window whose traffic is multiplied by `hangoverTrafficMultiplier`.
  public var hangoverDays: Int
  public var hangoverTrafficMultiplier: Double
  /// Multiplier on the feed's impression supply and on search and mall visits.
  public var trafficMultiplier: Double
  /// Multiplier on the background competition.
  public var competitionMultiplier: Double
  /// Multiplier on the Qianchuan CPM.
  public var cpmMultiplier: Double
  /// Multiplier on every conversion rate.
  public var conversionMultiplier: Double
}

/// A day's place in a campaign: in its window (pre-heat, peak, tail) or just after it.
public enum CampaignPhase: String, Sendable, Equatable {
  case preheat, peak, tail, hangover

  /// Whether the day is a festival day (in the window): hangover days are not.
  public var isFestival: Bool { self != .hangover }
}

extension Campaign {
  /// The phase on a day (days since 1970-01-01) and the share of the uplift felt then, or
  /// `nil` outside the window and its hangover.
  func phase(on day: Int) -> (phase: CampaignPhase, share: Double)? {
    switch day {
    case ..<start.daysSinceEpoch: return nil
    case ..<peakStart.daysSinceEpoch: return (.preheat, preheatShare)
    case ...peakEnd.daysSinceEpoch: return (.peak, 1)
    case ...end.daysSinceEpoch: return (.tail, tailShare)
    case ...(end.daysSinceEpoch + hangoverDays): return (.hangover, 0)
    default: return nil
    }
  }

  init(reading r: ObjectReader) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    start = r.date("start", default: nil, doc: "First day of the window.")
    let issuesBeforeEnd = r.issueCount
    end = r.date("end", default: nil, doc: "Last day of the window, inclusive.")
    if r.issueCount > issuesBeforeEnd {
      // An unreadable end is reported already; a far date keeps the horizon check quiet.
      end = CivilDate(year: 9999, month: 12, day: 31)
    }
    if r.has("start"), r.has("end"), end < start {
      r.report(r.pointer.appending("end"), "must not be before start \(start), got \"\(end)\"")
    }
    peakStart =
      r.optionalDate(
        "peakStart", absentMeaning: "the window's `start`",
        doc: "First peak day; the days from `start` before it are pre-heat.") ?? start
    peakEnd =
      r.optionalDate(
        "peakEnd", absentMeaning: "the window's `end`",
        doc: "Last peak day; the days after it up to `end` are the tail.") ?? end
    var peakIsInside = true
    for (key, date) in [("peakStart", peakStart), ("peakEnd", peakEnd)]
    where r.has(key) && (date < start || date > end) {
      peakIsInside = false
      r.report(
        r.pointer.appending(key), "must lie between start \(start) and end \(end), got \"\(date)\"")
    }
    if peakIsInside, r.has("peakStart") || r.has("peakEnd"), peakEnd < peakStart {
      r.report(
        r.pointer.appending("peakEnd"),
        "must not be before peakStart \(peakStart), got \"\(peakEnd)\"")
    }
    preheatShare = r.number(
      "preheatShare", default: 0.4, .unit, unit: "share",
      doc: "Share of each multiplier's uplift felt on pre-heat days (guess).")
    tailShare = r.number(
      "tailShare", default: 0.5, .unit, unit: "share",
      doc: "Share of each multiplier's uplift felt on tail days (guess).")
    let issuesBeforeHangover = r.issueCount
    hangoverDays = r.integer(
      "hangoverDays", default: 3, 0...60, unit: "days",
      doc: "Days after the window with less traffic: demand pulled forward (guess).")
    if r.issueCount > issuesBeforeHangover {
      // Reported already; a long hangover keeps the horizon check quiet, so no message
      // quotes the default in place of the file's value.
      hangoverDays = 36_500
    }
    hangoverTrafficMultiplier = r.number(
      "hangoverTrafficMultiplier", default: 0.85, .from(0.01, to: 1), unit: "×",
      doc: "Traffic multiplier on hangover days (guess).")
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
