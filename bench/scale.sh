#!/usr/bin/env bash
# The scaling benchmark of issue #11: the whole plan on synthetic US scenarios from 1,000 demand points × 50
# candidates to 100,000 × 2,000 (`edgeplan bench synth`: points scattered around US cities ∝ population, candidates
# at the most populous cities, one 40 ms chat workload, 10 years, 10,000 Monte Carlo draws). Each size runs in a
# fresh JVM (`edgeplan bench plan --repeat 1`), so times include JIT warm-up as a user's single run does; the wall
# time includes JVM start and reading the CSVs. Memory: the peak heap in use after a collection (the live set the
# plan needed) and the process's maximum resident set (GNU time).
#
#   bench/scale.sh [SIZES...]        (default: 1000x50 2500x100 10000x500 25000x1000 50000x2000 100000x2000)
#
# Environment: XMX (default 16g, so the largest sizes can show what they need rather than fail; XMX=2g shows which
# sizes fit the national target's heap), TIMEOUT_S (default 900). Results: bench/results/scale.tsv (size, -Xmx, wall
# s, max RSS KB, load before, JSON from bench plan), one line per run, accumulating; bench/results/scale.md, the
# table of the last run of each size and heap (docs/benchmarks.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/bench/results"
XMX="${XMX:-16g}"
TIMEOUT_S="${TIMEOUT_S:-900}"
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1000x50 2500x100 10000x500 25000x1000 50000x2000 100000x2000)
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$RESULTS"
"$ROOT/edgeplan" --version >/dev/null
JAR="$ROOT/cli/target/edgeplan.jar"

for size in "${SIZES[@]}"; do
  points="${size%x*}" candidates="${size#*x}"
  dir="$WORK/$size"
  java -jar "$JAR" bench synth --points "$points" --candidates "$candidates" --out "$dir" 2>/dev/null
  cells=$((points * candidates * 2))
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  json=$(timeout "$TIMEOUT_S" /usr/bin/time -f "%M" -o "$dir/rss" java "-Xmx$XMX" -jar "$JAR" bench plan \
    "$dir/scenario.yaml" --repeat 1 --json --limit "matrix_cells=$cells" 2>"$dir/err" </dev/null | tail -n 1) || json=""
  end=$(date +%s.%N)
  [[ "$json" == \{* ]] || { json="null"; tail -3 "$dir/err" >&2; }
  rss=$(tail -n 1 "$dir/rss" 2>/dev/null || echo 0)
  printf '%s\t%s\t%.3f\t%s\t%s\t%s\n' "$size" "$XMX" "$(echo "$end - $start" | bc)" "$rss" "$load" "$json" \
    >>"$RESULTS/scale.tsv"
  echo "$size -Xmx$XMX: $(echo "$end - $start" | bc | cut -c1-6) s, max RSS $((rss / 1024)) MB (load $load)" >&2
done
python3 "$ROOT/bench/scale_report.py" "$RESULTS/scale.tsv" >"$RESULTS/scale.md"
cat "$RESULTS/scale.md"
