#!/usr/bin/env bash
# Real-client check of newsgraph's GraphML and DOT output:
#   - GraphML validates against the official XSD (xmllint; skipped without ../shared);
#   - networkx and igraph (Debian's /usr/bin/python3) and graphology-graphml (node)
#     load it and see the nodes, edges and attribute values the file holds;
#   - dot, sfdp and neato render the DOT with nothing on stderr.
# Graphs: our full-feature test file and the foreign samples, through `convert`,
# the extractor's graph of ROOT/examples/*.txt when there are examples, and a
# merged graph of every article under ROOT/tests/data (and ../shared's corpus)
# with its --view countries.
#
# usage: bash graphml_clients_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
# exit: 0 pass, 77 skip (a client tool is missing and $CI is not set), else fail.
set -uo pipefail
bin=$1
root=$2
work=$3
here=$root/tests/clients
data=$root/tests/data/graphml
rm -rf "$work" && mkdir -p "$work"

# shellcheck source=check_util.sh
source "$root/tests/clients/check_util.sh"  # fail, missing

for tool in xmllint dot sfdp neato node; do
  command -v "$tool" >/dev/null || missing "$tool is not installed"
done
/usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null ||
  missing "python3-networkx / python3-igraph are not installed"
[ -d "$here/node_modules/graphology-graphml" ] ||
  missing "npm packages not installed: run 'npm ci' in tests/clients"

# 1. Graphs to check, all written by newsgraph.
graphs=()
for sample in full_features networkx_sample igraph_sample yed_sample; do
  out=$work/$sample.graphml
  if "$bin" convert "$data/$sample.graphml" "$out"; then
    graphs+=("$out")
  else
    fail "convert $sample.graphml"
  fi
done
cmp -s "$data/full_features.graphml" "$work/full_features.graphml" ||
  fail "convert of our own GraphML is not byte-identical"
shopt -s nullglob
examples=("$root"/examples/*.txt)
if [ ${#examples[@]} -gt 0 ]; then
  if "$bin" extract -q "${examples[@]}" -o "$work/examples.graphml" 2>"$work/extract.err"; then
    graphs+=("$work/examples.graphml")
    "$bin" convert "$work/examples.graphml" "$work/examples.again.graphml" &&
      cmp -s "$work/examples.graphml" "$work/examples.again.graphml" ||
      fail "extract -> convert of the examples is not byte-identical"
  else
    echo "note: extract of examples/*.txt failed, not checked: $(head -c 300 "$work/extract.err")"
  fi
fi

# A merged graph of every article of the repository (and the dev corpus),
# and its countries view.
corpus=("${examples[@]}" "$root"/tests/data/*/*.txt "$root"/tests/data/eval/articles/*.txt
        "$root"/tests/data/formats/*.html)
[ -d "$root/../shared/corpus/articles" ] && corpus+=("$root"/../shared/corpus/articles/*.txt)
for view in merged countries; do
  args=()
  [ "$view" = countries ] && args=(--view countries)
  if "$bin" extract -q "${corpus[@]}" "${args[@]}" -o "$work/$view.graphml" 2>"$work/extract.err"; then
    graphs+=("$work/$view.graphml")
  else
    fail "extract of ${#corpus[@]} articles ($view): $(head -c 300 "$work/extract.err")"
  fi
done

# 2. The official XSD.
xsd=$root/../shared/schemas/graphml/graphml.xsd
if [ -f "$xsd" ]; then
  for g in "${graphs[@]}"; do
    xmllint --noout --nonet --schema "$xsd" "$g" 2>"$work/xmllint.err" ||
      fail "xmllint: $(head -c 600 "$work/xmllint.err")"
  done
else
  echo "note: $xsd absent, XSD validation skipped"
fi

# 3. networkx + igraph, graphology.
/usr/bin/python3 "$here/graphml_clients_check.py" "${graphs[@]}" || fail "networkx / igraph"
node "$here/graphml_clients_check.js" "${graphs[@]}" || fail "graphology-graphml"

# 4. DOT through every layout engine: no warnings.
for g in "${graphs[@]}"; do
  dotfile=${g%.graphml}.dot
  if ! "$bin" convert "$g" "$dotfile"; then
    fail "convert to DOT: $g"
    continue
  fi
  for engine in dot sfdp neato; do
    if ! "$engine" -Tsvg "$dotfile" -o "$dotfile.$engine.svg" 2>"$work/engine.err" ||
       [ -s "$work/engine.err" ]; then
      fail "$engine on $(basename "$dotfile"): $(head -c 600 "$work/engine.err")"
    fi
  done
done

if [ "$failures" -gt 0 ]; then
  echo "graphml_clients_check: $failures failure(s)" >&2
  exit 1
fi
echo "graphml_clients_check: ${#graphs[@]} graph(s) pass XSD, networkx, igraph, graphology, dot/sfdp/neato"
