#!/usr/bin/env bash
# Real-client check of newsgraph's GEXF, JSON and CSV output. Each graph is
# written as GraphML (the reference, checked by graphml_clients_check) and in
# every other format; then:
#   - GEXF validates against the official GEXF 1.3 RELAX NG grammar (xmllint;
#     skipped without ../shared);
#   - networkx read_gexf and node_link_graph, and pandas read_csv (Debian's
#     /usr/bin/python3) see the GraphML's nodes, edges and attribute values;
#   - graphology-gexf and graphology's import (node) see them too;
#   - the dated articles give a dynamic GEXF whose spells are their dates;
#   - --view countries (every format) leaves no folded person nor supplied +
#     acquired pair, and the flows carry their weapons;
#   - --format svg|png (Graphviz's library) draw every node and edge, with
#     sfdp (and a DOT saying so) for a graph of 400 nodes.
# Graphs: the bundled example; three dated pages (tests/data/formats); one
# merged graph of every article under examples/ and tests/data (and the dev
# corpus when ../shared exists); our full-feature GraphML through `convert`;
# a diff graph.
#
# usage: bash formats_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
# exit: 0 pass, 77 skip (a client is missing and $CI is not set), else fail.
set -uo pipefail
bin=$1
root=$2
work=$3
here=$root/tests/clients
rm -rf "$work" && mkdir -p "$work"

# shellcheck source=check_util.sh
. "$root/tests/clients/check_util.sh"
command -v node >/dev/null || missing "node is not installed"
command -v xmllint >/dev/null || missing "xmllint is not installed"
/usr/bin/python3 -c 'import networkx, pandas' 2>/dev/null ||
  missing "python3-networkx / python3-pandas are not installed"
[ -d "$here/node_modules/graphology-gexf" ] ||
  missing "npm packages not installed: run 'npm ci' in tests/clients"

formats=(graphml gexf json csv)
names=()
# extract NAME ARTICLE...: the graph of the articles in every format.
extract() {
  local name=$1
  shift
  for f in "${formats[@]}"; do
    "$bin" extract -q "$@" -o "$work/$name.$f" 2>>"$work/extract.err" ||
      { fail "extract $name.$f: $(tail -c 300 "$work/extract.err")"; return; }
  done
  names+=("$work/$name")
}

