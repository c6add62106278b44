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

  static func parsePoint(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = PointSettings()
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
          throw UsageError(message: "missing value for '\(name)'", command: .point)
        }
        return next
      }
      func number<T: LosslessStringConvertible & Comparable>(
        _ type: T.Type, in range: ClosedRange<T>
      ) throws(UsageError) -> T {
        try convert(try value(), for: name, type, in: range, command: .point)
      }
      switch name {
      case "--set": settings.overrides.append(try override(try value(), command: .point))
      case "--metrics": settings.columns = try columns(try value())
      case "--replications": settings.replications = try number(Int.self, in: 1...100_000)
      case "--seed": settings.seed = try number(UInt64.self, in: 0...(1 << 53))
      case "--jobs": settings.jobs = try number(Int.self, in: 1...4096)
      case "--format":
        let format = try value()
        guard format == "csv" || format == "json" else {
          throw UsageError(
            message: "the value '\(format)' is invalid for '--format' (csv or json)",
            command: .point)
        }
        settings.isJSON = format == "json"
      case "--mean-field" where inline == nil: settings.isMeanField = true
      case "--limit": try limit(try value(), into: &settings.limits, command: .point)
      default: throw UsageError(message: unknown(name, command: .point), command: .point)
      }
    }
    guard files.count <= 1 else {
      throw UsageError(message: "unexpected argument '\(files[1])'", command: .point)
    }
    return Options(command: .point(scenario: files.first, settings))
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
