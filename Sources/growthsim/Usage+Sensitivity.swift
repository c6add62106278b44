extension Usage {
  static let sensitivity = """
    USAGE: growthsim sensitivity [FILE] (--vary /POINTER=LOW:HIGH[:log] … | --guesses)
                                 [--method morris|sobol] [--trajectories R]
                                 [--base-samples N] [--second-order] [--metrics a,b,…]
                                 [--policies A,B] [--replications R] [--seed N]
                                 [--set /POINTER=VALUE …] [--jobs J] [--out DIR]
                                 [--resume] [--independent-points] [--force]
                                 [--limit NAME=N …] [--quiet]

    Which parameters matter: runs a Morris (screening) or Sobol (variance shares) design
    over the parameters as a sweep — sweep.csv and manifest.json, parallel, streaming and
    resumable, every point on the same random numbers — then writes sensitivity.csv (one row
    per parameter × metric: mu_star, mu, sigma for Morris; S1, ST and their 95 % bootstrap
    intervals for Sobol) and prints the parameters ranked. See docs/sensitivity.md.

    OPTIONS:
      --vary /POINTER=LOW:HIGH[:log]
                          A parameter and its range (log: evenly spaced logarithms).
      --guesses           Also vary every value the docs mark as a guess, ±50 % around
                          its value (GuessCatalogue; see docs/sensitivity.md).
      --method M          morris (default) or sobol.
      --trajectories R    Morris trajectories (default 10): R × (k + 1) points.
      --base-samples N    Sobol base samples (default 512): N × (k + 2) points.
      --second-order      Sobol: also second-order indices (N × (2k + 2) points), in
                          sensitivity_second_order.csv.
      --metrics a,b,…     What to explain (default profit_cny): gmv_cny, net_gmv_cny,
                          profit_cny, profit_settled_cny, paid_roi, followers_end,
                          stockout_days, agency_margin_cny, and with --policies
                          profit_difference_cny (settled), probability_ahead.
      --policies A,B      Run both policies at every point; the difference is B − A.
      --replications R    Replications per point (default: the scenario's); the metric is
                          their mean.
      --seed N            Seed (default: the scenario's): of the design and of every run.
      --set /POINTER=VALUE
                          Change the base scenario first, as in `run`.
      --jobs J            Threads (default: the number of cores). Same bytes for any J.
      --out DIR           Output directory (default: Results/<scenario name>-sensitivity).
      --resume            Finish an interrupted analysis in DIR.
      --independent-points
                          Each point draws its own random numbers (not recommended).
      --force             Write into an --out folder holding files growthsim did not write.
      --limit NAME=N      A ceiling on the design's size, as in `sweep`.
      -q, --quiet         No summary, ranking or progress line.

    """
}
