import GrowthSim

extension Options {
  /// What `growthsim calibrate` was asked to do.
  struct CalibrateSettings: Equatable {
    /// `--spec FILE`: a calibration spec.
    var specFile: String?
    /// The `--free` options, each as a spec parameter document.
    var free: [JSONValue] = []
    /// `--observed FILE`.
    var observed: String?
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
  }

  static func parseCalibrate(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = CalibrateSettings()
    var files: [String] = []
    var words = arguments
    while let word = words.popFirst() {
      guard word.hasPrefix("-"), word != "-" else {
        files.append(word)
        continue
      }
      var name = word
      var inline: String? = nil
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inline = String(word[word.index(after: equals)...])
      }
      func value() throws(UsageError) -> String {
        if let inline { return inline }
        guard let next = words.popFirst() else {
          throw UsageError(message: "missing value for '\(name)'", command: .calibrate)
        }
        return next
      }
      func number<T: LosslessStringConvertible & Comparable>(
        _ type: T.Type, in range: ClosedRange<T>
      ) throws(UsageError) -> T {
        try convert(try value(), for: name, type, in: range, command: .calibrate)
      }
      func flag() throws(UsageError) {
        guard inline == nil else {
          throw UsageError(message: unknown(word, command: .calibrate), command: .calibrate)
        }
      }
      switch name {
      case "--free":
        let text = try value()
        guard let parameter = FreeParameter.shorthand(text) else {
          throw UsageError(
            message: "the value '\(text)' is invalid for '--free' (expected /json/pointer="
              + "LOW:HIGH or /json/pointer=LOW:HIGH:log)", command: .calibrate)
        }
        settings.free.append(parameter)
      case "--spec": settings.specFile = try value()
      case "--observed": settings.observed = try value()
      case "--method": settings.method = try value()
      case "--adjustment": settings.adjustment = try value()
      case "--budget": settings.budget = try number(Int.self, in: 10...100_000_000)
      case "--particles": settings.particles = try number(Int.self, in: 10...1_000_000)
      case "--replications": settings.replications = try number(Int.self, in: 1...10_000)
      case "--seed": settings.seed = try number(UInt64.self, in: 0...(1 << 53))
      case "--jobs": settings.jobs = try number(Int.self, in: 1...4096)
      case "--out": settings.outputDirectory = try value()
      case "--set": settings.overrides.append(try override(try value(), command: .calibrate))
      case "--quiet", "-q":
        try flag()
        settings.isQuiet = true
      case "--force":
        try flag()
        settings.force = true
      case "--limit": try limit(try value(), into: &settings.limits, command: .calibrate)
      default: throw UsageError(message: unknown(name, command: .calibrate), command: .calibrate)
      }
    }
    guard files.count <= 1 else {
      throw UsageError(message: "unexpected argument '\(files[1])'", command: .calibrate)
    }
    if settings.specFile != nil, !settings.free.isEmpty {
      throw UsageError(message: "'--spec' and '--free' cannot be combined", command: .calibrate)
    }
    return Options(command: .calibrate(scenario: files.first, settings))
  }
}
