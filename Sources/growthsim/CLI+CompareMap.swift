import Foundation
import GrowthSim

extension CLI {
  /// `growthsim compare --map`: who wins over follow rate × repeat strength × horizon
  /// (`CompareMap`), written to `compare_map.csv`; `document` is the scenario's as read for
  /// `scenario` (with `--set`), which the map sweeps.
  static func compareMap(
    file: String?, document: JSONValue, scenario: Scenario, policies: [String],
    _ settings: Options.RunSettings,
    output: inout some TextOutputStream, errors: inout some TextOutputStream,
    interrupts: Interrupts? = nil
  ) -> ExitCode {
    let name = file ?? "(embedded default)"
    let directory = settings.outputDirectory ?? runFolder(scenario, settings, suffix: "-map")
    var checks = CompareMapChecks(directory: directory)
    checks.force = settings.force
    checks.hasMapConflict =
      settings.ablates || settings.explains || settings.precision != nil || settings.at != nil
      || settings.window != nil
    do throws(CompareMapChecks.Failure) {
      try checks.check()
    } catch {
      switch error {
      case .options:
        print(
          "error: '--map' takes neither '--ablate', '--explain', '--precision' nor "
            + "'--at'/'--window'", to: &errors)
        return .usage
      case .folder(let refusal): return refused(refusal, errors: &errors)
      }
    }
    let design = CompareMap.Design.standard
    let map: CompareMap
    do throws(CompareMap.Failure) {
      map = try CompareMap.run(
        document, policies: policies, design: design, seed: scenario.experiment.seed,
        replications: scenario.experiment.replications,
        meanField: scenario.experiment.isMeanField,
        jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
        ticketLimit: settings.limits.ticketsPerMerchantDay,
        population: settings.limits.population)
    } catch {
      switch error {
      case .sweep(let sweep):
        errors.write(mapMessage(sweep, name: name))
        return .dataError
      case .dayWork(let excess):
        print("\(name): \(excess)", to: &errors)
        return .dataError
      }
    }
    if interrupts?.beginWriting() == false { Interrupts.waitForExit() }
    let path: String
    do {
      path = try CompareMapTable.write(map, to: directory, cancellation: interrupts?.cancellation)
    } catch {
      return failedWriting(error, interrupts: interrupts, errors: &errors)
    }
    if !settings.isQuiet {
      print(
        "\(scenario.name): map of \(map.policies.joined(separator: " vs ")), "
          + "\(design.followRates.count) follow rates × \(design.repeatStrengths.count) repeat "
          + "strengths × \(design.horizons.count) horizons, \(map.replications) replication(s), "
          + "seed \(scenario.experiment.seed), common random numbers", to: &output)
      print("wrote \(path)", to: &output)
    }
    return .success
  }

  /// The lines of a map that does not load: every issue, named by the scenario.
  private static func mapMessage(_ error: SweepError, name: String) -> String {
    let issues: [ScenarioError.Issue]
    switch error {
    case .scenario(let invalid), .spec(let invalid): issues = invalid.issues
    case .invalidPoint(let invalid): issues = invalid.error.issues
    }
    return issues.map { "\(name): \($0)\n" }.joined()
  }
}
