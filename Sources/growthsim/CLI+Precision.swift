import Foundation
import GrowthSim

extension CLI {
  /// The scenario at the most replications it may run: the `--precision` cap, so that the
  /// limits and the output folder are checked before any replication is simulated.
  static func largest(_ scenario: Scenario, _ settings: Options.RunSettings) -> Scenario {
    guard let precision = settings.precision else { return scenario }
    var largest = scenario
    largest.experiment.replications = max(
      precision.minimum, settings.replications ?? precision.cap)
    return largest
  }

  /// `--precision`: sets the scenario's replications to the count the target needs.
  ///
  /// The count comes from `AdaptiveReplications` (in index order, so the run that follows
  /// equals a fixed run with that count), the largest over `policies` when comparing;
  /// `--replications` is then the cap. Prints the count unless quiet.
  static func adaptReplications(
    _ scenario: inout Scenario, _ settings: Options.RunSettings, policies: [String]? = nil,
    output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> ExitCode? {
    guard let target = precisionTarget(settings) else { return nil }
    let jobs = settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let variants = policies.map { $0.compactMap(scenario.allFollowing(policy:)) } ?? [scenario]
    var count = target.minimum
    do throws(DayWorkExcess) {
      for variant in variants {
        count = max(
          count,
          try AdaptiveReplications.count(
            variant, target: target, jobs: jobs, ticketLimit: settings.limits.ticketsPerMerchantDay)
        )
      }
    } catch {
      print("\(scenario.name): \(error)", to: &errors)
      return .dataError
    }
    scenario.experiment.replications = count
    if !settings.isQuiet {
      let percent = target.relative * 100
      let met = count < target.cap ? "" : " (the cap; the target was not met)"
      print(
        "precision: mean \(target.metric.rawValue) within ±\(percent.formatted())% (95 %) "
          + "after \(count) replications\(met)", to: &output)
    }
    return nil
  }

  /// The `--precision` target with `--replications` as its cap, or `nil` without one.
  static func precisionTarget(_ settings: Options.RunSettings) -> PrecisionTarget? {
    guard var target = settings.precision else { return nil }
    if let cap = settings.replications { target.cap = max(target.minimum, cap) }
    return target
  }

  /// Writes `manifest.json` with the replications `--precision` chose (or removes an earlier
  /// one without it) and prints its path; `nil` when that went well.
  static func writePrecisionManifest(
    _ scenario: Scenario, _ settings: Options.RunSettings, policies: [String] = [],
    directory: String, output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> ExitCode? {
    do throws(FileError) {
      if let path = try PrecisionManifest.write(
        tool: version, scenario: scenario, policies: policies, target: precisionTarget(settings),
        into: directory)
      {
        print("wrote \(path)", to: &output)
      }
      return nil
    } catch {
      print("error: \(error)", to: &errors)
      return .cannotCreate
    }
  }
}
