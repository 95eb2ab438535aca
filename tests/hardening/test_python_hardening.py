"""Bad input through the Python binding (issue #6): invalid UTF-8 raises
econex.Error with the byte offset (and the str index), replacement reads on,
NUL bytes, empty and blank input, big pathological inputs, and wrong types
raise Python exceptions, never crash. Spans are always into the input."""

import threading
import unittest

import econex

GOOD = "一季度全市地区生产总值增长6.5%，".encode()
AFTER = "工业增加值增长7%。".encode()
BAD = [b"\x80", b"\xbf\xbf", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xed\xa0\x80",
       b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xfe", b"\xff", b"\xe5\xa2", b"\xf0\x9f\x98",
       b"\xc3", b"\xd4\xf6\xb3\xa4"]


class Hardening(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.x = econex.Extractor()

    @classmethod
    def tearDownClass(cls):
        cls.x.close()

    def sane(self, data, items, text_attr, begin_attr, end_attr):
        for it in items:
            b, e = getattr(it, begin_attr), getattr(it, end_attr)
            self.assertTrue(0 <= b <= e <= len(data), (b, e, len(data)))
            self.assertEqual(data[b:e].decode("utf-8", "replace"), getattr(it, text_attr))

    def all_ok(self, data, **kw):
        r = self.x.extract(data, **kw)
        self.sane(data, r, "value_text", "value_begin", "value_end")
        q = self.x.quantities(data, **kw)
        self.sane(data, q, "value_text", "begin", "end")
        p = self.x.periods(data, **kw)
        self.sane(data, p, "text", "begin", "end")
        return r, q, p

    def test_invalid_utf8_raises_with_offset(self):
        for seq in BAD:
            for data, at in ((seq, 0), (GOOD + seq + AFTER, len(GOOD)), (GOOD + AFTER + seq, len(GOOD + AFTER))):
                for call in (self.x.extract, self.x.quantities, self.x.periods, self.x.extract_jsonl):
                    with self.subTest(seq=seq, at=at, call=call.__name__):
                        with self.assertRaises(econex.Error) as cm:
                            call(data)
                        e = cm.exception
                        self.assertEqual(e.status, econex.Status.INVALID_UTF8)
                        self.assertEqual(e.offset, at)
                        self.assertIn(str(at), e.message)
                        # the str index of the bad byte in data.decode(surrogateescape)
                        self.assertEqual(e.char_offset, len(data[:at].decode("utf-8")))

    def test_replace_reads_on(self):
        for seq in BAD:
            with self.subTest(seq=seq):
                data = GOOD + seq + AFTER
                r, q, _ = self.all_ok(data, invalid_utf8="replace")
                self.assertGreaterEqual(len(r), 2)
                self.assertEqual(r[-1].value_text, "7%")
                self.assertEqual(r[-1].value_begin, data.rindex(b"7%"))
                # str indices into data.decode("utf-8", "surrogateescape")
                s = data.decode("utf-8", "surrogateescape")
                self.assertEqual(s[r[-1].start:r[-1].stop], "7%")

    def test_bad_mode_and_types(self):
        with self.assertRaises(ValueError):
            self.x.extract("增长6%", invalid_utf8="ignore")
        with self.assertRaises(TypeError):
            self.x.extract(12345)
        with self.assertRaises(TypeError):
            self.x.extract(None)
        with self.assertRaises(UnicodeEncodeError):  # a lone surrogate is no UTF-8
            self.x.extract("增长\udcff6%")
        with self.assertRaises(econex.Error) as cm:
            self.x.extract("增长6%", reference_date="2025-13-40")
        self.assertEqual(cm.exception.status, econex.Status.INVALID_ARGUMENT)
        with self.assertRaises(econex.Error) as cm:
            self.x.extract("增长6%", default_region="火星市")
        self.assertEqual(cm.exception.status, econex.Status.INVALID_ARGUMENT)

    def test_nul_empty_blank(self):
        r, q, _ = self.all_ok("一季度地区生产总值增长6.5%\0。工业增加值增长7%\0\0投资增长8%。".encode())
        self.assertEqual([x.value_text for x in q], ["6.5%", "7%", "8%"])
        for data in (b"", "", bytearray(), memoryview(b""), b"\0" * 1000, " \t\r\n\u3000\n",
                     "。，、；：？！…（）《》“”" * 100):
            with self.subTest(data=data[:20]):
                r, q, p = self.all_ok(data if isinstance(data, bytes) else
                                      (data.encode() if isinstance(data, str) else bytes(data)))
                self.assertEqual((r, q), ([], []))

    def test_big_shapes(self):
        self.all_ok(b"," * 1000000)
        self.all_ok(("增长1%," * 20000).encode())
        names = "、".join("企业%d" % i for i in range(20000))
        values = "、".join("%d%%" % (i % 50) for i in range(20000))
        r, _, _ = self.all_ok(("全年" + names + "分别增长" + values + "。").encode())
        self.assertGreater(len(r), 0)
        self.all_ok(("9" * 500 + "亿元，" + "亿亿亿亿元" + "（" * 10000 + "5%" + "）" * 10000).encode())

    def test_threads_share_one_extractor(self):
        docs = [(GOOD + AFTER) * k for k in range(1, 9)] + [GOOD + b"\xff" + AFTER]
        want = []
        for d in docs:
            try:
                want.append([r.to_dict() for r in self.x.extract(d)])
            except econex.Error as e:
                want.append(("error", e.offset))
        got = [None] * (len(docs) * 4)

        def work(i):
            d = docs[i % len(docs)]
            try:
                got[i] = [r.to_dict() for r in self.x.extract(d)]
            except econex.Error as e:
                got[i] = ("error", e.offset)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(len(got))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for i, g in enumerate(got):
            self.assertEqual(g, want[i % len(docs)])


if __name__ == "__main__":
    unittest.main()
