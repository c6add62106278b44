import GrowthSim

extension Options {
  /// What `growthsim point` was asked to do.
  struct PointSettings: Equatable {
    /// `--set /pointer=VALUE`, in order.
    var overrides: [ScenarioOverride] = []
    /// `--metrics a,b,…`: the record's columns, in that order.
    var columns = PointRecord.Column.all
    var replications: Int?
    var seed: UInt64?
    var jobs: Int?
    var isJSON = false
    var isMeanField = false
    /// `--limit NAME=N`: the ceilings on the point's size.
    var limits = RunLimits()
  }

  static var pointRows: [OptionRow<PointSettings>] {
    [
      .overrides(\.overrides),
      .value("--metrics") { settings, value throws(UsageError) in
        settings.columns = try columns(value.text)
      },
      .replications(\.replications), .seed(\.seed), .jobs(\.jobs),
      .value("--format") { settings, value throws(UsageError) in
        guard value.text == "csv" || value.text == "json" else {
          throw value.invalid("csv or json")
        }
        settings.isJSON = value.text == "json"
      },
      .flag("--mean-field") { $0.isMeanField = true },
      .limits(\.limits),
    ]
  }

  static func parsePoint(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = PointSettings()
    let files = try parse(words, rows: pointRows, into: &settings, command: .point)
    return Options(command: .point(scenario: try scenarioFile(files, command: .point), settings))
  }

  /// `--metrics a,b,…`: sweep.csv column names, each once.
  private static func columns(_ text: String) throws(UsageError) -> [PointRecord.Column] {
    var columns: [PointRecord.Column] = []
    for name in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
      guard let column = PointRecord.Column(name) else {
        var message = "the value '\(name)' is invalid for '--metrics' (expected sweep.csv "
        message += "metric columns such as profit_cny_mean"
        let names = PointRecord.Column.all.map(\.name)
        if let near = EditDistance.nearest(to: name, among: names) {
          message += "; did you mean '\(near)'?"
        }
        throw UsageError(message: message + ")", command: .point)
      }
      guard !columns.contains(column) else {
        throw UsageError(message: "'--metrics' names '\(name)' twice", command: .point)
      }
      columns.append(column)
    }
    return columns
  }
}
