import Foundation
import GrowthSim

extension CLI {
  /// What running the sampler came to: a population to write, or an exit already explained.
  enum CalibrationSampling {
    case sampled(CalibrationResult, signal: Int32?)
    case ended(ExitCode)
  }

  /// Runs ABC-SMC on `plan` with a progress meter, once the output folder is checked.
  ///
  /// Says why nothing can be written (a signal before the first population, a budget that ran
  /// out for `name`). Shared by `calibrate` and its joint form.
  static func sampleCalibration(
    _ plan: CalibrationPlan, name: String, _ settings: Options.CalibrateSettings,
    errors: inout some TextOutputStream, showsProgress: Bool, interrupts: Interrupts?
  ) -> CalibrationSampling {
    // From here a signal stops the sampler after its current batch; the last complete
    // population is written.
    if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
    let jobs = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    var meter = CalibrationMeter(isEnabled: showsProgress && !settings.isQuiet)
    let result = ABCSMC.run(plan, jobs: jobs, cancellation: interrupts?.cancellation) {
      meter.update($0, errors: &errors)
    }
    meter.finish(errors: &errors)
    let signal = interrupts?.cancellation.signal
    if let result { return .sampled(result, signal: signal) }
    if let signal {
      print(
        "interrupted before the first population was complete; nothing was written",
        to: &errors)
      return .ended(.stopped(by: signal))
    }
    print(
      "\(name): the budget of \(plan.spec.budget) simulations ran out before "
        + "\(plan.spec.particles) valid parameter sets were found; nothing was written",
      to: &errors)
    return .ended(.dataError)
  }

  /// Prints what a calibration wrote: the `headline` and the posterior's summary unless
  /// quiet, each file, and a stop by `signal` after the files.
  static func reportCalibration(
    _ result: CalibrationResult, headline: String, written: [String], directory: String,
    signal: Int32?, _ settings: Options.CalibrateSettings,
    output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> ExitCode {
    if !settings.isQuiet {
      print(headline, to: &output)
      output.write(result.summary)
    }
    for path in written { print("wrote \(path)", to: &output) }
    if let signal {
      print(
        "interrupted: wrote the population of round \(result.rounds.count - 1) to \(directory)",
        to: &errors)
      return .stopped(by: signal)
    }
    return .success
  }
}
