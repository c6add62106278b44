#!/usr/bin/env bash
# Regenerates Results/ for every scenario and Scenarios/README.md; CI runs it and checks that
# `git diff` stays empty. Exits 1 if a target of a fitted case is missed (after writing
# everything); a missed target of a predicted case (Scenarios/splits/seed-cases.json, issue 17)
# is a result: a note on standard error and a miss in Scenarios/README.md, not a failure.
#
# Usage: Scripts/regenerate-results.sh [--plots]
#   --plots   also draw the charts with Scripts/plot-results.sh (needs matplotlib), if present
#
# - Results/default/ is what `swift run -c release growthsim` writes (the embedded default).
# - Results/default-sensitivity/ is `growthsim sensitivity --guesses` of the default
#   (docs/sensitivity.md).
# - Results/default-map/ is `growthsim compare --map` of the default: who wins over follow rate ×
#   repeat strength × horizon (docs/compare.md, A map of who wins).
# - Every other Scenarios/*.json (not Scenarios/sweeps/ or Scenarios/splits/) runs into
#   Results/<file stem>/ with --check-targets --split Scenarios/splits/seed-cases.json (a case
#   with targets in neither set fails the script); a scenario whose /experiment/compare names policies also runs
#   `growthsim compare` into the same folder.
# - A scenario whose daily.csv would exceed about 20 MB (rows × ~400 bytes) runs with
#   --set /output/daily=false: summary.csv, providers.csv and targets.csv only.
# - A scenario whose daily_stats.csv would exceed about 10 MB ((merchants + 1) × days × 77
#   metrics × ~60 bytes) runs with --set /output/dailyStatistics=false.
set -euo pipefail
cd "$(dirname "$0")/.."

plots=false
for argument in "$@"; do
  case "$argument" in
    --plots) plots=true ;;
    *) echo "usage: Scripts/regenerate-results.sh [--plots]" >&2; exit 64 ;;
  esac
done

# GROWTHSIM_BUILD_FLAGS: the flags of an earlier release build to reuse (CI: warnings as errors).
# shellcheck disable=SC2086
swift build -c release ${GROWTHSIM_BUILD_FLAGS:-}
binary=.build/release/growthsim
missed=0

# Runs one scenario (or the embedded default without a file); a missed target is remembered,
# any other failure stops the script.
run() {
  local status=0
  # --force: Results/<case>/ may also hold charts drawn from the CSV (not growthsim's files).
  "$binary" run "$@" --quiet --check-targets --force > /dev/null || status=$?
  case "$status" in
    0) ;;
    1) missed=1 ;;
    *) echo "error: growthsim run $* failed with exit code $status" >&2; exit "$status" ;;
  esac
}

# Prints "daily-too-large", "stats-too-large" and/or "compare P1,P2,…" for a scenario file.
inspect() {
  python3 - "$1" <<'EOF'
import json, sys
scenario = json.load(open(sys.argv[1], encoding="utf-8"))
merchants = len(scenario.get("merchants", [])) + sum(c.get("count", 0) for c in scenario.get("cohorts", []))
days = scenario.get("calendar", {}).get("days", 90)
replications = scenario.get("experiment", {}).get("replications", 8)
if scenario.get("output", {}).get("daily", True) and merchants * days * replications * 400 > 20_000_000:
    print("daily-too-large")
series = merchants + 1 if merchants > 1 else merchants
if (scenario.get("output", {}).get("dailyStatistics", True) and replications > 1
        and series * days * 77 * 60 > 10_000_000):
    print("stats-too-large")
policies = scenario.get("experiment", {}).get("compare", [])
if policies:
    print("compare " + ",".join(policies))
EOF
}

echo "--- default (embedded) → Results/default/"
rm -f Results/default/*.csv
run

for file in Scenarios/*.json; do
  stem=$(basename "$file" .json)
  [ "$stem" = default ] && continue
  directory="Results/$stem"
  echo "--- $file → $directory/"
  mkdir -p "$directory"
  rm -f "$directory"/*.csv
  extra=()
  facts=$(inspect "$file")
  if grep -q '^daily-too-large$' <<< "$facts"; then
    echo "    daily.csv would exceed 20 MB: summary, providers and targets only"
    extra=(--set /output/daily=false)
  fi
  if grep -q '^stats-too-large$' <<< "$facts"; then
    echo "    daily_stats.csv would exceed 10 MB: left out"
    extra+=(--set /output/dailyStatistics=false)
  fi
  run "$file" --out "$directory" --split Scenarios/splits/seed-cases.json "${extra[@]}"
  policies=$(sed -n 's/^compare //p' <<< "$facts")
  if [ -n "$policies" ]; then
    "$binary" compare "$file" --policies "$policies" --out "$directory" --quiet --force > /dev/null
  fi
done

echo "--- which guesses matter (Morris) → Results/default-sensitivity/"
rm -f Results/default-sensitivity/*.csv Results/default-sensitivity/manifest.json
"$binary" sensitivity --guesses --trajectories 10 --replications 2 \
  --metrics profit_cny,followers_end --out Results/default-sensitivity --quiet --force > /dev/null

echo "--- who wins over follow rate × repeat strength × horizon → Results/default-map/"
rm -f Results/default-map/compare_map.csv
"$binary" compare --map --out Results/default-map --quiet --force > /dev/null

echo "--- Scenarios/README.md"
python3 Scripts/scenarios-readme.py

if [ "$plots" = true ]; then
  if [ -x Scripts/plot-results.sh ]; then
    Scripts/plot-results.sh
  else
    echo "note: Scripts/plot-results.sh not found; no plots drawn" >&2
  fi
fi

if [ "$missed" -ne 0 ]; then
  echo "error: a fitted target was missed (see the lines above and Scenarios/README.md)" >&2
  exit 1
fi
