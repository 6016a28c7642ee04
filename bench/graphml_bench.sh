#!/usr/bin/env bash
# GraphML benchmark: newsgraph's writer and reader against networkx's
# write_graphml / read_graphml and Boost's write_graphml, on one generated
# graph (deterministic; 100k nodes / 500k edges with evidence by default).
# Each phase runs in its own process under /usr/bin/time -v, so the peak
# memory is that phase's (it includes the generated graph for the writers).
# The seconds are the phase alone, timed inside the process: wall clock and
# CPU time (the steadier one on a shared machine); ratios are given for both.
#
# usage: bench/graphml_bench.sh [BUILD_DIR [NODES EDGES]]
#   BUILD_DIR holds bench/graphml_bench and newsgraph (default: build)
# Prints a Markdown table; networkx takes a minute or two at the default size.
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

echo "graphml_bench: $nodes nodes, $edges edges" >&2
run ours_write "$bench" write "$work/ours.graphml" "$nodes" "$edges"
run boost_write "$bench" boost-write "$work/boost.graphml" "$nodes" "$edges"
run nx_write "$py" "$root/bench/graphml_bench.py" write "$work/nx.graphml" "$nodes" "$edges"
run ours_read "$bench" read "$work/ours.graphml"
run nx_read "$py" "$root/bench/graphml_bench.py" read "$work/ours.graphml"

# The three files hold the same graph: newsgraph reading networkx's file
# writes back its own file byte for byte.
same="no"
if [ -x "$cli" ] && "$cli" convert "$work/nx.graphml" "$work/nx-ours.graphml" &&
   cmp -s "$work/ours.graphml" "$work/nx-ours.graphml"; then
  same="yes"
fi
size() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.0f", b / 1048576}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1fx", a / b}'; }

cat <<EOT
| phase | wall s | CPU s | peak RSS (MB) | newsgraph is (wall / CPU) |
| --- | ---: | ---: | ---: | --- |
| newsgraph WriteGraphml | ${secs[ours_write]} | ${cpu[ours_write]} | ${mem[ours_write]} | |
| Boost write_graphml (dynamic_properties) | ${secs[boost_write]} | ${cpu[boost_write]} | ${mem[boost_write]} | $(ratio "${secs[boost_write]}" "${secs[ours_write]}") / $(ratio "${cpu[boost_write]}" "${cpu[ours_write]}") faster |
| networkx write_graphml | ${secs[nx_write]} | ${cpu[nx_write]} | ${mem[nx_write]} | $(ratio "${secs[nx_write]}" "${secs[ours_write]}") / $(ratio "${cpu[nx_write]}" "${cpu[ours_write]}") faster |
| newsgraph ReadGraphml | ${secs[ours_read]} | ${cpu[ours_read]} | ${mem[ours_read]} | |
| networkx read_graphml (our file) | ${secs[nx_read]} | ${cpu[nx_read]} | ${mem[nx_read]} | $(ratio "${secs[nx_read]}" "${secs[ours_read]}") / $(ratio "${cpu[nx_read]}" "${cpu[ours_read]}") faster |

Files: ours $(size "$work/ours.graphml") MB, Boost $(size "$work/boost.graphml") MB, networkx $(size "$work/nx.graphml") MB.
newsgraph reading networkx's file writes back its own file byte for byte: $same.
EOT
