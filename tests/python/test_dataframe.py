"""Tests of econex.extract_many, econex.default_extractor and econex.to_dataframe
(docs/DATA_TOOLS.md), with the standard library's unittest; the data frame
tests need pandas (Debian: python3-pandas) and are skipped without it.

Run by ctest (python_dataframe) with ECONEX_LIBRARY, PYTHONPATH and ECONEX_CLI
set as for test_econex.py:

    ECONEX_LIBRARY=build/capi/libeconex.so.1 PYTHONPATH=python \\
        ECONEX_CLI=build/econex /usr/bin/python3 -m unittest -v test_dataframe
"""

import glob
import json
import os
import random
import subprocess
import sys
import threading
import time
import unittest
from unittest import mock

import econex

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "seeds", "*.txt")))
GOLDEN = sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.txt")))
DATE, REGION = "2025-04-25", "500000"
SENTENCE = "2025年一季度，重庆市地区生产总值增长6.5%，规上工业增加值增长7%。"

try:
    import pandas
except ImportError:
    pandas = None
NO_PANDAS = ("pandas is not installed for %s: the data frame tests are skipped "
             "(Debian: apt install python3-pandas)" % sys.executable)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def cli_records(path, name):
    """`econex extract --format jsonl` of one file, as dicts."""
    cli = os.environ.get("ECONEX_CLI")
    if not cli:
        raise unittest.SkipTest("ECONEX_CLI is not set")
    out = subprocess.run([cli, "extract", "--format", "jsonl", "--doc-name", name,
                          "--reference-date", DATE, "--default-region", REGION, path],
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines() if line]


