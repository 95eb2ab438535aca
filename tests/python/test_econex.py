"""Tests of the Python binding (python/econex), with the standard library only.

Run by ctest with ECONEX_LIBRARY pointing at the built libeconex.so.1,
PYTHONPATH at python/ and ECONEX_CLI at the built `econex` tool:

    ECONEX_LIBRARY=build/capi/libeconex.so.1 PYTHONPATH=python \\
        ECONEX_CLI=build/econex python3 -m unittest tests/python/test_econex.py
"""

import ctypes
import gc
import json
import os
import subprocess
import sys
import threading
import time
import unittest

import econex

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COMMUNIQUE = os.path.join(ROOT, "examples", "data", "communique.txt")
SENTENCE = "2025年一季度，重庆市地区生产总值增长6.5%，规上工业增加值增长7%。"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


class VersionTest(unittest.TestCase):
    def test_versions(self):
        self.assertEqual(econex.__version__, "0.1.0")
        self.assertEqual(econex.version(), econex.__version__)
        self.assertEqual(econex.abi_version(), 1)
        self.assertTrue(econex.data_version())
        self.assertTrue(os.path.exists(econex.library_path) or "/" not in econex.library_path)

    def test_status_values_are_pinned(self):
        self.assertEqual([int(s) for s in econex.Status], [0, 1, 2, 3, 4, 5, 6])


class ExtractTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.x = econex.Extractor()

    @classmethod
    def tearDownClass(cls):
        cls.x.close()

    def test_records(self):
        rs = self.x.extract(SENTENCE, reference_date="2025-04-25", default_region="500000")
        self.assertEqual(len(rs), 2)
        r = rs[0]
        self.assertIsInstance(r, econex.Record)
        self.assertEqual((r.region, r.region_code, r.period), ("重庆市", "500000", "2025-Q1"))
        self.assertEqual((r.indicator, r.indicator_id), ("地区生产总值", "gdp"))
        self.assertEqual((r.measure, r.basis, r.value, r.unit), ("growth", "yoy", 6.5, "%"))
        self.assertEqual((r.qualifier, r.status), ("exact", "actual"))
        self.assertEqual((r.region_source, r.period_source), ("explicit", "explicit"))
        self.assertEqual(r.value_text, "6.5%")
        # Byte offsets into the UTF-8 input, str indices into the str.
        data = SENTENCE.encode()
        self.assertEqual(data[r.value_begin:r.value_end].decode(), "6.5%")
        self.assertEqual(SENTENCE[r.start:r.stop], "6.5%")
        self.assertEqual(SENTENCE.index("6.5%"), r.start)
        self.assertLessEqual(r.sentence_start, r.start)
        self.assertGreaterEqual(r.sentence_stop, r.stop)
        self.assertEqual(rs[1].indicator_id, "industrial_va_above_scale")
        self.assertEqual(rs[1].value, 7)
        with self.assertRaises(Exception):  # frozen dataclass
            r.value = 1

    def test_bytes_input_gives_the_same_records(self):
        a = self.x.extract(SENTENCE, reference_date="2025-04-25")
        b = self.x.extract(SENTENCE.encode(), reference_date="2025-04-25")
        self.assertEqual(a, b)
        self.assertEqual(self.x.extract(bytearray(SENTENCE.encode())), self.x.extract(SENTENCE))

    def test_offsets_survive_normalisation(self):
        text = "一季度ＧＤＰ增 长６．５％，新开工项目202个。"
        rs = self.x.extract(text, reference_date="2025-04-25", default_region="重庆市")
        self.assertEqual([r.value_text for r in rs], ["６．５％", "202个"])
        for r in rs:
            self.assertEqual(text[r.start:r.stop], r.value_text)
            self.assertEqual(text.encode()[r.value_begin:r.value_end].decode(), r.value_text)
            self.assertEqual(r.region_code, "500000")

    def test_communique_matches_the_command_line_tool(self):
        text = read(COMMUNIQUE)
        kw = dict(reference_date="2025-03-20", default_region="420500")
        jsonl = self.x.extract_jsonl(text, doc_name="communique.txt", **kw)
        records = self.x.extract(text, **kw)
        self.assertGreater(len(records), 5)
        lines = jsonl.splitlines()
        self.assertEqual(len(lines), len(records))
        for line, r in zip(lines, records):
            self.assertEqual(json.loads(line), r.to_dict("communique.txt"))
            self.assertEqual(text[r.start:r.stop], r.value_text)
        self.assertTrue(any(r.indicator_id == "gdp" for r in records))
        cli = os.environ.get("ECONEX_CLI")
        if not cli:
            self.skipTest("ECONEX_CLI not set")
        out = subprocess.run(
            [cli, "extract", "--format", "jsonl", "--doc-name", "communique.txt",
             "--reference-date", "2025-03-20", "--default-region", "420500", COMMUNIQUE],
            check=True, capture_output=True).stdout.decode()
        self.assertEqual(out, jsonl)

    def test_jsonl_without_doc_name(self):
        jsonl = self.x.extract_jsonl(SENTENCE)
        self.assertEqual(len(jsonl.splitlines()), 2)
        self.assertNotIn('"doc"', jsonl)
        self.assertTrue(jsonl.endswith("\n"))
        self.assertEqual(self.x.extract_jsonl(""), "")

    def test_empty_input(self):
        self.assertEqual(self.x.extract(""), [])
        self.assertEqual(self.x.extract(b""), [])
        self.assertEqual(self.x.quantities(""), [])
        self.assertEqual(self.x.periods(""), [])
        self.assertEqual(self.x.extract("没有数字的句子。"), [])

    def test_invalid_utf8_raises_with_offset(self):
        data = "GDP增长6.5%".encode() + b"\xff" + "后".encode()
        with self.assertRaises(econex.Error) as cm:
            self.x.extract(data)
        e = cm.exception
        self.assertIs(e.status, econex.Status.INVALID_UTF8)
        self.assertEqual(e.offset, len("GDP增长6.5%".encode()))
        self.assertEqual(e.char_offset, len("GDP增长6.5%"))
        self.assertIn("UTF-8", e.message)
        self.assertTrue(str(e).startswith("invalid_utf8: "))
        for fn in (self.x.quantities, self.x.periods):
            with self.assertRaises(econex.Error) as cm:
                fn(data)
            self.assertEqual(cm.exception.offset, e.offset)

    def test_invalid_utf8_replace(self):
        data = b"\xfe" + "GDP增长6.5%".encode()
        rs = self.x.extract(data, invalid_utf8="replace")
        self.assertEqual(len(rs), 1)
        r = rs[0]
        self.assertEqual(r.value, 6.5)
        self.assertEqual(data[r.value_begin:r.value_end], b"6.5%")
        # str indices into the surrogateescape decoding: one char per bad byte.
        self.assertEqual(data.decode("utf-8", "surrogateescape")[r.start:r.stop], "6.5%")

    def test_bad_options(self):
        with self.assertRaises(econex.Error) as cm:
            self.x.extract(SENTENCE, reference_date="not-a-date")
        self.assertIs(cm.exception.status, econex.Status.INVALID_ARGUMENT)
        self.assertEqual(cm.exception.offset, -1)
        self.assertIn("not-a-date", cm.exception.message)
        with self.assertRaises(econex.Error) as cm:
            self.x.check_options(default_region="火星")
        self.assertIs(cm.exception.status, econex.Status.INVALID_ARGUMENT)
        self.assertIn("火星", str(cm.exception))
        self.x.check_options(reference_date="2025-03-20", default_region="420500")
        with self.assertRaises(ValueError):
            self.x.extract(SENTENCE, invalid_utf8="ignore")
        with self.assertRaises(TypeError):
            self.x.extract(42)

    def test_quantities(self):
        text = "集聚高技能人才1.5万余人，投资3-5万元"
        qs = self.x.quantities(text)
        self.assertEqual(len(qs), 2)
        q = qs[0]
        self.assertEqual((q.value_text, q.value, q.unit, q.unit_text, q.qualifier),
                         ("1.5万余人", 15000, "person", "人", "over"))
        self.assertIsNone(q.low)
        self.assertIsNone(q.high)
        self.assertEqual(text[q.start:q.stop], q.value_text)
        self.assertEqual(text.encode()[q.begin:q.end].decode(), q.value_text)
        self.assertEqual((qs[1].low, qs[1].high, qs[1].unit), (30000, 50000, "CNY"))

    def test_periods(self):
        text = "一季度和1-9月，今年以来"
        ps = self.x.periods(text, reference_date="2025-04-25")
        self.assertEqual([(p.text, p.period) for p in ps],
                         [("一季度", "2025-Q1"), ("1-9月", "2025-01/2025-09"),
                          ("今年以来", "2025-YTD")])
        for p in ps:
            self.assertEqual(text[p.start:p.stop], p.text)
        self.assertEqual(self.x.periods("一季度")[0].period, "????-Q1")


