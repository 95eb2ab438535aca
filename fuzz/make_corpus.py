#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets, fuzz/corpus/<target>/.

Seeds are small snippets of the sample corpus (tests/corpus/seeds/*.txt: one
to three lines, at most 600 bytes, evenly spaced through each document) and
hand-written nasty inputs, each behind the option bytes its target reads first
(capi: 2 bytes, the others: 1). Deterministic: run it again after changing the
sample corpus. Files found by fuzzing (crash-*, regression-*) are kept.

Usage: python3 fuzz/make_corpus.py
"""
import hashlib
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = HERE.parent / "tests" / "corpus" / "seeds"
PER_DOC = 24

NASTY = [
    b"", b" ", b"\n\n\n", b"\x00", b"abc\x00def6%", "增长6%\x00。工业增长7%".encode(),
    b"\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
    b"\xfe\xff", "增长6%".encode() + b"\xe5\xa2", "增长".encode() + b"\xff" + "6.5%".encode(),
    "\ufeff\u200b一季度GDP增长６．５％".encode(), ",".encode() * 2000, "，".encode() * 500,
    ("9" * 500 + "亿元").encode(), ("0." + "9" * 300 + "%").encode(), "亿亿亿亿元".encode(),
    "5亿亿万亿元".encode(), ("（" * 300 + "增长5%" + "）" * 300).encode(),
    ("“" * 200 + "5%").encode(), "“十四五”时期".encode(), "截至2024年底，全市".encode(),
    "2024年1-11月，前三季度，上半年，一季度，今年3月~5月".encode(),
    "宜都市、枝江市和当阳市地区生产总值分别增长6.1%、5.8%和6.3%。".encode(),
    ("、".join("企业%d" % i for i in range(200)) + "分别增长" +
     "、".join("%d%%" % i for i in range(200))).encode(),
    "百分之六点五，三四十个，1.5万余人，近3000亿元，-3.19‰，3-5万元，6%-7%".encode(),
    "三次产业结构为5.2:38.1:56.7，居全市第3位".encode(),
    "主要预期目标是：地区生产总值增长6%左右；城镇新增就业5万人。".encode(),
    "力争将13家企业优化至4家，即将达到100亿元".encode(),
    "一、综合\n（一）工业\n1.规模以上工业增加值增长7%\n".encode(),
    "全市地区生产总值\n6,145.21亿元，比上年\n增长6.1%。<PAGE_DIV>下转第二版".encode(),
    "　　全年全市 地 区 生 产 总 值 增 长 6 . 1 %".encode(),
    "１２３４５６７８９０亿元 ＧＤＰ ｍ² ㎡ ﹣5％".encode(),
    ("地区生产总值增长6亿元" * 200).encode(),
    ("2024年一季度增长5%" * 100).encode(),
]


def snippets(text):
    lines = [l for l in text.split("\n") if l.strip()]
    if not lines:
        return []
    out = []
    step = max(1, len(lines) // PER_DOC)
    for k, i in enumerate(range(0, len(lines), step)):
        chunk = "\n".join(lines[i:i + 1 + k % 3]).encode()
        if len(chunk) > 600:
            cut = 600
            while cut > 0 and (chunk[cut] & 0xC0) == 0x80:
                cut -= 1
            chunk = chunk[:cut]
        out.append(chunk)
    return out[:PER_DOC]


def write(target, prefix, body):
    d = HERE / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    data = prefix + body
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    (d / name).write_bytes(data)


def main():
    bodies = []
    for f in sorted(SEEDS.glob("*.txt")):
        bodies += snippets(f.read_text(encoding="utf-8"))
    bodies += NASTY
    for target in ("capi", "quantities", "periods", "text"):
        d = HERE / "corpus" / target
        if d.exists():
            for old in d.glob("seed-*"):
                old.unlink()
    for i, body in enumerate(bodies):
        # capi: call = i % 4, replace mode on odd thirds, a date and a region
        # (mostly valid ones), JSON Lines now and then
        b0 = (i % 4) | ((i // 3 % 2) << 2) | ((i % 4 if i % 7 else 4) << 4)
        b1 = (i % 5) | (0x08 if i % 3 == 0 else 0) | (0x20 if i % 5 == 0 else 0)
        write("capi", bytes([b0, b1]), body)
        write("quantities", bytes([i % 2]), body)
        write("periods", bytes([i % 8]), body)
        write("text", bytes([i % 2]), body)
    print("%d seeds per target" % len(bodies))


if __name__ == "__main__":
    main()
