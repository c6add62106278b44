/// The help texts, one per command.
enum Usage {
  static let general = """
    growthsim — a discrete-event growth simulator for Douyin-style live commerce

    USAGE: growthsim [<command>] [<arguments>]

    COMMANDS:
      run [FILE]        Run a scenario (the embedded default without FILE) and write CSV.
      compare [FILE]    Run a scenario under several policies (default snowball, funnel).
      sweep [FILE]      Run a scenario over a design of parameter values (grid, random, lhs).
      point [FILE]      Run one point; print its sweep metrics as one CSV or JSON record.
      merge PARTS…      Join the parts of a sharded sweep into the unsharded files.
      sensitivity [FILE]
                        Which parameters matter: Morris screening or Sobol indices.
      calibrate [FILE]  Fit free parameters to targets and observed daily data (ABC-SMC).
      validate FILE…    Check scenario files without running them.
      schema            Print the scenario format as a JSON Schema (draft 2020-12).
      bench             Time the event queue, the model and the CSV writer.
      report DIR        Write report.html for the results in DIR (charts, no network).
      help [COMMAND]    Show help for a command.

    With no command, growthsim runs the embedded default scenario into Results/default/;
    `growthsim FILE.json …` is short for `growthsim run FILE.json …`.

    OPTIONS:
      -h, --help        Show help.
      --version         Show the version.

    EXIT CODES: 0 ok, 1 target missed (run --check-targets), 64 usage, 65 bad scenario,
    66 unreadable input, 73 cannot write output, 130 stopped by Ctrl-C (SIGINT), 143 stopped
    by SIGTERM.

    """

  static let run = """
    USAGE: growthsim run [FILE] [--set /json/pointer=VALUE …] [--out DIR] [--seed N]
                         [--replications R] [--jobs J] [--mean-field] [--long]
                         [--check-targets] [--force] [--limit NAME=N …] [--quiet]
                         [--at DATE|DAY | --window FROM..TO|CAMPAIGN]
                         [--precision REL[:METRIC]] [--split FILE]

    Runs every replication of a scenario and writes daily.csv (one row per replication ×
    merchant × day), summary.csv (one row per replication × merchant), with more than one
    replication daily_stats.csv (per merchant, day and metric: mean, p05, p50, p95), with
    service providers providers.csv, and with targets targets.csv (each target's mean with
    its 90 % interval, hit or miss), then report.html: the same results as one self-contained
    page with charts, for any browser.

    ARGUMENTS:
      FILE                A scenario JSON file; without it, the embedded default scenario.

    OPTIONS:
      --set /POINTER=VALUE
                          Put VALUE (JSON, or else a string) at the JSON Pointer before the
                          scenario is checked, e.g. --set /merchants/0/followers=5000.
                          Repeatable; applied in order.
      --out DIR           Output directory (default: Results/<scenario name>, or
                          Results/default; with --set, --seed, --replications or
                          --mean-field Results/<scenario name>-<hash of those options>,
                          so a what-if never overwrites the reference results).
      --seed N            Scenario seed, overriding /experiment/seed.
      --replications R    Replications, overriding /experiment/replications.
      --jobs J            Threads (default: the number of cores): replications run in
                          parallel, and jobs beyond them share a replication's merchants
                          and its daily rows. The output is byte-identical for any J.
      --mean-field        Replace every random draw by its expectation (deterministic).
      --long              Also write daily_long.csv: daily.csv in long form, one row per
                          replication × merchant × day × metric (sets /output/long).
      --check-targets     Exit 1, with one line on standard error per missed target, when
                          a scenario target is missed (the files are written all the same).
      --split FILE        The fitted/predicted split of the seed cases
                          (Scenarios/splits/seed-cases.json): a missed target of a
                          predicted case is a result, printed as a note, not a failure;
                          a case with targets must be in one of its sets (exit 65).
      --force             Write into an --out folder that holds files growthsim did not
                          write (refused otherwise, exit 73).
      --limit NAME=N      Raise or lower a ceiling on the run's size: file-mib (16),
                          days (1830), merchants (20000), skus (200000), merchant-days
                          (50000000), runs (sweeps: 10000000), output-mib (20480),
                          tickets-per-merchant-day (run: 1000000).
      -q, --quiet         Print only the paths written; no size line before a long run.
      --at DATE|DAY       Print (and show in report.html) the figures on one day: a date
                          (2026-07-31) or a day counted from 0 as in the CSV's day column
                          (day 0 is the start date), with 5–95 % ranges and the probability
                          that a SKU is out of stock.
      --window FROM..TO|CAMPAIGN
                          The same, summed over days FROM to TO inclusive (dates or days
                          from 0), or over a campaign's window by its id (e.g. 818); levels
                          (followers, stock, score) are read on the last day.
      --precision REL[:METRIC]
                          Add replications in order until the 95 % half-width of the
                          metric's mean (default profit_cny) is at most REL × |mean|
                          (0.01 or 1%); --replications is then the cap (default 1000).
                          The files equal a run with the count printed, and
                          manifest.json records the count and the target.

    """

