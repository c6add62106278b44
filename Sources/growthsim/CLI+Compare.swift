import Foundation
import GrowthSim

extension CLI {
  /// `growthsim compare`: the scenario under each policy, the comparison files and a table.
  static func compare(
    file: String?, _ settings: Options.RunSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool = false, interrupts: Interrupts? = nil
  ) -> ExitCode {
    var scenario: Scenario
    let document: JSONValue
    switch load(file, settings) {
    case .success(let loaded): (document, scenario) = loaded
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let jobs = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let policies = PolicyComparison.policies(settings.policies, for: scenario)
    if settings.maps {
      return compareMap(
        file: file, document: document, scenario: scenario, policies: policies, settings,
        output: &output,
        errors: &errors, interrupts: interrupts)
    }
    let directory = settings.outputDirectory ?? runFolder(scenario, settings, suffix: "-compare")
    let name = file ?? "(embedded default)"
    let span: FocusSpan?
    switch focusSpan(settings, scenario) {
    case .success(let parsed): span = parsed
    case .failure(let error):
      print("error: \(error)", to: &errors)
      return .usage
    }
    if let code = preflight(
      RunSize.compare(largest(scenario, settings), policies: policies.count), settings,
      directory: directory, name: name, errors: &errors)
    {
      return code
    }
    let envelope: BudgetEnvelope?
    do throws(ComparisonFailure) {
      (scenario, envelope) = try BudgetEnvelope.apply(
        settings.budgetEnvelope, to: scenario, policies: policies)
    } catch {
      if case .scenario(let invalid) = error {
        errors.write(invalid.issues.map { "\(name): \($0)\n" }.joined())
      }
      return .usage
    }
    if let code = adaptReplications(
      &scenario, settings, policies: policies, output: &output, errors: &errors)
    {
      return code
    }
    var job = CompareJob(
      scenario: scenario, policies: policies, jobs: jobs,
      ticketLimit: settings.limits.ticketsPerMerchantDay)
    job.ablates = settings.ablates
    job.explains = settings.explains
    let result: CompareJob.Result
    do throws(ComparisonFailure) {
      var meter = ProgressMeter(isEnabled: showsProgress && !settings.isQuiet)
      meter.begin(total: policies.count, unit: "policies", errors: &errors)
      defer { meter.finish(errors: &errors) }
      result = try job.run { done in
        meter.update(done: done, total: policies.count, unit: "policies", errors: &errors)
      }
    } catch {
      switch error {
      case .scenario(let invalid):
        errors.write(invalid.issues.map { "\(name): \($0)\n" }.joined())
        return .usage
      case .dayWork(let excess):
        print("\(name): \(excess)", to: &errors)
        return .dataError
      }
    }
    let (report, ablation, explanation) = (result.report, result.ablation, result.explanation)
    if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
    let written: [String]
    do {
      written = try CompareFiles.write(
        report, ablation: ablation, explanation: explanation, to: directory,
        cancellation: interrupts?.cancellation)
    } catch {
      return failedWriting(error, interrupts: interrupts, errors: &errors)
    }
    if !settings.isQuiet {
      print(
        "\(scenario.name): \(policies.joined(separator: " vs ")), \(scenario.calendar.days) days × "
          + "\(scenario.merchants.count) merchant(s) × \(report.replications) replication(s), "
          + "seed \(scenario.experiment.seed), common random numbers", to: &output)
      if let envelope { output.write(ComparisonTable.text(envelope, policies: policies)) }
      output.write(ComparisonTable.text(report))
      if let ablation { output.write(ComparisonTable.text(ablation, policies: policies)) }
      if let explanation { output.write(ComparisonTable.text(explanation)) }
    }
    var focus: [(title: String, figures: FocusFigures)] = []
    if let span {
      focus = zip(policies, result.comparison.totals).map { policy, totals in
        (policy, FocusFigures(DailyTotals(totals, start: scenario.calendar.startDate), span: span))
      }
      if !settings.isQuiet {
        for (policy, figures) in focus { output.write("\(policy): " + figures.text) }
      }
    }
    for path in written { print("wrote \(path)", to: &output) }
    if let code = writePrecisionManifest(
      scenario, settings, policies: policies, directory: directory, output: &output,
      errors: &errors)
    {
      return code
    }
    return writeReport(
      directory, context: ReportContext(scenario), focus: focus, output: &output,
      errors: &errors)
  }
}
