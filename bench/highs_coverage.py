#!/usr/bin/env python3
"""Peer baseline for the continental coverage benchmark: scipy's HiGHS MILP on the covering instance written by
`edgeplan bench us-cities --write-instance FILE`. Prints one JSON object with the fields of `edgeplan bench --json`.

  python3 bench/highs_coverage.py FILE --sites P [--time-limit S]   # max coverage: min uncovered weight, P sites
  python3 bench/highs_coverage.py FILE [--time-limit S]             # fewest sites covering every point

Textbook formulations (Church & ReVelle 1974; Toregas et al. 1971): y_j site open, z_i point covered,
z_i <= sum_{j covers i} y_j, sum y_j = P; or min sum y_j s.t. sum_{j covers i} y_j >= 1.
"""
import argparse, json, time
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds
from scipy import sparse as sp


def read(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        w, rows, cols = np.zeros(n), [], []
        for i in range(n):
            parts = list(map(int, f.readline().split()))
            w[i] = parts[0]
            for j in parts[2:2 + parts[1]]:
                rows.append(i); cols.append(j)
    return n, m, w, sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, m))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file"); ap.add_argument("--sites", type=int); ap.add_argument("--time-limit", type=float, default=30.0)
    a = ap.parse_args()
    t0 = time.perf_counter()
    n, m, w, A = read(a.file)
    if a.sites:
        # variables: y (m), z (n); minimise uncovered = sum w - sum w z
        c = np.concatenate([np.zeros(m), -w])
        cover = sp.hstack([-A, sp.identity(n)])  # z_i - sum y_j <= 0
        card = sp.csr_matrix(np.concatenate([np.ones(m), np.zeros(n)]).reshape(1, -1))
        res = milp(c, constraints=[LinearConstraint(cover, -np.inf, 0), LinearConstraint(card, a.sites, a.sites)],
                   integrality=np.concatenate([np.ones(m), np.zeros(n)]), bounds=Bounds(0, 1),
                   options={"time_limit": a.time_limit, "disp": False})
        const, problem = w.sum(), "max-coverage"
    else:
        keep = np.asarray(A.sum(axis=1)).ravel() > 0
        res = milp(np.ones(m), constraints=[LinearConstraint(A[keep], 1, np.inf)], integrality=np.ones(m),
                   bounds=Bounds(0, 1), options={"time_limit": a.time_limit, "disp": False})
        const, problem = 0.0, "set-cover"
    secs = time.perf_counter() - t0
    obj = None if res.x is None else float(res.fun) + const
    lb = getattr(res, "mip_dual_bound", None)
    lb = None if lb is None else float(lb) + const
    gap = None if obj is None or lb is None else (0.0 if obj <= 1e-9 else max(0.0, (obj - lb) / abs(obj)))
    print(json.dumps({"instance": a.file.rsplit("/", 1)[-1], "problem": problem, "p": a.sites, "objective": obj,
                      "lower_bound": lb, "gap": gap, "proven_optimal": res.status == 0, "seconds": round(secs, 3),
                      "time_limit_s": a.time_limit, "solver": "scipy-highs"}))


if __name__ == "__main__":
    main()
