#!/bin/sh
# Fails when libeconex.so exports any dynamic symbol that is not econex_*
# (RE2, ICU, Boost, libstdc++ or C++ API symbols leaking out).
# usage: check_exports.sh path/to/libeconex.so
set -eu
lib=$1
syms=$(nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }')
if [ -z "$syms" ]; then
  echo "check_exports: $lib exports nothing" >&2
  exit 1
fi
bad=$(printf '%s\n' "$syms" | grep -v '^econex_' || true)
count=$(printf '%s\n' "$syms" | wc -l)
if [ -n "$bad" ]; then
  echo "check_exports: $lib exports symbols outside econex_*:" >&2
  printf '%s\n' "$bad" | head -50 >&2
  exit 1
fi
for required in econex_extractor_new econex_extract econex_result_get econex_free \
                econex_version_number econex_status_str; do
  printf '%s\n' "$syms" | grep -qx "$required" || {
    echo "check_exports: $required is not exported" >&2; exit 1; }
done
echo "check_exports: $count symbols, all econex_*"
