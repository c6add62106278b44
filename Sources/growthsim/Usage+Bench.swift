extension Usage {
  static let bench = """
    USAGE: growthsim bench [--quick] [--json] [--calibration]

    Times fixed workloads and prints the medians of several runs: the event queue's hold
    benchmark at 300, 3,000 and 30,000 pending events; the model on the embedded default
    scenario (365 days, 64 replications) and on the 1,300-merchant belt for a year; parallel
    efficiency on all cores for replications and sweep points; peak memory and bytes per
    merchant; rows per second of the daily CSV writer; the cost slope per merchant-day; and
    whole runs with their files at growing sizes: seconds per day with and without
    daily_stats.csv (457 and 1,830 days), seconds per merchant-day of one category's 1,300,
    5,000 and 20,000 merchants. Takes a few minutes; run it on a quiet machine. See
    docs/performance.md.

    OPTIONS:
      --quick     Fewer runs of smaller workloads (under 30 seconds): a smoke check, not
                  the reference figures.
      --json      Print one JSON object instead of the table.
      --calibration
                  Time an 8-parameter calibration of the default scenario against 90
                  days of synthetic data at the default budget, then check recovery (5
                  parameters, 8 seeds, 20 and 60 days: coverage, and interval widths on
                  average and per parameter) instead; with --quick, a smaller budget and
                  3 seeds. See docs/calibration.md.

    """
}
