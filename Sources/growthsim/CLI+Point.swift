import Foundation
import GrowthSim

extension CLI {
  /// `growthsim point`: one point of a scenario, its summary statistics as one record on
  /// standard output; no file is written.
  static func point(
    file: String?, _ settings: Options.PointSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) -> ExitCode {
    var scenario: Scenario
    switch load(file, overrides: settings.overrides, fileMiB: settings.limits.fileMiB) {
    case .success(let loaded): scenario = loaded
    case .failure(let failure):
      errors.write(failure.message)
      return failure.code
    }
    if let seed = settings.seed { scenario.experiment.seed = seed }
    if let replications = settings.replications {
      scenario.experiment.replications = replications
    }
    if settings.isMeanField { scenario.experiment.isMeanField = true }
    // Quiet: a driver reads standard output, and its logs need no size line per call.
    if let code = checkSize(
      RunSize.run(scenario), settings.limits, name: file ?? "(embedded default)", quiet: true,
      errors: &errors)
    {
      return code
    }
    let record: PointRecord
    do {
      record = try PointRecord(
        running: scenario, columns: settings.columns,
        jobs: settings.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
        ticketLimit: settings.limits.ticketsPerMerchantDay)
    } catch {
      print("\(file ?? "(embedded default)"): \(error)", to: &errors)
      return .dataError
    }
    output.write(settings.isJSON ? record.json : record.csv)
    return .success
  }
}
