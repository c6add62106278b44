import GrowthSim

/// A command line that does not parse.
struct UsageError: Error, Equatable, CustomStringConvertible {
  var message: String
  /// The command whose usage to print after the message, if known.
  var command: Options.Command.Name?
  var description: String { message }
}

/// A parsed command line.
struct Options: Equatable {
  /// What to do.
  enum Command: Equatable {
    /// Run a scenario file, or the embedded default when `nil`.
    case run(scenario: String?, RunSettings)
    /// Run a scenario under several policies with common random numbers.
    case compare(scenario: String?, RunSettings)
    /// Sweep parameters of a scenario file, or of the embedded default when `nil`.
    case sweep(scenario: String?, SweepSettings)
    /// Run one point and print its summary statistics, for external drivers.
    case point(scenario: String?, PointSettings)
    /// Which parameters matter: a Morris or Sobol design run as a sweep.
    case sensitivity(scenario: String?, SensitivitySettings)
    /// Join the parts of a sharded sweep.
    case merge(parts: [String], MergeSettings)
    /// Check scenario files without running them.
    case validate(files: [String], limits: RunLimits = RunLimits())
    /// Print the JSON Schema, or a Markdown reference of the scenario keys or output columns.
    case schema(SchemaFormat)
    /// Print usage: general, or for one command.
    case help(Name?)
    /// Print the version.
    case version
    /// Time the engine, the model and the CSV writer.
    case bench(BenchSettings)
    /// Write `report.html` for the results in a folder.
    case report(directory: String, ReportSettings)

    /// Fit free parameters of a scenario to targets and observed data.
    case calibrate(scenario: String?, CalibrateSettings)

    /// The commands' names.
    enum Name: String, CaseIterable {
      case run, compare, sweep, point, merge, validate, schema, bench, report, help, sensitivity,
        calibrate
    }
  }

  /// What `growthsim schema` prints.
  enum SchemaFormat: Equatable {
    case jsonSchema, scenarioMarkdown, columnsMarkdown, sweepColumnsMarkdown, compareColumnsMarkdown
  }

  /// Overrides for a run.
  struct RunSettings: Equatable {
    var outputDirectory: String?
    var seed: UInt64?
    var replications: Int?
    var jobs: Int?
    var isQuiet = false
    /// `--set /pointer=VALUE`, in order.
    var overrides: [ScenarioOverride] = []
    /// `--mean-field`: every draw replaced by its expectation.
    var isMeanField = false
    /// `run --long`: also write `daily_long.csv`.
    var writesLong = false
    /// `compare`: the policies (the first is the reference), and whether to ablate loops.
    var policies: [String]? = nil
    var ablates = false
    /// `compare --budget-envelope reference|off|YUAN`: the same total spend for every policy.
    var budgetEnvelope = BudgetEnvelope.Setting.reference
    /// `compare --explain`: Shapley shares of the gap by cause.
    var explains = false
    /// `compare --map`: the map of who wins over feedback strength × horizon.
    var maps = false
    /// `--force`: write into an `--out` folder that holds files growthsim did not write.
    var force = false
    /// `--limit NAME=N`: the ceilings on the run's size.
    var limits = RunLimits()
    /// `run --check-targets`: exit 1 when a scenario target is missed.
    var checksTargets = false
    /// `run --split FILE`: the fitted/predicted split of the seed cases; with
    /// `--check-targets`, a missed target of a predicted case does not fail the run.
    var splitFile: String? = nil
    /// `--precision REL[:METRIC]`: replications until the metric's mean is known within REL.
    var precision: PrecisionTarget? = nil

    /// `--at DATE|DAY` and `--window FROM..TO|CAMPAIGN`: the figures on a day or a window.
    var at: String? = nil
    var window: String? = nil

    /// Whether the run differs from the scenario file's own: `--set`, `--seed`,
    /// `--replications`, `--mean-field` or `--precision` (its results then go to a folder of
    /// their own).
    var changesScenario: Bool {
      !overrides.isEmpty || seed != nil || replications != nil || isMeanField || precision != nil
        || budgetEnvelope != .reference
    }

    /// The overrides in a line, for the folder's hash and the message naming it.
    var overrideText: String {
      overrides.map { "--set \($0)" }.joined(separator: " ")
        + (seed.map { " --seed \($0)" } ?? "")
        + (replications.map { " --replications \($0)" } ?? "")
        + (isMeanField ? " --mean-field" : "")
        + (precision.map { " --precision \($0.relative):\($0.metric.rawValue)" } ?? "")
        + (budgetEnvelope == .reference ? "" : " --budget-envelope \(budgetEnvelope.text)")
    }
  }

  /// `growthsim report DIR`: the scenario for the page's context, and the focus.
  struct ReportSettings: Equatable {
    var scenario: String? = nil
    var at: String? = nil
    var window: String? = nil
    var isQuiet = false
  }

  var command: Command

  /// Parses the arguments after the program name.
  static func parse(_ arguments: [String]) throws(UsageError) -> Options {
    var words = arguments[...]
    guard let first = words.first else { return Options(command: .run(scenario: nil, .init())) }
    switch first {
    case "--help", "-h": return Options(command: .help(nil))
    case "--version", "version": return Options(command: .version)
    default: break
    }
    guard !first.hasPrefix("-") else {
      // `growthsim --seed 3` means `growthsim run --seed 3`.
      return try parseRun(words)
    }
    if Command.Name(rawValue: first) == nil, first.hasSuffix(".json") || first.contains("/") {
      // `growthsim FILE …` means `growthsim run FILE …`.
      return try parseRun(words)
    }
    words.removeFirst()
    guard let name = Command.Name(rawValue: first) else {
      var message = "unknown command '\(first)'"
      if let near = EditDistance.nearest(to: first, among: Command.Name.allCases.map(\.rawValue)) {
        message += " (did you mean '\(near)'?)"
      }
      throw UsageError(message: message, command: nil)
    }
    if words.contains("--help") || words.contains("-h") {
      return Options(command: .help(name))
    }
    switch name {
    case .run: return try parseRun(words)
    case .compare: return try parseRun(words, command: .compare)
    case .sweep: return try parseSweep(words)
    case .sensitivity: return try parseSensitivity(words)
    case .point: return try parsePoint(words)
    case .merge: return try parseMerge(words)
    case .bench: return try parseBench(words)
    case .report: return try parseReport(words)
    case .calibrate: return try parseCalibrate(words)
    case .validate: return try parseValidate(words)
    case .schema: return try parseSchema(words)
    case .help:
      guard let topic = words.first else { return Options(command: .help(nil)) }
      guard let named = Command.Name(rawValue: topic), words.count == 1 else {
        throw UsageError(message: "unknown command '\(topic)'", command: nil)
      }
      return Options(command: .help(named))
    }
  }

  /// Parses `--limit NAME=N` into `limits`.
  static func limit(
    _ text: String, into limits: inout RunLimits, command: Command.Name
  ) throws(UsageError) {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let value = Int(parts[1]), value >= 1,
      limits.set(parts[0], to: value)
    else {
      throw UsageError(
        message: "the value '\(text)' is invalid for '--limit' (expected NAME=N with N ≥ 1 and "
          + "NAME one of \(RunLimits.names.joined(separator: ", ")))", command: command)
    }
  }
}
