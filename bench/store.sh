#!/usr/bin/env bash
# The store's figures for bench/store.md (see bench/store_bench.py): add of N
# generated articles against extract of the same files to GraphML, and -j 2
# against -j 1, on two corpora, interleaved and repeated, ratios taken within
# each repetition; wall and CPU (user + sys) times, load averages, the writer
# thread's share of add -j 2, same-bytes checks.
# Usage: bash bench/store.sh [NEWSGRAPH] [N] [WORK] [REPEATS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$root/build/newsgraph}")
n=${2:-10000}
work=${3:-/tmp/newsgraph-store-bench}
repeats=${4:-3}
rm -rf "$work"
exec /usr/bin/python3 "$root/bench/store_bench.py" "$bin" "$root" "$work" "$n" "$repeats"
