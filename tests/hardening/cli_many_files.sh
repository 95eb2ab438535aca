#!/usr/bin/env bash
# econex given many files goes on past one it cannot read (missing, a
# directory, unreadable) or process (not UTF-8), reports each on stderr with
# its name, and exits non-zero at the end; the output of every good file is
# complete, in order, and the same as when that file is processed alone.
# Usage: cli_many_files.sh path/to/econex
set -u
econex=${1:?usage: cli_many_files.sh ECONEX}
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
# shellcheck source=check.sh
source "$(dirname "$0")/check.sh"

cd "$tmp" || exit 1
printf '2024年全市地区生产总值6,145.21亿元，比上年增长6.1%%。\n' > a.txt
printf '一季度规模以上工业增加值增长7.5%%，固定资产投资增长4.2%%。\n' > b.txt
printf '社会消费品零售总额1200亿元，增长\xff5%%。\n' > bad.txt          # not UTF-8 at byte 46
printf '进出口总额下降2.1%%。\n' > c.txt
mkdir dir.txt
printf '城镇新增就业5万人。\n' > locked.txt
chmod 000 locked.txt
if cat locked.txt > /dev/null 2>&1; then locked=""; else locked="locked.txt"; fi  # root reads it anyway
: > empty.txt

files=(a.txt missing.txt b.txt bad.txt dir.txt c.txt empty.txt)
[[ -n $locked ]] && files+=("$locked")

for cmd in extract quantities periods; do
  for jobs in 1 2; do
    what="$cmd -j $jobs"
    "$econex" "$cmd" -j "$jobs" "${files[@]}" > out 2> err; rc=$?
    [[ $rc -ne 0 ]] && ok || bad "$what: exit 0 although files failed"
    [[ $rc -eq 1 ]] && ok || bad "$what: exit $rc, want 1"
    for f in missing.txt bad.txt dir.txt $locked; do
      grep -q "$f" err && ok || bad "$what: $f not reported on stderr: $(cat err)"
    done
    grep -q 'bad.txt.*byte 46' err && ok || bad "$what: no offset for bad.txt: $(cat err)"
    for f in a.txt b.txt c.txt empty.txt; do
      grep -q "$f" err && bad "$what: good file $f reported: $(cat err)" || ok
    done
    # the output is the good files' own outputs, in order
    : > want
    for f in a.txt b.txt c.txt empty.txt; do "$econex" "$cmd" "$f" >> want 2>/dev/null; done
    cmp -s out want && ok || { bad "$what: output differs from the files alone"; diff out want >&2; }
    [[ $cmd != extract ]] || [[ $(wc -l < want) -ge 4 ]] && ok || bad "$what: too few records"
  done
done

# CSV: one header, then the rows of every good file
"$econex" extract --format csv "${files[@]}" > out 2> err; rc=$?
[[ $rc -eq 1 ]] && ok || bad "csv: exit $rc"
[[ $(grep -c '^doc,' out) -eq 1 ]] && ok || bad "csv: header count"
for f in a.txt b.txt c.txt; do grep -q "^$f," out && ok || bad "csv: no rows of $f"; done

# the last file failing still fails the run; only good files exit 0
"$econex" extract a.txt bad.txt > out 2> err; rc=$?
[[ $rc -eq 1 ]] && grep -q '^{"doc":"a.txt"' out && ok || bad "last file bad: exit $rc"
"$econex" extract a.txt b.txt c.txt > out 2> err; rc=$?
[[ $rc -eq 0 && ! -s err ]] && ok || bad "good files: exit $rc, $(cat err)"
# replacement turns bad.txt into a good file
"$econex" extract --invalid-utf8 replace a.txt bad.txt c.txt > out 2> err; rc=$?
[[ $rc -eq 0 ]] && grep -q '"doc":"bad.txt"' out && ok || bad "replace: exit $rc, $(cat err)"

# JSON Lines input: a bad line is reported with its line number, the others are read
{
  printf '{"id":"one","text":"工业增加值增长7%%。"}\n'
  printf 'not json\n'
  printf '{"id":"three","text":"投资增长4%%。"}\n'
} > docs.jsonl
"$econex" extract --input jsonl docs.jsonl > out 2> err; rc=$?
[[ $rc -eq 1 ]] && ok || bad "jsonl: exit $rc"
grep -q 'docs.jsonl:2' err && ok || bad "jsonl: line 2 not reported: $(cat err)"
grep -q '"doc":"one"' out && grep -q '"doc":"three"' out && ok || bad "jsonl: good lines lost"

finish cli_many_files
