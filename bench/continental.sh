#!/usr/bin/env bash
# The continental coverage benchmark of issue #4 (`edgeplan bench us-cities`): every bundled US city of 10,000+
# people (suburbs absorbed) as demand, the 500 most populous as candidates, a 30 ms p90 round-trip SLO (fibre
# access); max coverage with 10, 20 and 40 sites and the fewest sites covering every reachable city. Runs edgeplan
# with a 2 GB heap and the peer baseline (scipy's HiGHS MILP, bench/highs_coverage.py) on the same instance with
# the same time limit, then rewrites docs/benchmarks-orlib.md (bench/report.py).
#
#   bench/continental.sh [all|edgeplan|highs|report]      (default: all)
#
# Environment: TIME_LIMIT_S (default 30). Results: bench/results/continental-{edgeplan,highs}.tsv, one line per
# run: case, wall seconds, 1-minute load average before the run, JSON printed. Lines accumulate; the report uses
# the last run of each case.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TIME_LIMIT_S="${TIME_LIMIT_S:-30}"
RESULTS="$ROOT/bench/results"
INSTANCE="$RESULTS/us-cities-10000-500-30ms.txt"
CASES=("p10:--sites 10" "p20:--sites 20" "p40:--sites 40" "cover:")
mkdir -p "$RESULTS"

record() {  # record OUTFILE CASE CMD...
  local outfile="$1" name="$2"; shift 2
  local load start end json
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  json=$(timeout $((${TIME_LIMIT_S%.*} + 60)) "$@" 2>/dev/null </dev/null | tail -n 1) || json=""
  end=$(date +%s.%N)
  [[ "$json" == \{* ]] || json="null"
  printf '%s\t%.3f\t%s\t%s\n' "$name" "$(echo "$end - $start" | bc)" "$load" "$json" >>"$outfile"
  echo "$name: $(echo "$end - $start" | bc | cut -c1-6) s (load $load)" >&2
}

run_edgeplan() {
  "$ROOT/edgeplan" --version >/dev/null
  local write=(--write-instance "$INSTANCE")
  for c in "${CASES[@]}"; do
    # shellcheck disable=SC2086
    EDGEPLAN_JAVA_OPTS="-Xmx2g" record "$RESULTS/continental-edgeplan.tsv" "${c%%:*}" \
      "$ROOT/edgeplan" bench us-cities ${c#*:} --time-limit "$TIME_LIMIT_S" "${write[@]}" --json
    write=()  # the first case (max coverage) writes every city, the unreachable one included
  done
}

run_highs() {
  [[ -f "$INSTANCE" ]] || { echo "run 'bench/continental.sh edgeplan' first (it writes the instance)" >&2; exit 2; }
  for c in "${CASES[@]}"; do
    # shellcheck disable=SC2086
    record "$RESULTS/continental-highs.tsv" "${c%%:*}" \
      python3 "$ROOT/bench/highs_coverage.py" "$INSTANCE" ${c#*:} --time-limit "$TIME_LIMIT_S"
  done
}

case "${1:-all}" in
  edgeplan) run_edgeplan ;;
  highs) run_highs ;;
  report) python3 "$ROOT/bench/report.py" "$ROOT" "${ORLIB_TIME_LIMIT_S:-60}" ;;
  all) run_edgeplan; run_highs; python3 "$ROOT/bench/report.py" "$ROOT" "${ORLIB_TIME_LIMIT_S:-60}" ;;
  *) echo "usage: bench/continental.sh [all|edgeplan|highs|report]" >&2; exit 2 ;;
esac
