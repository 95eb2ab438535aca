#!/usr/bin/env python3
"""Checks that `econex quantities` finds the value of every gold record.

usage: check_quantities.py ECONEX CORPUS_DIR

For each gold record (located as score.py locates it: anchor + value_text in
the text with whitespace removed), some quantity must have exactly that byte
span, the gold value (for level/growth/share records, up to the sign of a fall)
and the gold unit.
"""
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import score  # noqa: E402


def main():
    econex, corpus = sys.argv[1], sys.argv[2]
    docs, problems = score.load_gold(corpus)
    if problems:
        print("\n".join(problems))
        return 1
    failures, total = [], 0
    for name, d in sorted(docs.items()):
        res = subprocess.run([econex, "quantities", "--format", "jsonl",
                              os.path.join(corpus, name + ".txt")], capture_output=True)
        if res.returncode != 0:
            failures.append(f"{name}: exit {res.returncode}")
            continue
        qs = [json.loads(l) for l in res.stdout.decode("utf-8").splitlines()]
        by_span = {(q["value_begin"], q["value_end"]): q for q in qs}
        for g in d["gold"]:
            total += 1
            q = by_span.get(tuple(g["_span"]))
            if q is None:
                failures.append(f"{name} {g['_where']}: no quantity at {g['_span']} "
                                f"({g['value_text']})")
                continue
            if not math.isclose(abs(q["value"]), abs(g["value"]), rel_tol=1e-9):
                failures.append(f"{name} {g['_where']}: value {q['value']} != {g['value']}")
            if q["unit"] != g["unit"]:
                failures.append(f"{name} {g['_where']}: unit {q['unit']!r} != {g['unit']!r}")
    for f in failures:
        print("FAIL:", f)
    print(f"{total - len(failures)} of {total} gold values found with value and unit")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
