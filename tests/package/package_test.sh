#!/bin/sh
# The installed package, tested as its users will use it.
#   package_test.sh BUILD_DIR SOURCE_DIR PYTHON [CC] [CMAKE]
#
# 1. cmake --install BUILD_DIR into a temporary prefix; check the file list.
# 2. Compile tests/package/records.c (-std=c99 -Wall -Wextra -Wpedantic
#    -Werror) against the installed header only, and link it twice:
#    pkg-config --libs econex (libeconex.so.1) and pkg-config --static --libs
#    econex (a fully static binary).
# 3. Build tests/package/consumer with find_package(econex): econex::econex
#    (C, shared) and econex::econex_static (C++ API, static).
# 4. On every document of the sample corpus (tests/corpus/seeds/*.txt, with
#    reference_date and default_region from its .meta.json), the installed
#    `econex extract` and all of the above, and the Python binding over the
#    installed library, must write the same JSON Lines.
set -eu
build=$1
src=$2
python=$3
cc=${4:-cc}
cmake=${5:-cmake}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/econex-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
fail() { echo "package_test: FAIL: $*" >&2; exit 1; }
step() { echo "package_test: $*"; }

command -v pkg-config >/dev/null 2>&1 || { echo "package_test: SKIPPED: no pkg-config" >&2; exit 77; }

# 1. Install. ----------------------------------------------------------------
step "installing into $prefix"
"$cmake" --install "$build" --prefix "$prefix" > "$tmp/install.log" || {
  cat "$tmp/install.log" >&2; fail "cmake --install failed"; }
pc=$(find "$prefix" -name econex.pc | head -1)
[ -n "$pc" ] || fail "econex.pc not installed"
config=$(find "$prefix" -name econexConfig.cmake | head -1)
[ -n "$config" ] || fail "econexConfig.cmake not installed"
[ -f "$(dirname "$config")/econexConfigVersion.cmake" ] || fail "econexConfigVersion.cmake not installed"
for h in econex.h econex.hpp version.h; do
  [ -f "$prefix/include/econex/$h" ] || fail "include/econex/$h not installed"
done
[ -x "$prefix/bin/econex" ] || fail "bin/econex not installed"
export PKG_CONFIG_PATH="$(dirname "$pc")"
libdir=$(pkg-config --variable=libdir econex)
libdir=$(cd "$libdir" && pwd)
[ -f "$libdir/libeconex.a" ] || fail "libeconex.a not installed in $libdir"
[ -f "$libdir/libeconex.so.1" ] || fail "libeconex.so.1 not installed in $libdir"
soname=$(readelf -d "$libdir/libeconex.so.1" | sed -n 's/.*SONAME.*\[\(.*\)\].*/\1/p')
[ "$soname" = "libeconex.so.1" ] || fail "SONAME is '$soname', not libeconex.so.1"
[ "$(pkg-config --modversion econex)" = "$(sed -n 's/^#define ECONEX_VERSION_STRING "\(.*\)"/\1/p' "$src/include/econex/version.h")" ] ||
  fail "econex.pc has version $(pkg-config --modversion econex)"
step "installed: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"

# 2. pkg-config, both ways. The source tree is not on the include path: only
#    the installed header is.
flags="-std=c99 -Wall -Wextra -Wpedantic -Werror"
step "cc $flags \$(pkg-config --cflags econex) records.c \$(pkg-config --libs econex)"
# shellcheck disable=SC2046
"$cc" $flags $(pkg-config --cflags econex) "$src/tests/package/records.c" -o "$tmp/records_shared" \
  $(pkg-config --libs econex) "-Wl,-rpath,$libdir" || fail "dynamic link failed"
ldd "$tmp/records_shared" | grep -q "$libdir/libeconex.so.1" ||
  fail "records_shared does not load the installed libeconex.so.1: $(ldd "$tmp/records_shared")"
