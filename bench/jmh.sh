#!/usr/bin/env bash
# JMH benchmarks of each engine's hot path (bench/src/main/java/dev/edgeplan/bench): latency matrix, siting solver,
# capacity sizing, PUE over the year, Monte Carlo. Builds bench/target/benchmarks.jar and runs it from the repository
# root (the benchmarks read examples/us-national.yaml), writing bench/results/jmh.json and jmh.txt.
#
#   bench/jmh.sh [JMH ARGS...]     e.g. bench/jmh.sh MonteCarlo      (default: all, 1 fork, 3 × 2 s warm-up, 5 × 2 s)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -B -q -pl bench -am package -DskipTests
mkdir -p bench/results
java -jar bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff bench/results/jmh.json "$@" \
  | tee bench/results/jmh.txt
