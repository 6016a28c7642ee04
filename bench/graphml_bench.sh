#!/usr/bin/env bash
# GraphML benchmark: newsgraph's writer and reader against igraph's and
# networkx's write_graphml / read_graphml and Boost's write_graphml, on one generated
# graph (deterministic; 100k nodes / 500k edges with evidence by default).
# Each phase runs in its own process under /usr/bin/time -v, so the peak
# memory is that phase's (it includes the generated graph for the writers).
# The seconds are the phase alone, timed inside the process: wall clock and
# CPU time (the steadier one on a shared machine); ratios are given for both.
#
# usage: bench/graphml_bench.sh [BUILD_DIR [NODES EDGES]]
#   BUILD_DIR holds bench/graphml_bench and newsgraph (default: build)
# Prints a Markdown table; networkx takes a minute or two at the default size
# (GRAPHML_BENCH_NETWORKX=0 leaves it out).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
nodes=${2:-100000}
edges=${3:-500000}
bench=$build/bench/graphml_bench
cli=$build/newsgraph
py=/usr/bin/python3
[ -x "$bench" ] || { echo "no $bench: cmake --build $build --target graphml_bench" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A secs cpu mem
run() {  # run NAME COMMAND...: records the phase seconds and peak RSS (MB)
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time.$name" "$@" >"$work/out.$name"
  secs[$name]=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$work/out.$name")
  cpu[$name]=$(sed -n 's/.* cpu=\([0-9.]*\).*/\1/p' "$work/out.$name")
  mem[$name]=$(awk '/Maximum resident set size/ {printf "%.0f", $6 / 1024}' "$work/time.$name")
  echo "  $name: $(cat "$work/out.$name"), peak ${mem[$name]} MB" >&2
}

nx=${GRAPHML_BENCH_NETWORKX:-1}
echo "graphml_bench: $nodes nodes, $edges edges" >&2
run ours_write "$bench" write "$work/ours.graphml" "$nodes" "$edges"
run boost_write "$bench" boost-write "$work/boost.graphml" "$nodes" "$edges"
[ "$nx" = 0 ] || run nx_write "$py" "$root/bench/graphml_bench.py" write "$work/nx.graphml" "$nodes" "$edges"
run ig_write "$py" "$root/bench/graphml_bench.py" igraph-write "$work/ours.graphml" "$work/ig.graphml"
run ours_read "$bench" read "$work/ours.graphml"
run ours_read_buffer "$bench" read-buffer "$work/ours.graphml"
run ig_read "$py" "$root/bench/graphml_bench.py" igraph-read "$work/ours.graphml"
[ "$nx" = 0 ] || run nx_read "$py" "$root/bench/graphml_bench.py" read "$work/ours.graphml"

# The three files hold the same graph: newsgraph reading networkx's file
# writes back its own file byte for byte.
same="not checked (networkx left out)"
if [ "$nx" != 0 ]; then
  same="no"
  if [ -x "$cli" ] && "$cli" convert "$work/nx.graphml" "$work/nx-ours.graphml" &&
     cmp -s "$work/ours.graphml" "$work/nx-ours.graphml"; then
    same="yes"
  fi
fi
file_bytes=$(stat -c %s "$work/ours.graphml")
size() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.0f", b / 1048576}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1fx", a / b}'; }
of_file() { awk -v m="$1" -v b="$file_bytes" 'BEGIN {printf "%.2fx", m * 1048576 / b}'; }
row() {  # row NAME LABEL [PEER-OF-OURS]: one table line; the ratio compares with ours
  local name=$1 label=$2 ours=${3:-}
  [ -n "${secs[$name]:-}" ] || return 0
  local cmp=""
  [ -n "$ours" ] && cmp="$(ratio "${secs[$name]}" "${secs[$ours]}") / $(ratio "${cpu[$name]}" "${cpu[$ours]}")"
  echo "| $label | ${secs[$name]} | ${cpu[$name]} | ${mem[$name]} | $(of_file "${mem[$name]}") | $cmp |"
}

table=$(
  row ours_write "newsgraph WriteGraphml"
  row boost_write "Boost write_graphml (dynamic_properties)" ours_write
  row ig_write "igraph write_graphml (peak includes its read)" ours_write
  row nx_write "networkx write_graphml" ours_write
  row ours_read "newsgraph ReadGraphml, from the file (istream)"
  row ours_read_buffer "newsgraph ReadGraphml, file read into memory first" ours_read
  row ig_read "igraph Read_GraphML (our file)" ours_read
  row nx_read "networkx read_graphml (our file)" ours_read
)
cat <<EOT
| phase | wall s | CPU s | peak RSS (MB) | RSS / file | peer's time / newsgraph's (wall / CPU) |
| --- | ---: | ---: | ---: | ---: | --- |
$table

File: ours $(size "$work/ours.graphml") MB ($file_bytes bytes), Boost $(size "$work/boost.graphml") MB, igraph $(size "$work/ig.graphml") MB.
newsgraph reading networkx's file writes back its own file byte for byte: $same.
EOT
