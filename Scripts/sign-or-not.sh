#!/usr/bin/env bash
# Sign this merchant or not (docs/model.md, "The agency's books"): runs a scenario twice on the
# same seeds — with its provider's contracts as written ("signed") and with them moved past any
# horizon ("not signed": no help, no fees, no agency cost) — and prints, for each, the merchants'
# profit and the agency's margin over the horizon: mean and 90 % interval across replications
# (p05…p95, the columns of `growthsim point`).
#
# Usage: Scripts/sign-or-not.sh SCENARIO.json [PROVIDER_INDEX] [growthsim point options…]
#   e.g. Scripts/sign-or-not.sh Scenarios/default.json 0 --set /providers/0/staff=1
#   Two fee offers: run it twice with different --set /providers/0/monthlyFee=… values.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:?usage: Scripts/sign-or-not.sh SCENARIO.json [PROVIDER_INDEX] [options…]}
shift
provider=0
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then provider=$1; shift; fi
binary=${GROWTHSIM:-.build/release/growthsim}
metrics=profit_cny_mean,profit_cny_p05,profit_cny_p95,agency_margin_cny_mean,agency_margin_cny_p05,agency_margin_cny_p95
echo "case,${metrics}"
echo "signed,$("$binary" point "$scenario" "$@" --metrics "$metrics" | tail -n 1)"
echo "not signed,$("$binary" point "$scenario" "$@" \
  --set "/providers/$provider/contractStart=\"2999-01-01\"" --metrics "$metrics" | tail -n 1)"
