#!/usr/bin/env bash
# A long libFuzzer run of one target, at the lowest priority, that keeps what
# it finds: each crash, leak, timeout or out-of-memory input is copied into the
# target's seed corpus tests/fuzz/corpus_NAME/ as found-KIND-HASH (a regression
# seed that CI's short runs replay from then on), and the run stops there (fix,
# then run again). The working corpus persists in BUILD/work-long/TARGET, so a
# second run goes on from where the first stopped.
#
# Usage: scripts/fuzz-long.sh TARGET MINUTES     e.g. scripts/fuzz-long.sh fuzz_graphml 30
#   TARGET: fuzz_graphml, fuzz_ingest or fuzz_extract (tests/fuzz/TARGET.cpp)
#   FUZZ_NICE (default 19) is the nice level.
# Prints the executions and exec/s at the end; the log is BUILD/work-long/TARGET/log.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 2 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
target=$1
minutes=$2
[ -f "$root/tests/fuzz/$target.cpp" ] || { echo "fuzz-long: no tests/fuzz/$target.cpp" >&2; exit 2; }
# shellcheck source=fuzz-lib.sh
. "$root/scripts/fuzz-lib.sh"

fuzz_build "$root" >/dev/null
build=$fuzz_build_dir
seeds=$root/tests/fuzz/corpus_${target#fuzz_}
work=$build/work-long/$target
mkdir -p "$work/corpus" "$work/artifacts" "$seeds"
rm -f "$work/artifacts"/*
mapfile -t flags < <(fuzz_flags "$root" "$target")
echo "fuzz-long: $target for $minutes min on $(git -C "$root" rev-parse --short HEAD)" \
  "($(ls "$work/corpus" | wc -l) inputs in the working corpus)"
status=0
(cd "$work" && nice -n "${FUZZ_NICE:-19}" "$build/tests/fuzz/$target" \
   -max_total_time=$((minutes * 60)) "${flags[@]}" \
   -artifact_prefix="$work/artifacts/" corpus "$seeds" >"$work/log.txt" 2>&1) || status=$?

runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' | tail -1 || true)
rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' | tail -1 || true)
found=0
for a in "$work"/artifacts/*; do
  [ -f "$a" ] || continue
  kind=$(basename "$a" | cut -d- -f1)
  keep=$seeds/found-$kind-$(sha1sum "$a" | cut -c1-12)
  cp "$a" "$keep"
  echo "fuzz-long: FOUND ($kind): kept as ${keep#"$root"/}" >&2
  found=$((found + 1))
done
echo "fuzz-long: $target: ${runs:-?} executions (${rate:-?}/s), $found finding(s), exit $status"
if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
  grep -E 'ERROR|SUMMARY|runtime error' "$work/log.txt" | head -10 >&2 || true
  exit 1
fi
