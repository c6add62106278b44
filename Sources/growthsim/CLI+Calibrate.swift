import Dispatch
import Foundation
import GrowthSim

extension CLI {
  /// `growthsim calibrate`: builds the spec from `--free` or `--spec` (or the scenario's
  /// `calibration`), reads the observed file, runs ABC-SMC and writes its files.
  static func calibrate(
    file: String?, _ settings: Options.CalibrateSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool, interrupts: Interrupts? = nil
  ) -> ExitCode {
    if isJointCalibration(settings) {
      return calibrateJoint(
        files: settings.jointFiles.isEmpty ? file.map { [$0] } ?? [] : settings.jointFiles,
        settings, output: &output, errors: &errors, showsProgress: showsProgress,
        interrupts: interrupts)
    }
    if let directory = settings.outputDirectory, let problem = OutputFolder.problem(directory) {
      print("error: \(problem)", to: &errors)
      return .usage
    }
    let plan: CalibrationPlan
    switch prepareCalibration(file: file, settings) {
    case .success(let prepared): plan = prepared
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let name = file ?? "(embedded default)"
    let directory =
      settings.outputDirectory
      ?? defaultFolder(scenarioName: plan.scenario.name, suffix: "-calibrate")
    var job = CalibrationJob(
      plan: plan, names: [name], directory: directory,
      jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    job.limits = settings.limits
    job.force = settings.force
    return runCalibration(
      job, name: name,
      headline: { result in
        "\(plan.scenario.name): \(plan.parameters.count) free parameter(s), "
          + "\(plan.objective.targets.count) target(s), \(plan.objective.observed.count) "
          + "observed value(s); \(result.rounds.count) round(s) of \(plan.spec.particles) "
          + "particles, \(result.simulated) simulations × \(plan.spec.replications) "
          + "replication(s), seed \(plan.seed); ended: \(result.endingText)"
      }, settings, output: &output, errors: &errors, showsProgress: showsProgress,
      interrupts: interrupts)
  }

  /// The plan the command line describes (`CalibrationRequest.plan`), or the lines and exit
  /// code of what is wrong.
  static func prepareCalibration(
    file: String?, _ settings: Options.CalibrateSettings
  ) -> Result<CalibrationPlan, LoadFailure> {
    do throws(CalibrationRequest.Failure) {
      return .success(try calibrationRequest([file], settings).plan())
    } catch {
      return .failure(failure(error))
    }
  }

  /// The request of a `calibrate` command line for `files`.
  static func calibrationRequest(_ files: [String?], _ settings: Options.CalibrateSettings)
    -> CalibrationRequest
  {
    var request = CalibrationRequest(scenarioFiles: files)
    request.overrides = settings.overrides
    request.specFile = settings.specFile
    request.free = settings.free
    request.observed = settings.observed
    request.jointObserved = settings.observedAll
    request.method = settings.method
    request.adjustment = settings.adjustment
    request.budget = settings.budget
    request.particles = settings.particles
    request.replications = settings.replications
    request.seed = settings.seed
    request.limits = settings.limits
    return request
  }

  /// The lines and exit code of a calibration that cannot start.
  static func failure(_ error: CalibrationRequest.Failure) -> LoadFailure {
    switch error {
    case .source(let source, let file): return failure(source, scenario: file)
    case .load(let load, let name): return failure(load, in: name)
    case .noSpec(let scenario?):
      return LoadFailure(
        message: "error: missing '--free /pointer=LOW:HIGH' or '--spec FILE' (and "
          + "\(scenario) has no calibration object)\n", code: .usage)
    case .noSpec(nil):
      return LoadFailure(
        message: "error: missing '--free [SCOPE:]/pointer=LOW:HIGH' or '--spec FILE' (a "
          + "joint calibration does not read the scenarios' calibration objects)\n",
        code: .usage)
    case .observedUnreadable(let file):
      return LoadFailure(message: "error: cannot read \(file)\n", code: .noInput)
    case .observed(let observed, let file):
      return LoadFailure(message: observed.lines(file: file), code: .dataError)
    case .nothingToFit(let scenario, false):
      return LoadFailure(
        message: "error: nothing to fit: \(scenario) has no targets and no observed "
          + "file was given (--observed)\n", code: .usage)
    case .nothingToFit(let scenario, true):
      return LoadFailure(
        message: "error: nothing to fit: \(scenario) has no targets and no observed file "
          + "(--observed NAME:DATA.csv)\n", code: .usage)
    case .jointWithoutFiles:
      return LoadFailure(
        message: "error: a joint calibration ('--free SCOPE:/pointer=…') needs its scenario "
          + "files\n", code: .usage)
    case .jointObservedName(let option, let names):
      return LoadFailure(
        message: "error: '--observed' in a joint calibration names its scenario: '--observed "
          + "NAME:DATA.csv', NAME one of \(names.joined(separator: ", ")) (as in '--free "
          + "NAME:/pointer=…'), got \"\(option)\"\n", code: .usage)
    case .jointObservedTwice(let name, let option):
      return LoadFailure(
        message: "error: '--observed' gives \(name) a second file (one a scenario), got "
          + "\"\(option)\"\n", code: .usage)
    case .jointSpecObserved(let spec):
      return LoadFailure(
        message: "\(spec): /observed: takes one scenario; a joint calibration takes "
          + "each scenario's as '--observed NAME:DATA.csv'\n", code: .dataError)
    case .located(let located):
      return LoadFailure(
        message: located.issues.map { $0.line + "\n" }.joined(), code: .dataError)
    }
  }
}

/// The progress line of a calibration on standard error, redrawn at most ten times a second,
/// only when standard error is a terminal.
struct CalibrationMeter {
  let isEnabled: Bool
  private var lastDraw: UInt64 = 0
  private var isDrawn = false

  init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// `round 3: tolerance 0.1234, 250/400 accepted; 5200/20000 simulations (26.0%)`.
  mutating func update(_ progress: ABCSMC.Progress, errors: inout some TextOutputStream) {
    guard isEnabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - lastDraw >= 100_000_000 else { return }
    lastDraw = now
    errors.write("\r\u{1B}[K" + Self.line(progress))
    isDrawn = true
  }

  /// Ends the line, so later output starts on a fresh one.
  mutating func finish(errors: inout some TextOutputStream) {
    if isDrawn { errors.write("\n") }
    isDrawn = false
  }

  static func line(_ progress: ABCSMC.Progress) -> String {
    let permille = progress.simulated * 1000 / max(1, progress.budget)
    let tolerance =
      progress.tolerance.isFinite
      ? "tolerance \(CalibrationResult.short(progress.tolerance))"
      : "prior"
    return "round \(progress.round): \(tolerance), \(progress.accepted)/\(progress.particles) "
      + "accepted; \(progress.simulated)/\(progress.budget) simulations "
      + "(\(permille / 10).\(permille % 10)%)"
  }
}
