import Foundation
import GrowthSim

extension CLI {
  /// `growthsim sweep`: builds the spec from `--spec` or `--vary`, checks every point, runs
  /// the sweep into its directory and reports the files written.
  static func sweep(
    file: String?, _ settings: Options.SweepSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, showsProgress: Bool, interrupts: Interrupts? = nil
  ) -> ExitCode {
    if let directory = settings.outputDirectory, let problem = OutputFolder.problem(directory) {
      print("error: \(problem)", to: &errors)
      return .usage
    }
    var job: SweepJob
    switch prepareSweep(file: file, settings) {
    case .success(let prepared): job = prepared
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    let scenarioName = file ?? "(embedded default)"
    let specName = settings.specFile ?? (settings.policies == nil ? "--vary" : "--vary/--policies")
    let directory = job.files.directory
    if let code = checkSweep(
      job, force: settings.force, limits: settings.limits, name: scenarioName,
      quiet: settings.isQuiet, errors: &errors)
    {
      return code
    }
    var meter = ProgressMeter(isEnabled: showsProgress && !settings.isQuiet)
    meter.checking(job.plan.pointCount, errors: &errors)
    let report: SweepJob.Report
    // The journals take every finished point at once: from here a signal stops the sweep
    // after its current points, for `--resume` to continue.
    if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
    do throws(SweepRunError) {
      report = try job.run(cancellation: interrupts?.cancellation) {
        meter.update($0, errors: &errors)
      }
      meter.finish(errors: &errors)
    } catch {
      meter.finish(errors: &errors)
      return fail(error, scenario: scenarioName, spec: specName, errors: &errors)
    }
    if !report.isComplete, let signal = interrupts?.cancellation.signal,
      report.resumed + report.simulated == 0, !Files.exists(directory)
    {
      // Stopped while its points were being checked: the disk was not touched.
      print("interrupted; nothing was written", to: &errors)
      return .stopped(by: signal)
    }
    if !report.isComplete, let signal = interrupts?.cancellation.signal {
      print(
        "interrupted: \(report.resumed + report.simulated) of "
          + "\(job.files.shard.pointCount(of: job.plan.pointCount)) points are in "
          + "\(directory); run the same command with --resume to finish", to: &errors)
      return .stopped(by: signal)
    }
    if !settings.isQuiet {
      let plan = job.plan
      let shard = settings.shard == .whole ? "" : ", shard \(settings.shard)"
      let most = plan.precision == nil ? "" : "up to "
      print(
        "sweep: \(plan.pointCount) point(s) × \(most)\(plan.replications) replication(s), "
          + "\(plan.spec.design) design, seed \(plan.seed)\(shard); "
          + "\(report.simulated) run, \(report.resumed) already done", to: &output)
    }
    if report.written.isEmpty {
      print("\(directory): already complete, nothing to do", to: &output)
    }
    for path in report.written { print("wrote \(path)", to: &output) }
    // A whole sweep that wrote its files writes its page; a shard's part has none.
    guard settings.shard == .whole, !report.written.isEmpty,
      let first = try? job.plan.scenario(forPoint: 0)
    else {
      return .success
    }
    var context = ReportContext(first)
    let plan = job.plan
    context.sentence =
      "A sweep of \(plan.pointCount) point(s) × \(plan.precision == nil ? "" : "up to ")"
      + "\(plan.replications) replication(s), "
      + "\(plan.spec.design) design, seed \(plan.seed)."
    return writeReport(directory, context: context, output: &output, errors: &errors)
  }

  /// Runs the sweep job's checks (folder, then size); `nil` when the sweep may start.
  ///
  /// Translates a failure into its message and exit code; notes a long sweep unless `quiet`.
  static func checkSweep(
    _ job: SweepJob, force: Bool, limits: RunLimits, name: String, quiet: Bool,
    errors: inout some TextOutputStream
  ) -> ExitCode? {
    do throws(JobFailure) {
      if let size = try job.check(force: force, limits: limits), size.isLong, !quiet {
        print("\(name): \(size.description)", to: &errors)
      }
      return nil
    } catch {
      switch error {
      case .folder(let refusal): return refused(refusal, errors: &errors)
      case .size(let issues):
        errors.write(issues.map { "\(name): \($0)\n" }.joined())
        return .dataError
      default:
        print("error: \(name): \(error)", to: &errors)
        return .dataError
      }
    }
  }

  /// The sweep the command line describes: the scenario with `--set`, the spec from `--spec`
  /// or `--vary` with the design options over it, checked against each other.
  static func prepareSweep(
    file: String?, _ settings: Options.SweepSettings
  ) -> Result<SweepJob, LoadFailure> {
    let request = sweepRequest(file: file, settings)
    do throws(SweepRequest.Failure) {
      return .success(try request.prepare())
    } catch {
      return .failure(failure(error, request))
    }
  }

  /// The library's request for the sweep `settings` describe.
  private static func sweepRequest(
    file: String?, _ settings: Options.SweepSettings
  ) -> SweepRequest {
    var request = SweepRequest(scenarioFile: file, tool: version)
    request.overrides = settings.overrides
    request.specFile = settings.specFile
    request.parameters = settings.parameters
    request.design = settings.design
    request.points = settings.points
    request.replications = settings.replications
    request.seed = settings.seed
    request.policies = settings.policies
    request.randomNumbers = settings.randomNumbers
    request.trajectories = settings.trajectories
    request.baseSamples = settings.baseSamples
    request.secondOrder = settings.secondOrder
    request.precision = settings.precision
    request.limits = settings.limits
    request.directory = settings.outputDirectory
    request.shard = settings.shard
    request.writesDaily = settings.writesDaily
    request.resumes = settings.resumes
    request.jobs = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    return request
  }

  /// The lines and exit code of a sweep that cannot start, each naming its file.
  private static func failure(
    _ error: SweepRequest.Failure, _ request: SweepRequest
  ) -> LoadFailure {
    switch error {
    case .scenario(let source): return failure(source, scenario: request.scenarioFile)
    case .specFile(let source): return failure(source, scenario: request.specFile)
    case .spec(let invalid): return failure(invalid, in: request.specName)
    case .plan(let plan):
      return LoadFailure(
        message: message(for: plan, scenario: request.scenarioName, spec: request.specName),
        code: .dataError)
    }
  }

  /// `growthsim merge`: joins shard parts into the unsharded sweep's files.
  static func merge(
    _ parts: [String], _ settings: Options.MergeSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, interrupts: Interrupts? = nil
  ) -> ExitCode {
    if let code = checkOutput(settings.outputDirectory, force: settings.force, errors: &errors) {
      return code
    }
    do throws(SweepRunError) {
      let written = try SweepMerge.merge(
        parts, into: settings.outputDirectory, cancellation: interrupts?.cancellation)
      for path in written { print("wrote \(path)", to: &output) }
      return .success
    } catch {
      if case .file(let file) = error, file.isInterruption {
        return failedWriting(file, interrupts: interrupts, errors: &errors)
      }
      return fail(error, scenario: "", spec: "", errors: &errors)
    }
  }

  /// Prints a sweep failure and returns its exit code.
  private static func fail(
    _ error: SweepRunError, scenario: String, spec: String, errors: inout some TextOutputStream
  ) -> ExitCode {
    switch error {
    case .setup(let setup):
      errors.write(message(for: setup, scenario: scenario, spec: spec))
      return .dataError
    case .file, .unfinished:
      print("error: \(error)", to: &errors)
      return .cannotCreate
    case .input:
      print("error: \(error)", to: &errors)
      return .noInput
    case .mismatch, .corrupt, .parts:
      print("error: \(error)", to: &errors)
      return .dataError
    case .dayWork:
      print("\(scenario): \(error)", to: &errors)
      return .dataError
    }
  }

  /// The lines of a sweep that cannot start, each naming its file.
  private static func message(for error: SweepError, scenario: String, spec: String) -> String {
    switch error {
    case .scenario(let invalid):
      return failure(.invalid(invalid), in: scenario).message
    case .spec(let invalid):
      return failure(.invalid(invalid), in: spec).message
    case .invalidPoint(let invalid):
      let lines = invalid.error.issues.map { "\(scenario): sweep point \(invalid.point): \($0)" }
      let values = invalid.settings.map(\.description).joined(separator: ", ")
      return
        (lines + [
          "(point \(invalid.point) sets \(values); \(invalid.invalidCount) point(s) are invalid; "
            + "nothing was run or written)"
        ]).map { $0 + "\n" }.joined()
    }
  }
}
