import GrowthSim

extension Options {
  /// The options of `run` and `compare`, in the order the did-you-mean suggestion prefers.
  static func runRows(_ command: Command.Name) -> [OptionRow<RunSettings>] {
    var rows: [OptionRow<RunSettings>] = [
      .output(\.outputDirectory), .seed(\.seed), .replications(\.replications), .jobs(\.jobs),
      .overrides(\.overrides), .flag("--mean-field") { $0.isMeanField = true },
    ]
    if command == .compare {
      rows += [
        .value("--policies") { settings, value throws(UsageError) in
          let ids = value.list()
          guard ids.count >= 2 else {
            throw value.fail("'--policies' needs at least two ids, got \(ids.count)")
          }
          // As `sweep --policies`: a policy compared with itself is a slip, not a comparison.
          if let repeated = ids.indices.first(where: { ids[..<$0].contains(ids[$0]) }) {
            throw value.fail("'--policies' repeats an earlier policy, got '\(ids[repeated])'")
          }
          settings.policies = ids
        },
        .value("--budget-envelope") { settings, value throws(UsageError) in
          guard let setting = BudgetEnvelope.Setting(value.text) else {
            throw value.fail(
              "'--budget-envelope' takes reference, off or yuan per merchant-day ≥ 0, "
                + "got '\(value.text)'")
          }
          settings.budgetEnvelope = setting
        },
        .flag("--ablate") { $0.ablates = true },
        .flag("--explain") { $0.explains = true },
        .flag("--map") { $0.maps = true },
      ]
    } else {
      rows += [
        .flag("--long") { $0.writesLong = true },
        .flag("--check-targets") { $0.checksTargets = true },
        .value("--split") { settings, value throws(UsageError) in settings.splitFile = value.text },
      ]
    }
    return rows + [
      .quiet(\.isQuiet), .force(\.force), .limits(\.limits), .at(\.at), .window(\.window),
      .precision(\.precision),
    ]
  }

  static func parseRun(
    _ words: ArraySlice<String>, command: Command.Name = .run
  ) throws(UsageError) -> Options {
    var settings = RunSettings()
    let files = try parse(words, rows: runRows(command), into: &settings, command: command)
    if settings.at != nil, settings.window != nil {
      throw UsageError(message: "give '--at' or '--window', not both", command: command)
    }
    let file = try scenarioFile(files, command: command)
    return Options(
      command: command == .compare
        ? .compare(scenario: file, settings) : .run(scenario: file, settings))
  }
}
