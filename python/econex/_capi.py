"""ctypes declarations of econex's C API (econex/econex.h) and the loader.

Internal: use the classes in ``econex`` instead. Every function the binding
calls is declared here with its argtypes and restype; the structs mirror the
header field for field (they only ever grow at the end, and the library says
how big the ones it fills are in ``struct_size``).
"""

import ctypes
import ctypes.util
import os
import sys

# The ABI this binding is written against: N of libeconex.so.N.
ABI_VERSION = 1

# econex_status
OK = 0
INVALID_UTF8 = 1
INVALID_ARGUMENT = 2
TOO_LARGE = 3
OUT_OF_MEMORY = 4
INTERNAL = 5
NULL_ARGUMENT = 6

# econex_utf8_mode
UTF8_ERROR = 0
UTF8_REPLACE = 1

# econex_kind
KIND_NONE = 0
KIND_RECORDS = 1
KIND_QUANTITIES = 2
KIND_PERIODS = 3


class Str(ctypes.Structure):
    """econex_str: a (data, len) string owned by a result."""

    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_size_t)]

    def bytes(self):
        if not self.len:
            return b""
        return ctypes.string_at(self.data, self.len)

    def text(self):
        return self.bytes().decode("utf-8", "replace")


class Options(ctypes.Structure):
    """econex_options."""

    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("reference_date", ctypes.c_char_p),
        ("default_region", ctypes.c_char_p),
        ("invalid_utf8", ctypes.c_int),
        ("doc_name", ctypes.c_char_p),
    ]


class RecordC(ctypes.Structure):
    """econex_record."""

    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("region", Str),
        ("region_code", Str),
        ("period", Str),
        ("indicator", Str),
        ("indicator_id", Str),
        ("measure", ctypes.c_int),
        ("basis", Str),
        ("value", ctypes.c_double),
        ("unit", Str),
        ("qualifier", ctypes.c_int),
        ("status", ctypes.c_int),
        ("value_text", Str),
        ("value_begin", ctypes.c_size_t),
        ("value_end", ctypes.c_size_t),
        ("sentence_begin", ctypes.c_size_t),
        ("sentence_end", ctypes.c_size_t),
        ("region_source", ctypes.c_int),
        ("period_source", ctypes.c_int),
    ]


class QuantityC(ctypes.Structure):
    """econex_quantity."""

    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("text", Str),
        ("begin", ctypes.c_size_t),
        ("end", ctypes.c_size_t),
        ("value", ctypes.c_double),
        ("unit", Str),
        ("unit_text", Str),
        ("qualifier", ctypes.c_int),
        ("has_low", ctypes.c_bool),
        ("has_high", ctypes.c_bool),
        ("low", ctypes.c_double),
        ("high", ctypes.c_double),
    ]


class PeriodC(ctypes.Structure):
    """econex_period."""

    _fields_ = [
        ("struct_size", ctypes.c_size_t),
        ("text", Str),
        ("begin", ctypes.c_size_t),
        ("end", ctypes.c_size_t),
        ("period", Str),
    ]


class ExtractorHandle(ctypes.c_void_p):
    """econex_extractor *: a typed opaque handle."""


class ResultHandle(ctypes.c_void_p):
    """econex_result *: a typed opaque handle."""


def _candidates():
    """Where the library is looked for, in order."""
    env = os.environ.get("ECONEX_LIBRARY")
    if env:
        # An explicit choice: only that one, so a wrong path is an error, not
        # a silent fallback to another copy.
        return [env], True
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.platform == "darwin":
        names = ["libeconex.%d.dylib" % ABI_VERSION, "libeconex.dylib"]
    elif sys.platform == "win32":
        names = ["econex.dll"]
    else:
        names = ["libeconex.so.%d" % ABI_VERSION, "libeconex.so"]
    found = [os.path.join(here, n) for n in names if os.path.exists(os.path.join(here, n))]
    lib = ctypes.util.find_library("econex")
    if lib:
        found.append(lib)
    found.append(names[0])  # the SONAME, through the dynamic loader's search path
    return found, False