shopt -s nullglob
dated=("$root"/tests/data/formats/*.html)
extract example "$root"/examples/*.txt
extract timeline "${dated[@]}"
corpus=("$root"/examples/*.txt "$root"/tests/data/*/*.txt "${dated[@]}")
[ -d "$root/../shared/corpus/articles" ] && corpus+=("$root"/../shared/corpus/articles/*.txt)
extract merged "${corpus[@]}"
for f in "${formats[@]}"; do
  "$bin" extract -q "${corpus[@]}" --view countries -o "$work/countries.$f" 2>>"$work/extract.err" ||
    fail "extract --view countries -o countries.$f"
done
names+=("$work/countries")
# The dates the pages state, for the spells.
for name in timeline merged; do
  /usr/bin/python3 - "${dated[@]}" >"$work/$name.dates.json" <<'PY'
import json, os, re, sys
dates = {}
for path in sys.argv[1:]:
    m = re.search(r'article:published_time" content="(\d{4}-\d\d-\d\d)', open(path).read())
    dates[os.path.basename(path)] = m.group(1)
print(json.dumps(dates))
PY
done

# A diff's .json is its report: the diff graph's JSON is --format node-link.
for f in "${formats[@]}"; do
  "$bin" convert "$root/tests/data/graphml/full_features.graphml" "$work/foreign.$f" ||
    fail "convert full_features.graphml to $f"
  format=$f
  [ "$f" = json ] && format=node-link
  "$bin" diff "$root/tests/data/diff/attribution-old.txt" "$root/tests/data/diff/attribution-new.txt" \
    --format "$format" -o "$work/diff.$f"
  [ $? -le 1 ] || fail "diff --format $format -o diff.$f"
done
names+=("$work/foreign" "$work/diff")

# CSV into a directory: DIR/nodes.csv and DIR/edges.csv.
"$bin" extract -q "$root"/examples/*.txt -o "$work/tables/" --format csv &&
  [ -s "$work/tables/nodes.csv" ] && [ -s "$work/tables/edges.csv" ] ||
  fail "extract --format csv -o DIR/ did not write DIR/nodes.csv and DIR/edges.csv"

# The countries view: read back, no person with a represents edge to a
# country, no supplied edge whose recipient is a node, flows with weapons.
/usr/bin/python3 - "$work/countries.graphml" "$work/merged.graphml" <<'PY' || fail "countries view"
import sys
import networkx as nx
view, full = (nx.read_graphml(p, force_multigraph=True) for p in sys.argv[1:])
bad = [(u, v, d["type"]) for u, v, d in view.edges(data=True)
       if (d["type"] == "represents" and view.nodes[u].get("kind") == "person"
           and view.nodes[v].get("type") == "country")
       or (d["type"] == "supplied" and d.get("recipient") in view)
       or (d["type"] == "acquired" and d.get("supplier") in view)]
flows = [d for _, _, d in view.edges(data=True) if d["type"] == "arms-transfer"]
supplies = [d for _, _, d in full.edges(data=True) if d["type"] in ("supplied", "acquired")]
if bad or not flows or any(not d.get("weapon") for d in flows) or len(flows) >= len(supplies):
    sys.exit(f"unfolded {bad[:5]}; {len(flows)} flows from {len(supplies)} supplies")
print(f"ok countries view: {view.number_of_nodes()} nodes, {len(flows)} flows "
      f"from {len(supplies)} supplied/acquired edges")
PY

# Drawings through Graphviz's library: the example, and 400 nodes (sfdp).
/usr/bin/python3 - "$work/large.graphml" <<'PY'
import sys
import networkx as nx
g = nx.MultiDiGraph()
for i in range(400):
    g.add_node(f"n{i}", type="country" if i % 4 else "weapon", label=f"Node {i}")
for i in range(400):
    g.add_edge(f"n{i}", f"n{(i * 7 + 1) % 400}", type="condemned", label="condemned")
nx.write_graphml(g, sys.argv[1])
PY
svg_counts() {  # FILE.svg NODES EDGES: one group per node (and the legend) and edge
  local nodes edges
  nodes=$(grep -c 'class="node"' "$1")
  edges=$(grep -c 'class="edge"' "$1")
  [ "$nodes" -eq $(($2 + 1)) ] && [ "$edges" -eq "$3" ] ||
    fail "$(basename "$1"): $nodes node and $edges edge groups, expected $(($2 + 1)) and $3"
}
"$bin" extract -q "$root"/examples/*.txt -o "$work/example.svg" && "$bin" extract -q \
  "$root"/examples/*.txt -o "$work/example.png" || fail "extract -o example.svg / .png"
read -r n e < <(/usr/bin/python3 -c 'import networkx as nx, sys; g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges())' "$work/example.graphml")
svg_counts "$work/example.svg" "$n" "$e"
[ "$(head -c 4 "$work/example.png" | od -An -c | tr -d ' ')" = "211PNG" ] ||
  fail "example.png is no PNG"
"$bin" convert "$work/large.graphml" "$work/large.dot" && grep -q 'layout=sfdp' "$work/large.dot" ||
  fail "the DOT of 400 nodes does not say layout=sfdp"
start=$(date +%s%N)
"$bin" convert "$work/large.graphml" "$work/large.svg" || fail "convert large.graphml large.svg"
echo "note: 400 nodes, 400 edges rendered (sfdp, library) in $((($(date +%s%N) - start) / 1000000)) ms"
svg_counts "$work/large.svg" 400 400

rng=$root/../shared/schemas/gexf/gexf.rng
if [ -f "$rng" ]; then
  for name in "${names[@]}"; do
    xmllint --noout --nonet --relaxng "$rng" "$name.gexf" 2>"$work/xmllint.err" ||
      fail "xmllint --relaxng: $(head -c 600 "$work/xmllint.err")"
  done
else
  echo "note: $rng absent, GEXF validation skipped"
fi

/usr/bin/python3 "$here/formats_check.py" "${names[@]}" || fail "networkx / pandas"
node "$here/formats_check.js" "${names[@]}" || fail "graphology"

if [ "$failures" -gt 0 ]; then
  echo "formats_check: $failures failure(s)" >&2
  exit 1
fi
echo "formats_check: ${#names[@]} graph(s) pass the GEXF grammar, networkx, pandas, graphology"
