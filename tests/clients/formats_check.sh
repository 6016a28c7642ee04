#!/usr/bin/env bash
# Real-client check of newsgraph's GEXF, JSON, CSV, DOT, SVG and PNG output.
# Each graph is written as GraphML (the reference, checked by
# graphml_clients_check) and in every other format; then:
#   - GEXF validates against the official GEXF 1.3 RELAX NG grammar (xmllint;
#     skipped without ../shared);
#   - networkx read_gexf and node_link_graph, and pandas read_csv (Debian's
#     /usr/bin/python3) see the GraphML's nodes, edges and attribute values;
#   - graphology-gexf and graphology's import (node) see them too;
#   - dated articles give a dynamic GEXF whose edge and node spells are their
#     dates (dated pages, and a store of articles added with --date);
#   - --view countries (every format) leaves no folded person nor supplied +
#     acquired pair, and the flows carry their weapons;
#   - DOT drawn by Graphviz's dot command, and --format svg|png (Graphviz's
#     library), draw every node and edge (drawings_check.py decodes the PNG),
#     with sfdp (and a DOT saying so) for a graph of 400 nodes.
# Graphs: the bundled example and its countries view; three dated pages
# (tests/data/formats); one merged graph of every article under examples/ and
# tests/data (and the dev corpus when ../shared exists) and its countries
# view; a store of the dated pages, the example and the eval articles, exported; our full-feature GraphML through
# `convert`; a diff graph (the last two without drawings).
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
command -v dot >/dev/null || missing "graphviz (dot) is not installed"
/usr/bin/python3 -c 'import networkx, pandas' 2>/dev/null ||
  missing "python3-networkx / python3-pandas are not installed"
[ -d "$here/node_modules/graphology-gexf" ] ||
  missing "npm packages not installed: run 'npm ci' in tests/clients"

formats=(graphml gexf json csv)
drawings=(dot svg png)
names=()  # graphs written in every format of $formats
drawn=()  # graphs also drawn in $drawings
# write NAME COMMAND...: the command run with -o NAME.FORMAT for every format.
write() {
  local name=$1
  shift
  for f in "${formats[@]}" "${drawings[@]}"; do
    "$@" -o "$work/$name.$f" 2>>"$work/$name.err" ||
      { fail "$name.$f: $(tail -c 300 "$work/$name.err")"; return; }
  done
  names+=("$work/$name")
  drawn+=("$work/$name")
}
# dates NAME [--date DATE] FILE...: NAME.dates.json, {article: date} from the
# pages' publication dates and the dates given to `add --date`.
dates() {
  local name=$1
  shift
  /usr/bin/python3 - "$@" >"$work/$name.dates.json" <<'PY'
import json, os, re, sys
dates, given, args = {}, None, iter(sys.argv[1:])
for path in args:
    if path == "--date":
        given = next(args)
        continue
    m = re.search(r'article:published_time" content="(\d{4}-\d\d-\d\d)', open(path).read())
    if m or given:
        dates[os.path.basename(path)] = m.group(1) if m else given
print(json.dumps(dates))
PY
}

shopt -s nullglob
dated=("$root"/tests/data/formats/*.html)
examples=("$root"/examples/*.txt)
eval_paper=("$root"/tests/data/eval/articles/paper-*.txt)
eval_wire=("$root"/tests/data/eval/articles/wire-*.txt)
# The merged graph: every article of the repository (and the dev corpus).
corpus=("${examples[@]}" "$root"/tests/data/*/*.txt "${eval_paper[@]}" "${eval_wire[@]}" "${dated[@]}")
[ -d "$root/../shared/corpus/articles" ] && corpus+=("$root"/../shared/corpus/articles/*.txt)
write example "$bin" extract -q "${examples[@]}"
write example-countries "$bin" extract -q "${examples[@]}" --view countries
write timeline "$bin" extract -q "${dated[@]}"
write merged "$bin" extract -q "${corpus[@]}"
write countries "$bin" extract -q "${corpus[@]}" --view countries
dates timeline "${dated[@]}"
dates merged "${dated[@]}"
dates countries "${dated[@]}"
echo "note: merged graph of ${#corpus[@]} articles"

# A store of the dated pages, the examples and the eval articles (two dates
# given), exported whole: the graph of a knowledge base.
store=$work/store.db
"$bin" add -q "$store" "${dated[@]}" "${examples[@]}" &&
  "$bin" add -q "$store" --date 2024-05-02 "${eval_paper[@]}" &&
  "$bin" add -q "$store" --date 2024-06-14 "${eval_wire[@]}" ||
  fail "add to $store"
write store "$bin" export -q "$store"
dates store "${dated[@]}" --date 2024-05-02 "${eval_paper[@]}" --date 2024-06-14 "${eval_wire[@]}"

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

# The countries views: read back, no person with a represents edge to a
# country, no supplied edge whose recipient is a node, flows with weapons.
for pair in "countries merged" "example-countries example"; do
  read -r view full <<<"$pair"
  /usr/bin/python3 - "$work/$view.graphml" "$work/$full.graphml" <<'PY' || fail "$view view"
import os, sys
import networkx as nx
view, full = (nx.read_graphml(p, force_multigraph=True) for p in sys.argv[1:])
bad = [(u, v, d["type"]) for u, v, d in view.edges(data=True)
       if (d["type"] == "represents" and view.nodes[u].get("kind") == "person"
           and view.nodes[v].get("type") == "country")
       or (d["type"] == "supplied" and d.get("recipient") in view)
       or (d["type"] == "acquired" and d.get("supplier") in view)]
flows = [d for _, _, d in view.edges(data=True) if d["type"] == "arms-transfer"]
supplies = [d for _, _, d in full.edges(data=True) if d["type"] in ("supplied", "acquired")]
if (bad or bool(flows) != bool(supplies) or any(not d.get("weapon") for d in flows)
        or len(flows) > len(supplies)):
    sys.exit(f"unfolded {bad[:5]}; {len(flows)} flows from {len(supplies)} supplies")
print(f"ok {os.path.basename(sys.argv[1])}: {view.number_of_nodes()} nodes, {len(flows)} flows "
      f"from {len(supplies)} supplied/acquired edges")
PY
done

# Drawings: DOT through Graphviz's dot command, SVG and PNG through its library.
for name in "${drawn[@]}"; do
  dot -Tsvg "$name.dot" -o "$name.dot.svg" 2>"$work/dot.err" && [ ! -s "$work/dot.err" ] ||
    fail "dot -Tsvg $(basename "$name").dot: $(head -c 300 "$work/dot.err")"
  xmllint --noout --nonet "$name.svg" 2>"$work/xmllint.err" ||
    fail "xmllint $(basename "$name").svg: $(head -c 300 "$work/xmllint.err")"
done
# And 400 generated nodes: sfdp, and a DOT saying so.
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
"$bin" convert "$work/large.graphml" "$work/large.dot" && grep -q 'layout=sfdp' "$work/large.dot" ||
  fail "the DOT of 400 nodes does not say layout=sfdp"
start=$(date +%s%N)
"$bin" convert "$work/large.graphml" "$work/large.svg" && "$bin" convert "$work/large.graphml" \
  "$work/large.png" || fail "convert large.graphml to large.svg / large.png"
echo "note: 400 nodes, 400 edges rendered (sfdp, library) twice in $((($(date +%s%N) - start) / 1000000)) ms"
/usr/bin/python3 "$here/drawings_check.py" "${drawn[@]}" "$work/large" || fail "drawings"

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
