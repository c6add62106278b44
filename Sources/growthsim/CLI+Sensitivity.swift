import Foundation
import GrowthSim

extension CLI {
  /// `growthsim sensitivity`: runs a Morris or Sobol design as a sweep into its folder, then
  /// writes `sensitivity.csv` and prints the parameters ranked for each metric.
  static func sensitivity(
    file: String?, _ settings: Options.SensitivitySettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool, interrupts: Interrupts? = nil
  ) -> ExitCode {
    var sweepSettings = settings.sweep
    let scenarioName = file ?? "(embedded default)"
    if settings.varyGuesses {
      switch guessParameters(file: file, sweepSettings) {
      case .success(let guesses):
        let varied = Set(sweepSettings.parameters.compactMap(Self.pointerText))
        sweepSettings.parameters += guesses.filter {
          !varied.contains(Self.pointerText($0) ?? "")
        }
      case .failure(let failure):
        errors.write(failure.message)
        return failure.code
      }
    }
    var job: SweepJob
    switch prepareSweep(file: file, sweepSettings) {
    case .success(let prepared): job = prepared
    case .failure(let failure):
      errors.write(failure.message.replacingOccurrences(of: "--vary:", with: "sensitivity:"))
      return failure.code
    }
    if sweepSettings.outputDirectory == nil {
      job.files = SweepFiles(
        directory: defaultFolder(scenarioName: job.plan.scenarioName, suffix: "-sensitivity"),
        shard: .whole)
    }
    // A sensitivity sweep is whole and writes no sweep-daily.csv (no such options).
    if let code = checkSweep(
      job, force: sweepSettings.force, limits: sweepSettings.limits, name: scenarioName,
      quiet: sweepSettings.isQuiet, errors: &errors)
    {
      return code
    }
    let metrics = settings.metrics.compactMap(SensitivityMetric.init)
    let analysis = SensitivityJob(sweep: job, metrics: metrics)
    var meter = ProgressMeter(isEnabled: showsProgress && !sweepSettings.isQuiet)
    meter.checking(job.plan.pointCount, errors: &errors)
    if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
    let report: SensitivityJob.Report
    do throws(SweepRunError) {
      report = try analysis.run(cancellation: interrupts?.cancellation) {
        meter.update($0, errors: &errors)
      }
      meter.finish(errors: &errors)
    } catch {
      meter.finish(errors: &errors)
      print("error: \(scenarioName): \(error)", to: &errors)
      switch error {
      case .setup, .mismatch, .corrupt, .parts, .dayWork: return .dataError
      case .input: return .noInput
      case .file, .unfinished: return .cannotCreate
      }
    }
    if !report.sweep.isComplete, let signal = interrupts?.cancellation.signal {
      print(
        "interrupted: \(report.sweep.resumed + report.sweep.simulated) of "
          + "\(job.plan.pointCount) points are in \(job.files.directory); run the same "
          + "command with --resume to finish", to: &errors)
      return .stopped(by: signal)
    }
    if !sweepSettings.isQuiet {
      let plan = job.plan
      print(
        "sensitivity: \(plan.spec.design) design over \(plan.spec.parameters.count) "
          + "parameter(s), \(plan.pointCount) point(s) × \(plan.replications) replication(s), "
          + "seed \(plan.seed); \(report.sweep.simulated) run, \(report.sweep.resumed) already done",
        to: &output)
      output.write(
        SensitivitySummary.text(
          parameters: plan.spec.parameters.map(\.pointer.description), metrics: metrics,
          report: report))
    }
    for path in report.sweep.written + report.written { print("wrote \(path)", to: &output) }
    return .success
  }

  /// The guesses of the scenario after `--set`, as `--vary` documents.
  private static func guessParameters(
    file: String?, _ settings: Options.SweepSettings
  ) -> Result<[JSONValue], LoadFailure> {
    scenarioDocument(file, overrides: settings.overrides, fileMiB: settings.limits.fileMiB)
      .map { GuessCatalogue.parameterDocuments(in: $0.document) }
  }

  /// The pointer of a `--vary` document.
  private static func pointerText(_ parameter: JSONValue) -> String? {
    guard case .object(let object) = parameter, case .string(let text)? = object["pointer"]
    else { return nil }
    return text
  }
}

/// The parameters of each metric ranked by μ* (Morris) or total index (Sobol), for the
/// terminal.
enum SensitivitySummary {
  static func text(
    parameters: [String], metrics: [SensitivityMetric], report: SensitivityJob.Report
  ) -> String {
    var text = ""
    for (index, metric) in metrics.enumerated() {
      var rows: [(name: String, key: Double, line: String)] = []
      if index < report.morris.count {
        text += "\(metric.name): parameter, μ* (mean |effect| over the whole range), μ, σ\n"
        for (name, effect) in zip(parameters, report.morris[index]) {
          rows.append(
            (
              name, effect.muStar ?? -1,
              "  \(format(effect.muStar))  \(format(effect.mu))  \(format(effect.sigma))"
            ))
        }
      } else if index < report.sobol.count {
        text += "\(metric.name): parameter, ST [95 % interval], S1 [95 % interval]\n"
        let indices = report.sobol[index]
        for (position, name) in parameters.enumerated() {
          let total = indices.total[position]
          let first = indices.first[position]
          rows.append(
            (
              name, total?.value ?? -1,
              "  \(interval(total))  \(interval(first))"
            ))
        }
      }
      let width = rows.map(\.name.count).max() ?? 0
      for row in rows.sorted(by: { $0.key > $1.key }) {
        text +=
          "  " + row.name.padding(toLength: width, withPad: " ", startingAt: 0) + row.line
          + "\n"
      }
    }
    return text
  }

  private static func format(_ value: Double?) -> String {
    guard let value else { return "–" }
    return abs(value) >= 100 ? String(Int(value.rounded())) : String(format: "%.4f", value)
  }

  private static func interval(_ estimate: Estimate?) -> String {
    guard let estimate else { return "–" }
    return String(
      format: "%.3f [%.3f…%.3f]", estimate.value, estimate.low, estimate.high)
  }
}
