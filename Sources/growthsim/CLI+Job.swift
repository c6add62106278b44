import Foundation
import GrowthSim

extension CLI {
  /// The request of a `run` or `compare` command line.
  static func request(_ file: String?, _ settings: Options.RunSettings) -> RunRequest {
    var request = RunRequest(scenarioFile: file)
    request.overrides = settings.overrides
    request.seed = settings.seed
    request.replications = settings.replications
    request.isMeanField = settings.isMeanField
    request.writesLong = settings.writesLong
    request.limits = settings.limits
    request.precision = settings.precision
    return request
  }

  /// `--at`/`--window` as the job takes it.
  static func focusRequest(_ settings: Options.RunSettings) -> FocusRequest? {
    (settings.window ?? settings.at).map {
      FocusRequest(text: $0, isWindow: settings.window != nil)
    }
  }

  /// Prints the steps `run` and `compare` share as their job reports them: a long size, the
  /// count `--precision` chose, progress, the focus note, the manifest and the report.
  static func show(
    _ event: JobEvent, name: String, _ settings: Options.RunSettings, unit: String,
    meter: inout ProgressMeter, interrupts: Interrupts?, output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) {
    switch event {
    case .sized(let size):
      if size.isLong, !settings.isQuiet { print("\(name): \(size.description)", to: &errors) }
    case .replications(let count, let target):
      guard !settings.isQuiet else { return }
      let percent = target.relative * 100
      let met = count < target.cap ? "" : " (the cap; the target was not met)"
      print(
        "precision: mean \(target.metric.rawValue) within ±\(percent.formatted())% (95 %) "
          + "after \(count) replications\(met)", to: &output)
    case .progress(let done, let total):
      meter.update(done: done, total: total, unit: unit, errors: &errors)
    case .writing:
      meter.finish(errors: &errors)
      // From here the job streams to temporary files: a signal stops it at the next unit,
      // removing them.
      if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
    case .focusNeedsDaily:
      print("note: --at and --window need daily.csv, which /output/daily turned off", to: &errors)
    case .manifest(let path), .report(let path): print("wrote \(path)", to: &output)
    case .ran, .compared, .focus, .wrote: break
    }
  }

  /// The message and exit code of a `run` or `compare` that stopped; `name` is the
  /// scenario's file, `scenarioName` its `name`.
  static func failed(
    _ failure: JobFailure, name: String, scenarioName: String, _ settings: Options.RunSettings,
    interrupts: Interrupts?,
    errors: inout some TextOutputStream
  ) -> ExitCode {
    switch failure {
    case .split(.unreadable(let error)):
      print("error: cannot read \(error)", to: &errors)
      return .noInput
    case .split(.invalid(let error)):
      errors.write(Self.failure(error, in: settings.splitFile ?? "").message)
      return .dataError
    case .split(.unlisted(let stem)):
      errors.write(
        "\(name): has targets but \(settings.splitFile ?? "") lists '\(stem)' in neither "
          + "'fitted' nor 'predicted' (every case with targets is in one set)\n")
      return .dataError
    case .focus(let error):
      print("error: \(error)", to: &errors)
      return .usage
    case .size(let issues):
      errors.write(issues.map { "\(name): \($0)\n" }.joined())
      return .dataError
    case .folder(let refusal): return refused(refusal, errors: &errors)
    case .envelope(let error):
      if case .scenario(let invalid) = error {
        errors.write(invalid.issues.map { "\(name): \($0)\n" }.joined())
      }
      return .usage
    case .policies(let invalid):
      errors.write(invalid.issues.map { "\(name): \($0)\n" }.joined())
      return .usage
    case .precision(let excess):
      print("\(scenarioName): \(excess)", to: &errors)
      return .dataError
    case .dayWork(let excess):
      print("\(name): \(excess)", to: &errors)
      return .dataError
    case .writing(let error): return failedWriting(error, interrupts: interrupts, errors: &errors)
    case .daily(let error), .report(let error): return reportFailed(error, errors: &errors)
    case .manifest(let error):
      print("error: \(error)", to: &errors)
      return .cannotCreate
    }
  }
}
