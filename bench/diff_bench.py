#!/usr/bin/python3
"""The networkx baseline of bench/diff_bench.sh: reads two GraphML files and
compares their edge sets keyed by (source, type, target), as `newsgraph diff`
identifies facts, plus the attributes of the common edges.

usage: diff_bench.py OLD.graphml NEW.graphml
"""
import sys
import time

import networkx as nx


def edge_map(g):
    out = {}
    for s, t, d in g.edges(data=True):
        out[(s, d.get("type", ""), t)] = d
    return out


def main():
    t0 = time.perf_counter()
    old = nx.read_graphml(sys.argv[1], force_multigraph=True)
    new = nx.read_graphml(sys.argv[2], force_multigraph=True)
    t_read = time.perf_counter() - t0
    t1 = time.perf_counter()
    a, b = edge_map(old), edge_map(new)
    added = b.keys() - a.keys()
    removed = a.keys() - b.keys()
    ignored = {"evidence", "offsets", "article", "confidence", "weight", "id"}
    changed = 0
    for k in a.keys() & b.keys():
        da = {x: v for x, v in a[k].items() if x not in ignored}
        db = {x: v for x, v in b[k].items() if x not in ignored}
        changed += da != db
    t_cmp = time.perf_counter() - t1
    print(f"networkx: read {t_read:.2f} s, compare {t_cmp:.2f} s, total {t_read + t_cmp:.2f} s; "
          f"edges {len(added)} added, {len(removed)} removed, {changed} changed")


if __name__ == "__main__":
    main()
