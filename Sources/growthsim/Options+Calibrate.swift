import GrowthSim

extension Options {
  /// What `growthsim calibrate` was asked to do.
  struct CalibrateSettings: Equatable {
    /// `--spec FILE`: a calibration spec.
    var specFile: String?
    /// The `--free` options, each as a spec parameter document.
    var free: [JSONValue] = []
    /// `--observed FILE` (the last one given).
    var observed: String?
    /// Every `--observed`, in order: a joint calibration's are `NAME:FILE`, one per scenario.
    var observedAll: [String] = []
    var method: String?
    /// `--adjustment local-linear|none`.
    var adjustment: String?
    var budget: Int?
    var particles: Int?
    var replications: Int?
    var seed: UInt64?
    var jobs: Int?
    var outputDirectory: String?
    /// `--set /pointer=VALUE`, applied before the free parameters.
    var overrides: [ScenarioOverride] = []
    var isQuiet = false
    /// `--force`: write into an `--out` folder that holds files growthsim did not write.
    var force = false
    /// `--limit NAME=N`.
    var limits = RunLimits()
    /// Every scenario file of a joint calibration (two or more), the first one included.
    var jointFiles: [String] = []
  }

  static var calibrateRows: [OptionRow<CalibrateSettings>] {
    [
      .value("--free") { settings, value throws(UsageError) in
        // `SCOPE:/pointer=…` (joint calibration: world, or a scenario's name).
        var text = value.text
        var scope: String? = nil
        if !text.hasPrefix("/"), let colon = text.range(of: ":/") {
          scope = String(text[..<colon.lowerBound])
          text = String(text[text.index(after: colon.lowerBound)...])
        }
        guard case .object(var parameter)? = SweepParameter.rangeShorthand(text) else {
          throw value.invalid(
            "expected [SCOPE:]/json/pointer=LOW:HIGH or [SCOPE:]/json/pointer=LOW:HIGH:log")
        }
        if let scope { parameter.members.append(("scope", .string(scope))) }
        settings.free.append(.object(parameter))
      },
      .value("--spec") { settings, value throws(UsageError) in settings.specFile = value.text },
      .value("--observed") { settings, value throws(UsageError) in
        settings.observed = value.text
        settings.observedAll.append(value.text)
      },
      .value("--method") { settings, value throws(UsageError) in settings.method = value.text },
      .value("--adjustment") { settings, value throws(UsageError) in
        settings.adjustment = value.text
      },
      .value("--budget") { settings, value throws(UsageError) in
        settings.budget = try value.number(Int.self, in: 10...100_000_000)
      },
      .value("--particles") { settings, value throws(UsageError) in
        settings.particles = try value.number(Int.self, in: 10...1_000_000)
      },
      .replications(\.replications, maximum: 10_000), .seed(\.seed), .jobs(\.jobs),
      .output(\.outputDirectory), .overrides(\.overrides), .quiet(\.isQuiet), .force(\.force),
      .limits(\.limits),
    ]
  }

  static func parseCalibrate(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = CalibrateSettings()
    let files = try parse(words, rows: calibrateRows, into: &settings, command: .calibrate)
    let file = files.first
    if files.count > 1 { settings.jointFiles = files }
    if settings.specFile != nil, !settings.free.isEmpty {
      throw UsageError(message: "'--spec' and '--free' cannot be combined", command: .calibrate)
    }
    return Options(command: .calibrate(scenario: file, settings))
  }
}
