/// A whole what-if: calendar, market, merchants and the policies they follow (format v1).
///
/// Values are plain and checked: a `Scenario` exists only if `Scenario.decode` found no issue.
/// Money is in yuan, rates are shares in 0…1, time is in days and minutes.
public struct Scenario: Sendable, Equatable {
  /// The format version this build reads.
  public static let formatVersion = 1

  /// A short label for output.
  public var name: String
  /// What the scenario is for, and its sources.
  public var description: String
  /// Where its figures come from (a seed file and section), for the results table.
  public var source: String
  /// Remarks: values outside the documented ranges and why, simplifications.
  public var notes: [String]
  /// The simulated days.
  public var calendar: Calendar
  /// Seed, replications, mean-field mode.
  public var experiment: Experiment
  /// Which files a run writes.
  public var output: Output
  /// Platform-wide rules.
  public var platform: Platform
  /// Which feedback loops are on (all by default), for ablation.
  public var loops: Loops
  /// Product categories: the markets merchants sell in.
  public var categories: [Category]
  /// Service providers (agencies).
  public var providers: [Provider]
  /// Festivals such as 618, 818, Double 11.
  public var campaigns: [Campaign]
  /// What merchants decide each day.
  public var policies: [Policy]
  /// The stores simulated.
  public var merchants: [Merchant]
  /// For each merchant, the cohort it was drawn from (nil for one listed in `merchants`).
  public var cohortOfMerchant: [Int?]
  /// Published figures a run should reproduce, checked on the finished records.
  public var targets: [Target]

  /// The calendar of a run.
  public struct Calendar: Sendable, Equatable {
    /// The first simulated day.
    public var startDate: CivilDate
    /// The number of simulated days.
    public var days: Int
  }

  /// How a scenario is replicated.
  public struct Experiment: Sendable, Equatable {
    /// The scenario seed; every random stream derives from it.
    public var seed: UInt64
    /// The number of independent replications.
    public var replications: Int
    /// Whether every random draw is replaced by its expectation.
    public var isMeanField: Bool
    /// The policies `compare` runs without `--policies` (and `Scripts/regenerate-results.sh`
    /// compares); empty for the presets `snowball`, `funnel`.
    public var comparePolicies: [String]
  }

  /// Which files a run writes.
  public struct Output: Sendable, Equatable {
    /// Whether `daily.csv` is written.
    public var writesDaily: Bool
    /// Whether `summary.csv` is written.
    public var writesSummary: Bool
    /// Whether `providers.csv` is written (when there are providers).
    public var writesProviders: Bool
    /// Whether `daily_stats.csv` is written (when there is more than one replication).
    public var writesDailyStatistics: Bool
    /// Whether `daily_long.csv` is written.
    public var writesLong: Bool
    /// Whether `sku_daily.csv` is written; `nil` for the default (`SKUDailyTable`).
    public var writesSKUDaily: Bool?
  }
}

extension Scenario {
  /// A cohort's members as merchants.
  ///
  /// The template is checked once, as a merchant; a member whose drawn values break a rule
  /// is reported at the `vary` entry that drew them.
  static func expand(_ cohort: Cohort, at pointer: JSONPointer, _ reader: ObjectReader)
    -> [Merchant]
  {
    // An invalid id is reported already (and is empty here): members named after it would
    // only repeat that issue at keys the file does not have.
    guard !cohort.id.isEmpty else { return [] }
    let longest = Scenario.identifierLength - 1 - cohort.idDigits
    guard cohort.id.count <= longest else {
      reader.report(
        pointer.appending("id"),
        "must be at most \(longest) characters, so that member ids such as "
          + "\"\(cohort.id.prefix(8))…-\(cohort.count)\" stay within "
          + "\(Scenario.identifierLength), got \(cohort.id.count) characters")
      return []
    }
    var template = cohort.template
    try? template.set(.string(cohort.id + "-0"), at: JSONPointer.root.appending("id"))
    guard case .object(let object) = template else {
      reader.report(pointer.appending("template"), "expected an object, got \(template.excerpt)")
      return []
    }
    let check = reader.child(object, at: pointer.appending("template"), reporting: true)
    _ = Merchant(reading: check)
    check.rejectUnknownKeys()
    var reported = Set<Int>()
    var members: [Merchant] = []
    for index in 0..<cohort.count {
      let (id, json, nonFinite) = cohort.member(index)
      for (entry, value) in nonFinite where !reported.contains(entry) {
        reported.insert(entry)
        reader.report(
          pointer.appending("vary").appending(entry),
          "a drawn value is not a finite number for \(id), got \(value)")
      }
      guard case .object(let member) = json else { continue }
      let memberReader = reader.child(member, at: pointer.appending("template"), reporting: false)
      members.append(Merchant(reading: memberReader))
      memberReader.rejectUnknownKeys()
      for issue in memberReader.issues {
        let path = issue.pointer.tokens.dropFirst(pointer.tokens.count + 1)
        guard
          let entry = cohort.vary.firstIndex(where: {
            path.starts(with: $0.pointer.tokens)
          }), !reported.contains(entry)
        else { continue }
        reported.insert(entry)
        reader.report(
          pointer.appending("vary").appending(entry),
          "a drawn value breaks a rule for \(id): \(issue.message)")
      }
    }
    return members
  }

