/// `report --at`/`--window`: the figures of one day or window, read back from a results
/// folder's `daily.csv`.
public enum ReportFocus {
  /// Why the figures cannot be worked out.
  public enum Failure: Error, Sendable, Equatable {
    /// The folder holds no `daily.csv`.
    case noDaily
    /// `daily.csv` does not read.
    case daily(ReportError)
    /// `--at`/`--window` names no day or window of the results.
    case span(ReportError)
  }

  /// The figures of `focus` (a day, or a window when `isWindow`) in `directory`'s
  /// `daily.csv`; `campaigns` are the scenario's when `--scenario` gave one (otherwise the
  /// file's).
  public static func figures(
    in directory: String, focus: String, isWindow: Bool, campaigns: [ReportContext.Window]?
  ) throws(Failure) -> FocusFigures {
    let read: DailyTotals?
    do throws(ReportError) {
      read = try DailyTotals.read(directory + "/daily.csv")
    } catch {
      throw .daily(error)
    }
    guard let totals = read else { throw .noDaily }
    do throws(ReportError) {
      let span = try FocusSpan.parse(
        focus, isWindow: isWindow, start: totals.start, days: totals.days,
        campaigns: campaigns ?? totals.campaigns)
      return FocusFigures(totals, span: span)
    } catch {
      throw .span(error)
    }
  }
}
