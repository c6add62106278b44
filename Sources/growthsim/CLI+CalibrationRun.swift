import GrowthSim

extension CLI {
  /// Runs a calibration job (`CalibrationJob`) with a progress meter.
  ///
  /// Prints what it wrote: the `headline` and the posterior's summary unless quiet, each
  /// file, and a stop by a signal after the files; or why nothing was written (`name`: the
  /// scenario(s) a budget ran out for). Shared by `calibrate` and its joint form.
  static func runCalibration(
    _ job: CalibrationJob, name: String, headline: (CalibrationResult) -> String,
    _ settings: Options.CalibrateSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool, interrupts: Interrupts?
  ) -> ExitCode {
    var meter = CalibrationMeter(isEnabled: showsProgress && !settings.isQuiet)
    let outcome: CalibrationJob.Outcome
    do throws(CalibrationJob.Failure) {
      outcome = try job.run(cancellation: interrupts?.cancellation) { event in
        switch event {
        case .sampling:
          // From here a signal stops the sampler after its current batch; the last complete
          // population is written.
          if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
        case .progress(let progress): meter.update(progress, errors: &errors)
        case .sampled: meter.finish(errors: &errors)
        }
      }
    } catch {
      return calibrationFailed(error, job: job, name: name, errors: &errors)
    }
    let result = outcome.result
    if !settings.isQuiet {
      print(headline(result), to: &output)
      output.write(result.summary)
    }
    for path in outcome.written { print("wrote \(path)", to: &output) }
    if let signal = outcome.signal {
      print(
        "interrupted: wrote the population of round \(result.rounds.count - 1) to "
          + "\(job.directory)", to: &errors)
      return .stopped(by: signal)
    }
    return .success
  }

  /// The message and exit code of a calibration that wrote nothing.
  private static func calibrationFailed(
    _ failure: CalibrationJob.Failure, job: CalibrationJob, name: String,
    errors: inout some TextOutputStream
  ) -> ExitCode {
    switch failure {
    case .size(let issues, let file):
      errors.write(issues.map { "\(file): \($0)\n" }.joined())
      return .dataError
    case .folder(let refusal): return refused(refusal, errors: &errors)
    case .interrupted(let signal):
      print(
        "interrupted before the first population was complete; nothing was written",
        to: &errors)
      return .stopped(by: signal)
    case .budgetSpent:
      print(
        "\(name): the budget of \(job.plan.spec.budget) simulations ran out before "
          + "\(job.plan.spec.particles) valid parameter sets were found; nothing was written",
        to: &errors)
      return .dataError
    case .posterior(let invalid):
      errors.write(
        invalid.issues.map { "\(name): the posterior medians together: \($0)\n" }.joined())
      return .dataError
    case .jointPosterior(let invalid):
      errors.write(
        invalid.issues.map { "\($0.line) (the posterior medians together)\n" }.joined())
      return .dataError
    case .writing(let error): return failedWriting(error, interrupts: nil, errors: &errors)
    }
  }
}
