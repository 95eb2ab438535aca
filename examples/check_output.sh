#!/bin/sh
# Runs an example and checks what it wrote: exit status 0, at least MIN_LINES
# lines on stdout, and every REGEX (extended) matching some line.
#   check_output.sh MIN_LINES [REGEX...] -- COMMAND [ARGS...]
set -eu
min=$1; shift
patterns=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  patterns="$patterns
$1"
  shift
done
[ "${1:-}" = "--" ] || { echo "usage: $0 MIN_LINES [REGEX...] -- COMMAND..." >&2; exit 2; }
shift
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! "$@" > "$out"; then
  echo "check_output: '$*' failed" >&2
  exit 1
fi
lines=$(wc -l < "$out")
echo "check_output: $lines lines from $1"
head -5 "$out"
if [ "$lines" -lt "$min" ]; then
  echo "check_output: expected at least $min lines" >&2
  exit 1
fi
printf '%s\n' "$patterns" | while IFS= read -r p; do
  [ -z "$p" ] && continue
  if ! grep -Eq -- "$p" "$out"; then
    echo "check_output: no line matches '$p'" >&2
    exit 1
  fi
done
