import GrowthSim

extension Options {
  /// What `growthsim sensitivity` was asked to do: a sweep with a Morris or Sobol design,
  /// and the metrics to explain.
  struct SensitivitySettings: Equatable {
    /// The design's sweep: parameters, `--set`, replications, seed, policies and folder.
    var sweep = SweepSettings()
    /// `--guesses`: add every guess of the scenario (`GuessCatalogue`).
    var varyGuesses = false
    /// `--metrics a,b,…`.
    var metrics: [String] = ["profit_cny"]
  }

  /// The options `sensitivity` takes.
  static let sensitivityOptions = [
    "--vary", "--guesses", "--method", "--trajectories", "--base-samples", "--second-order",
    "--metrics", "--policies", "--replications", "--seed", "--set", "--jobs", "--out",
    "--resume", "--force", "--quiet", "-q", "--limit", "--independent-points",
  ]

  static func parseSensitivity(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = SensitivitySettings()
    settings.sweep.design = .morris
    var files: [String] = []
    var remaining = arguments
    func fail(_ message: String) -> UsageError {
      UsageError(message: message, command: .sensitivity)
    }
    while let word = remaining.popFirst() {
      guard word.hasPrefix("-"), word != "-" else {
        files.append(word)
        continue
      }
      let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
      let inline = word.contains("=") ? String(word.drop { $0 != "=" }.dropFirst()) : nil
      func value() throws(UsageError) -> String {
        if let inline { return inline }
        guard let next = remaining.popFirst() else { throw fail("missing value for '\(name)'") }
        return next
      }
      func number<T: LosslessStringConvertible & Comparable>(
        _ type: T.Type, in range: ClosedRange<T>
      ) throws(UsageError) -> T {
        try convert(try value(), for: name, type, in: range, command: .sensitivity)
      }
      func flag() throws(UsageError) {
        guard inline == nil else { throw fail(unknown(word, command: .sensitivity)) }
      }
      switch name {
      case "--vary":
        let text = try value()
        guard let parameter = SweepParameter.shorthand(Self.logLast(text)), Self.isRange(parameter)
        else {
          throw fail(
            "the value '\(text)' is invalid for '--vary' (expected /json/pointer=LOW:HIGH or "
              + "LOW:HIGH:log)")
        }
        settings.sweep.parameters.append(parameter)
      case "--guesses":
        try flag()
        settings.varyGuesses = true
      case "--method":
        let text = try value()
        switch text {
        case "morris": settings.sweep.design = .morris
        case "sobol": settings.sweep.design = .sobol
        default: throw fail("the value '\(text)' is invalid for '--method' (morris or sobol)")
        }
      case "--trajectories": settings.sweep.trajectories = try number(Int.self, in: 1...100_000)
      case "--base-samples": settings.sweep.baseSamples = try number(Int.self, in: 1...10_000_000)
      case "--second-order":
        try flag()
        settings.sweep.secondOrder = true
      case "--metrics":
        let names = try value().split(separator: ",", omittingEmptySubsequences: false)
          .map(String.init)
        for metric in names where SensitivityMetric(metric) == nil {
          var message = "unknown metric '\(metric)' for '--metrics'"
          if let near = EditDistance.nearest(to: metric, among: SensitivityMetric.names) {
            message += " (did you mean '\(near)'?)"
          }
          throw fail(message + "; one of " + SensitivityMetric.names.joined(separator: ", "))
        }
        settings.metrics = names
      case "--policies":
        settings.sweep.policies = try value().split(
          separator: ",", omittingEmptySubsequences: false
        ).map(String.init)
      case "--replications": settings.sweep.replications = try number(Int.self, in: 1...100_000)
      case "--seed": settings.sweep.seed = try number(UInt64.self, in: 0...(1 << 53))
      case "--set":
        settings.sweep.overrides.append(try override(try value(), command: .sensitivity))
      case "--jobs": settings.sweep.jobs = try number(Int.self, in: 1...4096)
      case "--out": settings.sweep.outputDirectory = try value()
      case "--resume":
        try flag()
        settings.sweep.resumes = true
      case "--force":
        try flag()
        settings.sweep.force = true
      case "--quiet", "-q":
        try flag()
        settings.sweep.isQuiet = true
      case "--independent-points":
        try flag()
        settings.sweep.randomNumbers = .independent
      case "--limit": try limit(try value(), into: &settings.sweep.limits, command: .sensitivity)
      default: throw fail(unknown(name, command: .sensitivity))
      }
    }
    guard files.count <= 1 else { throw fail("unexpected argument '\(files[1])'") }
    if settings.sweep.parameters.isEmpty, !settings.varyGuesses {
      throw fail("missing '--vary /pointer=LOW:HIGH' or '--guesses'")
    }
    let sweep = settings.sweep
    if sweep.design == .morris {
      if sweep.baseSamples != nil || sweep.secondOrder != nil {
        throw fail("'--base-samples' and '--second-order' apply to --method sobol")
      }
      settings.sweep.trajectories = sweep.trajectories ?? 10
    } else {
      if sweep.trajectories != nil { throw fail("'--trajectories' applies to --method morris") }
      settings.sweep.baseSamples = sweep.baseSamples ?? 512
    }
    let compares = settings.metrics.contains { SensitivityMetric($0)?.comparesPolicies == true }
    if compares, sweep.policies?.count != 2 {
      throw fail("the metrics profit_difference_cny and probability_ahead need '--policies A,B'")
    }
    if let policies = sweep.policies, policies.count != 2 {
      throw fail("'--policies' takes two policies here: the reference and the challenger")
    }
    return Options(command: .sensitivity(scenario: files.first, settings))
  }

  /// `/p=LOW:HIGH:log` as the sweep shorthand `/p=log:LOW:HIGH`.
  private static func logLast(_ text: String) -> String {
    guard text.hasSuffix(":log"), let equals = text.firstIndex(of: "=") else { return text }
    let pointer = text[...equals]
    let range = text[text.index(after: equals)...].dropLast(":log".count)
    return pointer + "log:" + range
  }

  /// Whether a `--vary` document is a range without levels.
  private static func isRange(_ parameter: JSONValue) -> Bool {
    guard case .object(let object) = parameter else { return false }
    return object["low"] != nil && object["levels"] == nil
  }
}

extension Options {
  /// `--precision REL[:METRIC]` (`0.01` or `1%`, then a sweep metric, default profit_cny).
  static func precisionTarget(_ text: String, command: Command.Name) throws(UsageError)
    -> PrecisionTarget
  {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    let share = parts.first ?? ""
    let relative =
      share.hasSuffix("%") ? Double(share.dropLast()).map { $0 / 100 } : Double(share)
    guard let relative, relative > 0, relative < 1 else {
      throw UsageError(
        message: "the value '\(text)' is invalid for '--precision' (expected REL[:METRIC] with "
          + "0 < REL < 1, such as 0.01 or 1%, and a metric such as profit_cny)", command: command)
    }
    let name = parts.count > 1 ? parts[1] : SweepMetric.profit.rawValue
    guard let metric = SweepMetric(rawValue: name) else {
      throw UsageError(
        message: "unknown metric '\(name)' for '--precision'; one of "
          + SweepMetric.allCases.map(\.rawValue).joined(separator: ", "), command: command)
    }
    return PrecisionTarget(relative: relative, metric: metric)
  }
}
