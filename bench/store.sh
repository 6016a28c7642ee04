#!/usr/bin/env bash
# The store's figures for bench/store.md, ratios measured in one run:
#   add of N generated articles against extract of the same files to GraphML,
#   add -j 2 against add -j 1, export of the store against reading the same
#   graph from GraphML (convert: read + write, export: store + write), store size.
# Usage: bash bench/store.sh [NEWSGRAPH] [N] [WORK]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/newsgraph}
n=${2:-10000}
work=${3:-/tmp/newsgraph-store-bench}
rm -rf "$work" && mkdir -p "$work"
/usr/bin/python3 "$root/bench/store_gen.py" "$root" "$work/gen" "$n"
t() {  # t LABEL CMD...: wall seconds and peak memory of one command
  local label=$1 start end
  shift
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/mem" "$@" 2>>"$work/log"
  end=$(date +%s.%N)
  printf '%-36s %7.2f s  %7d KB peak\n' "$label" "$(echo "$end - $start" | bc)" "$(cat "$work/mem")"
}
cd "$work"
echo "$n articles, $(du -sk gen | cut -f1) KB of text, $(nproc) cores"
t "extract gen/* -o x1.graphml -j 1" "$bin" extract $(ls -d gen/*) -o x1.graphml -q -j 1
t "add s1.db gen -j 1" "$bin" add s1.db gen -q -j 1
t "extract gen/* -o x2.graphml -j 2" "$bin" extract $(ls -d gen/*) -o x2.graphml -q -j 2
t "add s2.db gen -j 2" "$bin" add s2.db gen -q -j 2
t "export s1.db -o e.graphml" "$bin" export s1.db -o e.graphml -q
t "convert x1.graphml c.graphml" "$bin" convert x1.graphml c.graphml
cmp -s e.graphml x1.graphml && echo "export of the store = extract of the files (same bytes)"
cmp -s x1.graphml x2.graphml && echo "extract -j 1 = extract -j 2 (same bytes)"
"$bin" stats s1.db | head -6
echo "store: $(stat -c %s s1.db) bytes, $(( $(stat -c %s s1.db) / n )) bytes per article; GraphML: $(stat -c %s x1.graphml) bytes"
