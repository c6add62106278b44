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
    if let directory = settings.outputDirectory, let problem = OutputFolder.problem(directory) {
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
    let names = plan.members.map(\.scenario.name).joined(separator: ", ")
    var job = CalibrationJob(
      plan: plan, names: files,
      directory: settings.outputDirectory
        ?? defaultFolder(scenarioName: plan.scenario.name, suffix: "-joint-calibrate"),
      jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    job.worlds = prepared.worlds
    job.limits = settings.limits
    job.force = settings.force
    return runCalibration(
      job, name: names,
      headline: { result in
        "joint calibration of \(plan.members.count) scenario(s) (\(names)): "
          + "\(plan.parameters.count) free parameter(s), \(plan.objective.targets.count) "
          + "target(s), \(plan.objective.observed.count) observed value(s); "
          + "\(result.rounds.count) round(s) of \(plan.spec.particles) particles, "
          + "\(result.simulated) simulations × \(plan.spec.replications) replication(s) of "
          + "each scenario, seed \(plan.seed); ended: \(result.endingText)"
      }, settings, output: &output, errors: &errors, showsProgress: showsProgress,
      interrupts: interrupts)
  }

  /// The joint plan the command line describes and each scenario's world layers
  /// (`CalibrationRequest.jointPlan`), or the lines and exit code of what is wrong.
  static func prepareJointCalibration(
    files: [String], _ settings: Options.CalibrateSettings
  ) -> Result<(plan: CalibrationPlan, worlds: [WorldLayers?]), LoadFailure> {
    do throws(CalibrationRequest.Failure) {
      return .success(try calibrationRequest(files, settings).jointPlan())
    } catch {
      return .failure(failure(error))
    }
  }
}
