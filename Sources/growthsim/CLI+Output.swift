import GrowthSim

extension CLI {
  /// The default folder of a command: `ResultsFolder.path`.
  static func defaultFolder(scenarioName: String, suffix: String = "") -> String {
    ResultsFolder.path(scenarioName: scenarioName, suffix: suffix)
  }

  /// Checks an output folder before any work (`OutputFolder.check`); `nil` when it may be
  /// written.
  static func checkOutput(
    _ directory: String, force: Bool, errors: inout some TextOutputStream
  ) -> ExitCode? {
    do throws(OutputFolder.Refusal) {
      try OutputFolder.check(directory, force: force)
      return nil
    } catch {
      return refused(error, errors: &errors)
    }
  }

  /// The message and exit code of a folder that may not be written: a name that is no
  /// results folder is a usage error (64), a folder of other files or one that cannot be
  /// listed is refused (73).
  static func refused(_ refusal: OutputFolder.Refusal, errors: inout some TextOutputStream)
    -> ExitCode
  {
    switch refusal {
    case .notAFolder(let problem):
      print("error: \(problem)", to: &errors)
      return .usage
    case .foreign(let directory, let entry):
      errors.write(
        "error: \(directory) holds files growthsim did not write (such as \(entry)); "
          + "choose a new or empty folder, or add --force to write into it anyway\n")
    case .unlisted(let directory, let reason):
      print(
        "error: cannot check what \(directory) holds (\(reason)); "
          + "choose a folder growthsim can list", to: &errors)
    }
    return .cannotCreate
  }
}
