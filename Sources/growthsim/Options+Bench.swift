extension Options {
  /// What `growthsim bench` was asked to do.
  struct BenchSettings: Equatable {
    /// How big and how often the workloads run.
    enum Mode: Equatable {
      /// Full sizes, several runs each (the figures of docs/performance.md).
      case full
      /// Fewer runs of smaller workloads: a check that takes under 30 seconds.
      case quick
      /// Tiny workloads, one run each (hidden `--smoke`: for the tests, not for figures).
      case smoke
    }

    var mode = Mode.full
    /// `--json`: one JSON object instead of the table.
    var isJSON = false
    /// `--calibration`: the calibration benchmark instead (CLI+CalibrateBench.swift).
    var calibration = false
  }

  static func parseBench(_ words: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = BenchSettings()
    for word in words {
      switch word {
      case "--quick": settings.mode = .quick
      case "--smoke": settings.mode = .smoke
      case "--json": settings.isJSON = true
      case "--calibration": settings.calibration = true
      default: throw UsageError(message: unknown(word, command: .bench), command: .bench)
      }
    }
    return Options(command: .bench(settings))
  }
}
