#!/usr/bin/env bash
# CI stage: libFuzzer on each parser for a bounded time, from the seed corpora
# in tests/fuzz/corpus_* (copied: the fuzzer adds what it finds to its working
# corpus, never to the repository). A crash, leak, sanitizer report, timeout
# or out-of-memory fails the stage and leaves the input in the build dir.
# Usage: scripts/ci.d/20-fuzz.sh [SECONDS_PER_TARGET]   (default: 30, or $FUZZ_SECONDS)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-${FUZZ_SECONDS:-30}}
jobs=$(nproc 2>/dev/null || echo 2)

if ! command -v clang++ >/dev/null; then
  echo "20-fuzz: clang++ not found (Debian package clang)" >&2
  exit 1
fi
# 10-sanitizers.sh leaves a clang ASan/UBSan build instrumented for libFuzzer
# in build-asan: reuse its library. Alone, configure build-fuzz.
if grep -q '^NEWSGRAPH_BUILD_FUZZERS:BOOL=ON' "$root/build-asan/CMakeCache.txt" 2>/dev/null; then
  build=$root/build-asan
else
  build=$root/build-fuzz
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link -g -O1" -DNEWSGRAPH_SANITIZE=ON \
    -DNEWSGRAPH_BUILD_FUZZERS=ON -DNEWSGRAPH_BUILD_TESTS=OFF -DNEWSGRAPH_BUILD_BENCH=OFF >/dev/null
fi

targets=()
for src in "$root"/tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp)"); done
echo "== fuzz: building ${targets[*]}"
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for t in "${targets[@]}"; do
  seeds=$root/tests/fuzz/corpus_${t#fuzz_}
  work=$build/work/$t
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  [ -d "$seeds" ] && cp "$seeds"/* "$work/corpus/" 2>/dev/null || true
  echo "== fuzz: $t for ${seconds}s"
  if (cd "$work" && "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
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
