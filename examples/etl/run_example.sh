#!/bin/sh
# Runs the ETL example on the sample text: turns examples/data/communique.txt
# into JSON Lines of two documents (the whole text, id "communique"; its first
# three paragraphs, id 2, written with \u escapes) and checks the CSV it writes.
#   run_example.sh ETL_BINARY PYTHON
set -eu
etl=$1
python=$2
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$python" - "$here/data/communique.txt" > "$tmp/docs.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"id": "communique", "source": "example", "text": text}))
print(json.dumps({"id": 2, "text": "\n\n".join(text.split("\n\n")[:3])}, ensure_ascii=True))
PY
sh "$here/check_output.sh" 4 \
  '^doc,region,region_code,period,indicator,indicator_id,measure,basis,value,unit,qualifier,status,value_text,value_begin,value_end$' \
  '^communique,宜昌市,420500,[0-9-]+,地区生产总值,gdp,' \
  '^2,宜昌市,420500,' \
  -- "$etl" --reference-date 2025-03-20 --default-region 420500 "$tmp/docs.jsonl"
