#!/usr/bin/env bash
# Plots every folder under Results/ (or the folders given) that holds growthsim CSVs:
# daily.csv, providers.csv, compare_daily.csv, compare_map.csv, sweep.csv, sensitivity.csv. The PNGs go next to
# the CSVs.
# Usage: Scripts/plot-results.sh [DIR …]    Needs: python3 -m pip install matplotlib pandas
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  set -- Results/*/
fi
files=()
for dir in "$@"; do
  for name in daily.csv providers.csv compare_daily.csv compare_map.csv sweep.csv sensitivity.csv; do
    # A sensitivity folder's sweep.csv is its design: its bar chart says what the table does.
    if [ "$name" = sweep.csv ] && [ -f "${dir%/}/sensitivity.csv" ]; then
      continue
    fi
    if [ -f "${dir%/}/$name" ]; then
      files+=("${dir%/}/$name")
    fi
  done
done
if [ "${#files[@]}" -eq 0 ]; then
  echo "plot-results.sh: no daily.csv, providers.csv, compare_daily.csv or sweep.csv in: $*" >&2
  exit 66
fi
python3 Scripts/plot.py "${files[@]}"
