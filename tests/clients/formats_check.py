"""Loads the GEXF, JSON and CSV files newsgraph wrote for one graph in their
real clients and checks that each sees the graph of the GraphML file written
beside them (read by networkx): the same nodes, edges and attribute values.

  GEXF: networkx read_gexf (networkx 2.8 knows GEXF up to 1.2draft: the 1.3
        namespaces are registered as a version, its reader is unchanged);
  JSON: networkx node_link_graph(data, name="key", link="edges");
  CSV:  pandas read_csv of NAME.nodes.csv and NAME.edges.csv.

For a graph with dated articles (NAME.dates.json: {article: "YYYY-MM-DD"}),
the GEXF must be dynamic and each edge's spells the dates of its articles.

usage: /usr/bin/python3 formats_check.py NAME...   (NAME.graphml, NAME.gexf ... exist)
Exit 0 when everything matches, 1 otherwise (each mismatch is printed).
"""
import json
import math
import os
import sys

import networkx as nx
import pandas as pd
from networkx.readwrite.gexf import GEXF

GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

NODE_CORE = ("type", "label", "mentions")
EDGE_CORE = ("type", "label", "weight", "evidence", "article")
problems = []


def problem(name, msg):
    problems.append(f"{name}: {msg}")


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        try:
            return math.isclose(float(a), float(b), rel_tol=1e-9)
        except (TypeError, ValueError):
            return False
    return a == b


def reference(name):
    """The GraphML file through networkx: nodes and edges (by id) with attributes."""
    g = nx.read_graphml(name + ".graphml", force_multigraph=True)
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = {k: (u, v, dict(d)) for u, v, k, d in g.edges(keys=True, data=True)}
    for n in nodes.values():
        for k in ("r", "g", "b", "size"):
            n.pop(k, None)
    for _, _, d in edges.values():
        for k in ("id", "r", "g", "b"):
            d.pop(k, None)
    return nodes, edges


def compare(name, client, nodes, edges, want_nodes, want_edges):
    """nodes/edges as the client read them: {id: attrs}, {edge id: (u, v, attrs)}."""
    if set(nodes) != set(want_nodes):
        problem(name, f"{client}: nodes differ: {sorted(set(nodes) ^ set(want_nodes))[:5]}")
    if set(edges) != set(want_edges):
        problem(name, f"{client}: edges differ: {len(edges)} != {len(want_edges)}")
    for n, want in want_nodes.items():
        got = nodes.get(n, {})
        for k, v in want.items():
            if not same(got.get(k), v):
                problem(name, f"{client}: node {n!r} {k}: {got.get(k)!r} != {v!r}")
    for e, (u, v, want) in want_edges.items():
        if e not in edges:
            continue
        gu, gv, got = edges[e]
        if (gu, gv) != (u, v):
            problem(name, f"{client}: edge {e}: {gu}->{gv} != {u}->{v}")
        for k, val in want.items():
            if not same(got.get(k), val):
                problem(name, f"{client}: edge {e} {k}: {got.get(k)!r} != {val!r}")
    for k in NODE_CORE:
        if want_nodes and not any(k in d for d in nodes.values()):
            problem(name, f"{client}: no node has {k}")
    for k in EDGE_CORE:
        if want_edges and not any(k in d for _, _, d in edges.values()):
            problem(name, f"{client}: no edge has {k}")


