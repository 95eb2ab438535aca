#!/usr/bin/env python3
"""Runs `econex extract` over a gold corpus folder and fails below F1 thresholds.

usage: check_extract.py ECONEX CORPUS_DIR [--min-record-f1 X] [--min-value-f1 Y]

Each NAME.txt is run exactly as RECORDS.md section 6 says, with the reference
date and default region of NAME.meta.json; the records are scored with the
project's copy of score.py (tools/score.py). Also checks that every record's
value_text is the input's bytes at [value_begin, value_end) and that records
come in order of value_begin.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "..", "tools", "score.py")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("econex")
    ap.add_argument("corpus")
    ap.add_argument("--min-record-f1", type=float, default=0.0)
    ap.add_argument("--min-value-f1", type=float, default=0.0)
    a = ap.parse_args()
    problems = []
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
        for fn in sorted(os.listdir(a.corpus)):
            if not fn.endswith(".txt"):
                continue
            name = fn[:-4]
            meta = json.load(open(os.path.join(a.corpus, name + ".meta.json"), encoding="utf-8"))
            region = meta["default_region"].get("code") or meta["default_region"]["name"]
            path = os.path.join(a.corpus, fn)
            res = subprocess.run([a.econex, "extract", "--format", "jsonl", "--doc-name", name,
                                  "--reference-date", meta["reference_date"],
                                  "--default-region", region, path],
                                 capture_output=True)
            if res.returncode != 0:
                problems.append(f"{name}: exit {res.returncode}: {res.stderr.decode()}")
                continue
            data = open(path, "rb").read()
            last = -1
            for line in res.stdout.decode("utf-8").splitlines():
                r = json.loads(line)
                b, e = r["value_begin"], r["value_end"]
                if data[b:e].decode("utf-8") != r["value_text"]:
                    problems.append(f"{name}: value_text {r['value_text']!r} != bytes [{b},{e})")
                if b < last:
                    problems.append(f"{name}: records out of order at {b}")
                last = b
                out.write(line + "\n")
        pred = out.name
    res = subprocess.run([sys.executable, SCORE, a.corpus, pred, "--json"], capture_output=True,
                         text=True)
    if res.returncode != 0:
        print(res.stdout, res.stderr)
        return 1
    result = json.loads(res.stdout)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    rec, val = result["record"]["f1"], result["value"]["f1"]
    if rec < a.min_record_f1:
        problems.append(f"record F1 {rec} < {a.min_record_f1}")
    if val < a.min_value_f1:
        problems.append(f"value F1 {val} < {a.min_value_f1}")
    for p in problems:
        print("FAIL:", p)
    os.unlink(pred)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
