extension Usage {
  static let sweep = """
    USAGE: growthsim sweep [FILE] (--spec SWEEP.json | --vary /POINTER=VALUES …)
                           [--design grid|random|lhs] [--points N] [--replications R]
                           [--seed N] [--policies A,B…] [--set /POINTER=VALUE …]
                           [--jobs J] [--out DIR] [--shard K/N] [--resume] [--daily]
                           [--independent-points] [--precision REL[:METRIC]] [--force]
                           [--limit NAME=N …] [--quiet]

    Runs the scenario at every point of a design over JSON Pointer-named parameters and
    writes sweep.csv (one row per point: its values and mean, se, p05, p50, p95 over
    replications of GMV, net GMV, profit, paid ROI, end followers, stockout days) and
    manifest.json. With --policies, every point runs each policy on the same random
    numbers: one row per point and policy, with the profit difference to the first policy,
    the probability of ending ahead and the crossover day. Every point is checked before
    anything runs. See docs/sweeps.md.

    ARGUMENTS:
      FILE                A scenario JSON file; without it, the embedded default scenario.

    OPTIONS:
      --spec SWEEP.json   The sweep as a JSON spec file (design, points, parameters, …).
      --vary /POINTER=VALUES
                          A parameter: LOW:HIGH:N (N levels), log:LOW:HIGH:N (log scale),
                          LOW:HIGH (random, lhs), or a list a,b,c / [JSON, …]. Repeatable.
      --design D          grid (default: every combination), random or lhs (Latin
                          hypercube).
      --points N          Points of a random or lhs design.
      --replications R    Replications per point (default: the scenario's).
      --seed N            Sweep seed (default: the scenario's); every point runs with it
                          (common random numbers: replication r draws the same numbers
                          at every point), as the `seed` column says.
      --independent-points
                          Each point draws its own random numbers, from a seed derived
                          from the sweep seed and the point id (the `seed` column).
      --precision REL[:METRIC]
                          Each point adds replications in order until the 95 % half-
                          width of its metric's mean is within REL (as in run;
                          --replications is the cap, default 1000); the count is the
                          `replications` column, the target is in the manifest.
      --policies A,B…     Compare these policies (scenario ids or presets such as
                          snowball, funnel) at every point; the first is the reference.
      --set /POINTER=VALUE
                          Change the base scenario before the sweep, as in `run`.
      --jobs J            Threads (default: the number of cores). Same bytes for any J.
      --out DIR           Output directory (default: Results/<scenario name>-sweep).
      --shard K/N         Run only points with id ≡ K−1 (mod N) into sweep.part-K-of-N.csv
                          and manifest.part-K-of-N.json, for cluster array jobs.
      --resume            Finish an interrupted sweep in DIR (its manifest must match).
      --daily             Also write sweep-daily.csv: every point's daily series in long
                          form (point, replication, merchant, policy, day, metric,
                          value).
      --force             Write into an --out folder holding files growthsim did not write.
      --limit NAME=N      A ceiling on the sweep's size, as in `run` (runs = points ×
                          replications, default 10000000).
      -q, --quiet         No summary line, size line or progress line.

    Ctrl-C or SIGTERM stops after the points being computed (exit 130 or 143); they stay
    in DIR and --resume finishes the sweep.

    """

  static let merge = """
    USAGE: growthsim merge PARTS… --out DIR [--force]

    Joins sweep.part-K-of-N.csv files (or directories holding them, with their
    manifest.part-K-of-N.json) into DIR/sweep.csv and DIR/manifest.json, byte for byte what
    the unsharded sweep writes. All N parts of one sweep must be given, each once.

    OPTIONS:
      --out DIR           Output directory.
      --force             Write into DIR even if it holds files growthsim did not write.

    """
}
