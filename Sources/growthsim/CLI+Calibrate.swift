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
    if let directory = settings.outputDirectory, let problem = outputProblem(directory) {
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
    var sized = plan.scenario
    sized.experiment.replications = plan.spec.replications
    if let code = checkSize(
      RunSize.run(sized), settings.limits, name: name, quiet: true, errors: &errors)
    {
      return code
    }
    let directory =
      settings.outputDirectory
      ?? defaultFolder(scenarioName: plan.scenario.name, suffix: "-calibrate")
    if let code = checkOutput(directory, force: settings.force, errors: &errors) { return code }
    let result: CalibrationResult
    let signal: Int32?
    switch sampleCalibration(
      plan, name: name, settings, errors: &errors, showsProgress: showsProgress,
      interrupts: interrupts)
    {
    case .sampled(let sampled, let stop): (result, signal) = (sampled, stop)
    case .ended(let code): return code
    }
    let calibrated: JSONValue
    do throws(ScenarioError) {
      calibrated = try result.calibratedDocument()
    } catch {
      errors.write(
        error.issues.map { "\(name): the posterior medians together: \($0)\n" }.joined())
      return .dataError
    }
    let written: [String]
    do {
      // Not cancelled: what the sampler kept is written even after a signal.
      written = try CalibrationFiles.write(result, calibrated: calibrated, to: directory)
    } catch {
      return failedWriting(error, interrupts: nil, errors: &errors)
    }
    return reportCalibration(
      result,
      headline: "\(plan.scenario.name): \(plan.parameters.count) free parameter(s), "
        + "\(plan.objective.targets.count) target(s), \(plan.objective.observed.count) "
        + "observed value(s); \(result.rounds.count) round(s) of \(plan.spec.particles) "
        + "particles, \(result.simulated) simulations × \(plan.spec.replications) "
        + "replication(s), seed \(plan.seed); ended: \(result.endingText)",
      written: written, directory: directory, signal: signal, settings, output: &output,
      errors: &errors)
  }

  /// The plan the command line describes, or the lines and exit code of what is wrong.
  static func prepareCalibration(
    file: String?, _ settings: Options.CalibrateSettings
  ) -> Result<CalibrationPlan, LoadFailure> {
    let scenarioName = file ?? "(embedded default)"
    let document: JSONValue
    switch scenarioDocument(file, overrides: settings.overrides, fileMiB: settings.limits.fileMiB) {
    case .success(let read): document = read.document
    case .failure(let failure): return .failure(failure)
    }
    let scenario: Scenario
    do throws(ScenarioLoadError) {
      scenario = try Scenario.decode(document, population: settings.limits.population)
    } catch {
      return .failure(failure(error, in: scenarioName))
    }
    // The spec: a file, the options, or the scenario's own `calibration` object.
    var base: JSONValue? = nil
    var specName = "--free"
    var specFolder = ""
    if let specFile = settings.specFile {
      specName = specFile
      specFolder = folder(of: specFile)
      switch readSpec(specFile, fileMiB: settings.limits.fileMiB) {
      case .success(let read): base = read
      case .failure(let failure): return .failure(failure)
      }
    } else if settings.free.isEmpty {
      guard let own = document.value(at: JSONPointer.root.appending("calibration")) else {
        return .failure(
          LoadFailure(
            message: "error: missing '--free /pointer=LOW:HIGH' or '--spec FILE' (and "
              + "\(scenarioName) has no calibration object)\n", code: .usage))
      }
      base = own
      specName = scenarioName + " /calibration"
      specFolder = file.map(folder(of:)) ?? ""
    }
    let spec: CalibrationSpec
    do throws(ScenarioLoadError) {
      spec = try CalibrationSpec.decode(
        CalibrationSpec.document(
          base: base, free: settings.free, observed: nil, method: settings.method,
          budget: settings.budget, particles: settings.particles,
          replications: settings.replications, seed: settings.seed,
          adjustment: settings.adjustment))
    } catch {
      return .failure(failure(error, in: specName))
    }
    var observed: ObservedSeries? = nil
    let observedPath =
      settings.observed ?? spec.observed.map { $0.hasPrefix("/") ? $0 : specFolder + $0 }
    if let observedPath {
      let data: [UInt8]
      do {
        data = try Files.read(observedPath, limit: settings.limits.fileMiB << 20)
      } catch {
        return .failure(LoadFailure(message: "error: cannot read \(error)\n", code: .noInput))
      }
      do throws(ObservedSeries.Failure) {
        observed = try ObservedSeries.parse(data, for: scenario)
      } catch {
        return .failure(LoadFailure(message: error.lines(file: observedPath), code: .dataError))
      }
    }
    do throws(CalibrationPlan.Failure) {
      return .success(
        try CalibrationPlan(
          scenario: document, spec: spec, observed: observed,
          population: settings.limits.population,
          ticketLimit: settings.limits.ticketsPerMerchantDay))
    } catch {
      switch error {
      case .scenario(let invalid): return .failure(failure(.invalid(invalid), in: scenarioName))
      case .spec(let invalid): return .failure(failure(.invalid(invalid), in: specName))
      case .nothingToFit:
        return .failure(
          LoadFailure(
            message: "error: nothing to fit: \(scenarioName) has no targets and no observed "
              + "file was given (--observed)\n", code: .usage))
      }
    }
  }

  /// The folder part of a path with its slash (`a/b.json` → `a/`), or `` for a bare name.
  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
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
