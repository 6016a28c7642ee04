"""networkx side of the GraphML benchmark (see graphml_bench.sh).

  graphml_bench.py write OUT [NODES EDGES]   generate the benchmark graph, time nx.write_graphml
  graphml_bench.py read IN                   time nx.read_graphml
  graphml_bench.py igraph-read IN            time igraph's Graph.Read_GraphML
  graphml_bench.py igraph-write IN OUT       read IN with igraph (untimed), time write_graphml

Prints one line "PHASE seconds=WALL cpu=CPU nodes=N edges=M". The generator mirrors
graph_bench.cpp's exactly (same splitmix64 stream, same attributes), so that
newsgraph reading networkx's file gives back newsgraph's own file.
"""
import math
import sys
import time

import networkx as nx

MASK = (1 << 64) - 1
WORDS = ["the", "missiles", "shipped", "officials", "said", "border", "report", "drones",
         "envoy", "council", "sanctions", "launched", "rail", "port", "weapons", "talks",
         "ministry", "accused", "quoted", "\"strikes\"", "&", "region"]
NODE_TYPES = ["country", "actor", "weapon", "resolution", "location"]
RELATIONS = ["supplied", "acquired", "used", "used-in", "attacked", "condemned", "accused",
             "denied", "violated", "urged", "represents", "member-of", "sanctioned"]
ROLES = ["recipient", "supplier", "location", "user", "weapon", "about", "role"]
# Colours of schemas/ontology.json (display only; newsgraph recomputes them).
COLORS = {"country": (31, 119, 180), "person": (255, 127, 14), "organization": (214, 155, 39),
          "weapon": (214, 39, 40), "resolution": (148, 103, 189), "location": (44, 160, 44)}


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n


def sentence(rng):
    words = 8 + rng.below(12)
    return "Sentence " + " ".join(WORDS[rng.below(len(WORDS))] for _ in range(words)) + "."


def generate(nodes, edges):
    rng = Rng(42)
    g = nx.MultiDiGraph()
    for i in range(nodes):
        t = NODE_TYPES[i % 5]
        attrs = {"type": t}
        kind = ("person" if i % 2 else "organization") if t == "actor" else ""
        if kind:
            attrs["kind"] = kind
        attrs["label"] = f"Node {i}"
        if i % 3 == 0:
            attrs["aliases"] = "|".join(sorted({f"alias {i}", f"a{i}"}))
        if t == "country":
            attrs["iso3"] = f"C{i % 100}"
        mentions = 1 + rng.below(20)
        attrs["mentions"] = mentions
        r, gr, b = COLORS[kind or t]
        attrs.update(r=r, g=gr, b=b, size=10 + 5 * math.sqrt(mentions))
        g.add_node(f"n{i}", **attrs)
    for _ in range(edges):
        s = rng.below(nodes)
        t = rng.below(nodes)
        rel = RELATIONS[rng.below(13)]
        evidence = []
        for _ in range(1 + rng.below(2)):
            begin = rng.below(100000)
            text = sentence(rng)
            evidence.append((f"article-{rng.below(1000)}.txt", begin, begin + len(text), text))
        evidence.sort()
        attrs = {
            "type": rel,
            "label": rel,
            "evidence": "\n".join(e[3] for e in evidence),
            "offsets": ";".join(f"{e[1]}-{e[2]}" for e in evidence),
            "article": ";".join(e[0] for e in evidence),
            "confidence": (50 + rng.below(51)) / 100.0,
            "weight": 1 + rng.below(3),
        }
        if rng.below(2):
            role = ROLES[rng.below(7)]
            attrs[role] = f"n{rng.below(nodes)}"
        g.add_edge(f"n{s}", f"n{t}", **attrs)
    g.graph["title"] = "benchmark graph"
    return g


def main(argv):
    mode, path = argv[1], argv[2]
    if mode == "read":
        start, cpu = time.perf_counter(), time.process_time()
        g = nx.read_graphml(path)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    elif mode == "write":
        nodes = int(argv[3]) if len(argv) > 3 else 100000
        edges = int(argv[4]) if len(argv) > 4 else 500000
        g = generate(nodes, edges)
        start, cpu = time.perf_counter(), time.process_time()
        nx.write_graphml(g, path)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    elif mode in ("igraph-read", "igraph-write"):
        import igraph
        start, cpu = time.perf_counter(), time.process_time()
        g = igraph.Graph.Read_GraphML(path)
        if mode == "igraph-write":
            start, cpu = time.perf_counter(), time.process_time()
            g.write_graphml(argv[3])
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"{mode} seconds={seconds:.3f} cpu={cpu:.3f} nodes={g.vcount()} edges={g.ecount()}")
        return 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"networkx-{mode} seconds={seconds:.3f} cpu={cpu:.3f} nodes={g.number_of_nodes()} "
          f"edges={g.number_of_edges()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
