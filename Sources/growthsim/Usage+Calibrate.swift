extension Usage {
  static let calibrate = """
    USAGE: growthsim calibrate [FILE …] (--free [SCOPE:]/json/pointer=LOW:HIGH[:log] … |
                                         --spec SPEC.json)
                               [--observed [NAME:]DATA.csv …] [--method abc-smc]
                               [--budget N] [--particles N] [--replications R] [--seed N]
                               [--jobs J] [--adjustment local-linear|none]
                               [--set /json/pointer=VALUE …] [--out DIR] [--force]
                               [--limit NAME=N …] [--quiet]

    Fits free parameters of a scenario to its targets and/or a merchant's observed daily
    numbers by approximate Bayesian computation (ABC-SMC), and writes posterior.csv (the
    parameter draws with their weights), calibration.csv (per round: tolerance, acceptance,
    effective sample size), fit.csv (each target or observed day: observed, simulated median
    and 90 % band) and calibrated.json (the scenario with the posterior medians, which `run`
    takes as it is). Prints each parameter's median and 90 % interval and the fit's error.
    Without --free and --spec, the scenario's own `calibration` object is the spec.
    See docs/calibration.md.

    ARGUMENTS:
      FILE                A scenario JSON file; without it, the embedded default scenario.
                          Two or more: a joint calibration of them all, each scenario's
                          targets weighed alike; it writes fit.csv with a scenario column,
                          world.json and calibrated-NAME.json (docs/calibration.md).

    OPTIONS:
      --free /POINTER=LOW:HIGH[:log]
                          A number of the scenario to estimate, with a uniform prior from
                          LOW to HIGH (log-uniform with :log). Repeatable. In a joint
                          calibration, world:/POINTER names a number of the world file the
                          scenarios include (one value for all), NAME:/POINTER a number of
                          the scenario named NAME alone, /POINTER one in every scenario.
      --spec SPEC.json    A calibration spec: parameters, observed, budget, particles,
                          replications, seed (instead of the options).
      --observed FILE     Observed daily series: CSV, tidy (date, merchant, metric, value)
                          or wide (date and one column per daily.csv metric or dashboard
                          header). Without it, the scenario's targets are fitted. In a
                          joint calibration, NAME:FILE gives the scenario named NAME its
                          own series (repeatable, one file a scenario).
      --method M          abc-smc (the only method so far).
      --adjustment A      local-linear (default): regress the last population on the data's
                          summaries (Beaumont et al. 2002), so intervals narrow with more
                          data; none: the accepted draws as they are.
      --budget N          Parameter sets simulated at most (default 20000).
      --particles N       Particles per population (default 400).
      --replications R    Replications per parameter set, averaged (default 1).
      --seed N            Seed (default: the scenario's /experiment/seed). The results are
                          byte-identical for any --jobs.
      --jobs J            Threads (default: the number of cores).
      --set /POINTER=VALUE
                          Put VALUE into the scenario first, as in `run`. Repeatable.
      --out DIR           Output directory (default: Results/<scenario name>-calibrate).
      --force             Write into an --out folder that holds files growthsim did not
                          write.
      --limit NAME=N      A ceiling on the scenario's size, as in `run`.
      -q, --quiet         Print only the paths written.

    Ctrl-C or SIGTERM stops after the current batch and writes the last complete population
    (exit 130 or 143).

    """
}
