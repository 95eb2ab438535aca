#!/bin/sh
# The ABI of libeconex.so against the recorded baseline, with libabigail.
#
#   scripts/abi-check.sh record LIB   write abi/libeconex.so.<ABI>.abi from LIB (abidw)
#   scripts/abi-check.sh check  LIB   compare LIB with that baseline (abidiff)
#
# LIB is the built libeconex.so (build/capi/libeconex.so.1). The type
# information comes from the debug info of capi/econex_c.cpp (always compiled
# with -g); only types declared in the public header econex.h are kept.
#
# check exits 0 when the ABI is unchanged or only gained functions, 1 on any
# other change (a struct that grew at the end included: that one is allowed by
# the C API's rules, but re-record the baseline with `record` so the change is
# reviewed in abi/*.abi's diff) or an error, and 77
# (ctest: skipped) when abidiff is not installed (apt-get install
# abigail-tools, or scripts/setup.sh).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-}
lib=${2:-}
if [ -z "$mode" ] || [ -z "$lib" ]; then
  echo "usage: $0 record|check path/to/libeconex.so" >&2
  exit 2
fi
abi=$(sed -n 's/^#define ECONEX_ABI_VERSION \([0-9][0-9]*\).*/\1/p' "$here/include/econex/version.h")
baseline="$here/abi/libeconex.so.$abi.abi"

# The public header as the build compiled it (build/capi/include/econex/econex.h)
# and as it is in the source tree: declarations in either are public.
libdir=$(cd "$(dirname "$lib")" && pwd)
headers="$libdir/include/econex"
[ -d "$headers" ] || headers="$here/capi"

case "$mode" in
  record)
    if ! command -v abidw >/dev/null 2>&1; then
      echo "abi-check: abidw not found; install abigail-tools (scripts/setup.sh)" >&2
      exit 1
    fi
    mkdir -p "$here/abi"
    abidw --headers-dir "$headers" --drop-private-types --exported-interfaces-only \
          --no-corpus-path --no-comp-dir-path --short-locs --type-id-style hash \
          --out-file "$baseline" "$lib"
    echo "abi-check: recorded $baseline"
    ;;
  check)
    if ! command -v abidiff >/dev/null 2>&1; then
      echo "abi-check: SKIPPED: abidiff not found; install abigail-tools (scripts/setup.sh) to check the ABI" >&2
      exit 77
    fi
    if [ ! -f "$baseline" ]; then
      echo "abi-check: no baseline $baseline; record one with: $0 record $lib" >&2
      exit 1
    fi
    set +e
    abidiff --headers-dir2 "$headers" --drop-private-types --exported-interfaces-only \
            --no-added-syms "$baseline" "$lib" > "${TMPDIR:-/tmp}/econex-abidiff.$$" 2>&1
    rc=$?
    set -e
    report=$(cat "${TMPDIR:-/tmp}/econex-abidiff.$$")
    rm -f "${TMPDIR:-/tmp}/econex-abidiff.$$"
    # abidiff's exit status is a bit field: 1 error, 2 usage error,
    # 4 ABI change, 8 incompatible ABI change.
    if [ $((rc & 3)) -ne 0 ]; then
      printf '%s\n' "$report" >&2
      echo "abi-check: abidiff failed (status $rc)" >&2
      exit 1
    fi
    if [ $((rc & 12)) -ne 0 ]; then
      printf '%s\n' "$report" >&2
      echo "abi-check: ABI CHANGE against $baseline (abidiff status $rc)." >&2
      echo "  New functions pass. Fields appended at the end of a struct that begins with" >&2
      echo "  struct_size are compatible: check the report says only that, then re-record the" >&2
      echo "  baseline ($0 record LIB). Anything else breaks callers: restore it (add a _v2" >&2
      echo "  function instead), or bump ECONEX_ABI_VERSION in include/econex/version.h and" >&2
      echo "  record a new baseline." >&2
      exit 1
    fi
    echo "abi-check: no ABI change against $baseline (added functions are allowed)"
    ;;
  *)
    echo "usage: $0 record|check path/to/libeconex.so" >&2
    exit 2
    ;;
esac
