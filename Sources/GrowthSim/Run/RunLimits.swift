/// Ceilings on the size of what a command does, checked after the scenario loads and before
/// anything is simulated or allocated for results, so a typo (`"days": 36500`, a cohort of a
/// million) is an error, not hours of work or an exhausted machine.
///
/// Each has a name; `--limit NAME=N` raises (or lowers) it. The defaults are far above the
/// shipped scenarios (the belt: 1,300 merchants, 365 days).
public struct RunLimits: Sendable, Equatable {
  /// Size of a scenario or spec file, in MiB (`file-mib`).
  public var fileMiB = 16
  /// Simulated days (`days`); the format itself allows at most 3,650.
  public var days = 1_830
  /// Merchants, listed and drawn in cohorts (`merchants`).
  public var merchants = 20_000
  /// SKUs over all merchants (`skus`).
  public var skus = 200_000
  /// Merchant-days a run holds in memory: replications × merchants × days, times the
  /// policies of a comparison (`merchant-days`).
  public var merchantDays = 50_000_000
  /// Simulations of a sweep: points × replications (`runs`).
  public var runs = 10_000_000
  /// Estimated size of the CSV files written, in MiB (`output-mib`).
  public var outputMiB = 20_480
  /// Customer-service tickets one merchant's day may simulate one by one.
  ///
  /// (`tickets-per-merchant-day`.) The work of a day grows with them, so hostile rates
  /// (stock, traffic, conversion and audiences at their maxima) would make one day last for
  /// hours. Checked during a run, as each day ends; the shipped scenarios stay below 4,000.
  public var ticketsPerMerchantDay = 1_000_000

  /// The defaults.
  public init() {}

  /// The `merchants` and `skus` limits, for the loader to check before drawing cohorts.
  public var population: PopulationLimit {
    PopulationLimit(merchants: merchants, skus: skus, isNamed: true)
  }

  /// The names `--limit` takes, in documentation order.
  public static let names = [
    "file-mib", "days", "merchants", "skus", "merchant-days", "runs", "output-mib",
    DayWorkExcess.limitName,
  ]

  /// Sets the limit called `name`; returns `false` for an unknown name.
  public mutating func set(_ name: String, to value: Int) -> Bool {
    switch name {
    case "file-mib": fileMiB = value
    case "days": days = value
    case "merchants": merchants = value
    case "skus": skus = value
    case "merchant-days": merchantDays = value
    case "runs": runs = value
    case "output-mib": outputMiB = value
    case DayWorkExcess.limitName: ticketsPerMerchantDay = value
    default: return false
    }
    return true
  }

  /// The issues of a run of `size` (the size's own numbers), each naming the limit broken
  /// and how to raise it; empty when the run fits.
  public func issues(_ size: RunSize) -> [ScenarioError.Issue] {
    var issues: [ScenarioError.Issue] = []
    func check(
      _ at: JSONPointer, _ value: Int, _ limit: Int, _ name: String, _ rule: String,
      detail: String = ""
    ) {
      guard value > limit else { return }
      issues.append(
        .init(
          at,
          "\(rule.replacingOccurrences(of: "LIMIT", with: "\(limit)")) (the \(name) limit; "
            + "raise it with --limit \(name)=N), got \(value)\(detail)"))
    }
    let root = JSONPointer.root
    let merchants = root.appending("merchants")
    check(
      root.appending("calendar").appending("days"), size.days, days, "days", "must be at most LIMIT"
    )
    check(
      merchants, size.merchants, self.merchants, "merchants",
      "must make at most LIMIT merchants in all, listed and in cohorts")
    check(merchants, size.skus, skus, "skus", "must make at most LIMIT SKUs in all")
    check(
      root, size.merchantDays, merchantDays, "merchant-days",
      "the run must hold at most LIMIT merchant-days", detail: " (\(size.merchantDaysText))")
    if let runs = size.runs {
      check(
        root, runs, self.runs, "runs",
        "the sweep must have at most LIMIT points × replications (× policies)")
    }
    check(
      root, size.outputMiB, outputMiB, "output-mib",
      "the files written must be at most LIMIT MiB (estimated)")
    return issues
  }
}

/// How big a command is, estimated before it runs: for the limits and for the line printed
/// before a long run.
public struct RunSize: Sendable, Equatable {
  public var days: Int
  public var merchants: Int
  public var skus: Int
  /// Replications per scenario run.
  public var replications: Int
  /// Scenario runs held at once: the policies of a comparison, 1 for a run or a sweep.
  public var variants: Int
  /// Points × replications of a sweep; `nil` for a run or comparison.
  public var runs: Int?
  /// Merchant-days in memory at once: variants × replications × merchants × days.
  public var merchantDays: Int
  /// Daily rows written (`daily.csv`, `compare_daily.csv` or `sweep-daily.csv`).
  public var rows: Int
  /// Estimated bytes of CSV written.
  public var outputBytes: Int

