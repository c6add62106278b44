#!/usr/bin/env bash
# CI: growthsim sweeps on a real one-node Slurm cluster, through Scripts/cluster/sweep.sbatch
# and merge.sbatch, as a user's cluster runs them (docs/sweeps.md, "On a cluster").
#
#   Scripts/cluster/ci-slurm.sh          # as root; needs .build/release/growthsim
#
# 1. Installs slurm-wlm and munge if missing (Debian's apt-get), starts munged (unless one
#    already answers), slurmctld and slurmd with a config generated in a temporary folder
#    (SLURM_CONF; /etc/slurm is not touched), and waits at most 60 s for the node to be idle.
# 2. A 4-task array of a small sweep and its merge as a dependent job, through submit.sh: the
#    merged sweep.csv must equal the unsharded sweep's byte for byte.
# 3. A bigger sweep whose task 2 is killed (SIGKILL) mid-run; `sbatch --array=2` re-runs it
#    with --resume and the merge again gives the unsharded bytes.
# The daemons are stopped by pid (never by name) on exit; on failure their logs are shown.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
growthsim=${GROWTHSIM:-$root/.build/release/growthsim}
started=$SECONDS
step() { echo "--- [$((SECONDS - started)) s] $*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "error: run as root (the one-node cluster runs its daemons and jobs as root)" >&2
  exit 1
fi
if [ ! -x "$growthsim" ]; then
  echo "error: $growthsim is not built (swift build -c release)" >&2
  exit 1
fi

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  step "installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
installed=$SECONDS

S=$(mktemp -d /tmp/growthsim-slurm.XXXXXX)
W=$S/work
mkdir -p "$S/spool" "$S/state" "$W/logs"
daemons=()     # pids of the daemons this script started, stopped in this order on exit
munged_pid=""

show_logs() {
  for log in "$S"/*.log "$S"/*.out "$W"/logs/*; do
    [ -s "$log" ] || continue
    echo "----- $log (last 40 lines)"
    tail -n 40 "$log"
  done
}

# Stops process $1: SIGTERM, then SIGKILL if it is still running after 10 s; reaps it when it
# is this script's child (a daemon started here), so a zombie does not count as running.
stop() {
  kill "$1" 2>/dev/null || return 0
  local tries=50
  while [ "$tries" -gt 0 ]; do
    case "$(ps -o stat= -p "$1" 2>/dev/null)" in "" | Z*) break ;; esac
    sleep 0.2
    tries=$((tries - 1))
  done
  if [ "$tries" -eq 0 ]; then kill -9 "$1" 2>/dev/null || true; fi
  wait "$1" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT
  if [ "$status" -ne 0 ]; then
    echo "error: the Slurm check failed (exit $status); the cluster's logs follow" >&2
    show_logs >&2
  fi
  # Jobs first, so no task outlives its slurmd, then the daemons by the pids recorded.
  if [ ${#daemons[@]} -gt 0 ]; then
    timeout 20 scancel --quiet --user=root 2>/dev/null || true
    for pid in $(printf '%s\n' "${daemons[@]}" | tac); do stop "$pid"; done
  fi
  if [ -n "$munged_pid" ]; then stop "$munged_pid"; fi
  rm -rf "$S"
  exit "$status"
}
trap cleanup EXIT

step "starting munged, slurmctld and slurmd"
if munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  echo "munged already answers; using it"
else
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown -R munge:munge /run/munge /var/log/munge /var/lib/munge /etc/munge
  runuser -u munge -- munged --force
  munged_pid=$(cat /run/munge/munged.pid)
fi

host=$(hostname)
memory=$(awk '/^MemTotal:/ { print int($2 / 1024 * 0.9) }' /proc/meminfo)
export SLURM_CONF=$S/slurm.conf
cat >"$SLURM_CONF" <<CONF
ClusterName=growthsim-ci
SlurmctldHost=$host
SlurmUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SlurmctldPidFile=$S/slurmctld.pid
SlurmdPidFile=$S/slurmd.pid
SlurmdSpoolDir=$S/spool
StateSaveLocation=$S/state
SlurmctldLogFile=$S/slurmctld.log
SlurmdLogFile=$S/slurmd.log
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=ci Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
# In the foreground (-D) and in the background here, so $! is the daemon itself.
slurmctld -D >"$S/slurmctld.out" 2>&1 &
daemons+=($!)
slurmd -D >"$S/slurmd.out" 2>&1 &
daemons+=($!)
deadline=$((SECONDS + 60))
until sinfo -h -o %t 2>/dev/null | grep -qx idle; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "error: the node is not idle 60 s after the daemons started" >&2
    sinfo >&2 || true
    exit 1
  fi
  sleep 1
done
up=$SECONDS
sinfo

# Submits sweep.sbatch as the array tasks $1 of a 4-shard sweep into $2/part-K; prints the id.
submit_array() {
  local tasks=$1 parts=$2
  shift 2
  GROWTHSIM=$growthsim sbatch --parsable --array="$tasks" --cpus-per-task=1 --mem=512M \
    --time=00:10:00 --output="$W/logs/%x-%A_%a.out" \
    Scripts/cluster/sweep.sbatch 4 "$parts" "$@"
}

# Submits merge.sbatch after job $1 has succeeded, joining $2/part-* into $3; prints the id.
submit_merge() {
  GROWTHSIM=$growthsim sbatch --parsable --dependency="afterok:$1" --kill-on-invalid-dep=yes \
    --output="$W/logs/%x-%j.out" Scripts/cluster/merge.sbatch "$2" "$3"
}

# Waits at most $2 s until no task of job $1 is queued or running.
wait_job() {
  local deadline=$((SECONDS + $2))
  while squeue -h -j "$1" 2>/dev/null | grep -q .; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "error: job $1 is still queued or running after $2 s" >&2
      squeue >&2 || true
      exit 1
    fi
    sleep 1
  done
}

# The states of job $1's tasks, one `TASK STATE` line each (`scontrol` keeps finished jobs
# for MinJobAge, 300 s).
states() {
  scontrol -o show job "$1" |
    sed -E 's/.*ArrayTaskId=([0-9]+).*JobState=([A-Z_]+).*/\1 \2/; t; s/.*JobState=([A-Z_]+).*/- \1/'
}

# Fails unless every task of job $1 completed.
expect_completed() {
  if states "$1" | grep -v ' COMPLETED$'; then
    echo "error: job $1 has tasks that did not complete (above)" >&2
    exit 1
  fi
}

# Fails unless the merged sweep.csv in $1 has the bytes of the unsharded one in $2.
expect_same() {
  cmp "$1/sweep.csv" "$2/sweep.csv"
  echo "$1/sweep.csv: $(($(wc -l <"$1/sweep.csv") - 1)) points, the unsharded sweep's bytes"
}

step "a 4-task array of a small sweep, merged by a dependent job"
small=(Scenarios/default.json --set /calendar/days=30 --design lhs --points 24
  --replications 2 --vary /policies/0/ads/dailyBudget=0:30000
  --vary /merchants/0/skus/0/stock=300:6000)
"$growthsim" sweep "${small[@]}" --out "$W/whole" --quiet
# Through submit.sh, as a user would: parts in small/parts/part-K, the merge in small/sweep.
submitted=$(GROWTHSIM=$growthsim SBATCH_OPTIONS="--cpus-per-task=1 --mem=512M --time=00:10:00
  --output=$W/logs/%x-%j.out" Scripts/cluster/submit.sh 4 "$W/small" "${small[@]}")
echo "$submitted"
read -r array merge < <(echo "$submitted" | sed -E 's/^array job ([0-9]+), merge job ([0-9]+)$/\1 \2/')
wait_job "$array" 120
wait_job "$merge" 60
expect_completed "$array"
expect_completed "$merge"
expect_same "$W/small/sweep" "$W/whole"
small_done=$SECONDS

step "a task killed mid-run, re-run with --resume"
# 40 points × 60 replications of 90 days: each task runs for several seconds, one point at a
# time (--jobs 1), so task 2 can be caught with some points written and some not.
big=(Scenarios/default.json --design lhs --points 40 --replications 60
  --vary /policies/0/ads/dailyBudget=0:30000 --vary /merchants/0/skus/0/stock=300:6000)
array=$(submit_array 1-4 "$W/parts2" "${big[@]}")
echo "array job $array"
journal=$W/parts2/part-2/sweep.part-2-of-4.csv.partial
deadline=$((SECONDS + 120))
until [ -f "$journal" ] && [ "$(wc -l <"$journal")" -ge 3 ]; do
  if [ -f "$W/parts2/part-2/sweep.part-2-of-4.csv" ]; then
    echo "error: task 2 finished before it could be killed; make the sweep bigger" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "error: task 2 wrote no two points within 120 s" >&2
    exit 1
  fi
  sleep 0.2
done
# sweep.sbatch execs growthsim, so the batch step is growthsim itself: SIGKILL, no clean stop.
scancel --batch --signal=KILL "${array}_2"
# The rest of the unsharded reference runs while the other tasks finish.
"$growthsim" sweep "${big[@]}" --out "$W/whole2" --quiet
wait_job "$array" 180
states "$array"
if [ -f "$W/parts2/part-2/sweep.part-2-of-4.csv" ] || [ ! -f "$journal" ]; then
  echo "error: task 2 was not stopped mid-run" >&2
  exit 1
fi
kept=$(($(wc -l <"$journal") - 1))
echo "task 2 was killed with $kept of 10 points in its journal"
if states "$array" | grep -q '^2 COMPLETED$'; then
  echo "error: the killed task reports COMPLETED" >&2
  exit 1
fi
# Without the re-run the merge refuses the missing part.
if "$growthsim" merge "$W"/parts2/part-* --out "$W/refused" 2>"$W/logs/refused.err"; then
  echo "error: merge accepted a sweep with an unfinished part" >&2
  exit 1
fi
echo "merge without task 2: $(head -n 1 "$W/logs/refused.err")"
rerun=$(submit_array 2 "$W/parts2" "${big[@]}")
merge=$(submit_merge "$rerun" "$W/parts2" "$W/merged2")
echo "re-run job $rerun, merge job $merge"
wait_job "$rerun" 120
wait_job "$merge" 60
expect_completed "$rerun"
expect_completed "$merge"
expect_same "$W/merged2" "$W/whole2"
done_at=$SECONDS

echo "--- Slurm check passed: install $((installed - started)) s, cluster up $((up - installed)) s," \
  "small array $((small_done - up)) s, killed task and re-run $((done_at - small_done)) s," \
  "total $((done_at - started)) s"
