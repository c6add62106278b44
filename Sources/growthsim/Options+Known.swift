import GrowthSim

extension Options {
  /// Each command's options, for the message about one it does not take: an option of
  /// another command is named as such, not "corrected" to itself.
  static let optionsByCommand: [Command.Name: [String]] = [
    .run: [
      "--out", "--seed", "--replications", "--jobs", "--set", "--mean-field", "--long",
      "--check-targets", "--quiet", "-q", "--force", "--limit", "--at", "--window",
      "--precision",
    ],
    .compare: [
      "--out", "--seed", "--replications", "--jobs", "--set", "--mean-field", "--policies",
      "--ablate", "--quiet", "-q", "--force", "--limit", "--at", "--window",
      "--precision",
    ],
    .sweep: [
      "--spec", "--vary", "--set", "--design", "--points", "--replications", "--seed",
      "--policies", "--jobs", "--out", "--shard", "--resume", "--daily", "--quiet", "-q",
      "--force", "--limit", "--independent-points", "--precision",
    ],
    .point: [
      "--set", "--metrics", "--replications", "--seed", "--jobs", "--format", "--mean-field",
      "--limit",
    ],
    .merge: ["--out", "--quiet", "-q", "--force"],
    .validate: ["--limit"],
    .schema: ["--markdown", "--columns", "--sweep-columns", "--compare-columns"],
    .bench: ["--quick", "--smoke", "--json", "--calibration"],
    .report: ["--scenario", "--at", "--window", "--quiet", "-q"],
    .help: [],
    .sensitivity: sensitivityOptions,
    .calibrate: [
      "--free", "--spec", "--observed", "--method", "--budget", "--particles", "--replications",
      "--seed", "--jobs", "--out", "--set", "--quiet", "-q", "--force", "--limit",
      "--adjustment",
    ],
  ]

  /// Why `command` refuses `option`: a flag given a value, an option of other commands, or
  /// an unknown one with the nearest of the command's own (never itself).
  static func unknown(_ option: String, command: Command.Name) -> String {
    let own = optionsByCommand[command] ?? []
    if own.contains(option) { return "option '\(option)' takes no value" }
    let owners = Command.Name.allCases.filter { optionsByCommand[$0]?.contains(option) == true }
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