def load():
    """Loads libeconex, checks its ABI version and declares every function."""
    paths, explicit = _candidates()
    errors = []
    lib = None
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
            break
        except OSError as e:
            errors.append("%s: %s" % (path, e))
    if lib is None:
        hint = ("ECONEX_LIBRARY=%s could not be loaded" % paths[0] if explicit else
                "libeconex.so.%d was not found; install econex, put the library beside "
                "this package, or set ECONEX_LIBRARY to its path" % ABI_VERSION)
        raise ImportError("econex: %s (%s)" % (hint, "; ".join(errors)))
    try:
        abi = lib.econex_abi_version
    except AttributeError:
        raise ImportError("econex: %s is not libeconex (no econex_abi_version)" % path)
    abi.argtypes = []
    abi.restype = ctypes.c_uint
    if abi() != ABI_VERSION:
        raise ImportError(
            "econex: %s has ABI version %d; this binding needs %d" % (path, abi(), ABI_VERSION))
    _declare(lib)
    lib.econex_path = path
    return lib


def _declare(lib):
    c_size_p = ctypes.POINTER(ctypes.c_size_t)
    result_p = ctypes.POINTER(ResultHandle)
    options_p = ctypes.POINTER(Options)
    decls = {
        "econex_version_number": ([], ctypes.c_uint),
        "econex_version_string": ([], ctypes.c_char_p),
        "econex_data_version_string": ([], ctypes.c_char_p),
        "econex_abi_version": ([], ctypes.c_uint),
        "econex_status_str": ([ctypes.c_int], ctypes.c_char_p),
        "econex_options_default_sized": ([options_p, ctypes.c_size_t], ctypes.c_int),
        "econex_extractor_new": ([ctypes.POINTER(ExtractorHandle)], ctypes.c_int),
        "econex_extractor_free": ([ExtractorHandle], None),
        "econex_extract": ([ExtractorHandle, ctypes.c_char_p, ctypes.c_size_t, options_p,
                            result_p], ctypes.c_int),
        "econex_quantities": ([ExtractorHandle, ctypes.c_char_p, ctypes.c_size_t, options_p,
                               result_p], ctypes.c_int),
        "econex_periods": ([ExtractorHandle, ctypes.c_char_p, ctypes.c_size_t, options_p,
                            result_p], ctypes.c_int),
        "econex_check_options": ([ExtractorHandle, options_p, result_p], ctypes.c_int),
        "econex_result_free": ([ResultHandle], None),
        "econex_result_status": ([ResultHandle], ctypes.c_int),
        "econex_result_kind": ([ResultHandle], ctypes.c_int),
        "econex_result_error_message": ([ResultHandle], ctypes.c_char_p),
        "econex_result_error_offset": ([ResultHandle], ctypes.c_int64),
        "econex_result_count": ([ResultHandle], ctypes.c_size_t),
        "econex_result_get": ([ResultHandle, ctypes.c_size_t], ctypes.POINTER(RecordC)),
        "econex_result_get_quantity": ([ResultHandle, ctypes.c_size_t],
                                       ctypes.POINTER(QuantityC)),
        "econex_result_get_period": ([ResultHandle, ctypes.c_size_t], ctypes.POINTER(PeriodC)),
        "econex_result_jsonl": ([ResultHandle, ctypes.POINTER(ctypes.c_void_p), c_size_p],
                                ctypes.c_int),
        "econex_free": ([ctypes.c_void_p], None),
        "econex_measure_str": ([ctypes.c_int], ctypes.c_char_p),
        "econex_qualifier_str": ([ctypes.c_int], ctypes.c_char_p),
        "econex_record_status_str": ([ctypes.c_int], ctypes.c_char_p),
        "econex_source_str": ([ctypes.c_int], ctypes.c_char_p),
    }
    for name, (argtypes, restype) in decls.items():
        fn = getattr(lib, name)
        fn.argtypes = argtypes
        fn.restype = restype