  static let compare = """
    USAGE: growthsim compare [FILE] [--policies A,B,…] [--ablate] [--explain]
                             [--budget-envelope reference|off|YUAN]
                             [--set /json/pointer=VALUE …]
                             [--out DIR] [--seed N] [--replications R] [--jobs J]
                             [--mean-field] [--force] [--limit NAME=N …] [--quiet]
                             [--precision REL[:METRIC]] [--map]

    Runs the scenario once per policy, every merchant following it, with common random
    numbers, and writes compare_daily.csv (per day, policy and metric: mean, p05, p50, p95
    across replications and the paired difference to the first policy), compare_summary.csv
    (horizon totals with 90 % intervals, the crossover day, the chance of ending ahead) and,
    with --ablate, compare_ablation.csv (how much of the gap each feedback loop explains),
    with --explain, compare_explain.csv (the gap shared among its causes, Shapley values).
    With --map, only compare_map.csv: who wins over follow rate × repeat strength × horizon.

    OPTIONS:
      --policies A,B,…    Policy ids, scenario policies or presets; the first is the
                          reference (default: the scenario's /experiment/compare,
                          else snowball,funnel).
      --ablate            Re-run the first two policies with each loop switched off.
      --explain           Share the first two policies' profit gap among ad economics and
                          each loop (Shapley values over the switches, 90 % intervals).
      --map               Map the first two policies over follow rate × repeat strength ×
                          horizon (14 … 365 days) instead; output default Results/<name>-map.
      --budget-envelope reference|off|YUAN
                          Every policy on the same total spend (ads, content, lucky bags,
                          talents, staff) per merchant-day: the first policy's own
                          (default), YUAN, or off (each policy as written).
      --out DIR           Output directory (default: Results/<scenario name>-compare, with
                          a hash of --set, --seed, --replications or --mean-field added).
      --at DATE|DAY, --window FROM..TO|CAMPAIGN
                          Each policy's figures on a day or over a window (as for run).
      Other options as for run; --precision runs the largest count any policy needs.

    """

  static let validate = """
    USAGE: growthsim validate FILE… [--limit NAME=N]…

    Checks each scenario file and prints every problem as FILE: /json/pointer: rule, got VALUE.
    Exits 65 if any file is invalid, 66 if any cannot be read. The file-mib, merchants and skus
    limits apply as for run (merchants and SKUs are counted before cohorts are drawn).

    """

  static let schema = """
    USAGE: growthsim schema [--markdown | --columns | --sweep-columns | --compare-columns]

    Prints the scenario format as a JSON Schema (draft 2020-12), for editors to validate and
    complete scenario files.

    OPTIONS:
      --markdown   Print the key reference table of docs/scenario-format.md instead.
      --columns    Print the output column tables of docs/output-format.md instead.
      --sweep-columns
                   Print the sweep column tables of docs/sweeps.md instead.
      --compare-columns
                   Print the compare column tables of docs/compare.md instead.

    """

  static let report = """
    USAGE: growthsim report DIR [--scenario FILE] [--at DATE|DAY | --window FROM..TO|CAMPAIGN]

    Writes DIR/report.html from the CSV files of a run, compare or sweep in DIR (run, compare
    and sweep write it themselves): one self-contained HTML file with inline SVG charts — no
    network, no scripts — that any browser opens. The same files give the same bytes.

    OPTIONS:
      --scenario FILE     The scenario the results came from, for its name, description,
                          size and campaign windows (without it: the folder's name, and the
                          dates and campaigns of daily.csv). With the same scenario (and
                          overrides) as the run, the page is the one the run wrote.
      --at, --window      Figures on a day or over a window, as for run (needs daily.csv).
      -q, --quiet         Print only the path written.

    """

  static let help = """
    USAGE: growthsim help [COMMAND]

    Shows help for growthsim or for one of its commands.

    """

  static func text(for command: Options.Command.Name?) -> String {
    switch command {
    case nil: return general
    case .run: return run
    case .compare: return compare
    case .sweep: return sweep
    case .point: return point
    case .merge: return merge
    case .validate: return validate
    case .schema: return schema
    case .bench: return bench
    case .report: return report
    case .help: return help
    case .sensitivity: return sensitivity
    case .calibrate: return calibrate
    }
  }
}
