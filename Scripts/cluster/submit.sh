#!/bin/bash
# Submits a sharded growthsim sweep to Slurm: an N-task array (sweep.sbatch) and its merge
# (merge.sbatch), which starts only when every task has succeeded.
#
#   Scripts/cluster/submit.sh N OUT SCENARIO [sweep options…]
#
# Parts go to OUT/parts/part-K/, the merged sweep to OUT/sweep/. Prints the two job ids.
# Extra sbatch options (partition, account, --cpus-per-task…) go in $SBATCH_OPTIONS.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 N OUT SCENARIO [sweep options…]" >&2
  exit 64
fi
here=$(cd "$(dirname "$0")" && pwd)
shards=$1 out=$2
shift 2
# shellcheck disable=SC2086  # SBATCH_OPTIONS holds several words on purpose.
array=$(sbatch --parsable ${SBATCH_OPTIONS:-} --array="1-${shards}" \
  "$here/sweep.sbatch" "$shards" "$out/parts" "$@")
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_OPTIONS:-} --dependency="afterok:${array}" \
  --kill-on-invalid-dep=yes "$here/merge.sbatch" "$out/parts" "$out/sweep")
echo "array job ${array}, merge job ${merge}"
