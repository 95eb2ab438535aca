#!/usr/bin/env bash
# The C API test with everything (core, C API, test) built with
# AddressSanitizer and LeakSanitizer: no memory error, no leak.
#
#   scripts/asan-capi.sh [BUILD_DIR]     (default: build-asan)
#
# ctest runs a lighter variant on every build (capi_test_asan: the C API layer
# and the test instrumented, the core linked as built; LeakSanitizer sees every
# allocation either way). This script instruments the core too. About a
# minute on two cores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-asan}
jobs=${ECONEX_JOBS:-2}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECONEX_SANITIZE=address \
      -DECONEX_BUILD_TESTS=ON -DECONEX_BUILD_BENCH=OFF -DECONEX_BUILD_FUZZ=OFF \
      -DECONEX_BUILD_EXAMPLES=OFF -DECONEX_INSTALL=OFF >/dev/null
cmake --build "$build" -j"$jobs" --target capi_test capi_test_static
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=report_objects=1
"$build/tests/capi/capi_test"
"$build/tests/capi/capi_test_static"
echo "asan-capi: capi_test and capi_test_static clean under AddressSanitizer/LeakSanitizer"
