import GrowthSim

/// The options of the commands that run no scenario: `validate`, `schema` and `report`.
extension Options {
  /// `--limit` as for `run`: the merchants and SKUs limits apply before cohorts are drawn.
  static var validateRows: [OptionRow<RunLimits>] { [.limits(\.self)] }

  static var schemaRows: [OptionRow<SchemaFormat>] {
    [
      .flag("--markdown") { $0 = .scenarioMarkdown },
      .flag("--columns") { $0 = .columnsMarkdown },
      .flag("--sweep-columns") { $0 = .sweepColumnsMarkdown },
      .flag("--compare-columns") { $0 = .compareColumnsMarkdown },
    ]
  }

  static var reportRows: [OptionRow<ReportSettings>] {
    [
      .value("--scenario") { settings, value throws(UsageError) in settings.scenario = value.text },
      .at(\.at), .window(\.window), .quiet(\.isQuiet),
    ]
  }

  static func parseValidate(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var limits = RunLimits()
    let files = try parse(words, rows: validateRows, into: &limits, command: .validate)
    guard !files.isEmpty else {
      throw UsageError(message: "missing scenario file to validate", command: .validate)
    }
    return Options(command: .validate(files: files, limits: limits))
  }

  static func parseSchema(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var format = SchemaFormat.jsonSchema
    let rest = try parse(words, rows: schemaRows, into: &format, command: .schema)
    if let extra = rest.first {
      throw UsageError(message: "unexpected argument '\(extra)'", command: .schema)
    }
    return Options(command: .schema(format))
  }

  static func parseReport(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = ReportSettings()
    let folders = try parse(words, rows: reportRows, into: &settings, command: .report)
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
}
