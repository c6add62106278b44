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

  /// The options of `sensitivity`: its own, then the sweep's it passes on.
  static var sensitivityRows: [OptionRow<SensitivitySettings>] {
    [
      .value("--vary") { settings, value throws(UsageError) in
        guard let parameter = SweepParameter.rangeShorthand(value.text) else {
          throw value.invalid("expected /json/pointer=LOW:HIGH or LOW:HIGH:log")
        }
        settings.sweep.parameters.append(parameter)
      },
      .flag("--guesses") { $0.varyGuesses = true },
      .value("--method") { settings, value throws(UsageError) in
        switch value.text {
        case "morris": settings.sweep.design = .morris
        case "sobol": settings.sweep.design = .sobol
        default: throw value.invalid("morris or sobol")
        }
      },
      .value("--trajectories") { settings, value throws(UsageError) in
        settings.sweep.trajectories = try value.number(Int.self, in: 1...100_000)
      },
      .value("--base-samples") { settings, value throws(UsageError) in
        settings.sweep.baseSamples = try value.number(Int.self, in: 1...10_000_000)
      },
      .flag("--second-order") { $0.sweep.secondOrder = true },
      .value("--metrics") { settings, value throws(UsageError) in
        let names = value.list(keepsEmpty: true)
        for metric in names where SensitivityMetric(metric) == nil {
          var message = "unknown metric '\(metric)' for '--metrics'"
          if let near = EditDistance.nearest(to: metric, among: SensitivityMetric.names) {
            message += " (did you mean '\(near)'?)"
          }
          throw value.fail(message + "; one of " + SensitivityMetric.names.joined(separator: ", "))
        }
        settings.metrics = names
      },
      .policies(\.sweep.policies), .replications(\.sweep.replications), .seed(\.sweep.seed),
      .overrides(\.sweep.overrides), .jobs(\.sweep.jobs), .output(\.sweep.outputDirectory),
      .flag("--resume") { $0.sweep.resumes = true }, .force(\.sweep.force),
      .quiet(\.sweep.isQuiet), .limits(\.sweep.limits),
      .flag("--independent-points") { $0.sweep.randomNumbers = .independent },
    ]
  }

  static func parseSensitivity(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = SensitivitySettings()
    settings.sweep.design = .morris
    func fail(_ message: String) -> UsageError {
      UsageError(message: message, command: .sensitivity)
    }
    let files = try parse(words, rows: sensitivityRows, into: &settings, command: .sensitivity)
    let file = try scenarioFile(files, command: .sensitivity)
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
    return Options(command: .sensitivity(scenario: file, settings))
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
