import Foundation
import GrowthSim

extension CLI {
  /// Whether the command line asks for a joint calibration: two scenario files or more, or a
  /// `--free` with a scope (`world:/…`, `NAME:/…`).
  static func isJointCalibration(_ settings: Options.CalibrateSettings) -> Bool {
    !settings.jointFiles.isEmpty
      || settings.free.contains {
        if case .object(let object) = $0 { object["scope"] != nil } else { false }
      }
  }

  /// `growthsim calibrate A.json B.json … --free [SCOPE:]/pointer=LOW:HIGH …`: one posterior
  /// for the parameters of several scenarios at once (docs/calibration.md, "Joint
  /// calibration").
  static func calibrateJoint(
    files: [String], _ settings: Options.CalibrateSettings,
    output: inout some TextOutputStream, errors: inout some TextOutputStream,
    showsProgress: Bool, interrupts: Interrupts? = nil
  ) -> ExitCode {
    if let directory = settings.outputDirectory, let problem = outputProblem(directory) {
      print("error: \(problem)", to: &errors)
      return .usage
    }
    let prepared: (plan: CalibrationPlan, worlds: [WorldLayers?])
    switch prepareJointCalibration(files: files, settings) {
    case .success(let read): prepared = read
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let plan = prepared.plan
    for (file, member) in zip(files, plan.members) {
      var sized = member.scenario
      sized.experiment.replications = plan.spec.replications
      if let code = checkSize(
        RunSize.run(sized), settings.limits, name: file, quiet: true, errors: &errors)
      {
        return code
      }
    }
    let directory =
      settings.outputDirectory
      ?? defaultFolder(scenarioName: plan.scenario.name, suffix: "-joint-calibrate")
    if let code = checkOutput(directory, force: settings.force, errors: &errors) { return code }
    let names = plan.members.map(\.scenario.name).joined(separator: ", ")
    let result: CalibrationResult
    let signal: Int32?
    switch sampleCalibration(
      plan, name: names, settings, errors: &errors, showsProgress: showsProgress,
      interrupts: interrupts)
    {
    case .sampled(let sampled, let stop): (result, signal) = (sampled, stop)
    case .ended(let code): return code
    }
    let scenarios: [(name: String, document: JSONValue)]
    do throws(WorldIncludeError) {
      scenarios = try result.calibratedMembers()
    } catch {
      errors.write(error.issues.map { "\($0.line) (the posterior medians together)\n" }.joined())
      return .dataError
    }
    let written: [String]
    do {
      written = try CalibrationFiles.writeJoint(
        result, scenarios: scenarios, world: result.calibratedWorld(prepared.worlds)?.document,
        to: directory)
    } catch {
      return failedWriting(error, interrupts: nil, errors: &errors)
    }
    return reportCalibration(
      result,
      headline: "joint calibration of \(plan.members.count) scenario(s) (\(names)): "
        + "\(plan.parameters.count) free parameter(s), \(plan.objective.targets.count) "
        + "target(s), \(plan.objective.observed.count) observed value(s); "
        + "\(result.rounds.count) round(s) of \(plan.spec.particles) particles, "
        + "\(result.simulated) simulations × \(plan.spec.replications) replication(s) of "
        + "each scenario, seed \(plan.seed); ended: \(result.endingText)",
      written: written, directory: directory, signal: signal, settings, output: &output,
      errors: &errors)
  }

  /// The joint plan the command line describes and each scenario's world layers, or the
  /// lines and exit code of what is wrong.
  static func prepareJointCalibration(
    files: [String], _ settings: Options.CalibrateSettings
  ) -> Result<(plan: CalibrationPlan, worlds: [WorldLayers?]), LoadFailure> {
    guard !files.isEmpty else {
      return .failure(
        LoadFailure(
          message: "error: a joint calibration ('--free SCOPE:/pointer=…') needs its scenario "
            + "files\n", code: .usage))
    }
    var members: [CalibrationMember] = []
    for file in files {
      do {
        let read = try ScenarioSource.documentAndWorld(
          file, overrides: settings.overrides, byteLimit: settings.limits.fileMiB << 20)
        members.append(
          CalibrationMember(
            file: file, document: read.document, world: read.world,
            overridden: settings.overrides.map(\.pointer)))
      } catch {
        return .failure(failure(error, scenario: file))
      }
    }
    if let problem = attachObserved(settings.observedAll, to: &members, settings.limits) {
      return .failure(problem)
    }
    var base: JSONValue? = nil
    var specName = "--free"
    if let specFile = settings.specFile {
      specName = specFile
      switch readSpec(specFile, fileMiB: settings.limits.fileMiB) {
      case .success(let read): base = read
      case .failure(let failure): return .failure(failure)
      }
    } else if settings.free.isEmpty {
      return .failure(
        LoadFailure(
          message: "error: missing '--free [SCOPE:]/pointer=LOW:HIGH' or '--spec FILE' (a "
            + "joint calibration does not read the scenarios' calibration objects)\n",
          code: .usage))
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
    if spec.observed != nil {
      return .failure(
        LoadFailure(
          message: "\(specName): /observed: takes one scenario; a joint calibration takes "
            + "each scenario's as '--observed NAME:DATA.csv'\n", code: .dataError))
    }
    do throws(CalibrationPlan.JointFailure) {
      let plan = try CalibrationPlan(
        joint: members, spec: spec, specName: specName, population: settings.limits.population,
        ticketLimit: settings.limits.ticketsPerMerchantDay)
      return .success((plan, members.map(\.world)))
    } catch {
      switch error {
      case .issues(let located):
        return .failure(
          LoadFailure(message: located.issues.map { $0.line + "\n" }.joined(), code: .dataError))
      case .nothingToFit(let file):
        return .failure(
          LoadFailure(
            message: "error: nothing to fit: \(file) has no targets and no observed file "
              + "(--observed NAME:DATA.csv)\n", code: .usage))
      }
    }
  }
}
