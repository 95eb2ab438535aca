#!/usr/bin/env python3
"""Checks the streaming CLI (issue #5) on small inputs.

usage: check_streaming.py ECONEX CORPUS_DIR...

1. `-j 2` writes exactly the bytes `-j 1` writes: several plain-text files,
   JSON Lines of documents, and one plain-text file cut into many chunks;
   for extract, quantities and periods.
2. A plain-text file that fits one chunk gives the same records as the whole
   file given as one JSON Lines document.
3. When it does not fit (a small --chunk-size), every record's value_text is
   the file's bytes at [value_begin, value_end), its sentence span contains it,
   and records come in order of value_begin.
4. An unreadable file is reported and skipped (exit 1); a bad option exits 2.
"""
import json
import os
import subprocess
import sys
import tempfile


def run(econex, *args, stdin=None, expect=0):
    res = subprocess.run([econex, *args], input=stdin, capture_output=True)
    if res.returncode != expect:
        raise SystemExit(f"FAIL: econex {' '.join(args)}: exit {res.returncode} (want {expect}): "
                         f"{res.stderr.decode(errors='replace')}")
    return res.stdout, res.stderr


def main():
    econex, dirs = sys.argv[1], sys.argv[2:]
    files = sorted(os.path.join(d, f) for d in dirs for f in os.listdir(d) if f.endswith(".txt"))
    if not files:
        raise SystemExit("FAIL: no corpus files")
    problems = []
    tmp = tempfile.mkdtemp(prefix="econex-stream-")
    big = os.path.join(tmp, "all.txt")
    with open(big, "wb") as out:
        for f in files:
            out.write(open(f, "rb").read())
            out.write(b"\n\n")
    data = open(big, "rb").read()
    jsonl = os.path.join(tmp, "docs.jsonl")
    with open(jsonl, "w", encoding="utf-8") as out:
        for f in files:
            text = open(f, encoding="utf-8").read()
            out.write(json.dumps({"id": os.path.basename(f)[:-4], "text": text}, ensure_ascii=False) + "\n")
        out.write("\n")          # a blank line is skipped
        out.write("not json\n")  # a bad line is reported and skipped (exit 1)

    # 1. -j 2 == -j 1, byte for byte
    cases = [
        ("files", ["extract", *files], 0),
        ("files csv", ["extract", "--format", "csv", *files], 0),
        ("jsonl", ["extract", "--input", "jsonl", jsonl], 1),
        ("chunks", ["extract", "--chunk-size", "4096", big], 0),
        ("chunks quantities", ["quantities", "--chunk-size", "4096", big], 0),
        ("chunks periods", ["periods", "--chunk-size", "4096", big], 0),
    ]
    for name, args, code in cases:
        one, _ = run(econex, "-j", "1", *args, expect=code)
        two, _ = run(econex, "-j", "2", *args, expect=code)
        three, _ = run(econex, "--jobs=3", *args, expect=code)
        if not one:
            problems.append(f"{name}: no output")
        if one != two or one != three:
            problems.append(f"{name}: -j 2 / -j 3 output differs from -j 1")

    # 2. one chunk == the whole file as one document
    for f in files[:6]:
        name = os.path.basename(f)[:-4]
        whole = os.path.join(tmp, "one.jsonl")
        with open(whole, "w", encoding="utf-8") as out:
            out.write(json.dumps({"id": name, "text": open(f, encoding="utf-8").read()},
                                 ensure_ascii=False) + "\n")
        streamed, _ = run(econex, "extract", "--doc-name", name, f)
        single, _ = run(econex, "extract", "--input", "jsonl", whole)
        if streamed != single:
            problems.append(f"{name}: chunked (one chunk) records differ from whole-file records")
        if not streamed:
            problems.append(f"{name}: no records")

    # 3. many chunks: offsets relative to the whole file, in order
    for cmd in ("extract", "quantities", "periods"):
        out, _ = run(econex, cmd, "--chunk-size", "4096", big)
        last, n = -1, 0
        for line in out.decode("utf-8").splitlines():
            r = json.loads(line)
            n += 1
            if cmd == "extract":
                b, e, text = r["value_begin"], r["value_end"], r["value_text"]
                if not (r["sentence_begin"] <= b and e <= r["sentence_end"] <= len(data)):
                    problems.append(f"{cmd}: sentence span does not contain the value at {b}")
            elif cmd == "quantities":
                b, e, text = r["value_begin"], r["value_end"], r["value_text"]
            else:
                b, e, text = r["begin"], r["end"], r["text"]
            if data[b:e].decode("utf-8", errors="replace") != text:
                problems.append(f"{cmd}: text {text!r} != bytes [{b},{e})")
            if b < last:
                problems.append(f"{cmd}: out of order at {b}")
            last = b
        if n == 0 or last < len(data) // 2:
            problems.append(f"{cmd}: too few results with chunks ({n}, last at {last})")
    # chunks are cut at boundaries: about as many records as the whole file
    whole_n = len(run(econex, "extract", big)[0].splitlines())
    chunk_n = len(run(econex, "extract", "--chunk-size", "4096", big)[0].splitlines())
    if chunk_n < whole_n * 0.8:
        problems.append(f"chunks: {chunk_n} records, whole file {whole_n}")

    # 4. errors
    out, err = run(econex, "extract", "-j", "2", os.path.join(tmp, "missing.txt"), files[0], expect=1)
    if b"cannot read" not in err or not out:
        problems.append("a missing file is not reported, or stops the run")
    run(econex, "extract", "-j", "0", files[0], expect=2)
    run(econex, "extract", "--chunk-size", "10", files[0], expect=2)
    # stdin streams too
    out, _ = run(econex, "extract", "--doc-name", os.path.basename(files[0]), "-",
                 stdin=open(files[0], "rb").read())
    if out != run(econex, "extract", files[0])[0]:
        problems.append("stdin output differs from the file's")

    for p in problems:
        print("FAIL:", p)
    if not problems:
        print(f"streaming: {len(cases)} -j cases, chunked offsets and errors OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
