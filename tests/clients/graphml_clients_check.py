"""Loads GraphML files written by newsgraph in networkx and igraph and checks
that both see what the file says: the same nodes, edges and attribute values
as an independent reading with ElementTree, typed by each key's attr.type.

usage: /usr/bin/python3 graphml_clients_check.py FILE.graphml...
Exit 0 when every file matches, 1 otherwise (each mismatch is printed).
"""
import collections
import math
import sys
import warnings
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"
problems = []


def problem(path, msg):
    problems.append(f"{path}: {msg}")


def cast(kind, text):
    if kind in ("int", "long"):
        return int(text)
    if kind in ("float", "double"):
        return float(text)
    if kind == "boolean":
        return text.strip().lower() == "true"
    return text


def expected(path):
    """What the file says, read with ElementTree (no graph library)."""
    root = ET.parse(path).getroot()
    keys = {}
    for k in root.findall(NS + "key"):
        if k.get("for") not in ("graph", "node", "edge"):
            problem(path, f"key {k.get('id')} has for={k.get('for')!r}")
        keys[k.get("id")] = (k.get("for"), k.get("attr.name"), k.get("attr.type"))
    graph = root.find(NS + "graph")

    def data_of(element, domain):
        out = {}
        for d in element.findall(NS + "data"):
            key_for, name, kind = keys[d.get("key")]
            if key_for != domain:
                problem(path, f"data key {d.get('key')} used on a {domain}")
            out[name] = cast(kind, d.text or "")
        return out

    graph_attrs = data_of(graph, "graph")
    nodes = {n.get("id"): data_of(n, "node") for n in graph.findall(NS + "node")}
    edges = [(e.get("source"), e.get("target"), data_of(e, "edge"))
             for e in graph.findall(NS + "edge")]
    ids = [e.get("id") for e in graph.findall(NS + "edge")]
    if ids != [f"e{i}" for i in range(len(ids))]:
        problem(path, "edge ids are not e0, e1, ...")
    if graph.get("edgedefault") != "directed":
        problem(path, "edgedefault is not written as directed")
    return keys, graph_attrs, nodes, edges


def frozen(attrs):
    return frozenset(attrs.items())


def check_networkx(path, keys, graph_attrs, nodes, edges):
    g = nx.read_graphml(path)
    if not g.is_directed():
        problem(path, "networkx: graph is not directed")
    if set(g.nodes) != set(nodes):
        problem(path, f"networkx: nodes differ: {sorted(set(g.nodes) ^ set(nodes))[:5]}")
    for n, attrs in nodes.items():
        if n in g and dict(g.nodes[n]) != attrs:
            problem(path, f"networkx: node {n!r}: {dict(g.nodes[n])} != {attrs}")
    for name, value in graph_attrs.items():
        if g.graph.get(name) != value:
            problem(path, f"networkx: graph attribute {name!r}: {g.graph.get(name)!r} != {value!r}")
    declared_id = any(k[1] == "id" and k[0] == "edge" for k in keys.values())
    got = collections.Counter()
    for u, v, d in g.edges(data=True):
        d = dict(d)
        if not declared_id:
            d.pop("id", None)
        got[(u, v, frozen(d))] += 1
    want = collections.Counter((u, v, frozen(d)) for u, v, d in edges)
    if got != want:
        diff = list((got - want).items())[:2] + list((want - got).items())[:2]
        problem(path, f"networkx: edges differ ({g.number_of_edges()} vs {len(edges)}): {diff}")


def same_value(got, want):
    if isinstance(want, float) or isinstance(got, float):
        if want is None:
            return got is None or (isinstance(got, float) and math.isnan(got))
        return got is not None and float(got) == float(want)
    return got == want


def check_igraph(path, keys, graph_attrs, nodes, edges):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = igraph.Graph.Read_GraphML(path)
    for w in caught:
        problem(path, f"igraph warns: {w.message}")
    if not g.is_directed():
        problem(path, "igraph: graph is not directed")
    if g.vcount() != len(nodes) or g.ecount() != len(edges):
        problem(path, f"igraph: {g.vcount()} nodes / {g.ecount()} edges, want "
                      f"{len(nodes)} / {len(edges)}")
        return
    node_names = {k[1]: k[2] for k in keys.values() if k[0] == "node"}
    edge_names = {k[1]: k[2] for k in keys.values() if k[0] == "edge"}

    def compare(what, got_attrs, want, names):
        for name, kind in names.items():
            got = got_attrs[name]
            expect = want.get(name, "" if kind == "string" else None)
            if not same_value(got, expect):
                problem(path, f"igraph: {what} attribute {name!r}: {got!r} != {expect!r}")

    ids = g.vs["id"]
    for v in g.vs:
        if v["id"] not in nodes:
            problem(path, f"igraph: unknown node {v['id']!r}")
            continue
        compare(f"node {v['id']!r}", v.attributes(), nodes[v["id"]], node_names)
    for e, (u, w, attrs) in zip(g.es, edges):
        if (ids[e.source], ids[e.target]) != (u, w):
            problem(path, f"igraph: edge {e.index} is {ids[e.source]}->{ids[e.target]}, want {u}->{w}")
        compare(f"edge {e.index}", e.attributes(), attrs, edge_names)
    for name, value in graph_attrs.items():
        if g[name] != value:
            problem(path, f"igraph: graph attribute {name!r}: {g[name]!r} != {value!r}")


def spot_checks(path, nodes, edges):
    """Values of tests/data/graphml/full_features.graphml known from its source,
    so that an escaping mistake cannot hide behind a consistent misreading."""
    if "ana-o-neil" not in nodes:
        return
    checks = [
        (nodes["ana-o-neil"].get("label"), "Ana \"Ani\" O'Neil <\u00d1\u00fa\u00f1ez> & S\u00f8n"),
        (nodes["ana-o-neil"].get("note"), "first line\nsecond\tline\r\nthird"),
        (nodes["PRK"].get("aliases"), "DPRK|Pyongyang"),
        (nodes["PRK"].get("mentions"), 4),
    ]
    supplied = [d for u, v, d in edges if (u, v) == ("PRK", "kn-23")]
    checks += [
        (len(supplied), 1),
        (supplied[0].get("evidence") if supplied else None,
         "Pyongyang shipped missiles to Moscow, the panel said.\n"
         "A second report said the \"KN-23\" rockets came by rail."),
        (supplied[0].get("weight") if supplied else None, 2.0),
        (supplied[0].get("recipient") if supplied else None, "RUS"),
    ]
    for got, want in checks:
        if got != want:
            problem(path, f"spot check: {got!r} != {want!r}")


def main(paths):
    for path in paths:
        keys, graph_attrs, nodes, edges = expected(path)
        spot_checks(path, nodes, edges)
        check_networkx(path, keys, graph_attrs, nodes, edges)
        check_igraph(path, keys, graph_attrs, nodes, edges)
        print(f"{path}: networkx and igraph read {len(nodes)} nodes, {len(edges)} edges")
    for p in problems:
        print("MISMATCH", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
