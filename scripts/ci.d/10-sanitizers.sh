#!/usr/bin/env bash
# CI stage: the unit tests built and run under AddressSanitizer and
# UndefinedBehaviorSanitizer (any report fails the test). Lean on purpose:
# -O1, one configure, only the unit-test binaries (no CLI checks, no bench).
# With clang, the same build is instrumented for libFuzzer too, so that
# 20-fuzz.sh reuses its library instead of compiling it a third time.
# Usage: scripts/ci.d/10-sanitizers.sh [BUILD_DIR]   (default: build-asan)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-asan}
jobs=$(nproc 2>/dev/null || echo 2)

# C++17 everywhere: clang defaults to C++14, and the Catch2 main must see
# std::string_view to define its StringMaker.
config=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_CXX_STANDARD=17 -DNEWSGRAPH_SANITIZE=ON
        -DNEWSGRAPH_BUILD_TESTS=ON -DNEWSGRAPH_BUILD_BENCH=OFF)
if command -v clang++ >/dev/null; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${config[@]}" \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" -DNEWSGRAPH_BUILD_FUZZERS=ON >/dev/null
else
  cmake -S "$root" -B "$build" "${config[@]}" >/dev/null
fi

# Every unit-test target (tests/*_test.cpp), not the CLI.
targets=()
for src in "$root"/tests/*_test.cpp; do
  targets+=("$(basename "$src" .cpp)")
done
echo "== sanitizers: building ${#targets[@]} unit tests in $build"
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Graphviz (render.cpp) keeps per-process allocations: suppressed by library name.
export LSAN_OPTIONS=suppressions=$root/scripts/lsan-graphviz.supp
echo "== sanitizers: running"
(cd "$build" && ctest --output-on-failure -j"$jobs" -E '^client:')
