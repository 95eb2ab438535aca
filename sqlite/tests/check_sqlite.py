#!/usr/bin/env python3
"""The SQLite extension through Debian's sqlite3 shell (ctest sqlite_extension).

    check_sqlite.py --sqlite3 sqlite3 --extension build/sqlite/econex_sqlite.so \\
                    --cli build/econex tests/corpus/seeds

Loads econex_sqlite.so into the sqlite3 shell, puts the corpus documents in a
table and checks that
  - econex_extract(body, reference_date, default_region) gives, per document,
    exactly the records of `econex extract --format jsonl` with the same
    options (count, order, every field, byte offsets);
  - the README query (constant options) gives the records of `econex extract
    --reference-date 2025-04-25 --default-region 500000`;
  - econex_quantities(body) equals `econex quantities`, econex_quantity(body)
    is its first value and econex_period(body, date) the first non-empty
    period of `econex periods`;
  - NULL, BLOB and bad input behave as documented (errors carry the status
    and byte offset).
Exits 77 (skipped) when the sqlite3 shell is not installed.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

FAILURES = []


def fail(msg):
    FAILURES.append(msg)
    print("FAIL: " + msg, file=sys.stderr)


def check(cond, msg):
    if not cond:
        fail(msg)
    return cond


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


class Shell:
    def __init__(self, sqlite3, extension, db):
        self.sqlite3 = sqlite3
        self.extension = extension
        self.db = db

    def run(self, sql, mode="json", ok=True):
        """Runs sql after loading the extension; returns (rows, stderr, rc)."""
        script = ".bail on\n.load '%s'\n.mode %s\n%s\n" % (self.extension, mode, sql)
        p = subprocess.run([self.sqlite3, "-batch", self.db], input=script.encode(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        out, err = p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")
        if ok and p.returncode != 0:
            raise RuntimeError("sqlite3 failed (%d): %s\nSQL: %s" % (p.returncode, err, sql[:500]))
        rows = []
        if mode == "json" and out.strip():
            rows = json.loads(out)
        return rows, err, p.returncode

    def query(self, sql):
        return self.run(sql)[0]


def cli_jsonl(cli, args):
    p = subprocess.run([cli] + args, stdout=subprocess.PIPE, check=True, timeout=120)
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]


def meta_of(txt):
    meta = txt[:-4] + ".meta.json"
    with open(meta, encoding="utf-8") as f:
        m = json.load(f)
    region = m.get("default_region") or {}
    if isinstance(region, dict):
        region = region.get("code") or region.get("name") or ""
    return m.get("reference_date") or "", region


def compare_records(doc, got, want, keys=None):
    if not check(len(got) == len(want), "%s: %d rows, `econex extract` gives %d"
                 % (doc, len(got), len(want))):
        return
    for i, (g, w) in enumerate(zip(got, want)):
        for k in keys or [k for k in w if k != "doc"]:
            if not check(g.get(k) == w[k], "%s record %d: %s is %r, `econex extract` gives %r"
                         % (doc, i, k, g.get(k), w[k])):
                return


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlite3", default="sqlite3")
    ap.add_argument("--extension", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("corpus")
    a = ap.parse_args()
    sqlite3 = shutil.which(a.sqlite3)
    if not sqlite3:
        print("SKIP: the sqlite3 shell is not installed (Debian: apt install sqlite3)")
        return 77
    extension = os.path.abspath(a.extension)
    docs = sorted(glob.glob(os.path.join(a.corpus, "*.txt")))
    if not docs:
        print("no documents in %s" % a.corpus, file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory(prefix="econex-sqlite-") as tmp:
        sh = Shell(sqlite3, extension, os.path.join(tmp, "corpus.db"))
        # The table of documents, read by the shell itself (readfile()).
        ddl = ["CREATE TABLE articles(id TEXT PRIMARY KEY, body TEXT, reference_date TEXT,"
               " default_region TEXT);"]
        for path in docs:
            date, region = meta_of(path)
            ddl.append("INSERT INTO articles VALUES(%s, CAST(readfile(%s) AS TEXT), %s, %s);"
                       % (sql_str(os.path.basename(path)), sql_str(os.path.abspath(path)),
                          sql_str(date), sql_str(region)))
        sh.run("\n".join(ddl), mode="list")
        version = sh.query("SELECT econex_version() AS v;")[0]["v"]
        print("loaded %s: %s" % (extension, version))
        check(version.startswith("econex "), "econex_version() is %r" % version)

        # 1. Per-document options from the meta files: every field.
        rows = sh.query(
            "SELECT a.id AS doc, r.rowid AS i, r.* FROM articles a, "
            "econex_extract(a.body, a.reference_date, a.default_region) r ORDER BY a.id, r.rowid;")
        total = 0
        for path in docs:
            name = os.path.basename(path)
            date, region = meta_of(path)
            want = cli_jsonl(a.cli, ["extract", "--format", "jsonl", "--doc-name", name,
                                     "--reference-date", date, "--default-region", region, path])
            got = [r for r in rows if r["doc"] == name]
            check([r["i"] for r in got] == list(range(len(got))), "%s: rowid is not 0..n-1" % name)
            compare_records(name, got, want)
            # value_begin/value_end are byte offsets: value_text is those bytes.
            with open(path, "rb") as f:
                data = f.read()
            for r in got:
                if data[r["value_begin"]:r["value_end"]].decode("utf-8") != r["value_text"]:
                    fail("%s: bytes [%d,%d) are not %r" % (name, r["value_begin"], r["value_end"],
                                                           r["value_text"]))
                    break
            total += len(want)
            print("%s: %d rows = `econex extract` (%s, %s)" % (name, len(got), date, region))
        check(total > 0, "no records at all")

        # 2. The README query: constant options.
        rows = sh.query("SELECT a.id, r.indicator, r.value, r.unit FROM articles a, "
                        "econex_extract(a.body, '2025-04-25', '500000') r;")
        for path in docs:
            name = os.path.basename(path)
            want = cli_jsonl(a.cli, ["extract", "--format", "jsonl", "--reference-date",
                                     "2025-04-25", "--default-region", "500000", path])
            compare_records(name + " (README query)", [r for r in rows if r["id"] == name], want,
                            keys=["indicator", "value", "unit"])
        print("README query: %d rows" % len(rows))

        # 3. The scalar helpers against `econex quantities` / `econex periods`.
        rows = sh.query("SELECT id, econex_quantities(body) AS q, econex_quantity(body) AS q1, "
                        "econex_period(body, reference_date) AS p, "
                        "json_array_length(econex_quantities(body)) AS nq FROM articles ORDER BY id;")
        for r in rows:
            path = os.path.join(a.corpus, r["id"])
            date, _ = meta_of(path)
            want_q = cli_jsonl(a.cli, ["quantities", "--format", "jsonl", path])
            got_q = json.loads(r["q"])
            check(got_q == want_q, "%s: econex_quantities() differs from `econex quantities`"
                  % r["id"])
            check(r["nq"] == len(want_q), "%s: json_array_length is %r" % (r["id"], r["nq"]))
            check(r["q1"] == (want_q[0]["value"] if want_q else None),
                  "%s: econex_quantity() is %r" % (r["id"], r["q1"]))
            want_p = [p["period"] for p in cli_jsonl(a.cli, ["periods", "--format", "jsonl",
                                                              "--reference-date", date, path])
                      if p["period"]]
            check(r["p"] == (want_p[0] if want_p else None),
                  "%s: econex_period() is %r, want %r" % (r["id"], r["p"], want_p[:1]))
        print("scalar helpers: %d documents" % len(rows))

        # 4. Small cases.
        s = "2025年一季度，重庆市地区生产总值增长6.5%，实现社零总额154亿元。"
        cases = [
            ("SELECT econex_quantity('实现社零总额154亿元') AS v;", [{"v": 15400000000.0}]),
            ("SELECT econex_quantity('没有数字') AS v;", [{"v": None}]),
            ("SELECT econex_quantity(NULL) AS v;", [{"v": None}]),
            ("SELECT econex_quantities('没有数字') AS v;", [{"v": "[]"}]),
            ("SELECT econex_quantities('增长6.5%，154亿元') ->> '$[1].unit' AS v;", [{"v": "CNY"}]),
            ("SELECT econex_period('一季度GDP增长6.5%', '2025-04-25') AS v;", [{"v": "2025-Q1"}]),
            ("SELECT econex_period('一季度GDP增长6.5%') AS v;", [{"v": "????-Q1"}]),
            ("SELECT econex_period('GDP增长6.5%', '2025-04-25') AS v;", [{"v": None}]),
            ("SELECT count(*) AS n FROM econex_extract(NULL);", [{"n": 0}]),
            ("SELECT count(*) AS n FROM econex_extract('');", [{"n": 0}]),
            ("SELECT region_code, period, indicator_id, value, unit, value_begin, value_end "
             "FROM econex_extract(%s, '2025-04-25');" % sql_str(s),
             [{"region_code": "500000", "period": "2025-Q1", "indicator_id": "gdp", "value": 6.5,
               "unit": "%", "value_begin": s.encode().index(b"6.5%"),
               "value_end": s.encode().index(b"6.5%") + 4},
              {"region_code": "500000", "period": "2025-Q1",
               "indicator_id": "retail_sales", "value": 15400000000.0, "unit": "CNY",
               "value_begin": s.encode().index(b"154"),
               "value_end": s.encode().index(b"154") + len("154亿元".encode())}]),
            # BLOB input is read as UTF-8 bytes; the hidden columns give the arguments.
            ("SELECT count(*) AS n, min(typeof(text)) AS t, min(CAST(text AS TEXT)) = %s AS same,"
             " min(reference_date) AS d, min(default_region) AS r, min(invalid_utf8) AS u"
             " FROM econex_extract(CAST(%s AS BLOB), '2025-04-25', 500000);"
             % (sql_str(s), sql_str(s)),
             [{"n": 2, "t": "blob", "same": 1, "d": "2025-04-25", "r": 500000, "u": None}]),
            # Bytes that are not UTF-8, read as U+FFFD when asked: offsets stay byte offsets.
            ("SELECT value_text, value_begin, value_end FROM econex_extract("
             "X'FF' || CAST('GDP增长6.5%' AS BLOB), NULL, NULL, 'replace');",
             [{"value_text": "6.5%", "value_begin": 10, "value_end": 14}]),
            # The WHERE form of the arguments.
            ("SELECT count(*) AS n FROM econex_extract WHERE text = %s AND default_region = '重庆市';"
             % sql_str(s), [{"n": 2}]),
            ("SELECT value_begin FROM econex_extract(%s) ORDER BY value_begin;" % sql_str(s),
             [{"value_begin": s.encode().index(b"6.5%")}, {"value_begin": s.encode().index(b"154")}]),
        ]
        for sql, want in cases:
            got = sh.query(sql)
            if check(got == want, "%s\n  gives %r\n  want  %r" % (sql, got, want)):
                print("ok: %s" % sql[:90])
        for k in ("region_code", "indicator_id"):
            got = sh.query("SELECT %s FROM econex_extract(%s, '2025-04-25');" % (k, sql_str(s)))
            print("  %s: %s" % (k, [g[k] for g in got]))

        errors = [
            ("SELECT * FROM econex_extract('一季度GDP增长6.5%', 'not-a-date');",
             "econex_extract: invalid_argument"),
            ("SELECT * FROM econex_extract('一季度GDP增长6.5%', '2025-04-25', '不存在的地方');",
             "econex_extract: invalid_argument"),
            ("SELECT * FROM econex_extract(CAST(X'41E4B8' AS TEXT));",
             "econex_extract: invalid_utf8"),
            ("SELECT econex_quantity(CAST(X'41E4B8' AS TEXT));", "econex_quantity: invalid_utf8"),
            ("SELECT econex_period('一季度', 'x');", "econex_period: invalid_argument"),
            ("SELECT * FROM econex_extract;", "econex_extract: no text given"),
            ("SELECT * FROM econex_extract('GDP增长6.5%', NULL, NULL, 'skip');",
             "econex_extract: invalid_utf8 takes 'error' or 'replace'"),
        ]
        for sql, want in errors:
            _, err, rc = sh.run(sql, ok=False)
            if check(rc != 0 and want in err, "%s\n  rc %d, stderr %r; want an error with %r"
                     % (sql, rc, err.strip(), want)):
                print("ok (error): %s -> %s" % (sql[:60], err.strip()[:120]))
        _, err, _ = sh.run("SELECT * FROM econex_extract(CAST(X'41E4B8' AS TEXT));", ok=False)
        check("byte 1" in err, "the invalid UTF-8 error gives no byte offset: %r" % err)

        # 5. Loaded twice into one connection, and into an in-memory database.
        mem = Shell(sqlite3, extension, ":memory:")
        got = mem.query(".load '%s'\nSELECT count(*) AS n FROM econex_extract(%s);"
                        % (extension, sql_str(s)))
        check(got == [{"n": 2}], "loading twice: %r" % got)

    if FAILURES:
        print("%d failure(s)" % len(FAILURES), file=sys.stderr)
        return 1
    print("sqlite_extension: all checks passed (%d records over %d documents)" % (total, len(docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
