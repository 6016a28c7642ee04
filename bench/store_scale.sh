#!/usr/bin/env bash
# The store at scale, for bench/store.md: N generated articles of distinct
# facts (bench/store_gen.py --facts 10, about 12.7 facts each) added to a
# store, with add's peak memory (does it grow with N?), then export of the
# whole store to GraphML against reading the same graph from a GraphML file
# (convert: read GraphML + write GraphML; export: read the store + write
# GraphML: the same writer), and the store's size.
# Usage: bash bench/store_scale.sh [NEWSGRAPH] [N] [WORK]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/newsgraph}
n=${2:-100000}
work=${3:-/tmp/newsgraph-store-scale}
rm -rf "$work" && mkdir -p "$work"
cd "$work"
/usr/bin/python3 "$root/bench/store_gen.py" "$root" gen "$n" 1 --facts 10
t() {  # t LABEL CMD...: wall and CPU seconds and peak memory of one command
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o time.out "$@" 2>>log
  read -r wall user sys kb <time.out
  printf '%-44s %8.2f s wall %8.2f s CPU %8d KB peak\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$kb"
}
echo "$n articles, $(du -sk gen | cut -f1) KB, $(nproc) cores, load: $(uptime | sed 's/.*load average: //')"
t "add s.db gen" "$bin" add s.db gen -q
"$bin" stats s.db | sed -n '1,6p'
t "export s.db -o e.graphml" "$bin" export s.db -o e.graphml -q
t "convert e.graphml c.graphml" "$bin" convert e.graphml c.graphml
t "export s.db -o e2.graphml (again)" "$bin" export s.db -o e2.graphml -q
t "convert e.graphml c2.graphml (again)" "$bin" convert e.graphml c2.graphml
cmp -s e.graphml c.graphml && echo "convert of the export = the export (same bytes)"
echo "store: $(stat -c %s s.db) bytes, $(($(stat -c %s s.db) / n)) per article; GraphML: $(stat -c %s e.graphml) bytes"
echo "load after: $(uptime | sed 's/.*load average: //')"
