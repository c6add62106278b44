import GrowthSim

extension Options {
  /// What `growthsim sweep` was asked to do.
  struct SweepSettings: Equatable {
    /// `--spec FILE`.
    var specFile: String?
    /// The `--vary` options, each as a spec parameter document.
    var parameters: [JSONValue] = []
    var overrides: [ScenarioOverride] = []
    var design: SweepSpec.Design?
    var points: Int?
    var replications: Int?
    var seed: UInt64?
    /// `--policies A,B…`: compare these at every point.
    var policies: [String]?
    /// `--independent-points`: each point draws its own random numbers.
    var randomNumbers: SweepSpec.RandomNumbers?
    /// A sensitivity design's size (`growthsim sensitivity`).
    var trajectories: Int?
    var baseSamples: Int?
    var secondOrder: Bool?
    /// `--precision REL[:METRIC]`: the replications the base scenario needs, at every point.
    var precision: PrecisionTarget?
    var jobs: Int?
    var outputDirectory: String?
    var shard: Shard = .whole
    var resumes = false
    var writesDaily = false
    var isQuiet = false
    /// `--force`: write into an `--out` folder that holds files growthsim did not write.
    var force = false
    /// `--limit NAME=N`: the ceilings on the sweep's size.
    var limits = RunLimits()
  }

  /// What `growthsim merge` was asked to do.
  struct MergeSettings: Equatable {
    var outputDirectory: String
    var isQuiet = false
    var force = false
  }

  /// The words of a command line after the command: options with their values, positionals.
  private struct Words {
    var remaining: ArraySlice<String>
    let command: Command.Name

    /// The next option as (name, inline value), or a positional as (word, nil) with
    /// `isOption` false; `nil` at the end.
    mutating func next() -> (word: String, name: String, inline: String?, isOption: Bool)? {
      guard let word = remaining.popFirst() else { return nil }
      guard word.hasPrefix("-"), word != "-" else { return (word, word, nil, false) }
      guard let equals = word.firstIndex(of: "=") else { return (word, word, nil, true) }
      return (
        word, String(word[..<equals]), String(word[word.index(after: equals)...]), true
      )
    }

    /// The value of option `name`: inline, or the next word.
    mutating func value(_ name: String, inline: String?) throws(UsageError) -> String {
      if let inline { return inline }
      guard let next = remaining.popFirst() else {
        throw UsageError(message: "missing value for '\(name)'", command: command)
      }
      return next
    }
  }

  static func parseSweep(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
    var settings = SweepSettings()
    var files: [String] = []
    var words = Words(remaining: arguments, command: .sweep)
    func flag(_ inline: String?, _ word: String) throws(UsageError) {
      guard inline == nil else {
        throw UsageError(message: unknown(word, command: .sweep), command: .sweep)
      }
    }
    while let (word, name, inline, isOption) = words.next() {
      guard isOption else {
        files.append(word)
        continue
      }
      func value() throws(UsageError) -> String { try words.value(name, inline: inline) }
      func number<T: LosslessStringConvertible & Comparable>(
        _ type: T.Type, in range: ClosedRange<T>
      ) throws(UsageError) -> T {
        try convert(try value(), for: name, type, in: range, command: .sweep)
      }
      switch name {
      case "--spec": settings.specFile = try value()
      case "--vary":
        let text = try value()
        guard let parameter = SweepParameter.shorthand(text) else {
          throw UsageError(
            message: "the value '\(text)' is invalid for '--vary' (expected /json/pointer="
              + "LOW:HIGH:N, log:LOW:HIGH:N or a,b,c)", command: .sweep)
        }
        settings.parameters.append(parameter)
      case "--set": settings.overrides.append(try override(try value(), command: .sweep))
      case "--design":
        let text = try value()
        guard let design = SweepSpec.Design(rawValue: text) else {
          throw UsageError(
            message:
              "the value '\(text)' is invalid for '--design' (grid, random, lhs, morris or sobol)",
            command: .sweep)
        }
        settings.design = design
      case "--points": settings.points = try number(Int.self, in: 1...SweepSpec.maximumPoints)
      case "--replications": settings.replications = try number(Int.self, in: 1...100_000)
      case "--seed": settings.seed = try number(UInt64.self, in: 0...(1 << 53))
      case "--policies":
        // Checked with the spec, so a spec file's `policies` and this option meet one rule.
        settings.policies = try value().split(separator: ",", omittingEmptySubsequences: false)
          .map(String.init)
      case "--jobs": settings.jobs = try number(Int.self, in: 1...4096)
      case "--out": settings.outputDirectory = try value()
      case "--shard":
        let text = try value()
        guard let shard = Shard(text) else {
          throw UsageError(
            message: "the value '\(text)' is invalid for '--shard' (expected K/N, 1 ≤ K ≤ N)",
            command: .sweep)
        }
        settings.shard = shard
      case "--resume":
        try flag(inline, word)
        settings.resumes = true
      case "--daily":
        try flag(inline, word)
        settings.writesDaily = true
      case "--independent-points":
        try flag(inline, word)
        settings.randomNumbers = .independent
      case "--precision": settings.precision = try precisionTarget(try value(), command: .sweep)
      case "--quiet", "-q":
        try flag(inline, word)
        settings.isQuiet = true
      case "--force":
        try flag(inline, word)
        settings.force = true
      case "--limit": try limit(try value(), into: &settings.limits, command: .sweep)
      default: throw UsageError(message: unknown(name, command: .sweep), command: .sweep)
      }
    }
    guard files.count <= 1 else {
      throw UsageError(message: "unexpected argument '\(files[1])'", command: .sweep)
    }
    if settings.specFile != nil, !settings.parameters.isEmpty {
      throw UsageError(message: "'--spec' and '--vary' cannot be combined", command: .sweep)
    }
    if settings.specFile == nil, settings.parameters.isEmpty {
      throw UsageError(message: "missing '--spec FILE' or '--vary /pointer=…'", command: .sweep)
    }
    return Options(command: .sweep(scenario: files.first, settings))
  }

  static func parseMerge(_ arguments: ArraySlice<String>) throws(UsageError) -> Options {
    var parts: [String] = []
    var directory: String? = nil
    var isQuiet = false
    var force = false
    var words = Words(remaining: arguments, command: .merge)
    while let (word, name, inline, isOption) = words.next() {
      guard isOption else {
        parts.append(word)
        continue
      }
      switch name {
      case "--out": directory = try words.value(name, inline: inline)
      case "--quiet" where inline == nil, "-q" where inline == nil: isQuiet = true
      case "--force" where inline == nil: force = true
      default: throw UsageError(message: unknown(name, command: .merge), command: .merge)
      }
    }
    guard !parts.isEmpty else {
      throw UsageError(message: "missing sweep parts to merge", command: .merge)
    }
    guard let directory else {
      throw UsageError(message: "missing '--out DIR'", command: .merge)
    }
    return Options(
      command: .merge(
        parts: parts, MergeSettings(outputDirectory: directory, isQuiet: isQuiet, force: force)))
  }
}
