#!/usr/bin/env bash
# Fuzzing (issue #6): builds the fuzz targets (fuzz/) with clang, libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer in their own build directory
# (build-fuzz) and runs each for a bounded time, FUZZ_SECONDS (default 60),
# from its seed corpus (fuzz/corpus/<target>) and the words of fuzz/econex.dict.
# Fails on any finding: a crash, an invariant, a sanitizer report, a leak, an
# input slower than FUZZ_TIMEOUT seconds (default 20) or over 2.5 GB.
#
# New inputs go to build-fuzz/corpus/<target> (kept between runs, not in git);
# a finding is written to build-fuzz/artifacts/<target>/. Once fixed, copy it
# to fuzz/corpus/<target>/ (as regression-<what>) so that the replay test of
# every build runs it.
#
# Usage: scripts/fuzz.sh [TARGET...]   (default: capi quantities periods text)
# Env:   FUZZ_SECONDS, FUZZ_TIMEOUT, ECONEX_FUZZ_BUILD_DIR (default build-fuzz)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
bash scripts/setup.sh

seconds=${FUZZ_SECONDS:-60}
timeout=${FUZZ_TIMEOUT:-20}
build=${ECONEX_FUZZ_BUILD_DIR:-build-fuzz}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(capi quantities periods text)

cc=$(command -v clang || command -v clang-14 || true)
cxx=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z $cc || -z $cxx ]]; then
  echo "fuzz.sh: clang is needed (scripts/setup.sh installs it)" >&2
  exit 1
fi
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link $san" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link $san" \
  -DCMAKE_EXE_LINKER_FLAGS="$san" -DCMAKE_SHARED_LINKER_FLAGS="$san" \
  -DECONEX_FUZZ_LIBFUZZER=ON -DECONEX_BUILD_FUZZ=ON -DECONEX_BUILD_TESTS=OFF \
  -DECONEX_BUILD_BENCH=OFF -DECONEX_BUILD_EXAMPLES=OFF -DECONEX_INSTALL=OFF > /dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
export ASAN_SYMBOLIZER_PATH=$symbolizer
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
failed=()
passed=0
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  echo "== fuzz_$t: ${seconds}s"
  start=$(date +%s)
  if "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2560 \
       -max_len=4096 -dict=fuzz/econex.dict -artifact_prefix="$artifacts/" \
       -print_final_stats=1 "$work" "fuzz/corpus/$t" > "$build/fuzz_$t.log" 2>&1; then
    passed=$((passed + 1))
  else
    failed+=("$t")
    tail -n 60 "$build/fuzz_$t.log" >&2
    echo "fuzz_$t: FINDING (log $build/fuzz_$t.log, input in $artifacts/)" >&2
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz_$t.log" | tr '\n' ' ' || true
  echo "corpus $(find "$work" -type f | wc -l) inputs, $(( $(date +%s) - start ))s"
done
echo "fuzz: ${passed} passed, ${#failed[@]} failed"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
