#!/usr/bin/env bash
# Runs the OR-Library location benchmarks through edgeplan and through the peer baseline (scipy's HiGHS MILP,
# ../shared/bench/highs_orlib.py) with the same time limit, then writes docs/benchmarks-orlib.md.
#
#   bench/orlib.sh [all|edgeplan|highs|report]      (default: all)
#
# Environment: TIME_LIMIT_S (default 60), ORLIB (data directory, default ../shared/data/orlib relative to the
# repository), HIGHS (the baseline script), FILTER (regex on "kind instance", e.g. '^pmed pmed1$').
# Results: bench/results/{edgeplan,highs}.tsv, one line per run: kind, instance, wall seconds, JSON printed.
# Lines accumulate; the report uses the last run of each instance.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ORLIB="${ORLIB:-$ROOT/../shared/data/orlib}"
HIGHS="${HIGHS:-$ROOT/../shared/bench/highs_orlib.py}"
TIME_LIMIT_S="${TIME_LIMIT_S:-60}"
FILTER="${FILTER:-.}"
RESULTS="$ROOT/bench/results"
# a run that overshoots its limit by this much is cut off and recorded as such
GRACE_S=60
mkdir -p "$RESULTS"

instances() {
  # flags come last: empty tab-separated fields collapse when read
  grep -v '^#' "$ROOT/bench/instances.tsv" | while IFS=$'\t' read -r kind inst file optimum flags; do
    if [[ "$kind $inst" =~ $FILTER ]]; then
      printf '%s\t%s\t%s\t%s\n' "$kind" "$inst" "$file" "${flags:--}"
    fi
  done
}

# run KIND INSTANCE OUTFILE CMD...: appends "kind<TAB>instance<TAB>wall_s<TAB>json" (json null when it failed)
run() {
  local kind="$1" inst="$2" outfile="$3"; shift 3
  local start end json
  start=$(date +%s.%N)
  json=$(timeout $((${TIME_LIMIT_S%.*} + GRACE_S)) "$@" 2>/dev/null </dev/null | tail -n 1) || json=""
  end=$(date +%s.%N)
  [[ "$json" == \{* ]] || json="null"
  printf '%s\t%s\t%.3f\t%s\n' "$kind" "$inst" "$(echo "$end - $start" | bc)" "$json" >>"$outfile"
  echo "$kind $inst: $(echo "$end - $start" | bc | cut -c1-6) s" >&2
}

run_edgeplan() {
  local out="$RESULTS/edgeplan.tsv"
  "$ROOT/edgeplan" --version >/dev/null
  instances | while IFS=$'\t' read -r kind inst file flags; do
    [[ "$flags" == - ]] && flags=""
    # shellcheck disable=SC2086
    run "$kind" "$inst" "$out" "$ROOT/edgeplan" bench "$kind" "$ORLIB/$file" $flags --time-limit "$TIME_LIMIT_S" --json
  done
}

run_highs() {
  local out="$RESULTS/highs.tsv"
  instances | while IFS=$'\t' read -r kind inst file flags; do
    [[ "$flags" == - ]] && flags=""
    case "$kind" in
      pcenter) continue ;;  # the baseline script has no p-center model
      cap) flags="${flags/--uncapacitated/}" ;;  # capa/b/c say 'capacity' (= unlimited there); the small -uncap rows have capacity ≥ total demand
    esac
    # shellcheck disable=SC2086
    run "$kind" "$inst" "$out" python3 "$HIGHS" "$kind" "$ORLIB/$file" $flags --time-limit "$TIME_LIMIT_S"
  done
}

case "${1:-all}" in
  edgeplan) run_edgeplan ;;
  highs) run_highs ;;
  report) python3 "$ROOT/bench/report.py" "$ROOT" "$TIME_LIMIT_S" ;;
  all) run_edgeplan; run_highs; python3 "$ROOT/bench/report.py" "$ROOT" "$TIME_LIMIT_S" ;;
  *) echo "usage: bench/orlib.sh [all|edgeplan|highs|report]" >&2; exit 2 ;;
esac
