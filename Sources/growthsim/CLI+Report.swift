import GrowthSim

extension CLI {
  /// `growthsim report DIR`: rewrites `report.html` from the CSV files in DIR.
  static func report(
    directory: String, _ settings: Options.ReportSettings, output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) -> ExitCode {
    var context = ReportContext(folder: directory)
    if let file = settings.scenario {
      switch load(file) {
      case .success(let scenario): context = ReportContext(scenario)
      case .failure(let failure):
        errors.write(failure.message)
        return failure.code
      }
    }
    if let problem = OutputFolder.problem(directory) {
      print("error: \(problem)", to: &errors)
      return .usage
    }
    var focus: [(title: String, figures: FocusFigures)] = []
    if settings.at != nil || settings.window != nil {
      let figures: FocusFigures
      do throws(ReportFocus.Failure) {
        figures = try ReportFocus.figures(
          in: directory, focus: settings.window ?? settings.at ?? "",
          isWindow: settings.window != nil, campaigns: context.campaigns)
      } catch {
        switch error {
        case .noDaily:
          print("error: \(directory): --at and --window need daily.csv", to: &errors)
          return .noInput
        case .daily(let error): return reportFailed(error, errors: &errors)
        case .span(let error):
          print("error: \(error)", to: &errors)
          return .usage
        }
      }
      if !settings.isQuiet { output.write(figures.text) }
      focus = [("all merchants", figures)]
    }
    return writeReport(directory, context: context, focus: focus, output: &output, errors: &errors)
  }

  /// Writes `report.html` into `directory` and prints its path; `nil` when it was written.
  static func writeReport(
    _ directory: String, context: ReportContext,
    focus: [(title: String, figures: FocusFigures)] = [], output: inout some TextOutputStream,
    errors: inout some TextOutputStream
  ) -> ExitCode {
    do throws(ReportError) {
      let path = try HTMLReport.write(into: directory, context: context, focus: focus)
      print("wrote \(path)", to: &output)
      return .success
    } catch {
      return reportFailed(error, errors: &errors)
    }
  }

  /// The message and exit code of a report that could not be made.
  static func reportFailed(_ error: ReportError, errors: inout some TextOutputStream) -> ExitCode {
    print("error: cannot write the report: \(error)", to: &errors)
    switch error {
    case .file(let file): return file.reason.contains("No such file") ? .noInput : .cannotCreate
    case .format: return .dataError
    case .nothingToReport: return .noInput
    case .focus: return .usage
    }
  }

  /// The default folder of a `run` or `compare`: `Results/<name><suffix>` for the scenario as
  /// its file says, `Results/<name><suffix>-<hash>` when `--set`, `--seed`, `--replications`
  /// or `--mean-field` change it, so a what-if never overwrites the reference results; the
  /// hash is the first 8 hex digits of the SHA-256 of the overrides' text.
  static func runFolder(
    _ scenario: Scenario, _ settings: Options.RunSettings, suffix: String = ""
  ) -> String {
    ResultsFolder.path(
      scenarioName: scenario.name, suffix: suffix,
      whatIf: settings.changesScenario ? settings.overrideText : nil)
  }
}
