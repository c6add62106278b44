extension Usage {
  static let point = """
    USAGE: growthsim point [FILE] [--set /json/pointer=VALUE …] [--metrics a,b,…]
                           [--replications R] [--seed N] [--format csv|json] [--jobs J]
                           [--mean-field] [--limit NAME=N …]

    Runs one point of a scenario, as an external driver (EMA Workbench, OpenMOLE, an
    optimiser) calls a model, and prints one record of its summary statistics over
    replications to standard output: the metric columns of sweep.csv, with the same
    definitions and decimals. Writes no files. With a sweep row's values (--set) and its
    seed (--seed), it prints that row's figures. See docs/sweeps.md.

    ARGUMENTS:
      FILE                A scenario JSON file; without it, the embedded default scenario.

    OPTIONS:
      --set /POINTER=VALUE
                          Put VALUE at the JSON Pointer before the scenario is checked, as
                          in `run`. Repeatable; applied in order.
      --metrics a,b,…     The columns to print, in this order (default: all 40), e.g.
                          profit_cny_mean,gmv_cny_p95,paid_roi_mean.
      --replications R    Replications, overriding /experiment/replications.
      --seed N            Scenario seed, overriding /experiment/seed.
      --format F          csv (default: a header line and a value line) or json (one
                          object; null where the CSV cell is empty).
      --jobs J            Threads for the replications (default: the number of cores).
                          Same figures for any J.
      --mean-field        Replace every random draw by its expectation.
      --limit NAME=N      A ceiling on the point's size, as in `run`.

    """
}
