#!/usr/bin/env python3
"""Solve a saman-matching instance file with scipy, for comparison.

Usage: scipy_solve.py FILE [--max-edges N]
Prints one line: `cost TOTAL seconds S method M` (S = scipy solve call only,
excluding parsing), or `skipped REASON`.

Sparse one-to-one: scipy.sparse.csgraph.min_weight_full_bipartite_matching
(costs shifted by +1 because it ignores explicit zeros; the shift is removed
from the total). Complete n x n instances: scipy.optimize.linear_sum_assignment.
Capacities are expanded into one column per slot; skipped when that exceeds
--max-edges. Instances with an `unassigned` cost are skipped.
"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def read(path):
    head = {"cap": {}}
    body = []
    with open(path) as f:
        for line in f:
            s = line.split("#", 1)[0].strip()
            if not s:
                continue
            if s[0].isdigit():
                body.append(s)
                body.append(f.read())  # the rest is pairs (as written by `gen`)
                break
            parts = s.split()
            if parts[0] == "cap":
                head["cap"][int(parts[1])] = int(parts[2])
            else:
                head[parts[0]] = int(parts[1])
    text = "\n".join(body)
    if "#" in text:
        text = "\n".join(l.split("#", 1)[0] for l in text.splitlines())
    data = np.array(text.split(), dtype=np.int64) if text.strip() else np.zeros(0, np.int64)
    return head, data.reshape(-1, 3)


def main():
    args = sys.argv[1:]
    path = args[0]
    max_edges = int(args[args.index("--max-edges") + 1]) if "--max-edges" in args else 20_000_000
    head, d = read(path)
    n, m = head["left"], head["right"]
    if "unassigned" in head:
        print("skipped unassigned-cost instances not supported here")
        return
    caps = np.ones(m, dtype=np.int64)
    for j, c in head["cap"].items():
        caps[j] = c
    rows, cols, cost = d[:, 0], d[:, 1], d[:, 2]
    # Keep the cheapest copy of duplicate pairs.
    order = np.lexsort((cost, cols, rows))
    rows, cols, cost = rows[order], cols[order], cost[order]
    first = np.ones(len(rows), bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    rows, cols, cost = rows[first], cols[first], cost[first]
    if np.all(caps == 1):
        slot_rows, slot_cols, slot_cost, width = rows, cols, cost, m
    else:
        expanded = int(np.sum(caps[cols]))
        if expanded > max_edges:
            print(f"skipped capacity expansion gives {expanded} edges (> {max_edges})")
            return
        start = np.concatenate(([0], np.cumsum(caps)))
        reps = caps[cols]
        slot_rows = np.repeat(rows, reps)
        slot_cost = np.repeat(cost, reps)
        offs = np.arange(len(slot_rows)) - np.repeat(np.cumsum(reps) - reps, reps)
        slot_cols = np.repeat(start[cols], reps) + offs
        width = int(start[-1])
    if len(rows) == n * m and np.all(caps == 1):
        mat = np.empty((n, m), dtype=np.int64)
        mat[rows, cols] = cost
        t = time.perf_counter()
        r, c = linear_sum_assignment(mat)
        secs = time.perf_counter() - t
        print(f"cost {int(mat[r, c].sum())} seconds {secs:.3f} method linear_sum_assignment")
        return
    g = csr_matrix((slot_cost + 1, (slot_rows, slot_cols)), shape=(n, width))
    t = time.perf_counter()
    try:
        r, c = min_weight_full_bipartite_matching(g)
    except ValueError as e:
        print(f"skipped scipy: {e}")
        return
    secs = time.perf_counter() - t
    total = int(np.asarray(g[r, c]).sum()) - len(r)
    print(f"cost {total} seconds {secs:.3f} method min_weight_full_bipartite_matching")


if __name__ == "__main__":
    main()
