#!/usr/bin/env bash
# Real-client check of newsgraph's GEXF, JSON and CSV output. Each graph is
# written as GraphML (the reference, checked by graphml_clients_check) and in
# every other format; then:
#   - GEXF validates against the official GEXF 1.3 RELAX NG grammar (xmllint;
#     skipped without ../shared);
#   - networkx read_gexf and node_link_graph, and pandas read_csv (Debian's
#     /usr/bin/python3) see the GraphML's nodes, edges and attribute values;
#   - graphology-gexf and graphology's import (node) see them too;
#   - the dated articles give a dynamic GEXF whose spells are their dates.
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

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
missing() {
  if [ -n "${CI:-}" ]; then
    echo "FAIL: $* (required in CI: scripts/bootstrap.sh installs it)" >&2
    exit 1
  fi
  echo "SKIP: $*"
  exit 77
}
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
