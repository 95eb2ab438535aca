#!/usr/bin/env python3
"""examples/python/extract.py: the Python binding (python/econex).

    extract.py [--reference-date YYYY-MM-DD] [--default-region CODE|NAME] FILE

Prints one tab-separated line per record, with the record's str span.
Finds the library as the binding does (ECONEX_LIBRARY, beside the package,
the system); run from a checkout with PYTHONPATH=python.
"""
import argparse
import sys

import econex


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference-date")
    p.add_argument("--default-region")
    p.add_argument("file")
    a = p.parse_args()
    with open(a.file, encoding="utf-8") as f:
        text = f.read()
    with econex.Extractor() as x:
        try:
            records = x.extract(text, reference_date=a.reference_date,
                                default_region=a.default_region)
        except econex.Error as e:
            print("%s: %s (byte %d)" % (a.file, e, e.offset), file=sys.stderr)
            return 1
    for r in records:
        assert text[r.start:r.stop] == r.value_text
        print("\t".join([r.region, r.period, r.indicator, r.measure, "%.15g" % r.value,
                         r.unit, r.value_text, "[%d,%d)" % (r.start, r.stop)]))
    print("%d records (econex %s)" % (len(records), econex.version()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
