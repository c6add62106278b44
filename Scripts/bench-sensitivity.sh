#!/usr/bin/env bash
# The benchmarks of issue #18 (docs/sensitivity.md#benchmarks), on the default scenario with
# one replication per point and --jobs 2:
#   Morris over the first 30 guesses, 10 trajectories (310 runs)    target ≤ 60 s
#   Sobol over the first 10 guesses, N = 512 (6,144 runs)           target ≤ 5 min
# Usage: Scripts/bench-sensitivity.sh [JOBS]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-2}
swift build -c release > /dev/null
binary=.build/release/growthsim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The catalogue's guesses of the default, as --vary options (from a one-day design's manifest).
"$binary" sensitivity --guesses --trajectories 1 --replications 1 --set /calendar/days=1 \
  --out "$work/catalogue" --quiet > /dev/null
varies() {
  python3 - "$work/catalogue/manifest.json" "$1" <<'PY'
import json, sys
parameters = json.load(open(sys.argv[1]))["sweep"]["parameters"][: int(sys.argv[2])]
for p in parameters:
    print(f"--vary={p['pointer']}={p['low']}:{p['high']}")
PY
}

measure() {
  local name=$1 target=$2
  shift 2
  local start end
  start=$(date +%s.%N)
  "$binary" sensitivity "$@" --replications 1 --jobs "$jobs" --out "$work/$name" --quiet > /dev/null
  end=$(date +%s.%N)
  python3 - "$name" "$start" "$end" "$target" "$work/$name/sweep.csv" <<'PY'
import sys
name, start, end, target, table = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
runs = sum(1 for _ in open(table)) - 1
seconds = end - start
verdict = "met" if seconds <= target else "MISSED"
print(f"{name:<40} {runs:5d} runs {seconds:7.1f} s ({runs / seconds:6.1f} runs/s), target ≤ {target:.0f} s: {verdict}")
PY
}

echo "growthsim sensitivity, default scenario (90 days), 1 replication per point, --jobs $jobs"
mapfile -t thirty < <(varies 30)
measure "Morris, 30 guesses, 10 trajectories" 60 --method morris --trajectories 10 "${thirty[@]}"
mapfile -t ten < <(varies 10)
measure "Sobol, 10 guesses, N = 512" 300 --method sobol --base-samples 512 "${ten[@]}"
