#!/usr/bin/env bash
# econex extract on input that is not UTF-8: exit 1 and a message on stderr
# with the file name and the byte offset of the first bad byte (also for
# standard input, and for a file read in chunks); --invalid-utf8 replace reads
# on and exits 0.
# Usage: cli_invalid_utf8.sh path/to/econex
set -u
econex=${1:?usage: cli_invalid_utf8.sh ECONEX}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=check.sh
source "$(dirname "$0")/check.sh"

# 增长6% <FF> 7%: the bad byte is byte 8
printf '\xe5\xa2\x9e\xe9\x95\xbf6%%\xff7%%\xe3\x80\x82' > "$tmp/bad.txt"

for cmd in extract quantities periods; do
  "$econex" "$cmd" "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [[ $rc -eq 1 ]] && ok || bad "$cmd bad.txt: exit $rc, want 1"
  grep -q 'bad.txt' "$tmp/err" && ok || bad "$cmd: no file name on stderr: $(cat "$tmp/err")"
  grep -q 'invalid_utf8' "$tmp/err" && grep -q 'byte 8' "$tmp/err" && ok ||
    bad "$cmd: no offset on stderr: $(cat "$tmp/err")"
  [[ ! -s "$tmp/out" ]] && ok || bad "$cmd: output for a failed document"
done

# standard input
"$econex" extract < "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
[[ $rc -eq 1 ]] && grep -q 'byte 8' "$tmp/err" && ok || bad "stdin: exit $rc, $(cat "$tmp/err")"

# replacement: exit 0, both values read, offsets into the original bytes
for form in "--invalid-utf8 replace" "--invalid-utf8=replace"; do
  # shellcheck disable=SC2086
  "$econex" extract $form "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [[ $rc -eq 0 ]] && ok || bad "$form: exit $rc: $(cat "$tmp/err")"
  grep -q '"value_text":"6%","value_begin":6,"value_end":8' "$tmp/out" && ok ||
    bad "$form: 6% not at [6, 8): $(cat "$tmp/out")"
  grep -q '"value_text":"7%","value_begin":9,"value_end":11' "$tmp/out" && ok ||
    bad "$form: 7% not at [9, 11): $(cat "$tmp/out")"
done
"$econex" quantities --invalid-utf8 replace < "$tmp/bad.txt" > "$tmp/out" 2>&1; rc=$?
[[ $rc -eq 0 ]] && [[ $(wc -l < "$tmp/out") -eq 2 ]] && ok || bad "quantities replace: $rc $(cat "$tmp/out")"

# every kind of bad sequence, 3 bytes into the text (after 增)
for seq in '\x80' '\xc0\xaf' '\xe0\x80\xaf' '\xf0\x80\x80\xaf' '\xed\xa0\x80' '\xf4\x90\x80\x80' \
           '\xfe' '\xff' '\xe5\xa2' '\xf0\x9f\x98'; do
  printf "\\xe5\\xa2\\x9e${seq}" > "$tmp/kind.txt"
  "$econex" extract "$tmp/kind.txt" > /dev/null 2> "$tmp/err"; rc=$?
  [[ $rc -eq 1 ]] && grep -q 'byte 3' "$tmp/err" && ok || bad "sequence $seq: exit $rc, $(cat "$tmp/err")"
  "$econex" extract --invalid-utf8 replace "$tmp/kind.txt" > /dev/null 2> "$tmp/err"; rc=$?
  [[ $rc -eq 0 ]] && ok || bad "sequence $seq with replace: exit $rc"
done

# a file larger than the chunk size: the offset is still into the whole file
python3 - "$tmp/big.txt" <<'PY'
import sys
s = ("地区生产总值增长6%。" * 400).encode()
at = 5000 - 5000 % 3 + 3 * 0  # a character boundary past the first chunk
while s[at] & 0xC0 == 0x80:
    at += 1
open(sys.argv[1], "wb").write(s[:at] + b"\xff" + s[at:])
open(sys.argv[1] + ".at", "w").write(str(at))
PY
at=$(cat "$tmp/big.txt.at")
for flags in "" "--chunk-size 1024" "--chunk-size 1024 -j 2"; do
  # shellcheck disable=SC2086
  "$econex" extract $flags "$tmp/big.txt" > /dev/null 2> "$tmp/err"; rc=$?
  [[ $rc -eq 1 ]] && grep -q "byte $at\\b" "$tmp/err" && ok ||
    bad "big file ($flags): exit $rc, want byte $at: $(cat "$tmp/err")"
done

finish cli_invalid_utf8
