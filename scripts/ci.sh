#!/usr/bin/env bash
# The whole CI, in order: build and test (scripts/test.sh), the test suite
# under ASan+UBSan and TSan (scripts/sanitizers.sh), then fuzzing
# (scripts/fuzz.sh, FUZZ_SECONDS per target). Stops at the first stage that
# fails; prints how long each stage took.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
# ccache (used by CMakeLists.txt when installed) shares objects between clones
# in other directories, as CI's fresh clones are: paths relative to here, the
# directory left out of the hash.
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1

timings=()
stage() {
  local name=$1
  shift
  local start
  start=$(date +%s)
  echo "==== ci: $name"
  if "$@"; then
    timings+=("$name $(( $(date +%s) - start ))s")
    echo "==== ci: $name passed in $(( $(date +%s) - start ))s"
  else
    local rc=$?
    echo "==== ci: $name FAILED (exit $rc) after $(( $(date +%s) - start ))s" >&2
    exit "$rc"
  fi
}

stage test bash scripts/test.sh
stage sanitizers bash scripts/sanitizers.sh
stage fuzz bash scripts/fuzz.sh
echo "==== ci: stage times: ${timings[*]}"
