"""Many documents at once, and data frames (docs/DATA_TOOLS.md).

Internal module: use ``econex.extract_many``, ``econex.to_dataframe`` and
``econex.default_extractor``.
"""

import collections
import operator
import os
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

#: The columns of econex.to_dataframe(), in order: the keys `econex extract
#: --format jsonl` writes for a record ("doc" comes first when there are
#: document ids).
RECORD_COLUMNS = (
    "region", "region_code", "period", "indicator", "indicator_id", "measure", "basis",
    "value", "unit", "qualifier", "status", "value_text", "value_begin", "value_end",
    "region_source", "period_source", "sentence_begin", "sentence_end",
)
_INT_COLUMNS = ("value_begin", "value_end", "sentence_begin", "sentence_end")

_default = None
_default_lock = threading.Lock()


def default_extractor():
    """The process's shared Extractor, made on first use (thread-safe) and
    kept for the life of the process: one per process is all anyone needs,
    since an Extractor is immutable and thread-safe. extract_many() uses it
    when it is given no extractor; so do the Dask example's workers. Do not
    close() it (if someone does, the next call makes a new one)."""
    global _default
    from . import Extractor
    x = _default
    if x is None or not x._handle:
        with _default_lock:
            x = _default
            if x is None or not x._handle:
                x = _default = Extractor()
    return x


def _document(i, doc, reference_date, default_region):
    """(id, text, reference_date, default_region) of one input document."""
    if isinstance(doc, (str, bytes, bytearray, memoryview)):
        return i, doc, reference_date, default_region
    if isinstance(doc, Mapping):
        if "text" not in doc:
            raise TypeError("econex.extract_many: document %d is a mapping without \"text\"" % i)
        return (doc.get("id", i), doc["text"],
                doc.get("reference_date") or reference_date,
                doc.get("default_region") or default_region)
    if isinstance(doc, (tuple, list)) and len(doc) == 2:
        return doc[0], doc[1], reference_date, default_region
    raise TypeError("econex.extract_many: document %d is a %s; give str or bytes, (id, text) "
                    "pairs or mappings with \"text\"" % (i, type(doc).__name__))


def extract_many(documents, *, reference_date=None, default_region=None, invalid_utf8="error",
                 max_workers=None, extractor=None):
    """Extracts the records of many documents on a pool of threads sharing one
    extractor; yields ``(id, records)`` per document, in the input's order.

    documents: any iterable (read lazily, so a generator over a huge corpus
        is fine), each item one of
          - a str or bytes: its id is its 0-based position in the input;
          - an (id, text) pair: e.g. ``dict.items()`` or ``Series.items()``;
          - a mapping {"id": ..., "text": ..., "reference_date": ...,
            "default_region": ...} (a line of JSON Lines input): "id" defaults
            to the position, the options to the arguments below.
    reference_date, default_region, invalid_utf8: as for Extractor.extract(),
        for every document (a mapping may override the first two). Checked
        before anything is read: bad options raise econex.Error at once.
    max_workers: threads (default os.cpu_count()); 1 extracts in the calling
        thread. The C library releases the GIL, so threads run on all cores.
    extractor: the Extractor to use, default econex.default_extractor().

    At most a few documents per thread are in flight, so memory stays bounded
    whatever the input's length. A document that fails raises econex.Error
    with ``doc`` set to its id; abandoning the iterator (break, close())
    cancels what is queued and waits for what is running.

    ``econex.to_dataframe(econex.extract_many(docs))`` gives one data frame
    with a "doc" column.
    """
    from . import Error
    x = extractor if extractor is not None else default_extractor()
    x.check_options(reference_date=reference_date, default_region=default_region)
    if invalid_utf8 not in ("error", "replace"):
        raise ValueError("econex: invalid_utf8 takes 'error' or 'replace', not %r"
                         % (invalid_utf8,))
    if max_workers is None:
        max_workers = os.cpu_count() or 1
    if int(max_workers) < 1:
        raise ValueError("econex.extract_many: max_workers must be at least 1")
    max_workers = int(max_workers)

    def work(doc_id, text, date, region):
        try:
            return doc_id, x.extract(text, reference_date=date, default_region=region,
                                     invalid_utf8=invalid_utf8)
        except Error as e:
            e.doc = doc_id
            e.args = ("document %r: %s" % (doc_id, e.args[0]),) if e.args else e.args
            raise

    def items():
        for i, doc in enumerate(documents):
            yield _document(i, doc, reference_date, default_region)

    if max_workers == 1:
        return (work(*d) for d in items())
    return _ordered(items(), work, max_workers)


def _ordered(items, work, max_workers):
    """work(*item) for every item on a thread pool; results in input order,
    with at most 4 * max_workers items in flight."""
    window = 4 * max_workers
    pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="econex")
    pending = collections.deque()
    try:
        for item in items:
            pending.append(pool.submit(work, *item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True)


def _pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "econex.to_dataframe needs pandas, which is not installed for this Python "
            "(Debian: apt install python3-pandas, for /usr/bin/python3; elsewhere: "
            "pip install pandas)") from e
    return pandas


def to_dataframe(records):
    """A pandas DataFrame of records, one row per record, columns RECORD_COLUMNS
    (the keys of `econex extract --format jsonl`), with "doc" first when the
    records come with document ids.

    records: any of
      - Record objects (Extractor.extract()'s list);
      - (id, records) pairs (what extract_many() yields): "doc" is the id;
      - dicts with the record keys (Record.to_dict(), or json.loads() of the
        lines `econex extract` writes): "doc" is kept when they have it.
    value is float64, the byte offsets int64, every other column str
    (object). No records give an empty frame with the same columns.

    Raises ImportError, saying how to install it, when pandas is missing.
    """
    pd = _pandas()
    from . import Record
    # Rows as tuples, read with one attrgetter per record: a list of dicts
    # (or Record.to_dict(), a deep copy) is several times slower in pandas.
    fields = operator.attrgetter(*RECORD_COLUMNS)
    rows = []
    docs = []
    has_doc = False
    for item in records:
        if isinstance(item, Record):
            rows.append(fields(item))
            docs.append(None)
        elif isinstance(item, Mapping):
            if "doc" in item:
                has_doc = True
            rows.append(tuple(item.get(c) for c in RECORD_COLUMNS))
            docs.append(item.get("doc"))
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            doc_id, recs = item
            has_doc = True
            n = len(rows)
            if all(type(r) is Record for r in recs):
                rows.extend(map(fields, recs))
            else:
                rows.extend(fields(r) if isinstance(r, Record) else
                            tuple(r.get(c) for c in RECORD_COLUMNS) for r in recs)
            docs.extend([doc_id] * (len(rows) - n))
        else:
            raise TypeError("econex.to_dataframe: %s is not a Record, a record dict or an "
                            "(id, records) pair" % type(item).__name__)
    columns = (("doc",) if has_doc else ()) + RECORD_COLUMNS
    frame = pd.DataFrame.from_records(rows, columns=list(RECORD_COLUMNS))
    if has_doc:
        frame.insert(0, "doc", pd.Series(docs, dtype="object"))
    dtypes = {"value": "float64"}
    for c in _INT_COLUMNS:
        # Dicts from elsewhere may lack a key: nullable integers then.
        dtypes[c] = "Int64" if rows and frame[c].isna().any() else "int64"
    if not rows:
        dtypes.update({c: "object" for c in columns if c not in dtypes})
    return frame.astype(dtypes)
