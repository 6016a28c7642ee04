#!/usr/bin/env bash
# Times `newsgraph diff` on two GraphML files of EDGES edges (default 1M) that
# differ in ~3% of their facts, and a networkx diff of the same files
# (bench/diff_bench.py), in the same run; prints the ratio.
#   bench/diff_bench.sh [BUILD_DIR] [EDGES]
# BUILD_DIR must hold a Release build of newsgraph and bench/diff_bench.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
edges=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== generating two graphs of $edges edges (bench/diff_bench.cpp)"
"$build/bench/diff_bench" --edges "$edges" --out "$work" --schemas "$root/schemas"
ls -l "$work"/*.graphml | awk '{print $5, $9}'

measure() {  # measure NAME CMD...: prints wall seconds and peak memory, output to $work/NAME.out
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  local rc=0
  /usr/bin/time -f "%M" -o "$work/$name.mem" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  end=$(date +%s.%N)
  # newsgraph diff exits 1 when the files differ, as they do here; 2 is trouble.
  if [ "$rc" -gt 1 ]; then
    echo "$name failed (exit $rc): $(head -c 500 "$work/$name.err")" >&2
    exit 1
  fi
  python3 -c "print($end - $start)" >"$work/$name.sec"
  printf '%-28s %8.2f s  %8d MB peak\n' "$name" "$(cat "$work/$name.sec")" \
    $(( $(tail -1 "$work/$name.mem") / 1024 ))
}

echo "== newsgraph diff (read both GraphML files, diff, report)"
measure "newsgraph diff --stat" "$build/newsgraph" diff "$work/old.graphml" "$work/new.graphml" --stat
tail -1 "$work/newsgraph diff --stat.out"
measure "newsgraph diff (text)" "$build/newsgraph" diff "$work/old.graphml" "$work/new.graphml"
echo "   $(wc -l <"$work/newsgraph diff (text).out") lines of text report"
echo "== networkx (read both GraphML files, compare edge sets)"
measure "networkx diff" /usr/bin/python3 "$root/bench/diff_bench.py" "$work/old.graphml" "$work/new.graphml"
cat "$work/networkx diff.out"
printf 'ratio networkx / newsgraph diff --stat: %.1fx\n' \
  "$(python3 -c "print($(cat "$work/networkx diff.sec") / $(cat "$work/newsgraph diff --stat.sec"))")"