def check_gexf(name, want_nodes, want_edges):
    g = nx.read_gexf(name + ".gexf", version="1.3")
    nodes = {}
    for n, d in g.nodes(data=True):
        d = dict(d)
        viz = d.pop("viz", {})
        if "color" not in viz or "size" not in viz:
            problem(name, f"read_gexf: node {n!r} has no viz:color/viz:size")
        d.pop("spells", None)
        nodes[n] = d
    # read_gexf returns a DiGraph when no two edges share their endpoints.
    listed = [(u, v, d.get("id"), d) for u, v, d in g.edges(data=True)]
    edges = {}
    for u, v, k, d in listed:
        d = dict(d)
        d.pop("spells", None)
        d.pop("id", None)
        edges[k] = (u, v, d)
    compare(name, "read_gexf", nodes, edges, want_nodes, want_edges)
    dates_file = name + ".dates.json"
    if os.path.exists(dates_file):
        with open(dates_file, encoding="utf-8") as f:
            dates = json.load(f)
        if g.graph.get("mode") != "dynamic":
            problem(name, "read_gexf: a graph of dated articles is not dynamic")
        dated = 0
        node_want = {n: set() for n in g.nodes}
        for u, v, k, d in listed:
            want = sorted({dates[a] for a in want_edges[k][2].get("article", "").split(";")
                           if a in dates})
            got = sorted({s for s, e in d.get("spells", [])})
            if any(s != e for s, e in d.get("spells", [])):
                problem(name, f"read_gexf: edge {k} spells {d['spells']} are not single days")
            dated += bool(got)
            node_want[u].update(want)
            node_want[v].update(want)
            if got != want:
                problem(name, f"read_gexf: edge {k} spells {got} != article dates {want}")
        # A node lives on the days of the facts it takes part in.
        for n, d in g.nodes(data=True):
            got = sorted({s for s, e in d.get("spells", [])})
            if got != sorted(node_want[n]):
                problem(name, f"read_gexf: node {n!r} spells {got} != {sorted(node_want[n])}")
        if dated == 0:
            problem(name, "read_gexf: no edge has a spell")
        days = sorted(set().union(*node_want.values()))
        if days and (g.graph.get("start"), g.graph.get("end")) != (days[0], days[-1]):
            problem(name, f"read_gexf: the graph spans {g.graph.get('start')}.."
                          f"{g.graph.get('end')}, its facts {days[0]}..{days[-1]}")
        print(f"ok {os.path.basename(name)}: {dated} of {len(listed)} edges dated with "
              f"{len(days)} article dates ({', '.join(days)}) as GEXF spells")


def check_json(name, want_nodes, want_edges):
    with open(name + ".json", encoding="utf-8") as f:
        data = json.load(f)
    g = nx.node_link_graph(data, name="key", link="edges")
    if not (g.is_directed() and g.is_multigraph()):
        problem(name, "node_link_graph: not a directed multigraph")
    nodes = {}
    for n, d in g.nodes(data=True):
        a = dict(d["attributes"])
        if not (str(a.pop("color", "")).startswith("#") and "size" in a):
            problem(name, f"node_link_graph: node {n!r} has no color/size")
        a.pop("size", None)
        a.pop("dates", None)
        nodes[n] = a
    edges = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        a = dict(d["attributes"])
        a.pop("color", None)
        a.pop("dates", None)
        edges[k] = (u, v, a)
    compare(name, "node_link_graph", nodes, edges, want_nodes, want_edges)


def check_csv(name, want_nodes, want_edges):
    opts = dict(dtype=str, keep_default_na=False, encoding="utf-8")
    nt = pd.read_csv(name + ".nodes.csv", **opts)
    et = pd.read_csv(name + ".edges.csv", **opts)
    for col in ("Id", "Label"):
        if col not in nt.columns:
            problem(name, f"read_csv: nodes.csv has no {col} column")
    for col in ("Source", "Target", "Type", "Kind", "Id", "Label", "Weight"):
        if col not in et.columns:
            problem(name, f"read_csv: edges.csv has no {col} column")
    if problems:
        return

    def typed(row, drop):
        return {k: v for k, v in row.items() if v != "" and k not in drop}

    nodes = {}
    for row in nt.to_dict("records"):
        d = typed(row, ("Id", "Label", "color", "size", "dates"))
        if row["Label"]:
            d["label"] = row["Label"]
        nodes[row["Id"]] = d
    edges = {}
    for row in et.to_dict("records"):
        if row["Type"] != "Directed":
            problem(name, f"read_csv: edge {row['Id']} Type {row['Type']!r}")
        d = typed(row, ("Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "color",
                        "dates"))
        d["type"], d["label"], d["weight"] = row["Kind"], row["Label"], row["Weight"]
        edges[row["Id"]] = (row["Source"], row["Target"], d)
    # CSV holds text: compare with the reference's values as text.
    as_text = lambda v: repr(v) if isinstance(v, float) and not v.is_integer() else (
        str(int(v)) if isinstance(v, float) else str(v))
    want_n = {n: {k: as_text(v) for k, v in d.items()} for n, d in want_nodes.items()}
    want_e = {e: (u, v, {k: as_text(x) for k, x in d.items()}) for e, (u, v, d) in want_edges.items()}
    compare(name, "read_csv", nodes, edges, want_n, want_e)


def main(names):
    for name in names:
        want_nodes, want_edges = reference(name)
        check_gexf(name, want_nodes, want_edges)
        check_json(name, want_nodes, want_edges)
        check_csv(name, want_nodes, want_edges)
        if not problems:
            print(f"ok {os.path.basename(name)}: {len(want_nodes)} nodes, {len(want_edges)} edges"
                  " in read_gexf, node_link_graph, read_csv")
    for p in problems[:40]:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
