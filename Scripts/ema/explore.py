#!/usr/bin/env python3
"""Drives `growthsim point` from EMA Workbench: a Latin hypercube over four policy and stock
parameters of a scenario, one growthsim call per experiment, then extra-trees feature
scoring of which parameter moves which outcome (docs/sweeps.md, "External drivers").

    python3 -m venv .venv && .venv/bin/pip install ema-workbench
    .venv/bin/python Scripts/ema/explore.py [--points 32] [--replications 4] [--days 30]

growthsim is $GROWTHSIM, else .build/release/growthsim. Every point runs with the same
--seed, so points differ by their parameters, not by their random numbers (common random
numbers), and the whole output is the same on every run.
"""
import argparse
import json
import os
import subprocess
import sys
import time
import warnings

import numpy as np
import pandas as pd
warnings.filterwarnings("ignore", message="ipyparallel not installed")  # not used here
from ema_workbench import IntegerParameter, Model, RealParameter, ScalarOutcome, perform_experiments
from ema_workbench.analysis import feature_scoring

# EMA's name for a parameter → (its JSON Pointer in the scenario, EMA type, low, high).
PARAMETERS = {
    "daily_budget": ("/policies/0/ads/dailyBudget", RealParameter, 0, 30000),
    "stock": ("/merchants/0/skus/0/stock", IntegerParameter, 300, 6000),
    "agents": ("/policies/0/service/agents", IntegerParameter, 1, 8),
    "discount": ("/policies/0/pricing/discount", RealParameter, 0, 0.3),
}
# sweep.csv metric columns, read from `growthsim point --format json`.
OUTCOMES = ["profit_cny_mean", "gmv_cny_mean", "stockout_days_mean", "followers_end_mean"]


def options():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=32, help="Latin hypercube points")
    parser.add_argument("--replications", type=int, default=4, help="replications per point")
    parser.add_argument("--days", type=int, default=30, help="days simulated per replication")
    parser.add_argument("--seed", type=int, default=1, help="growthsim and sampling seed")
    parser.add_argument("--scenario", default="Scenarios/default.json")
    return parser.parse_args()


def main():
    args = options()
    growthsim = os.environ.get("GROWTHSIM", ".build/release/growthsim")
    calls = []

    def point(**values):
        """One experiment: growthsim point with the experiment's values; its JSON record."""
        command = [growthsim, "point", args.scenario, "--set", f"/calendar/days={args.days}",
                   "--replications", str(args.replications), "--seed", str(args.seed),
                   "--metrics", ",".join(OUTCOMES), "--format", "json", "--jobs", "1"]
        for name, value in values.items():
            command += ["--set", f"{PARAMETERS[name][0]}={value}"]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        calls.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"growthsim exited {done.returncode}: {done.stderr.strip()}")
        return json.loads(done.stdout)

    model = Model("growthsim", function=point)
    model.uncertainties = [kind(name, low, high) for name, (_, kind, low, high) in PARAMETERS.items()]
    model.outcomes = [ScalarOutcome(name) for name in OUTCOMES]

    np.random.seed(args.seed)  # EMA's Latin hypercube draws from NumPy's global generator
    start = time.perf_counter()
    experiments, outcomes = perform_experiments(model, scenarios=args.points, log_progress=True)
    elapsed = time.perf_counter() - start

    print(f"{args.points} Latin hypercube points × {args.replications} replications × "
          f"{args.days} days of {args.scenario}: {len(calls)} growthsim calls in {elapsed:.1f} s "
          f"({1000 * np.median(calls):.0f} ms median per call)")
    table = experiments[list(PARAMETERS)].assign(**outcomes)
    with pd.option_context("display.width", 120, "display.max_columns", 20,
                           "display.float_format", "{:,.2f}".format):
        print("\nthe first points (parameters, then outcomes):")
        print(table.head(8).to_string(index=False))
        scores = feature_scoring.get_feature_scores_all(
            experiments[list(PARAMETERS)], outcomes, random_state=args.seed)
        scores.index.name = "parameter"
        print("\nfeature scores (extra trees; each column sums to 1):")
        print(scores.to_string(float_format="{:.3f}".format))
    # The check CI relies on: every experiment gave every outcome, and the scores are usable.
    missing = [name for name in OUTCOMES if np.isnan(outcomes[name]).any()]
    if len(calls) != args.points or missing or not np.allclose(scores.sum(), 1):
        sys.exit(f"error: {len(calls)} calls for {args.points} points, missing outcomes {missing}")


if __name__ == "__main__":
    main()