class LifecycleTest(unittest.TestCase):
    def test_context_manager_closes(self):
        with econex.Extractor() as x:
            self.assertEqual(len(x.extract(SENTENCE)), 2)
        with self.assertRaises(ValueError):
            x.extract(SENTENCE)
        x.close()  # idempotent

    def test_many_extractors_and_results_are_freed(self):
        for _ in range(20):
            x = econex.Extractor()
            x.extract(SENTENCE)
            del x
        gc.collect()


class ThreadTest(unittest.TestCase):
    def test_threads_share_one_extractor(self):
        text = read(COMMUNIQUE)
        with econex.Extractor() as x:
            expected = x.extract(text, reference_date="2025-03-20", default_region="420500")
            results, errors = [], []

            def work():
                try:
                    for _ in range(5):
                        results.append(
                            x.extract(text, reference_date="2025-03-20", default_region="420500"))
                except Exception as e:  # reported below
                    errors.append(e)

            threads = [threading.Thread(target=work) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 40)
        for r in results:
            self.assertEqual(r, expected)

    def test_the_gil_is_released_during_a_call(self):
        # While one thread is inside the C library, another Python thread
        # keeps running: its timestamps have no gap as long as the call.
        big = (read(COMMUNIQUE) * 30).encode()
        lib = econex._lib
        with econex.Extractor() as x:
            best = None
            for _ in range(5):
                span = {}
                stamps = []

                def call():
                    result = econex._capi.ResultHandle()
                    span["t0"] = time.perf_counter()
                    status = lib.econex_extract(x._handle, big, len(big), None,
                                                ctypes.byref(result))
                    span["t1"] = time.perf_counter()
                    span["status"] = status
                    lib.econex_result_free(result)

                t = threading.Thread(target=call)
                t.start()
                while t.is_alive():
                    stamps.append(time.perf_counter())
                t.join()
                self.assertEqual(span["status"], 0)
                t0, t1 = span["t0"], span["t1"]
                inside = [s for s in stamps if t0 <= s <= t1]
                points = [t0] + inside + [t1]
                gap = max(b - a for a, b in zip(points, points[1:]))
                ratio = gap / (t1 - t0)
                best = ratio if best is None else min(best, ratio)
                if ratio < 0.5:
                    break
            # With the GIL held the main thread cannot run at all during the call
            # (ratio ~1.0); a loaded CI machine may still deschedule it for a
            # while, so only "blocked for almost all of it" fails.
            self.assertLess(best, 0.9, "the main thread was blocked for the whole C call")


class LoaderTest(unittest.TestCase):
    def run_python(self, env_library):
        env = dict(os.environ, ECONEX_LIBRARY=env_library)
        return subprocess.run([sys.executable, "-c", "import econex"], env=env,
                              capture_output=True, text=True)

    def test_missing_library_is_a_clear_import_error(self):
        p = self.run_python("/nonexistent/libeconex.so.1")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("ImportError", p.stderr)
        self.assertIn("ECONEX_LIBRARY", p.stderr)

    def test_another_library_is_refused(self):
        p = self.run_python("libm.so.6")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("is not libeconex", p.stderr)


if __name__ == "__main__":
    unittest.main()
