import GrowthSim

extension Options {
  /// What `growthsim sweep` was asked to do.
  struct SweepSettings: Equatable {
    /// `--spec FILE`.
    var specFile: String?
    /// The `--vary` options, each as a spec parameter document.
    var parameters: [JSONValue] = []
    var overrides: [ScenarioOverride] = []
    var design: SweepSpec.Design?
    var points: Int?
    var replications: Int?
    var seed: UInt64?
    /// `--policies A,B…`: compare these at every point.
    var policies: [String]?
    /// `--independent-points`: each point draws its own random numbers.
    var randomNumbers: SweepSpec.RandomNumbers?
    /// A sensitivity design's size (`growthsim sensitivity`).
    var trajectories: Int?
    var baseSamples: Int?
    var secondOrder: Bool?
    /// `--precision REL[:METRIC]`: each point adds replications until its metric's mean is
    /// known within REL (`--replications` the cap).
    var precision: PrecisionTarget?
    var jobs: Int?
    var outputDirectory: String?
    var shard: Shard = .whole
    var resumes = false
    var writesDaily = false
    var isQuiet = false
    /// `--force`: write into an `--out` folder that holds files growthsim did not write.
    var force = false
    /// `--limit NAME=N`: the ceilings on the sweep's size.
    var limits = RunLimits()
  }

  /// What `growthsim merge` was asked to do.
  struct MergeSettings: Equatable {
    var outputDirectory: String
    var isQuiet = false
    var force = false
  }

  /// The options of `sweep`, in the order the did-you-mean suggestion prefers.
  static var sweepRows: [OptionRow<SweepSettings>] {
    [
      .value("--spec") { settings, value throws(UsageError) in settings.specFile = value.text },
      .value("--vary") { settings, value throws(UsageError) in
        guard let parameter = SweepParameter.shorthand(value.text) else {
          throw value.invalid("expected /json/pointer=LOW:HIGH:N, log:LOW:HIGH:N or a,b,c")
        }
        settings.parameters.append(parameter)
      },
      .overrides(\.overrides),
      .value("--design") { settings, value throws(UsageError) in
        guard let design = SweepSpec.Design(rawValue: value.text) else {
          throw value.invalid("grid, random, lhs, morris or sobol")
        }
        settings.design = design
      },
      .value("--points") { settings, value throws(UsageError) in
        settings.points = try value.number(Int.self, in: 1...SweepSpec.maximumPoints)
      },
      .replications(\.replications), .seed(\.seed),
      // Checked with the spec, so a spec file's `policies` and this option meet one rule.
      .policies(\.policies), .jobs(\.jobs), .output(\.outputDirectory),
      .value("--shard") { settings, value throws(UsageError) in
        guard let shard = Shard(value.text) else {
          throw value.invalid("expected K/N, 1 ≤ K ≤ N")
        }
        settings.shard = shard
      },
      .flag("--resume") { $0.resumes = true },
      .flag("--daily") { $0.writesDaily = true },
      .quiet(\.isQuiet), .force(\.force), .limits(\.limits),
      .flag("--independent-points") { $0.randomNumbers = .independent },
      .precision(\.precision),
    ]
  }

  static func parseSweep(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = SweepSettings()
    let files = try parse(words, rows: sweepRows, into: &settings, command: .sweep)
    let file = try scenarioFile(files, command: .sweep)
    if settings.specFile != nil, !settings.parameters.isEmpty {
      throw UsageError(message: "'--spec' and '--vary' cannot be combined", command: .sweep)
    }
    if settings.specFile == nil, settings.parameters.isEmpty {
      throw UsageError(message: "missing '--spec FILE' or '--vary /pointer=…'", command: .sweep)
    }
    return Options(command: .sweep(scenario: file, settings))
  }

  /// `merge`'s options before `--out` is known to be given.
  struct MergeRequest {
    var outputDirectory: String?
    var isQuiet = false
    var force = false
  }

  static var mergeRows: [OptionRow<MergeRequest>] {
    [.output(\.outputDirectory), .quiet(\.isQuiet), .force(\.force)]
  }

  static func parseMerge(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var request = MergeRequest()
    let parts = try parse(words, rows: mergeRows, into: &request, command: .merge)
    guard !parts.isEmpty else {
      throw UsageError(message: "missing sweep parts to merge", command: .merge)
    }
    guard let directory = request.outputDirectory else {
      throw UsageError(message: "missing '--out DIR'", command: .merge)
    }
    return Options(
      command: .merge(
        parts: parts,
        MergeSettings(outputDirectory: directory, isQuiet: request.isQuiet, force: request.force)
      ))
  }
}