  /// The estimate in MiB, rounded up.
  public var outputMiB: Int { (outputBytes + (1 << 20) - 1) >> 20 }

  var merchantDaysText: String {
    "\(variants > 1 ? "\(variants) policies × " : "")\(replications) replications × "
      + "\(merchants) merchants × \(days) days"
  }

  /// Bytes per row, measured on `Results/default` (a `daily.csv` row is about 372 bytes, a
  /// `summary.csv` row 170) and on a sweep's long form (about 28 per metric row).
  static let dailyRowBytes = 380
  static let summaryRowBytes = 180
  static let longRowBytes = 30
  /// A `sku_daily.csv` row (about 105 bytes on `Results/default`).
  static let skuRowBytes = 110

  /// A `run`: every replication's daily rows in memory, then `daily.csv` and `summary.csv`.
  public static func run(_ scenario: Scenario) -> RunSize {
    let base = base(scenario)
    let merchantDays = scenario.experiment.replications &* base.merchants &* base.days
    let rows = scenario.output.writesDaily ? merchantDays : 0
    let skuRows =
      SKUDailyTable.isWritten(for: scenario)
      ? scenario.experiment.replications &* base.skus &* base.days : 0
    return RunSize(
      days: base.days, merchants: base.merchants, skus: base.skus,
      replications: scenario.experiment.replications, variants: 1, runs: nil,
      merchantDays: merchantDays, rows: rows,
      outputBytes: rows &* dailyRowBytes &+ scenario.experiment.replications &* base.merchants
        &* summaryRowBytes &+ skuRows &* skuRowBytes)
  }

  /// A `compare` of `policies`: each policy's run is held until the comparison is built.
  public static func compare(_ scenario: Scenario, policies: Int) -> RunSize {
    var size = run(scenario)
    size.variants = policies
    size.merchantDays = size.merchantDays &* policies
    // compare_daily.csv: per day, policy and metric a row; summary is a few rows.
    size.rows = base(scenario).days &* policies &* 16
    size.outputBytes = size.rows &* 200
    return size
  }

  /// A sweep of `points` × `replications` under `policies` (1 when it compares none), with or
  /// without `sweep-daily.csv`; memory stays flat (points stream to disk), so merchant-days
  /// count one run.
  public static func sweep(
    _ scenario: Scenario, points: Int, replications: Int, policies: Int = 1, daily: Bool
  ) -> RunSize {
    let base = base(scenario)
    let merchantDays = replications &* base.merchants &* base.days
    let rows = daily ? points &* policies &* merchantDays &* SweepDailyTable.metrics.count : 0
    return RunSize(
      days: base.days, merchants: base.merchants, skus: base.skus, replications: replications,
      variants: 1, runs: points &* replications &* policies, merchantDays: merchantDays,
      rows: rows, outputBytes: rows &* longRowBytes &+ points &* policies &* 400)
  }

  private static func base(_ scenario: Scenario) -> (days: Int, merchants: Int, skus: Int) {
    (
      scenario.calendar.days, scenario.merchants.count,
      scenario.merchants.reduce(0) { $0 + $1.skus.count }
    )
  }

  /// Whether the run is long enough to announce its size first.
  public var isLong: Bool {
    merchantDays >= 100_000 || (runs ?? 0) >= 10_000 || outputBytes >= 64 << 20
  }

  /// `1,300 merchants × 365 days × 8 replications = 3,796,000 merchant-days; about 3,796,000
  /// daily rows, 1.3 GiB of CSV (estimate)`.
  public var description: String {
    var text = "\(Self.grouped(merchants)) merchant(s) × \(Self.grouped(days)) days × "
    if let runs {
      text += "\(Self.grouped(runs)) runs (points × replications)"
    } else {
      text += "\(Self.grouped(replications)) replication(s)"
      if variants > 1 { text += " × \(variants) policies" }
      text += " = \(Self.grouped(merchantDays)) merchant-days"
    }
    let mib = outputMiB
    let amount = mib >= 1024 ? "\(mib / 1024).\(mib % 1024 * 10 / 1024) GiB" : "\(mib) MiB"
    return text + "; about \(Self.grouped(rows)) daily rows, \(amount) of CSV (estimate)"
  }

  /// `1234567` → `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = Array(String(value.magnitude))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (value < 0 ? "-" : "") + text
  }
}
