"""econex: typed economic indicator records from Chinese text.

A pure-Python binding over ctypes to the C library libeconex.so.1::

    import econex
    with econex.Extractor() as x:
        for r in x.extract(text, reference_date="2025-04-25", default_region="500000"):
            print(r.region, r.period, r.indicator, r.measure, r.value, r.unit)
            assert text[r.start:r.stop] == r.value_text

Finding the library: the ECONEX_LIBRARY environment variable (a path; when it
is set nothing else is tried), then a copy beside this package, then
ctypes.util.find_library("econex"), then the SONAME libeconex.so.1 through the
dynamic loader. Its ABI version must be the one this binding is written for.

Threads: an Extractor is immutable and thread-safe in the C library, and ctypes
releases the GIL for the duration of every call into it, so this binding takes
no lock of its own: several Python threads sharing one Extractor extract in
parallel, on as many cores as there are threads. (Do not close() an Extractor
while another thread still uses it.)

Many documents: econex.extract_many(documents, max_workers=N) maps over an
iterable of documents (str, (id, text) pairs or {"id", "text"} mappings) on a
thread pool sharing one extractor (econex.default_extractor(), one per
process) and yields (id, records) in input order; econex.to_dataframe(...)
makes a pandas DataFrame of records (pandas is imported only then).

Errors: a failed call raises econex.Error, which carries the status
(econex.Status), the library's message and the byte offset of the problem in
the input (offset, -1 when there is none) as well as the str index of it
(char_offset).

Results are copied into plain frozen dataclasses (Record, Quantity, Period)
and the C result is freed before the call returns. Every span is given both
as byte offsets into the UTF-8 input (value_begin/value_end, begin/end: as the
C API and the command-line tool give them) and as str indices (start/stop:
``text[r.start:r.stop] == r.value_text``). For bytes input the str indices are
into ``data.decode("utf-8", "surrogateescape")``, which is ``data.decode()``
when the bytes are valid UTF-8.
"""

import bisect
import ctypes
import enum
from dataclasses import asdict, dataclass
from typing import List, Optional, Union

from . import _capi

__all__ = [
    "Error", "Extractor", "Period", "Quantity", "Record", "Status",
    "__version__", "abi_version", "data_version", "library_path", "version",
    "RECORD_COLUMNS", "default_extractor", "extract_many", "to_dataframe",
]

_lib = _capi.load()

#: Path of the C library this binding loaded.
library_path = _lib.econex_path


def version() -> str:
    """Release version of the loaded C library, e.g. "0.1.0"."""
    return _lib.econex_version_string().decode()


def data_version() -> str:
    """Version of the C library's built-in data tables, e.g. "2025.1"."""
    return _lib.econex_data_version_string().decode()


def abi_version() -> int:
    """ABI version (N of libeconex.so.N) of the loaded C library."""
    return int(_lib.econex_abi_version())


__version__ = version()


class Status(enum.IntEnum):
    """econex_status; values pinned by the C API."""

    OK = _capi.OK
    INVALID_UTF8 = _capi.INVALID_UTF8
    INVALID_ARGUMENT = _capi.INVALID_ARGUMENT
    TOO_LARGE = _capi.TOO_LARGE
    OUT_OF_MEMORY = _capi.OUT_OF_MEMORY
    INTERNAL = _capi.INTERNAL
    NULL_ARGUMENT = _capi.NULL_ARGUMENT


class Error(Exception):
    """A call into econex failed.

    status: a Status (or the plain int of a status this binding does not know);
    message: the library's text, what went wrong and what to do;
    offset: byte offset of the problem in the input, -1 when there is none;
    char_offset: the same as a str index (see the module's docstring), else -1.
    """

    def __init__(self, status: int, message: str, offset: int = -1, char_offset: int = -1):
        try:
            status = Status(status)
        except ValueError:
            pass
        self.status = status
        self.message = message
        self.offset = offset
        self.char_offset = char_offset
        name = _lib.econex_status_str(int(status)).decode()
        super().__init__("%s: %s" % (name, message))


