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
    /// `--force`: write into an `--out` folder that holds files growthsim did not write.
    var force = false
    /// `--limit NAME=N`: the ceilings on the run's size.
    var limits = RunLimits()
    /// `run --check-targets`: exit 1 when a scenario target is missed.
    var checksTargets = false
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
    case .validate:
      // `--limit` as for `run`: the merchants and SKUs limits apply before cohorts are drawn.
      var limits = RunLimits()
      var rest: [String] = []
      var remaining = words[...]
      while let word = remaining.popFirst() {
        if word == "--limit" {
          guard let value = remaining.popFirst() else {
            throw UsageError(message: "'--limit' needs a value", command: .validate)
          }
          try limit(value, into: &limits, command: .validate)
        } else if word.hasPrefix("--limit=") {
          try limit(String(word.dropFirst(8)), into: &limits, command: .validate)
        } else {
          rest.append(word)
        }
      }
      let files = try positionals(rest[...], command: .validate)
      guard !files.isEmpty else {
        throw UsageError(message: "missing scenario file to validate", command: .validate)
      }
      return Options(command: .validate(files: files, limits: limits))
    case .schema:
      var format = SchemaFormat.jsonSchema
      for word in words {
        switch word {
        case "--markdown": format = .scenarioMarkdown
        case "--columns": format = .columnsMarkdown
        case "--sweep-columns": format = .sweepColumnsMarkdown
        case "--compare-columns": format = .compareColumnsMarkdown
        default: throw UsageError(message: unknown(word, command: .schema), command: .schema)
        }
      }
      return Options(command: .schema(format))
    case .help:
      guard let topic = words.first else { return Options(command: .help(nil)) }
      guard let named = Command.Name(rawValue: topic), words.count == 1 else {
        throw UsageError(message: "unknown command '\(topic)'", command: nil)
      }
      return Options(command: .help(named))
    }
  }

  private static func parseRun(
    _ arguments: ArraySlice<String>, command: Command.Name = .run
  ) throws(UsageError) -> Options {
    var settings = RunSettings()
    var files: [String] = []
    var words = arguments
    while let word = words.popFirst() {
      guard word.hasPrefix("-"), word != "-" else {
        files.append(word)
        continue
      }
      var name = word
      var inlineValue: String? = nil
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      func value() throws(UsageError) -> String {
        if let inlineValue { return inlineValue }
        guard let next = words.popFirst() else {
          throw UsageError(message: "missing value for '\(name)'", command: command)
        }
        return next
      }
      switch name {
      case "--out": settings.outputDirectory = try value()
      case "--seed":
        settings.seed = try convert(try value(), for: name, UInt64.self, in: 0...(1 << 53))
      case "--replications":
        settings.replications = try convert(try value(), for: name, Int.self, in: 1...100_000)
      case "--jobs": settings.jobs = try convert(try value(), for: name, Int.self, in: 1...4096)
      case "--set": settings.overrides.append(try override(try value(), command: command))
      case "--precision": settings.precision = try precisionTarget(try value(), command: command)
      case "--mean-field":
        guard inlineValue == nil else {
          throw UsageError(message: unknown(word, command: command), command: command)
        }
        settings.isMeanField = true
      case "--long" where command == .run:
        guard inlineValue == nil else {
          throw UsageError(message: unknown(word, command: command), command: command)
        }
        settings.writesLong = true
      case "--policies" where command == .compare:
        let ids = try value().split(separator: ",").map(String.init)
        guard ids.count >= 2 else {
          throw UsageError(
            message: "'--policies' needs at least two ids, got \(ids.count)", command: command)
        }
        // As `sweep --policies`: a policy compared with itself is a slip, not a comparison.
        if let repeated = ids.indices.first(where: { ids[..<$0].contains(ids[$0]) }) {
          throw UsageError(
            message: "'--policies' repeats an earlier policy, got '\(ids[repeated])'",
            command: command)
        }
        settings.policies = ids
      case "--budget-envelope" where command == .compare:
        let text = try value()
        guard let setting = BudgetEnvelope.Setting(text) else {
          throw UsageError(
            message: "'--budget-envelope' takes reference, off or yuan per merchant-day ≥ 0, "
              + "got '\(text)'", command: command)
        }
        settings.budgetEnvelope = setting
      case "--ablate" where command == .compare:
        guard inlineValue == nil else {
          throw UsageError(message: unknown(word, command: command), command: command)
        }
        settings.ablates = true
      case "--check-targets" where command == .run:
        guard inlineValue == nil else {
          throw UsageError(message: unknown(word, command: command), command: command)
        }
        settings.checksTargets = true
      case "--quiet", "-q":
        guard inlineValue == nil else {
          throw UsageError(message: unknown(word, command: command), command: command)
        }
        settings.isQuiet = true
      case "--force":
        guard inlineValue == nil else {
          throw UsageError(message: unknown(word, command: command), command: command)
        }
        settings.force = true
      case "--limit": try limit(try value(), into: &settings.limits, command: command)
      case "--at": settings.at = try value()
      case "--window": settings.window = try value()
      default: throw UsageError(message: unknown(name, command: command), command: command)
      }
    }
    if settings.at != nil, settings.window != nil {
      throw UsageError(message: "give '--at' or '--window', not both", command: command)
    }
    guard files.count <= 1 else {
      throw UsageError(message: "unexpected argument '\(files[1])'", command: command)
    }
    return Options(
      command: command == .compare
        ? .compare(scenario: files.first, settings) : .run(scenario: files.first, settings))
  }

  private static func parseReport(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = ReportSettings()
    var folders: [String] = []
    var words = arguments
    while let word = words.popFirst() {
      guard word.hasPrefix("-") else {
        folders.append(word)
        continue
      }
      func value() throws(UsageError) -> String {
        guard let next = words.popFirst() else {
          throw UsageError(message: "missing value for '\(word)'", command: .report)
        }
        return next
      }
      switch word {
      case "--scenario": settings.scenario = try value()
      case "--at": settings.at = try value()
      case "--window": settings.window = try value()
      case "--quiet", "-q": settings.isQuiet = true
      default: throw UsageError(message: unknown(word, command: .report), command: .report)
      }
    }
    guard folders.count == 1 else {
      throw UsageError(
        message: folders.isEmpty
          ? "missing the results folder to report on" : "unexpected argument '\(folders[1])'",
        command: .report)
    }
    if settings.at != nil, settings.window != nil {
      throw UsageError(message: "give '--at' or '--window', not both", command: .report)
    }
    return Options(command: .report(directory: folders[0], settings))
  }

  private static func positionals(
    _ words: ArraySlice<String>, command: Command.Name
  ) throws(UsageError) -> [String] {
    var files: [String] = []
    for word in words {
      guard !word.hasPrefix("-") || word == "-" else {
        throw UsageError(message: unknown(word, command: command), command: command)
      }
      files.append(word)
    }
    return files
  }

  /// Converts an option's value, with the same limits as the scenario key it overrides.
  static func convert<T: LosslessStringConvertible & Comparable>(
    _ text: String, for option: String, _ type: T.Type, in range: ClosedRange<T>,
    command: Command.Name = .run
  ) throws(UsageError) -> T {
    guard let value = T(text), range.contains(value) else {
      throw UsageError(message: "the value '\(text)' is invalid for '\(option)'", command: command)
    }
    return value
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

  /// Parses `--set /json/pointer=VALUE`.
  static func override(_ text: String, command: Command.Name) throws(UsageError)
    -> ScenarioOverride
  {
    guard let override = ScenarioOverride(argument: text) else {
      throw UsageError(
        message: "the value '\(text)' is invalid for '--set' (expected /json/pointer=VALUE)",
        command: command)
    }
    return override
  }
}
