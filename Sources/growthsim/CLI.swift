import Foundation
import GrowthSim

/// Translates a command line into library calls, and their outcomes into text and exit codes.
enum CLI {
  static let version = "growthsim 0.1.0 (scenario format \(Scenario.formatVersion))"

  /// Runs a command line; `showsProgress` (standard error is a terminal) lets long commands
  /// draw a progress line on `errors`.
  static func run(
    _ arguments: [String], output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool = false
  ) -> ExitCode {
    let options: Options
    do {
      options = try Options.parse(arguments)
    } catch {
      print("error: \(error.message)\n", to: &errors)
      errors.write(Usage.text(for: error.command))
      return .usage
    }
    switch options.command {
    case .help(let command):
      output.write(Usage.text(for: command))
      return .success
    case .version:
      print(version, to: &output)
      return .success
    case .schema(let format):
      switch format {
      case .jsonSchema: output.write(ScenarioSchema.jsonSchema)
      case .scenarioMarkdown: output.write(ScenarioSchema.markdownReference)
      case .columnsMarkdown:
        output.write("## daily.csv\n\n" + OutputReference.daily)
        output.write("\n## summary.csv\n\n" + OutputReference.summary)
        output.write("\n## providers.csv\n\n" + OutputReference.providers)
        output.write("\n## targets.csv\n\n" + OutputReference.targets)
      case .sweepColumnsMarkdown: output.write(SweepReference.markdown)
      case .compareColumnsMarkdown: output.write(OutputReference.compare)
      }
      return .success
    case .validate(let files):
      var worst = ExitCode.success
      for file in files {
        switch load(file) {
        case .success: print("\(file): ok", to: &output)
        case .failure(let failure):
          errors.write(failure.message)
          if worst == .success || failure.code == .noInput { worst = failure.code }
        }
      }
      return worst
    case .compare(let file, let settings):
      return compare(file: file, settings, output: &output, errors: &errors)
    case .run(let file, let settings):
      return execute(file: file, settings, output: &output, errors: &errors)
    case .sweep(let file, let settings):
      return sweep(
        file: file, settings, output: &output, errors: &errors, showsProgress: showsProgress)
    case .merge(let parts, let settings):
      return merge(parts, settings, output: &output, errors: &errors)
    case .bench(let settings):
      output.write(bench(settings))
      return .success
    }
  }

  private static func execute(
    file: String?, _ settings: Options.RunSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) -> ExitCode {
    let scenario: Scenario
    switch load(file, settings) {
    case .success(let loaded): scenario = loaded
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let jobs = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let directory = settings.outputDirectory ?? "Results/" + stem(of: file)
    let result = RunResult.run(scenario, jobs: jobs)
    let outcomes = TargetEvaluation.outcomes(of: result)
    let written: [String]
    do {
      written = try RunFiles.write(result, outcomes: outcomes, to: directory)
    } catch {
      print("error: cannot write results: \(error)", to: &errors)
      return .cannotCreate
    }
    if !settings.isQuiet {
      let experiment = scenario.experiment
      print(
        "\(scenario.name): \(scenario.calendar.days) days × \(scenario.merchants.count) "
          + "merchant(s) × \(experiment.replications) replication(s), seed \(experiment.seed)"
          + (experiment.isMeanField ? ", mean-field" : ""), to: &output)
      output.write(HeadlineTable.text(for: result))
      print("(mean over replications [lowest…highest]; money in yuan)", to: &output)
      output.write(TargetTable.text(for: outcomes))
    }
    for path in written { print("wrote \(path)", to: &output) }
    guard settings.checksTargets else { return .success }
    let misses = TargetTable.misses(in: outcomes)
    for miss in misses { print("\(file ?? "(embedded default)"): \(miss)", to: &errors) }
    return misses.isEmpty ? .success : .targetMissed
  }

  /// The scenario of a `run` or `compare`: loaded with `--set`, then `--seed`,
  /// `--replications` and `--mean-field` applied.
  static func load(_ file: String?, _ settings: Options.RunSettings) -> Result<
    Scenario, LoadFailure
  > {
    load(file, overrides: settings.overrides).map { loaded in
      var scenario = loaded
      if let seed = settings.seed { scenario.experiment.seed = seed }
      if let replications = settings.replications {
        scenario.experiment.replications = replications
      }
      if settings.isMeanField { scenario.experiment.isMeanField = true }
      return scenario
    }
  }

  /// A scenario that could not be loaded: the message lines and the exit code.
  struct LoadFailure: Error {
    var message: String
    var code: ExitCode
  }

  /// Loads a scenario file, or the embedded default when `file` is `nil`, with `--set`
  /// overrides applied before it is checked.
  static func load(
    _ file: String?, overrides: [ScenarioOverride] = []
  ) -> Result<Scenario, LoadFailure> {
    let bytes: [UInt8]
    switch read(file) {
    case .success(let read): bytes = read
    case .failure(let failure): return .failure(failure)
    }
    do {
      return .success(try Scenario.decode(from: bytes, overrides: overrides))
    } catch {
      return .failure(failure(error, in: file ?? "(embedded default)"))
    }
  }

  /// The bytes of a file (at most 16 MiB), or of the embedded default when `file` is `nil`.
  static func read(_ file: String?) -> Result<[UInt8], LoadFailure> {
    guard let file else { return .success(Array(DefaultScenario.json.utf8)) }
    let bytes: [UInt8]
    do {
      bytes = try Files.read(file)
    } catch {
      return .failure(LoadFailure(message: "error: cannot read \(error)\n", code: .noInput))
    }
    do {
      return .success(try PolicyFiles.inline(bytes, scenarioPath: file))
    } catch {
      switch error {
      case .unreadable(let reason):
        return .failure(LoadFailure(message: "error: cannot read \(reason)\n", code: .noInput))
      case .syntax(let path, let syntax):
        return .failure(failure(.syntax(syntax), in: path))
      case .invalid(let path, let issue):
        return .failure(failure(.invalid(ScenarioError([issue])), in: path))
      }
    }
  }

  /// The lines and exit code of a document that does not load: `NAME:LINE:COLUMN: invalid
  /// JSON: …`, or one `NAME: /pointer: rule, got VALUE` per issue.
  static func failure(_ error: ScenarioLoadError, in name: String) -> LoadFailure {
    let lines: [String]
    switch error {
    case .syntax(let syntax):
      lines = ["\(name):\(syntax.line):\(syntax.column): invalid JSON: \(syntax.message)"]
    case .invalid(let invalid):
      lines = invalid.issues.map { "\(name): \($0)" }
    }
    return LoadFailure(message: lines.map { $0 + "\n" }.joined(), code: .dataError)
  }

  /// `Scenarios/teenie.json` → `teenie`; the embedded scenario → `default`.
  static func stem(of file: String?) -> String {
    guard let file else { return "default" }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
  }
}
