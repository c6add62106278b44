/// The days `--at` or `--window` asks about: one day, or an inclusive range of days.
///
/// Days count from 0, as the `day` column of the CSV files (day 0 is the scenario's start
/// date); a date (`2026-07-31`) names its day, a campaign id its window (clipped to the run).
public struct FocusSpan: Sendable, Equatable {
  /// The first and last day, counted from 0.
  public var from: Int
  public var to: Int
  /// How the user named it (`day 30`, `2026-08-18`, `818`), for the headings.
  public var label: String

  /// The span of `--at TEXT` (`at` true) or `--window TEXT` in a run of `days` days from
  /// `start`, with `campaigns` for a window named by campaign.
  public static func parse(
    _ text: String, isWindow: Bool, start: CivilDate, days: Int,
    campaigns: [ReportContext.Window]
  ) throws(ReportError) -> FocusSpan {
    let option = isWindow ? "--window" : "--at"
    func day(_ part: Substring) throws(ReportError) -> Int {
      let value: Int
      if let number = Int(part) {
        value = number
      } else if let date = CivilDate(iso: String(part)) {
        value = date.daysSinceEpoch - start.daysSinceEpoch
      } else {
        throw .focus(
          "\(option) '\(text)': '\(part)' is neither a day (counted from 0) nor a date "
            + "(YYYY-MM-DD)" + (isWindow ? " nor a campaign id" : ""))
      }
      guard value >= 0, value < days else {
        throw .focus(
          "\(option) '\(text)': day \(value) is outside the run (days 0…\(days - 1), "
            + "\(start) to \(start.adding(days: days - 1)))")
      }
      return value
    }
    guard isWindow else {
      let at = try day(Substring(text))
      return FocusSpan(from: at, to: at, label: text)
    }
    if let campaign = campaigns.first(where: { $0.label == text }) {
      let from = max(campaign.from, 0)
      let to = min(campaign.to, days - 1)
      guard from <= to else {
        throw .focus("--window '\(text)': the campaign falls outside the run")
      }
      return FocusSpan(from: from, to: to, label: text)
    }
    guard let dots = text.range(of: "..") else {
      let known = campaigns.map(\.label)
      throw .focus(
        "--window '\(text)': expected FROM..TO (days from 0 or dates) or a campaign id"
          + (known.isEmpty
            ? " (the scenario has none)" : " (one of \(known.joined(separator: ", ")))"))
    }
    let from = try day(text[..<dots.lowerBound])
    let to = try day(text[dots.upperBound...])
    guard from <= to else {
      throw .focus("--window '\(text)': FROM must not be after TO")
    }
    return FocusSpan(from: from, to: to, label: text)
  }

  /// `day 30 (2026-07-31)` or `days 48…51 (2026-08-18 to 2026-08-21, 4 days)`.
  public func heading(start: CivilDate) -> String {
    let first = start.adding(days: from)
    guard to > from else { return "day \(from) (\(first))" }
    return "days \(from)…\(to) (\(first) to \(start.adding(days: to)), \(to - from + 1) days)"
  }
}
