# Shared by scripts/ci.d/20-fuzz.sh and scripts/fuzz-long.sh (sourced, not run):
# where the fuzzers are built and the flags every run uses.
#   fuzz_build ROOT       sets $fuzz_build_dir, configures it if needed and builds the targets
#   fuzz_targets ROOT     the fuzz target names (tests/fuzz/fuzz_*.cpp)
#   fuzz_flags ROOT T     the libFuzzer flags for target T: its dictionary, -max_len, limits
# -max_len: 256 KiB lets through 10x the XML depth limit (256 levels, ~8 KB), 10x the HTML
# one (2048 elements, ~100 KB) and sentences of thousands of words; libFuzzer still starts
# short and grows inputs (-len_control).
fuzz_max_len=262144

fuzz_targets() {
  local src
  for src in "$1"/tests/fuzz/fuzz_*.cpp; do basename "$src" .cpp; done
}

fuzz_build() {
  local root=$1 jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ not found (Debian package clang)" >&2
    return 1
  fi
  # 10-sanitizers.sh leaves a clang ASan/UBSan build instrumented for libFuzzer
  # in build-asan: reuse its library. Alone, configure build-fuzz.
  if grep -q '^NEWSGRAPH_BUILD_FUZZERS:BOOL=ON' "$root/build-asan/CMakeCache.txt" 2>/dev/null; then
    fuzz_build_dir=$root/build-asan
  else
    fuzz_build_dir=$root/build-fuzz
    CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz_build_dir" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link -g -O1" -DNEWSGRAPH_SANITIZE=ON \
      -DNEWSGRAPH_BUILD_FUZZERS=ON -DNEWSGRAPH_BUILD_TESTS=OFF -DNEWSGRAPH_BUILD_BENCH=OFF >/dev/null
  fi
  # shellcheck disable=SC2046
  cmake --build "$fuzz_build_dir" -j"$jobs" --target $(fuzz_targets "$root")
}

fuzz_flags() {
  local root=$1 t=$2
  printf '%s\n' -timeout=10 -rss_limit_mb=2048 -max_len=$fuzz_max_len -print_final_stats=1
  [ -f "$root/tests/fuzz/$t.dict" ] && printf '%s\n' "-dict=$root/tests/fuzz/$t.dict"
  return 0
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