@dataclass(frozen=True)
class Record:
    """One indicator record (RECORDS.md section 2).

    value_begin/value_end and sentence_begin/sentence_end are byte offsets
    into the UTF-8 input; start/stop and sentence_start/sentence_stop are the
    same spans as str indices.
    """

    region: str
    region_code: str
    period: str
    indicator: str
    indicator_id: str
    measure: str
    basis: str
    value: float
    unit: str
    qualifier: str
    status: str
    value_text: str
    value_begin: int
    value_end: int
    region_source: str
    period_source: str
    sentence_begin: int
    sentence_end: int
    start: int
    stop: int
    sentence_start: int
    sentence_stop: int

    def to_dict(self, doc: Optional[str] = None) -> dict:
        """The record as the JSON object `econex extract` writes (str indices left out)."""
        d = {"doc": doc} if doc else {}
        for k, v in asdict(self).items():
            if k not in ("start", "stop", "sentence_start", "sentence_stop"):
                d[k] = v
        return d


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and qualifier. begin/end are byte offsets,
    start/stop str indices; low/high are set for ranges only."""

    value_text: str
    value: float
    unit: str
    unit_text: str
    qualifier: str
    low: Optional[float]
    high: Optional[float]
    begin: int
    end: int
    start: int
    stop: int


@dataclass(frozen=True)
class Period:
    """A period expression. begin/end are byte offsets, start/stop str indices;
    period is "" when it is not a reporting period."""

    text: str
    period: str
    begin: int
    end: int
    start: int
    stop: int


_UTF8_MODES = {"error": _capi.UTF8_ERROR, "replace": _capi.UTF8_REPLACE}
_names = {}


def _name(fn, value: int) -> str:
    key = (fn, value)
    s = _names.get(key)
    if s is None:
        s = getattr(_lib, fn)(value).decode()
        _names[key] = s
    return s


class _Positions:
    """Byte offset -> str index, for one input.

    The str index of a byte offset is the number of characters decoded before
    it. Offsets are asked for mostly in increasing order (records come in text
    order), so each answer decodes only the bytes since a known point, at C
    speed; the points answered so far are kept for the rest. Undecodable bytes
    count one character each (surrogateescape), as in the str the caller
    would get from decoding the input that way.
    """

    def __init__(self, data: bytes):
        self._data = data
        self._ascii = None
        self._bytes = [0]  # known points: byte offsets, increasing
        self._chars = [0]  # their str indices

    def char(self, byte_offset: int) -> int:
        if self._ascii is None:
            self._ascii = self._data.isascii()
        if self._ascii:
            return byte_offset
        k = bisect.bisect_right(self._bytes, byte_offset) - 1
        b, c = self._bytes[k], self._chars[k]
        if b == byte_offset:
            return c
        c += len(self._data[b:byte_offset].decode("utf-8", "surrogateescape"))
        self._bytes.insert(k + 1, byte_offset)
        self._chars.insert(k + 1, c)
        return c


class _Result:
    """An econex_result handle, freed on leaving the with block."""

    def __init__(self):
        self.handle = _capi.ResultHandle()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.handle:
            _lib.econex_result_free(self.handle)
            self.handle = _capi.ResultHandle()
        return False


def _check(status: int, result: Optional[_Result], positions: Optional[_Positions]):
    if status == _capi.OK:
        return
    if result is not None and result.handle:
        message = _lib.econex_result_error_message(result.handle).decode("utf-8", "replace")
        offset = int(_lib.econex_result_error_offset(result.handle))
    else:
        message = _lib.econex_status_str(status).decode()
        offset = -1
    char_offset = -1
    if positions is not None and offset >= 0:
        char_offset = positions.char(offset)
    raise Error(status, message, offset, char_offset)


def _input(text: Union[str, bytes, bytearray, memoryview]):
    """The UTF-8 bytes of a str, or a bytes-like input as bytes."""
    if isinstance(text, str):
        return text.encode("utf-8")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError("econex: text must be str or bytes, not %s" % type(text).__name__)


class Extractor:
    """The extractor: built once (tables loaded, patterns compiled: a few
    milliseconds), then shared by any number of threads. A context manager:
    ``with econex.Extractor() as x: ...`` frees the C object at the end
    (close() does too; so does garbage collection)."""

    def __init__(self):
        handle = _capi.ExtractorHandle()
        status = _lib.econex_extractor_new(ctypes.byref(handle))
        if status != _capi.OK:
            raise Error(status, "cannot make an extractor")
        self._handle = handle

    def close(self) -> None:
        """Frees the C extractor. Idempotent. No thread may be using it."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle:
            _lib.econex_extractor_free(handle)

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, *exc) -> bool:
        self.close()
        return False

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass

    def _live(self):
        if not self._handle:
            raise ValueError("econex: the Extractor is closed")
        return self._handle

    @staticmethod
    def _options(reference_date, default_region, invalid_utf8, doc_name):
        o = _capi.Options()
        status = _lib.econex_options_default_sized(ctypes.byref(o), ctypes.sizeof(o))
        _check(status, None, None)
        if reference_date:
            o.reference_date = str(reference_date).encode("utf-8")
        if default_region:
            o.default_region = str(default_region).encode("utf-8")
        if doc_name:
            o.doc_name = str(doc_name).encode("utf-8")
        try:
            o.invalid_utf8 = _UTF8_MODES[invalid_utf8]
        except KeyError:
            raise ValueError("econex: invalid_utf8 takes 'error' or 'replace', not %r"
                             % (invalid_utf8,)) from None
        return o

    def _call(self, fn, text, options, read):
        data = _input(text)
        positions = _Positions(data)
        with _Result() as result:
            status = fn(self._live(), data, len(data), ctypes.byref(options),
                        ctypes.byref(result.handle))
            _check(status, result, positions)
            return read(result.handle, positions)

    def extract(self, text: Union[str, bytes], *, reference_date: Optional[str] = None,
                default_region: Optional[str] = None, invalid_utf8: str = "error") -> List[Record]:
        """Every indicator record in text, in order of value_begin.

        reference_date: "YYYY-MM-DD"; gives the year of 今年, 一季度, 去年...
        default_region: GB/T 2260 code ("500000") or name ("重庆市") of the place.
        invalid_utf8: "error" (raise Error with the offset) or "replace".
        """
        o = self._options(reference_date, default_region, invalid_utf8, None)
        return self._call(_lib.econex_extract, text, o, _read_records)

    def extract_jsonl(self, text: Union[str, bytes], *, reference_date: Optional[str] = None,
                      default_region: Optional[str] = None, invalid_utf8: str = "error",
                      doc_name: Optional[str] = None) -> str:
        """The records as JSON Lines, exactly as `econex extract --format jsonl` writes
        them ("doc" is doc_name, left out when None)."""
        o = self._options(reference_date, default_region, invalid_utf8, doc_name)
        return self._call(_lib.econex_extract, text, o, _read_jsonl)

    def quantities(self, text: Union[str, bytes], *, invalid_utf8: str = "error") -> List[Quantity]:
        """Every number in text with its unit, qualifier and range."""
        o = self._options(None, None, invalid_utf8, None)
        return self._call(_lib.econex_quantities, text, o, _read_quantities)

    def periods(self, text: Union[str, bytes], *, reference_date: Optional[str] = None,
                invalid_utf8: str = "error") -> List[Period]:
        """Every period expression in text, resolved against reference_date."""
        o = self._options(reference_date, None, invalid_utf8, None)
        return self._call(_lib.econex_periods, text, o, _read_periods)

    def check_options(self, *, reference_date: Optional[str] = None,
                      default_region: Optional[str] = None) -> None:
        """Raises Error (INVALID_ARGUMENT) when the options are not usable."""
        o = self._options(reference_date, default_region, "error", None)
        with _Result() as result:
            status = _lib.econex_check_options(self._live(), ctypes.byref(o),
                                               ctypes.byref(result.handle))
            _check(status, result, None)


