#!/bin/sh
# Writes a synthetic merchant-dashboard export (the Chinese headers of 抖店 / 千川, dates as
# 2026/07/01, two days left blank as a real export has them) from one replication of the
# default scenario whose "true" merchant differs from the defaults: the worked example of
# docs/calibration.md. Usage: Scripts/synthetic-dashboard-export.sh > Scenarios/data/default-dashboard.csv
set -eu
bin=${GROWTHSIM:-.build/release/growthsim}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" run Scenarios/default.json --replications 1 --seed 2026 --quiet --out "$out/run" \
  --set /categories/0/entryRate=0.12 --set /categories/0/conversionRate=0.012 \
  --set /categories/0/refundRate=0.42 --set /categories/0/followRate=0.02 >/dev/null
# Columns by name, so a column added to daily.csv does not shift them.
awk -F, '
  NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i
            print "日期,成交金额(元),成交订单数,观看人次,千川消耗(元),粉丝数,新增粉丝,退款金额(元)"; next }
  { split($c["date"], d, "-"); gmv = $c["gmv_cny"]; orders = $c["orders"]
    if (NR == 12 || NR == 40) { gmv = "-"; orders = "" }
    print d[1] "/" d[2] "/" d[3] "," gmv "," orders "," $c["visits"] "," $c["ad_spend_cny"] "," \
      $c["followers"] "," $c["new_followers"] "," $c["refunds_cny"] }' "$out/run/daily.csv"
