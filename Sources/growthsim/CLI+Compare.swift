import Foundation
import GrowthSim

extension CLI {
  /// `growthsim compare`: the comparison job (`CompareJob`), its steps printed as they come;
  /// `--map` runs the map instead.
  static func compare(
    file: String?, _ settings: Options.RunSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool = false, interrupts: Interrupts? = nil
  ) -> ExitCode {
    let scenario: Scenario
    let document: JSONValue
    switch load(file, settings) {
    case .success(let loaded): (document, scenario) = loaded
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let policies = PolicyComparison.policies(settings.policies, for: scenario)
    if settings.maps {
      return compareMap(
        file: file, document: document, scenario: scenario, policies: policies, settings,
        output: &output,
        errors: &errors, interrupts: interrupts)
    }
    let name = file ?? "(embedded default)"
    var job = CompareJob(
      scenario: scenario, policies: policies,
      directory: settings.outputDirectory ?? runFolder(scenario, settings, suffix: "-compare"),
      jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    job.envelope = settings.budgetEnvelope
    job.ablates = settings.ablates
    job.explains = settings.explains
    job.limits = settings.limits
    job.force = settings.force
    job.precision = request(file, settings).precisionTarget
    job.focus = focusRequest(settings)
    job.tool = version
    var meter = ProgressMeter(isEnabled: showsProgress && !settings.isQuiet)
    defer { meter.finish(errors: &errors) }
    do throws(JobFailure) {
      try job.run(cancellation: interrupts?.cancellation) { event in
        switch event {
        case .compared(let result):
          guard !settings.isQuiet else { return }
          let report = result.report
          print(
            "\(scenario.name): \(policies.joined(separator: " vs ")), \(scenario.calendar.days) "
              + "days × \(scenario.merchants.count) merchant(s) × \(report.replications) "
              + "replication(s), seed \(scenario.experiment.seed), common random numbers",
            to: &output)
          if let envelope = result.envelope {
            output.write(ComparisonTable.text(envelope, policies: policies))
          }
          output.write(ComparisonTable.text(report))
          if let ablation = result.ablation {
            output.write(ComparisonTable.text(ablation, policies: policies))
          }
          if let explanation = result.explanation {
            output.write(ComparisonTable.text(explanation))
          }
        case .focus(let focus):
          guard !settings.isQuiet else { return }
          for (policy, figures) in focus { output.write("\(policy): " + figures.text) }
        case .wrote(let paths):
          for path in paths { print("wrote \(path)", to: &output) }
        default:
          show(
            event, name: name, settings, unit: "policies", meter: &meter,
            interrupts: interrupts, output: &output, errors: &errors)
        }
      }
    } catch {
      return failed(
        error, name: name, scenarioName: scenario.name, settings, interrupts: interrupts,
        errors: &errors)
    }
    return .success
  }
}
