#!/usr/bin/env bash
# CI stage: libFuzzer on each parser for a bounded time, from the seed corpora
# in tests/fuzz/corpus_* (copied: the fuzzer adds what it finds to its working
# corpus, never to the repository), with the target's dictionary
# (tests/fuzz/TARGET.dict). A crash, leak, sanitizer report, timeout or
# out-of-memory fails the stage and leaves the input in the build dir.
# Long runs that keep what they find: scripts/fuzz-long.sh.
# Usage: scripts/ci.d/20-fuzz.sh [SECONDS_PER_TARGET]   (default: 30, or $FUZZ_SECONDS)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-${FUZZ_SECONDS:-30}}
# shellcheck source=../fuzz-lib.sh
. "$root/scripts/fuzz-lib.sh"

mapfile -t targets < <(fuzz_targets "$root")
echo "== fuzz: building ${targets[*]}"
fuzz_build "$root"
build=$fuzz_build_dir

status=0
for t in "${targets[@]}"; do
  seeds=$root/tests/fuzz/corpus_${t#fuzz_}
  work=$build/work/$t
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  [ -d "$seeds" ] && cp "$seeds"/* "$work/corpus/" 2>/dev/null || true
  mapfile -t flags < <(fuzz_flags "$root" "$t")
  echo "== fuzz: $t for ${seconds}s"
  if (cd "$work" && "$build/tests/fuzz/$t" -max_total_time="$seconds" "${flags[@]}" \
        -artifact_prefix="$work/artifacts/" corpus >"$work/log.txt" 2>&1); then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || true)
    echo "   ok: ${runs:-?} executions, corpus $(ls "$work/corpus" | wc -l) inputs"
  else
    echo "   FAILED: $t (log: $work/log.txt, inputs: $work/artifacts/)" >&2
    grep -E 'ERROR|SUMMARY|runtime error|==[0-9]+==' "$work/log.txt" | head -20 >&2 || true
    tail -30 "$work/log.txt" >&2
    status=1
  fi
done
exit $status
