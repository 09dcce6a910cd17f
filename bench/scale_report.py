"""Markdown table of bench/results/scale.tsv (the last run of each size and heap), for docs/benchmarks.md."""
import json
import sys

PLAN_STAGES = ["demand_s", "siting_s", "capacity_and_facility_s", "phasing_and_finance_s", "risk_s"]
WORKLOADS = 1  # bench synth writes one workload
BYTES_PER_CELL = 8


def main(path):
    last = {}
    for line in open(path):
        size, xmx, wall, rss, load, raw = line.rstrip("\n").split("\t", 5)
        last[(size, xmx)] = (float(wall), int(rss or 0), float(load), None if raw == "null" else json.loads(raw))
    order = sorted(last, key=lambda k: (tuple(int(x) for x in k[0].split("x")), -heap_gb(k[1])))
    print("| points × candidates | -Xmx | wall s (JVM, read, plan, write) | plan s | siting s | capacity s | risk s "
          "| outputs s | dense matrices MB | peak heap used MB | live heap after GC MB | max RSS MB | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size, xmx in order:
        wall, rss, load, r = last[(size, xmx)]
        p, c = (int(x) for x in size.split("x"))
        matrices = BYTES_PER_CELL * p * c * (1 + WORKLOADS) / 2**20
        head = f"| {p:,} × {c:,} | {xmx} |"
        if r is None:
            print(f"{head} did not finish ({wall:.0f} s) | – | – | – | – | – | {matrices:,.0f} | – | – | {rss / 1024:,.0f} | {load:.1f} |")
            continue
        st = r["median_stage_s"]
        plan_s = sum(st.get(k, 0) for k in PLAN_STAGES)
        print(f"{head} {wall:.1f} | {plan_s:.2f} | {st['siting_s']:.2f} | {st['capacity_and_facility_s']:.2f} "
              f"| {st['risk_s']:.2f} | {st['report_html_s'] + st['plan_json_s']:.2f} | {matrices:,.0f} "
              f"| {r['peak_heap_mb']:,.0f} | {r.get('peak_live_heap_mb', 0):,.0f} | {rss / 1024:,.0f} | {load:.1f} |")


def heap_gb(xmx):
    return float(xmx[:-1]) / (1024 if xmx[-1] in "mM" else 1)


if __name__ == "__main__":
    main(sys.argv[1])