step "cc $flags -static \$(pkg-config --cflags econex) records.c \$(pkg-config --static --libs econex)"
step "  pkg-config --static --libs econex: $(pkg-config --static --libs econex)"
# shellcheck disable=SC2046
"$cc" $flags -static $(pkg-config --cflags econex) "$src/tests/package/records.c" \
  -o "$tmp/records_static" $(pkg-config --static --libs econex) 2> "$tmp/static.log" || {
  cat "$tmp/static.log" >&2; fail "static link failed"; }
if readelf -d "$tmp/records_static" 2>/dev/null | grep -q NEEDED; then
  fail "records_static is not a static binary"
fi

# 3. find_package(econex). ---------------------------------------------------
step "building tests/package/consumer with find_package(econex)"
"$cmake" -S "$src/tests/package/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER="$cc" > "$tmp/consumer.log" 2>&1 || {
  cat "$tmp/consumer.log" >&2; fail "consumer: configure failed"; }
"$cmake" --build "$tmp/consumer" -j2 >> "$tmp/consumer.log" 2>&1 || {
  cat "$tmp/consumer.log" >&2; fail "consumer: build failed"; }
ldd "$tmp/consumer/consumer_shared" | grep -q "$libdir/libeconex.so.1" ||
  fail "consumer_shared does not load the installed libeconex.so.1"
if ldd "$tmp/consumer/consumer_static" | grep -q libeconex; then
  fail "consumer_static loads libeconex.so; it should be linked with libeconex.a"
fi

# 4. Same records everywhere. ------------------------------------------------
export ECONEX_LIBRARY="$libdir/libeconex.so.1"
export PYTHONPATH="$src/python"
export PYTHONDONTWRITEBYTECODE=1
docs=0
total=0
for txt in "$src"/tests/corpus/seeds/*.txt; do
  name=$(basename "$txt" .txt)
  meta="${txt%.txt}.meta.json"
  set -- $("$python" -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["reference_date"], m["default_region"]["code"])' "$meta")
  date=$1
  region=$2
  "$prefix/bin/econex" extract --format jsonl --doc-name "$name" --reference-date "$date" \
    --default-region "$region" "$txt" > "$tmp/cli.jsonl" || fail "$name: econex extract failed"
  for prog in records_shared records_static consumer/consumer_shared consumer/consumer_static; do
    "$tmp/$prog" "$date" "$region" "$name" "$txt" > "$tmp/out.jsonl" || fail "$name: $prog failed"
    cmp -s "$tmp/cli.jsonl" "$tmp/out.jsonl" || {
      diff "$tmp/cli.jsonl" "$tmp/out.jsonl" | head -10 >&2
      fail "$name: $prog differs from econex extract"; }
  done
  "$python" - "$txt" "$date" "$region" "$name" > "$tmp/py.jsonl" <<'PY' || fail "$name: Python binding failed"
import json, sys
import econex
path, date, region, name = sys.argv[1:]
text = open(path, encoding="utf-8").read()
with econex.Extractor() as x:
    records = x.extract(text, reference_date=date, default_region=region)
    jsonl = x.extract_jsonl(text, reference_date=date, default_region=region, doc_name=name)
lines = jsonl.splitlines()
assert len(lines) == len(records), (len(lines), len(records))
for line, r in zip(lines, records):
    assert json.loads(line) == r.to_dict(name), line
    assert text[r.start:r.stop] == r.value_text
assert econex.library_path == __import__("os").environ["ECONEX_LIBRARY"]
sys.stdout.write(jsonl)
PY
  cmp -s "$tmp/cli.jsonl" "$tmp/py.jsonl" || {
    diff "$tmp/cli.jsonl" "$tmp/py.jsonl" | head -10 >&2
    fail "$name: the Python binding differs from econex extract"; }
  n=$(wc -l < "$tmp/cli.jsonl")
  step "$name: $n records, identical from the CLI, pkg-config shared/static, find_package shared/static, Python"
  docs=$((docs + 1))
  total=$((total + n))
done
[ "$docs" -gt 0 ] || fail "no documents in $src/tests/corpus/seeds"
[ "$total" -gt 0 ] || fail "no records at all from $docs documents"
step "OK: $docs documents, $total records"