def _read_records(handle, positions) -> List[Record]:
    out = []
    for i in range(_lib.econex_result_count(handle)):
        r = _lib.econex_result_get(handle, i).contents
        out.append(Record(
            region=r.region.text(),
            region_code=r.region_code.text(),
            period=r.period.text(),
            indicator=r.indicator.text(),
            indicator_id=r.indicator_id.text(),
            measure=_name("econex_measure_str", r.measure),
            basis=r.basis.text(),
            value=r.value,
            unit=r.unit.text(),
            qualifier=_name("econex_qualifier_str", r.qualifier),
            status=_name("econex_record_status_str", r.status),
            value_text=r.value_text.text(),
            value_begin=r.value_begin,
            value_end=r.value_end,
            region_source=_name("econex_source_str", r.region_source),
            period_source=_name("econex_source_str", r.period_source),
            sentence_begin=r.sentence_begin,
            sentence_end=r.sentence_end,
            start=positions.char(r.value_begin),
            stop=positions.char(r.value_end),
            sentence_start=positions.char(r.sentence_begin),
            sentence_stop=positions.char(r.sentence_end),
        ))
    return out


def _read_quantities(handle, positions) -> List[Quantity]:
    out = []
    for i in range(_lib.econex_result_count(handle)):
        q = _lib.econex_result_get_quantity(handle, i).contents
        out.append(Quantity(
            value_text=q.text.text(),
            value=q.value,
            unit=q.unit.text(),
            unit_text=q.unit_text.text(),
            qualifier=_name("econex_qualifier_str", q.qualifier),
            low=q.low if q.has_low else None,
            high=q.high if q.has_high else None,
            begin=q.begin,
            end=q.end,
            start=positions.char(q.begin),
            stop=positions.char(q.end),
        ))
    return out


def _read_periods(handle, positions) -> List[Period]:
    out = []
    for i in range(_lib.econex_result_count(handle)):
        p = _lib.econex_result_get_period(handle, i).contents
        out.append(Period(
            text=p.text.text(),
            period=p.period.text(),
            begin=p.begin,
            end=p.end,
            start=positions.char(p.begin),
            stop=positions.char(p.end),
        ))
    return out


def _read_jsonl(handle, positions) -> str:
    buf = ctypes.c_void_p()
    size = ctypes.c_size_t()
    status = _lib.econex_result_jsonl(handle, ctypes.byref(buf), ctypes.byref(size))
    _check(status, None, None)
    try:
        return ctypes.string_at(buf, size.value).decode("utf-8", "replace") if size.value else ""
    finally:
        _lib.econex_free(buf)


# Many documents on a thread pool, and pandas data frames (docs/DATA_TOOLS.md).
from ._data import RECORD_COLUMNS, default_extractor, extract_many, to_dataframe  # noqa: E402
