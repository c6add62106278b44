#!/usr/bin/env bash
# Peak memory and speed of a 1,000-point and a 100,000-point sweep of a tiny scenario
# (3 days, 1 merchant, 1 replication), measured with /usr/bin/time -v. Memory should be flat:
# rows stream to disk and the design computes each point on its own.
#
# Usage: Scripts/bench-sweep.sh [JOBS]        (JOBS defaults to the number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${1:-$(nproc)}"
swift build -c release --product growthsim >/dev/null
binary=.build/release/growthsim
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/tiny.json" <<'JSON'
{
  "version": 1,
  "name": "tiny",
  "calendar": { "startDate": "2026-07-01", "days": 3 },
  "experiment": { "seed": 1, "replications": 1 },
  "categories": [{ "id": "apparel" }],
  "policies": [{ "id": "steady", "live": { "hours": 2 }, "ads": { "dailyBudget": 1000 } }],
  "merchants": [
    {
      "id": "m1", "category": "apparel", "policy": "steady", "followers": 1000,
      "skus": [{ "id": "s1", "price": 100, "unitCost": 40, "stock": 500 }]
    }
  ]
}
JSON
echo "growthsim sweep, tiny scenario, lhs over 2 parameters, --jobs $jobs"
for points in 1000 100000; do
  start=$(date +%s.%N)
  /usr/bin/time -v "$binary" sweep "$work/tiny.json" \
    --vary /policies/0/ads/dailyBudget=0:5000 --vary /merchants/0/skus/0/stock=100:900 \
    --design lhs --points "$points" --jobs "$jobs" --out "$work/sweep-$points" --quiet \
    >/dev/null 2>"$work/time-$points.txt"
  end=$(date +%s.%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$points.txt")
  rows=$(($(wc -l <"$work/sweep-$points/sweep.csv") - 1))
  awk -v p="$points" -v r="$rss" -v s="$start" -v e="$end" -v n="$rows" 'BEGIN {
    printf "%7d points: %7d rows, peak RSS %6.1f MiB, %6.2f s, %6.0f points/s\n",
      p, n, r / 1024, e - s, p / (e - s) }'
done
