import Foundation
import GrowthSim

/// Translates a command line into library calls, and their outcomes into text and exit codes.
enum CLI {
  static let version = "growthsim 0.1.0 (scenario format \(Scenario.formatVersion))"

  /// Runs a command line; `showsProgress` (standard error is a terminal) lets long commands
  /// draw a progress line on `errors`.
  ///
  /// `interrupts` (the real process only) turns SIGINT and SIGTERM into a clean stop.
  static func run(
    _ arguments: [String], output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool = false,
    interrupts: Interrupts? = nil
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
        output.write("\n## daily_long.csv\n\n" + OutputReference.dailyLong)
        output.write("\n## sku_daily.csv\n\n" + OutputReference.skuDaily)
        output.write("\n## daily_stats.csv\n\n" + OutputReference.dailyStatistics)
        output.write("\n## summary.csv\n\n" + OutputReference.summary)
        output.write("\n## providers.csv\n\n" + OutputReference.providers)
        output.write("\n## targets.csv\n\n" + OutputReference.targets)
      case .sweepColumnsMarkdown: output.write(SweepReference.markdown)
      case .compareColumnsMarkdown: output.write(OutputReference.compare)
      }
      return .success
    case .validate(let files, let limits):
      var worst = ExitCode.success
      for file in files {
        switch load(file, fileMiB: limits.fileMiB, population: limits.population) {
        case .success: print("\(file): ok", to: &output)
        case .failure(let failure):
          errors.write(failure.message)
          if worst == .success || failure.code == .noInput { worst = failure.code }
        }
      }
      return worst
    case .compare(let file, let settings):
      return compare(
        file: file, settings, output: &output, errors: &errors, showsProgress: showsProgress,
        interrupts: interrupts)
    case .run(let file, let settings):
      return execute(
        file: file, settings, output: &output, errors: &errors, showsProgress: showsProgress,
        interrupts: interrupts)
    case .sweep(let file, let settings):
      return sweep(
        file: file, settings, output: &output, errors: &errors, showsProgress: showsProgress,
        interrupts: interrupts)
    case .sensitivity(let file, let settings):
      return sensitivity(
        file: file, settings, output: &output, errors: &errors, showsProgress: showsProgress,
        interrupts: interrupts)
    case .point(let file, let settings):
      return point(file: file, settings, output: &output, errors: &errors)
    case .merge(let parts, let settings):
      // A merge streams its files to temporaries: a signal stops it at the next point,
      // removing them.
      if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
      return merge(parts, settings, output: &output, errors: &errors, interrupts: interrupts)
    case .bench(let settings) where settings.calibration:
      output.write(calibrationBench(quick: settings.mode != .full, errors: &errors))
      return .success
    case .bench(let settings):
      output.write(bench(settings))
      return .success
    case .report(let directory, let settings):
      return report(directory: directory, settings, output: &output, errors: &errors)
    case .calibrate(let file, let settings):
      return calibrate(
        file: file, settings, output: &output, errors: &errors, showsProgress: showsProgress,
        interrupts: interrupts)
    }
  }

  /// `growthsim run`: the run job (`RunJob`), its steps printed as they come.
  private static func execute(
    file: String?, _ settings: Options.RunSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool = false, interrupts: Interrupts?
  ) -> ExitCode {
    let scenario: Scenario
    switch load(file, settings) {
    case .success(let loaded): scenario = loaded.scenario
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let name = file ?? "(embedded default)"
    let directory = settings.outputDirectory ?? runFolder(scenario, settings)
    var job = RunJob(
      scenario: scenario, directory: directory,
      jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    job.limits = settings.limits
    job.force = settings.force
    job.precision = request(file, settings).precisionTarget
    job.focus = focusRequest(settings)
    job.tool = version
    job.split = settings.splitFile.map(CaseSplit.init(file:))
    job.scenarioFile = file
    let role: TargetSplit.Role?
    var outcomes: [TargetOutcome] = []
    var meter = ProgressMeter(isEnabled: showsProgress && !settings.isQuiet)
    defer { meter.finish(errors: &errors) }
    do throws(JobFailure) {
      role = try job.run(cancellation: interrupts?.cancellation) { event in
        switch event {
        case .ran(let scenario, let written):
          meter.finish(errors: &errors)
          outcomes = written.outcomes
          guard !settings.isQuiet else { return }
          let experiment = scenario.experiment
          print(
            "\(scenario.name): \(scenario.calendar.days) days × \(scenario.merchants.count) "
              + "merchant(s) × \(experiment.replications) replication(s), seed \(experiment.seed)"
              + (experiment.isMeanField ? ", mean-field" : ""), to: &output)
          output.write(HeadlineTable.text(for: scenario, summaries: written.summaries))
          output.write(ProviderHeadline.text(for: scenario, summaries: written.summaries))
          print("(mean over replications [lowest…highest]; money in yuan)", to: &output)
          output.write(TargetTable.text(for: written.outcomes))
        case .focus(let focus):
          if !settings.isQuiet { for (_, figures) in focus { output.write(figures.text) } }
        case .wrote(let paths):
          if settings.outputDirectory == nil, settings.changesScenario, !settings.isQuiet {
            print(
              "a what-if (\(settings.overrideText.trimmingPrefix(" "))): results in \(directory)/, "
                + "not in \(defaultFolder(scenarioName: scenario.name))/", to: &output)
          }
          for path in paths { print("wrote \(path)", to: &output) }
        default:
          show(
            event, name: name, settings, unit: "replications", meter: &meter,
            interrupts: interrupts, output: &output, errors: &errors)
        }
      }
    } catch {
      return failed(
        error, name: name, scenarioName: scenario.name, settings, interrupts: interrupts,
        errors: &errors)
    }
    guard settings.checksTargets else { return .success }
    let misses = TargetTable.misses(in: outcomes)
    guard role != .predicted else {
      for miss in misses { print("note: \(name): predicted \(miss) (a result)", to: &errors) }
      return .success
    }
    for miss in misses { print("\(name): \(miss)", to: &errors) }
    return misses.isEmpty ? .success : .targetMissed
  }

  /// The scenario of a `run` or `compare` (`RunRequest`), and the document it was decoded
  /// from.
  static func load(_ file: String?, _ settings: Options.RunSettings) -> Result<
    (document: JSONValue, scenario: Scenario), LoadFailure
  > {
    let request = request(file, settings)
    do {
      return .success(try request.load())
    } catch {
      return .failure(failure(error, scenario: file))
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
    _ file: String?, overrides: [ScenarioOverride] = [], fileMiB: Int = RunLimits().fileMiB,
    population: PopulationLimit = RunLimits().population
  ) -> Result<Scenario, LoadFailure> {
    do {
      return .success(
        try ScenarioSource.scenario(
          file, overrides: overrides, byteLimit: fileMiB << 20, population: population))
    } catch {
      return .failure(failure(error, scenario: file))
    }
  }

  /// The document of a scenario file (or the embedded default) with its policy files and
  /// `--set` overrides, before it is checked, and the bytes a sweep's manifest hashes.
  static func scenarioDocument(
    _ file: String?, overrides: [ScenarioOverride], fileMiB: Int
  ) -> Result<(document: JSONValue, bytes: [UInt8]), LoadFailure> {
    do {
      return .success(
        try ScenarioSource.read(file, overrides: overrides, byteLimit: fileMiB << 20))
    } catch {
      return .failure(failure(error, scenario: file))
    }
  }

  /// The lines and exit code of a source that does not read: the file it names, or the
  /// scenario's.
  static func failure(_ error: ScenarioSource.Failure, scenario file: String?) -> LoadFailure {
    let name = file ?? "(embedded default)"
    switch error {
    case .unreadable(let reason):
      return LoadFailure(message: "error: cannot read \(reason)\n", code: .noInput)
    case .syntax(let path, let syntax): return failure(.syntax(syntax), in: path ?? name)
    case .invalid(let path, let invalid): return failure(.invalid(invalid), in: path ?? name)
    case .unreadableWorld(let reason, let includedBy):
      return LoadFailure(
        message: "error: cannot read \(reason) (the world of \(includedBy))\n", code: .noInput)
    case .located(let located):
      return LoadFailure(
        message: located.issues.map { $0.line + "\n" }.joined(), code: .dataError)
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

  /// Checks a run's size against the limits (exit 65 with every limit broken) and, unless
  /// quiet, announces a long run's size on standard error; `nil` when it may start.
  static func checkSize(
    _ size: RunSize, _ limits: RunLimits, name: String, quiet: Bool,
    errors: inout some TextOutputStream
  ) -> ExitCode? {
    let issues = limits.issues(size)
    guard issues.isEmpty else {
      errors.write(issues.map { "\(name): \($0)\n" }.joined())
      return .dataError
    }
    if size.isLong, !quiet { print("\(name): \(size.description)", to: &errors) }
    return nil
  }

  /// The message and exit code of results that could not be written: 130 or 143 when a
  /// signal stopped the writing (the temporary files are gone), 73 otherwise.
  static func failedWriting(
    _ error: FileError, interrupts: Interrupts?, errors: inout some TextOutputStream
  ) -> ExitCode {
    if error.isInterruption, let signal = interrupts?.cancellation.signal {
      print("interrupted; nothing was written", to: &errors)
      return .stopped(by: signal)
    }
    print("error: cannot write results: \(error)", to: &errors)
    return .cannotCreate
  }

}
