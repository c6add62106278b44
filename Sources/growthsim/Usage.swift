/// The help texts, one per command.
enum Usage {
  static let general = """
    growthsim — a discrete-event growth simulator for Douyin-style live commerce

    USAGE: growthsim [<command>] [<arguments>]

    COMMANDS:
      run [FILE]        Run a scenario (the embedded default without FILE) and write CSV.
      sweep [FILE]      Run a scenario over a design of parameter values (grid, random, lhs).
      merge PARTS…      Join the parts of a sharded sweep into the unsharded files.
      validate FILE…    Check scenario files without running them.
      schema            Print the scenario format as a JSON Schema (draft 2020-12).
      help [COMMAND]    Show help for a command.

    With no command, growthsim runs the embedded default scenario into Results/default/;
    `growthsim FILE.json …` is short for `growthsim run FILE.json …`.

    OPTIONS:
      -h, --help        Show help.
      --version         Show the version.

    EXIT CODES: 0 ok, 64 usage, 65 bad scenario, 66 unreadable input, 73 cannot write output.

    """

  static let run = """
    USAGE: growthsim run [FILE] [--set /json/pointer=VALUE …] [--out DIR] [--seed N]
                         [--replications R] [--jobs J] [--quiet]

    Runs every replication of a scenario and writes daily.csv (one row per replication ×
    merchant × day) and summary.csv (one row per replication × merchant).

    ARGUMENTS:
      FILE                A scenario JSON file; without it, the embedded default scenario.

    OPTIONS:
      --set /POINTER=VALUE
                          Put VALUE (JSON, or else a string) at the JSON Pointer before the
                          scenario is checked, e.g. --set /merchants/0/followers=5000.
                          Repeatable; applied in order.
      --out DIR           Output directory (default: Results/<file name without .json>,
                          or Results/default).
      --seed N            Scenario seed, overriding /experiment/seed.
      --replications R    Replications, overriding /experiment/replications.
      --jobs J            Replications run in parallel (default: the number of cores).
                          The output is byte-identical for any J.
      -q, --quiet         Print only the paths written.

    """

  static let validate = """
    USAGE: growthsim validate FILE…

    Checks each scenario file and prints every problem as FILE: /json/pointer: rule, got VALUE.
    Exits 65 if any file is invalid, 66 if any cannot be read.

    """

  static let schema = """
    USAGE: growthsim schema [--markdown | --columns | --sweep-columns]

    Prints the scenario format as a JSON Schema (draft 2020-12), for editors to validate and
    complete scenario files.

    OPTIONS:
      --markdown   Print the key reference table of docs/scenario-format.md instead.
      --columns    Print the output column tables of docs/output-format.md instead.
      --sweep-columns
                   Print the sweep column tables of docs/sweeps.md instead.

    """

  static let help = """
    USAGE: growthsim help [COMMAND]

    Shows help for growthsim or for one of its commands.

    """

  static func text(for command: Options.Command.Name?) -> String {
    switch command {
    case nil: return general
    case .run: return run
    case .sweep: return sweep
    case .merge: return merge
    case .validate: return validate
    case .schema: return schema
    case .help: return help
    }
  }
}