class DefaultExtractorTest(unittest.TestCase):
    def test_one_per_process(self):
        a = econex.default_extractor()
        self.assertIs(a, econex.default_extractor())
        seen = []
        ts = [threading.Thread(target=lambda: seen.append(econex.default_extractor()))
              for _ in range(8)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        self.assertTrue(all(x is a for x in seen))
        self.assertEqual(len(a.extract(SENTENCE, reference_date=DATE)), 2)


class ExtractManyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.texts = [read(p) for p in SEEDS + GOLDEN]
        cls.x = econex.Extractor()
        cls.expected = [cls.x.extract(t, reference_date=DATE, default_region=REGION)
                        for t in cls.texts]

    @classmethod
    def tearDownClass(cls):
        cls.x.close()

    def test_order_kept_with_threads(self):
        # Many documents of very different lengths, so later ones finish first.
        rnd = random.Random(7)
        order = [rnd.randrange(len(self.texts)) for _ in range(120)]
        docs = [self.texts[i] for i in order]
        for workers in (1, 2, 4, 8):
            out = list(econex.extract_many(docs, reference_date=DATE, default_region=REGION,
                                           max_workers=workers))
            self.assertEqual([doc_id for doc_id, _ in out], list(range(len(docs))))
            for (doc_id, records), i in zip(out, order):
                self.assertEqual(records, self.expected[i], "document %d, %d threads"
                                 % (doc_id, workers))

    def test_equals_the_cli(self):
        names = [os.path.basename(p) for p in SEEDS]
        out = econex.extract_many(zip(names, (read(p) for p in SEEDS)),
                                  reference_date=DATE, default_region=REGION, max_workers=3)
        total = 0
        for (name, records), path in zip(out, SEEDS):
            want = cli_records(path, name)
            self.assertEqual([r.to_dict(name) for r in records], want, name)
            total += len(want)
        self.assertGreater(total, 100)

    def test_document_forms(self):
        docs = [
            SENTENCE,                                   # str: id = position
            SENTENCE.encode(),                          # bytes
            ("pair", SENTENCE),                         # (id, text)
            ["list", SENTENCE],
            {"id": "map", "text": SENTENCE},            # a JSON Lines document
            {"text": "一季度GDP增长6.5%"},               # no id: the position
            {"id": "own", "text": "一季度GDP增长6.5%", "reference_date": "2024-05-01",
             "default_region": "420500"},                # per-document options
        ]
        out = list(econex.extract_many(docs, reference_date=DATE, default_region=REGION,
                                       max_workers=2))
        self.assertEqual([i for i, _ in out], [0, 1, "pair", "list", "map", 5, "own"])
        for _, rs in out[:5]:
            self.assertEqual(rs, out[0][1])
        self.assertEqual((out[5][1][0].period, out[5][1][0].region_code), ("2025-Q1", "500000"))
        self.assertEqual((out[6][1][0].period, out[6][1][0].region_code), ("2024-Q1", "420500"))
        with self.assertRaises(TypeError):
            list(econex.extract_many([42]))
        with self.assertRaises(TypeError):
            list(econex.extract_many([{"id": 1}]))

    def test_lazy_input_and_bounded_window(self):
        pulled = []

        def gen():
            for i in range(1000):
                pulled.append(i)
                yield SENTENCE

        it = econex.extract_many(gen(), reference_date=DATE, max_workers=2)
        first = next(it)
        self.assertEqual(first[0], 0)
        self.assertLessEqual(len(pulled), 4 * 2 + 1)  # not the whole input
        it.close()  # abandoning it cancels the rest and waits for the threads
        self.assertLess(len(pulled), 1000)
        deadline = time.time() + 10
        while time.time() < deadline and any(
                t.name.startswith("econex") for t in threading.enumerate()):
            time.sleep(0.05)
        self.assertFalse([t.name for t in threading.enumerate() if t.name.startswith("econex")])

    def test_empty_input(self):
        self.assertEqual(list(econex.extract_many([], max_workers=4)), [])

    def test_bad_options_raise_at_once(self):
        with self.assertRaises(econex.Error) as e:
            econex.extract_many([SENTENCE], reference_date="not-a-date")
        self.assertEqual(e.exception.status, econex.Status.INVALID_ARGUMENT)
        with self.assertRaises(econex.Error):
            econex.extract_many([SENTENCE], default_region="不存在的地方")
        with self.assertRaises(ValueError):
            econex.extract_many([SENTENCE], max_workers=0)
        with self.assertRaises(ValueError):
            econex.extract_many([SENTENCE], invalid_utf8="skip")

    def test_failing_document_names_its_id(self):
        docs = [("good", SENTENCE), ("bad", b"GDP\xff\xfe"), ("after", SENTENCE)]
        it = econex.extract_many(docs, max_workers=2)
        self.assertEqual(next(it)[0], "good")
        with self.assertRaises(econex.Error) as e:
            next(it)
        self.assertEqual(e.exception.doc, "bad")
        self.assertEqual(e.exception.status, econex.Status.INVALID_UTF8)
        self.assertEqual(e.exception.offset, 3)
        self.assertIn("'bad'", str(e.exception))
        # Asked to, bad bytes are read as U+FFFD.
        out = dict(econex.extract_many(docs, invalid_utf8="replace", max_workers=2))
        self.assertEqual(out["good"], out["after"])

    def test_given_extractor(self):
        with econex.Extractor() as x:
            out = list(econex.extract_many([SENTENCE], extractor=x, reference_date=DATE))
        self.assertEqual(out[0][1], self.expected_sentence())

    def expected_sentence(self):
        return self.x.extract(SENTENCE, reference_date=DATE)

    def test_threads_run_in_parallel(self):
        # ctypes drops the GIL in the C call: more threads, more throughput
        # (only checked loosely, the machine may be busy).
        if (os.cpu_count() or 1) < 2:
            self.skipTest("one CPU")
        docs = self.texts * 4
        t0 = time.perf_counter()
        list(econex.extract_many(docs, reference_date=DATE, max_workers=1))
        one = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(econex.extract_many(docs, reference_date=DATE, max_workers=2))
        two = time.perf_counter() - t0
        print("\n  extract_many over %d documents: 1 thread %.3fs, 2 threads %.3fs"
              % (len(docs), one, two), file=sys.stderr)


@unittest.skipIf(pandas is None, NO_PANDAS)
class DataFrameTest(unittest.TestCase):
    def test_from_extract_many_equals_the_cli(self):
        names = [os.path.basename(p) for p in SEEDS]
        df = econex.to_dataframe(econex.extract_many(
            zip(names, (read(p) for p in SEEDS)), reference_date=DATE, default_region=REGION,
            max_workers=2))
        self.assertEqual(list(df.columns), ["doc"] + list(econex.RECORD_COLUMNS))
        want = [r for p, n in zip(SEEDS, names) for r in cli_records(p, n)]
        self.assertEqual(len(df), len(want))
        self.assertEqual(df.to_dict("records"), want)
        self.assertEqual(str(df["value"].dtype), "float64")
        for c in ("value_begin", "value_end", "sentence_begin", "sentence_end"):
            self.assertEqual(str(df[c].dtype), "int64")
        self.assertEqual(str(df["indicator"].dtype), "object")
        # A typical question: GDP growth per document.
        gdp = df[(df.indicator_id == "gdp") & (df.measure == "growth")]
        self.assertTrue(len(gdp) > 0)

    def test_from_records_and_dicts(self):
        with econex.Extractor() as x:
            rs = x.extract(SENTENCE, reference_date=DATE, default_region=REGION)
        df = econex.to_dataframe(rs)
        self.assertEqual(list(df.columns), list(econex.RECORD_COLUMNS))
        self.assertEqual(list(df.indicator_id), ["gdp", "industrial_va_above_scale"])
        self.assertEqual(list(df.value), [6.5, 7.0])
        self.assertEqual(list(df.value_begin), [r.value_begin for r in rs])
        df2 = econex.to_dataframe(r.to_dict("s.txt") for r in rs)
        self.assertEqual(list(df2.columns), ["doc"] + list(econex.RECORD_COLUMNS))
        self.assertEqual(list(df2.doc), ["s.txt", "s.txt"])
        self.assertTrue(df2.drop(columns="doc").equals(df))

    def test_empty(self):
        for empty in ([], iter(()), econex.extract_many([("a", "没有数字")])):
            df = econex.to_dataframe(empty)
            self.assertEqual(len(df), 0)
            self.assertEqual(str(df["value"].dtype), "float64")
            self.assertEqual(str(df["value_begin"].dtype), "int64")
        self.assertIn("doc", econex.to_dataframe(econex.extract_many([("a", "没有数字")])))

    def test_bad_items(self):
        with self.assertRaises(TypeError):
            econex.to_dataframe([42])


class NoPandasTest(unittest.TestCase):
    def test_clear_import_error(self):
        with mock.patch.dict(sys.modules, {"pandas": None}):
            with self.assertRaises(ImportError) as e:
                econex.to_dataframe([])
        self.assertIn("python3-pandas", str(e.exception))
        self.assertIn("pip install pandas", str(e.exception))
        # extract_many needs no pandas.
        with mock.patch.dict(sys.modules, {"pandas": None}):
            self.assertEqual(len(list(econex.extract_many([SENTENCE]))), 1)


if __name__ == "__main__":
    unittest.main()
