import GrowthSim

extension Options {
  /// Each command's option names, read from its rows, for the message about one it does not
  /// take: an option of another command is named as such, not "corrected" to itself.
  static var optionsByCommand: [Command.Name: [String]] {
    func names<Settings>(_ rows: [OptionRow<Settings>]) -> [String] { rows.flatMap(\.names) }
    return [
      .run: names(runRows(.run)), .compare: names(runRows(.compare)), .sweep: names(sweepRows),
      .point: names(pointRows), .merge: names(mergeRows), .validate: names(validateRows),
      .schema: names(schemaRows), .bench: names(benchRows), .report: names(reportRows),
      .help: [], .sensitivity: names(sensitivityRows), .calibrate: names(calibrateRows),
    ]
  }

  /// Why `command` refuses `option`: an option of other commands, or an unknown one with the
  /// nearest of the command's own (never itself).
  static func unknown(_ option: String, command: Command.Name) -> String {
    let table = optionsByCommand
    let own = table[command] ?? []
    let owners = Command.Name.allCases.filter { table[$0]?.contains(option) == true }
    if let last = owners.last {
      let names = owners.dropLast().map(\.rawValue)
      let list = names.isEmpty ? last.rawValue : names.joined(separator: ", ") + " and \(last)"
      return "option '\(option)' does not apply to \(command.rawValue) (it is an option of "
        + "\(list))"
    }
    var message = "unknown option '\(option)'"
    if let near = EditDistance.nearest(to: option, among: own) {
      message += " (did you mean '\(near)'?)"
    }
    return message
  }
}
