/// A published figure a scenario should reproduce: a statistic of one output column over a
/// date window, with the value expected and a relative tolerance (`docs/targets.md`).
///
/// Targets never change a simulated number: they are evaluated on a finished run's records.
public struct Target: Sendable, Equatable {
  /// How the days of a window reduce to one number.
  public enum Aggregate: String, Sendable, CaseIterable {
    case sum, mean, max, min, last
  }

  /// An inclusive date window and how its days are reduced.
  public struct Window: Sendable, Equatable {
    public var from: CivilDate
    public var to: CivilDate
    public var aggregate: Aggregate
  }

  /// Unique identifier, written to `targets.csv`.
  public var id: String
  /// What the figure is, in words.
  public var description: String
  /// A numeric column of `daily.csv`, or of `providers.csv` when `provider` is given.
  public var metric: String
  /// The merchant whose rows count; `nil` (and no provider) sums every merchant's day.
  public var merchant: String?
  /// The provider whose `providers.csv` rows count.
  public var provider: String?
  /// The window and its aggregate.
  public var window: Window
  /// A window to divide by: the statistic is then window ÷ baseline (a lift such as 1.73).
  public var baseline: Window?
  /// The figure expected.
  public var value: Double
  /// Relative tolerance, or absolute when `value` is 0.
  public var tolerance: Double
  /// The seed file and its sentence's figure, as the seed states it (issue 17); shown in
  /// `Scenarios/README.md`, not in `targets.csv`.
  public var citation = ""

  /// Whether `mean` is within tolerance of `value`: |mean − value| ≤ tolerance·|value|, or
  /// |mean| ≤ tolerance when `value` is 0.
  public func isHit(_ mean: Double) -> Bool {
    guard mean.isFinite else { return false }
    return abs(mean - value) <= tolerance * (value == 0 ? 1 : abs(value))
  }

  /// The numeric columns a target may name: of `providers.csv` with a provider, else of
  /// `daily.csv`.
  static func metrics(forProvider: Bool) -> [String] {
    forProvider
      ? ProviderTable.columns.filter { $0.value != nil }.map(\.name)
      : DailyTable.columns.filter { $0.value != nil }.map(\.name)
  }
}

extension Target {
  /// Reads a target; `horizon` is the run's first and last day, or `nil` when the calendar
  /// itself is invalid (windows are then not checked against it).
  init(reading r: ObjectReader, horizon: ClosedRange<CivilDate>?) {
    id = r.string("id", default: nil, .identifier, doc: "Unique identifier.")
    description = r.string(
      "description", default: "", .text, doc: "The published figure, in words.")
    citation = r.string(
      "citation", default: "", .text,
      doc: "Where the figure comes from: the seed file and its sentence's figure as the seed "
        + "states it (a peak, a month, month-on-month; PARAMETERS.md §3).")
    metric = r.string(
      "metric", default: nil, .identifier,
      doc: "A numeric column of `daily.csv` (per merchant and day), or of `providers.csv` "
        + "when `provider` is given (`gmv_cny`, `gmv_share`, `fees_cny`, `merchants`).")
    merchant = r.optionalString(
      "merchant", .reference("merchants"),
      doc: "The merchant (a cohort member's id too) whose rows count; without `merchant` and "
        + "`provider`, each day's value is the sum over all merchants.")
    provider = r.optionalString(
      "provider", .reference("providers"),
      doc: "The provider whose `providers.csv` rows count; not with `merchant`.")
    let windowRead = Target.window(r, "window", horizon: horizon, doc: "The days measured.")
    let aggregate = Target.aggregate(
      r, default: nil,
      doc: "How the window's days reduce to one number in each replication.")
    window = Window(from: windowRead.from, to: windowRead.to, aggregate: aggregate)
    baseline = r.optionalObject(
      "baseline",
      doc: "A second window to divide by: the statistic becomes window ÷ baseline (1.73 for "
        + "+73 %)."
    ) { b in
      let span = Target.window(b, nil, horizon: horizon, doc: "")
      return Window(
        from: span.from, to: span.to,
        aggregate: Target.aggregate(b, default: .mean, doc: "How the baseline's days reduce."))
    }
    value = r.number(
      "value", default: nil, .any, doc: "The figure expected (of the ratio, with `baseline`).")
    tolerance = r.number(
      "tolerance", default: 0.15, Bounds(lower: 0, exclusive: true, upper: 1), unit: "share",
      doc: "Hit when |mean − value| ≤ tolerance × |value| (absolute when `value` is 0).")
    checkSelection(r)
  }

  /// The metric exists for the rows selected, and at most one of merchant and provider.
  private func checkSelection(_ r: ObjectReader) {
    if merchant != nil, provider != nil {
      r.report(
        r.pointer.appending("provider"),
        "must not be given with merchant \"\(merchant ?? "")\", got \"\(provider ?? "")\"")
    }
    let known = Target.metrics(forProvider: r.has("provider"))
    guard !metric.isEmpty, !known.contains(metric) else { return }
    let file = r.has("provider") ? "providers.csv" : "daily.csv"
    var rule = "must be a numeric column of \(file)"
    // `gmv` means `gmv_cny`: the unit suffix is the likeliest thing left out.
    if let near = EditDistance.nearest(to: metric, among: known)
      ?? known.first(where: { $0.hasPrefix(metric + "_") })
    {
      rule += " (did you mean '\(near)'?)"
    } else {
      rule += " (see docs/output-format.md)"
    }
    r.report(r.pointer.appending("metric"), "\(rule), got \"\(metric)\"")
  }

  private static func aggregate(_ r: ObjectReader, default fallback: Aggregate?, doc: String)
    -> Aggregate
  {
    let words = Aggregate.allCases.map(\.rawValue)
    let text = r.string("aggregate", default: fallback?.rawValue, .oneOf(words), doc: doc)
    return Aggregate(rawValue: text) ?? fallback ?? .mean
  }

  /// Reads `from` and `to` of the object at `key` (or of `r` itself when `key` is `nil`),
  /// checking their order and that both lie inside the horizon.
  private static func window(
    _ r: ObjectReader, _ key: String?, horizon: ClosedRange<CivilDate>?, doc: String
  ) -> (from: CivilDate, to: CivilDate) {
    let read = { (w: ObjectReader) -> (from: CivilDate, to: CivilDate) in
      let before = w.issueCount
      let from = w.date("from", default: nil, doc: "First day, inclusive.")
      let to = w.date("to", default: nil, doc: "Last day, inclusive.")
      guard w.issueCount == before, w.has("from") else { return (from, to) }
      if to < from {
        w.report(w.pointer.appending("to"), "must not be before from \(from), got \"\(to)\"")
      }
      if let horizon {
        for (name, date) in [("from", from), ("to", to)] where !horizon.contains(date) {
          w.report(
            w.pointer.appending(name),
            "must lie within the run's horizon \(horizon.lowerBound) to \(horizon.upperBound), "
              + "got \"\(date)\"")
        }
      }
      return (from, to)
    }
    guard let key else { return read(r) }
    return r.object(key, doc: doc, read)
  }
}
