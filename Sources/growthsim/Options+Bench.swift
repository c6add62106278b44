import GrowthSim

extension Options {
  /// What `growthsim bench` was asked to do.
  struct BenchSettings: Equatable {
    /// How big and how often the workloads run.
    typealias Mode = BenchMode

    var mode = Mode.full
    /// `--json`: one JSON object instead of the table.
    var isJSON = false
    /// `--calibration`: the calibration benchmark instead (CLI+CalibrateBench.swift).
    var calibration = false
  }

  static var benchRows: [OptionRow<BenchSettings>] {
    [
      .flag("--quick") { $0.mode = .quick },
      .flag("--smoke") { $0.mode = .smoke },
      .flag("--json") { $0.isJSON = true },
      .flag("--calibration") { $0.calibration = true },
    ]
  }

  static func parseBench(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = BenchSettings()
    let rest = try parse(words, rows: benchRows, into: &settings, command: .bench)
    if let extra = rest.first {
      throw UsageError(message: "unexpected argument '\(extra)'", command: .bench)
    }
    return Options(command: .bench(settings))
  }
}
