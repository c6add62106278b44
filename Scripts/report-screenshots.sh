#!/usr/bin/env bash
# Draws the README's pictures of report.html: Results/screenshots/report-run.png,
# report-compare.png and report-sweep.png, each checked by Scripts/check-report.py on the way.
# Needs a release build and Chromium (apt-get install chromium). CI checks the reports but does
# not compare these PNGs (other Chromium versions draw other bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/release/growthsim
[ -x "$binary" ] || swift build -c release
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p Results/screenshots
"$binary" run Scenarios/default.json --window 818 --out "$work/run" --quiet
"$binary" compare Scenarios/snowball-wins.json --out "$work/compare" --quiet
"$binary" sweep Scenarios/default.json --vary /policies/0/ads/dailyBudget=0:30000:4 \
  --vary /merchants/0/skus/0/stock=500,1500,3000 --replications 4 --out "$work/sweep" --quiet
for kind in run compare sweep; do
  python3 Scripts/check-report.py "$kind" "$work/$kind/report.html" \
    --screenshot "Results/screenshots/report-$kind.png"
done