  init(reading reader: ObjectReader, population: PopulationLimit = .format) {
    _ = reader.integer(
      "version", default: nil, Scenario.formatVersion...Scenario.formatVersion,
      doc: "Format version; this build reads 1 and rejects newer files.")
    name = reader.string("name", default: nil, .label, doc: "Short label written to the output.")
    description = reader.string(
      "description", default: "", .text, doc: "What the scenario is for, and its sources.")
    source = reader.string(
      "source", default: "", .text,
      doc: "Where its figures come from (a seed file and section), shown in Scenarios/README.md.")
    notes =
      reader.strings(
        "notes", count: 0...1000, .text,
        doc: "Remarks: values outside the documented ranges and why, simplifications.") ?? []
    let issuesBeforeCalendar = reader.issueCount
    calendar = reader.object("calendar", doc: "The simulated days.") { r in
      Calendar(
        startDate: r.date(
          "startDate", default: CivilDate(year: 2026, month: 3, day: 1),
          doc: "The first simulated day (ISO 8601)."),
        days: r.integer("days", default: 90, 1...3650, unit: "days", doc: "Days simulated."))
    }
    if reader.issueCount == issuesBeforeCalendar {
      // Every date a run writes must be one the loader reads back (years up to 9999).
      let latest = CivilDate(year: 9999, month: 12, day: 31)
      let room = latest.daysSinceEpoch - calendar.startDate.daysSinceEpoch + 1
      if calendar.days > room {
        reader.report(
          reader.pointer.appending("calendar").appending("days"),
          "must end the run by \(latest), the latest date a scenario may hold: from "
            + "\(calendar.startDate), at most \(room), got \(calendar.days)")
      }
    }
    experiment = reader.object("experiment", doc: "Seed and replications.") { r in
      Experiment(
        seed: UInt64(
          r.integer(
            "seed", default: 1, 0...9_007_199_254_740_992,
            doc: "Scenario seed; every random stream derives from it. `--seed` overrides it.")),
        replications: r.integer(
          "replications", default: 8, 1...100_000,
          doc: "Independent replications. `--replications` overrides it."),
        isMeanField: r.bool(
          "meanField", default: false,
          doc: "Replace every random draw by its expectation (a deterministic run)."),
        comparePolicies: r.strings(
          "compare", count: 2...64, .reference("policies"),
          doc: "Policies `compare` runs without `--policies`, the first being the reference "
            + "(scenario policies or presets); absent: snowball, funnel. "
            + "`Scripts/regenerate-results.sh` runs `compare` for scenarios that set it.") ?? [])
    }
    output = reader.object("output", doc: "Which files a run writes.") { r in
      Output(
        writesDaily: r.bool("daily", default: true, doc: "Write `daily.csv`."),
        writesSummary: r.bool("summary", default: true, doc: "Write `summary.csv`."),
        writesProviders: r.bool(
          "providers", default: true,
          doc: "Write `providers.csv` when the scenario has providers (small even when "
            + "`daily.csv` would be huge)."),
        writesDailyStatistics: r.bool(
          "dailyStatistics", default: true,
          doc: "Write `daily_stats.csv` (per-day mean and quantiles across replications) when "
            + "there is more than one replication."),
        writesLong: r.bool(
          "long", default: false,
          doc: "Write `daily_long.csv`: `daily.csv` in long form (one row per metric). "
            + "`run --long` sets it."),
        writesSKUDaily: r.optionalBool(
          "skuDaily",
          absentMeaning: "on when the scenario has at most \(SKUDailyTable.defaultMaxSKUs) SKUs",
          doc: "Write `sku_daily.csv` (one row per replication × merchant × SKU × day) and, "
            + "with more than one replication, each SKU's stock-out probability per day in "
            + "`daily_stats.csv`."))
    }
    platform = reader.object("platform", doc: "Platform-wide rules.", Platform.init(reading:))
    if reader.anyValue(
      "policyFiles",
      doc: "Files (paths relative to the scenario) each holding a policy or an array of "
        + "policies, added to `policies` when the scenario is read from disk.") != nil
    {
      reader.report(
        reader.pointer.appending("policyFiles"),
        "policy files are read only from a scenario file on disk")
    }
    if reader.anyValue(
      "world",
      doc: "A world file (path relative to the scenario) whose platform, categories and "
        + "festivals the scenario is laid over when read from disk (World files).") != nil
    {
      reader.report(
        reader.pointer.appending("world"), "a world file is read only from a scenario file on disk")
    }
    loops = reader.object(
      "loops", doc: "Switches for each feedback loop, for ablation (all on by default).",
      Loops.init(reading:))
    categories = reader.objects(
      "categories", minCount: 1, doc: "Product categories: the markets merchants sell in.",
      Category.init(reading:))
    for issue in Self.sharingFeed(&categories, platform: platform) {
      reader.report(issue.pointer, issue.message)
    }
    providers = reader.objects(
      "providers", doc: "Service providers (agencies) that merchants may contract.",
      Provider.init(reading:))
    campaigns = reader.objects(
      "campaigns", doc: "Platform festivals (618, 818, Double 11, custom).",
      Campaign.init(reading:))
    policies = reader.objects(
      "policies",
      doc: "What a merchant and its provider decide each day; the presets `snowball` and "
        + "`funnel` need no entry.",
      Policy.init(reading:))
    merchants = reader.objects(
      "merchants", doc: "The stores simulated, one by one (and/or drawn in `cohorts`).",
      Merchant.init(reading:))
    cohortOfMerchant = merchants.map { _ in nil }
    let cohorts = reader.objects(
      "cohorts", doc: "Groups of merchants drawn from distributions (an industrial belt).",
      Cohort.init(reading:))
    // Checked before the members are drawn, so a hostile count never reaches the allocator
    // nor costs the time of drawing.
    let sizes = Scenario.populationSize(merchants: merchants, cohorts: cohorts)
    let tooBig = population.issue(sizes, root: reader.pointer)
    if let tooBig { reader.report(tooBig.pointer, tooBig.message) }
    for (index, cohort) in cohorts.enumerated() where tooBig == nil {
      let drawn = Scenario.expand(
        cohort, at: reader.pointer.appending("cohorts").appending(index), reader)
      merchants += drawn
      cohortOfMerchant += drawn.map { _ in index }
    }
    let horizon =
      reader.issueCount == issuesBeforeCalendar
      ? calendar.startDate...calendar.startDate.adding(days: calendar.days - 1) : nil
    targets = reader.objects(
      "targets",
      doc: "Published figures a run should reproduce: `run` reports each, hit or miss, in "
        + "`targets.csv` (docs/targets.md)."
    ) { Target(reading: $0, horizon: horizon) }
    // Read (and so known) here, checked by `growthsim calibrate` alone (Calibration/).
    _ = reader.anyValue(
      "calibration",
      doc: "A calibration spec for `growthsim calibrate` when it is given no `--free` or "
        + "`--spec`: free parameters with their priors, the observed file (relative to the "
        + "scenario), budget, particles (docs/calibration.md); the other commands ignore it.")
    let listAt = reader.pointer.appending("merchants")
    // A `merchants` of the wrong type is reported already, as itself.
    if reader.has("version"), merchants.isEmpty, cohorts.isEmpty,
      !reader.issues.contains(where: { $0.pointer == listAt })
    {
      reader.report(listAt, "must have at least 1 entry (or a cohort), got 0")
    }
  }
}

extension Scenario {
  /// The format's ceiling on merchants, listed and drawn in cohorts together.
  public static let maximumMerchants = 1_000_000
  /// The format's ceiling on SKUs over all merchants.
  public static let maximumSKUs = 10_000_000
  /// The longest id (`SchemaProperty.Kind.identifier`).
  static let identifierLength = 64

  /// The merchants and SKUs that `merchants` and the members of `cohorts` make, counted
  /// before any member is drawn.
  static func populationSize(merchants: [Merchant], cohorts: [Cohort]) -> (
    merchants: Int, skus: Int
  ) {
    var count = merchants.count
    var skus = merchants.reduce(0) { $0 + $1.skus.count }
    for cohort in cohorts {
      var templateSKUs = 0
      if case .object(let template) = cohort.template, case .array(let list)? = template["skus"] {
        templateSKUs = list.count
      }
      count += cohort.count
      skus += cohort.count * templateSKUs
    }
    return (count, skus)
  }
}
