/*
 * econex.h — the C API of econex: typed economic indicator records from
 * Chinese text. Installed as <econex/econex.h>. Plain C99.
 *
 * Thread safety: an econex_extractor is immutable once econex_extractor_new()
 * has returned it and may be used by any number of threads at once; an
 * econex_result belongs to one thread at a time (it is never shared by the
 * library, so different threads may read different results freely).
 *
 * The shape of the API (see STYLE.md):
 *   - Opaque handles made by econex_*_new() / delivered by a call, released by
 *     the matching econex_*_free(); every _free() accepts NULL. There is no
 *     global setup or teardown.
 *   - Every fallible call returns an econex_status (values pinned, new ones
 *     only ever appended) and delivers its object through an out-parameter.
 *     Extraction calls deliver their result handle even when they fail, as
 *     sqlite3_open() does, so the error message and the byte offset of the
 *     problem can be read from the result that failed; never from the shared
 *     extractor, a thread-local or a global.
 *   - Structs the caller fills (econex_options) and structs the library fills
 *     (econex_record, econex_quantity, econex_period) begin with struct_size;
 *     fields are only ever appended. Fill options with econex_options_default()
 *     so that an older library reads only what it knows and a newer one
 *     supplies defaults for what the caller does not.
 *   - Input is (const char *utf8, size_t len), NUL not required. Every offset
 *     out is a half-open byte range [begin, end) into the caller's buffer,
 *     whatever normalisation (full-width forms, spaces between characters,
 *     line breaks, page markers) happened inside.
 *   - Strings inside results are (data, len) pairs owned by the result; they
 *     are also NUL-terminated, but len is the truth. A loose string the library
 *     hands over (econex_result_jsonl) is released with econex_free().
 *   - No C++ exception ever crosses this boundary.
 *
 * Minimal use:
 *
 *   econex_extractor *x;
 *   if (econex_extractor_new(&x) != ECONEX_OK) return 1;
 *   econex_options o;
 *   econex_options_default(&o);
 *   o.reference_date = "2025-04-25";
 *   o.default_region = "500000";
 *   econex_result *r;
 *   if (econex_extract(x, text, text_len, &o, &r) != ECONEX_OK) {
 *     fprintf(stderr, "%s at byte %lld\n", econex_result_error_message(r),
 *             (long long)econex_result_error_offset(r));
 *   }
 *   for (size_t i = 0; i < econex_result_count(r); i++) {
 *     const econex_record *rec = econex_result_get(r, i);
 *     printf("%.*s %g\n", (int)rec->indicator.len, rec->indicator.data, rec->value);
 *   }
 *   econex_result_free(r);
 *   econex_extractor_free(x);
 */
#ifndef ECONEX_ECONEX_H_
#define ECONEX_ECONEX_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "econex/version.h"

/* ECONEX_API marks the exported functions. The shared library is built with
 * hidden visibility and a linker version script, so only econex_* symbols are
 * exported. Define ECONEX_STATIC_DEFINE (or build with a static library on a
 * non-ELF platform) to leave the attribute out. */
#ifndef ECONEX_API
#if defined(_WIN32) && !defined(ECONEX_STATIC_DEFINE)
#if defined(ECONEX_BUILDING_LIBRARY)
#define ECONEX_API __declspec(dllexport)
#else
#define ECONEX_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define ECONEX_API __attribute__((visibility("default")))
#else
#define ECONEX_API
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Versions                                                                 */
/* ------------------------------------------------------------------------ */

/* The release version of the library actually loaded, as
 * MAJOR*10000 + MINOR*100 + PATCH (compare with ECONEX_VERSION_NUMBER, the
 * version of the header compiled against). Nothing to free. */
ECONEX_API unsigned econex_version_number(void);

/* The release version of the library actually loaded, e.g. "0.1.0".
 * Static storage owned by the library: never free it. */
ECONEX_API const char* econex_version_string(void);

/* The version of the built-in data tables (indicators, units, regions),
 * e.g. "2025.1". Static storage owned by the library: never free it. */
ECONEX_API const char* econex_data_version_string(void);

/* The ABI version of the library actually loaded: N of the SONAME
 * libeconex.so.N (compare with ECONEX_ABI_VERSION). Bindings that load the
 * library at run time check it before calling anything else. */
ECONEX_API unsigned econex_abi_version(void);

/* ------------------------------------------------------------------------ */
/* Status codes                                                             */
/* ------------------------------------------------------------------------ */

/* The outcome of a call. Values are pinned (they equal econex::StatusCode of
 * the C++ API); new codes are only ever appended. */
typedef enum econex_status {
  ECONEX_OK = 0,
  ECONEX_INVALID_UTF8 = 1,     /* input is not UTF-8; the offset is the first bad byte */
  ECONEX_INVALID_ARGUMENT = 2, /* an option is malformed (reference date, region,
                                  struct_size, an enum value) */
  ECONEX_TOO_LARGE = 3,        /* input larger than the library can index (4 GiB) */
  ECONEX_OUT_OF_MEMORY = 4,
  ECONEX_INTERNAL = 5,     /* a bug in econex: please report it with the input */
  ECONEX_NULL_ARGUMENT = 6 /* a required pointer argument was NULL */
} econex_status;

/* The name of a status code: "ok", "invalid_utf8", "invalid_argument",
 * "too_large", "out_of_memory", "internal", "null_argument"; "unknown" for a
 * value this library does not know. Static storage: never free it. */
ECONEX_API const char* econex_status_str(econex_status status);

/* ------------------------------------------------------------------------ */
/* Options                                                                  */
/* ------------------------------------------------------------------------ */

/* What to do with bytes that are not UTF-8. */
typedef enum econex_utf8_mode {
  ECONEX_UTF8_ERROR = 0,  /* fail with ECONEX_INVALID_UTF8 and the offset (default) */
  ECONEX_UTF8_REPLACE = 1 /* read each bad byte as U+FFFD and go on */
} econex_utf8_mode;

/* Options for one call. Always initialise with econex_options_default(&o),
 * then set the fields you need. Defaults:
 *   reference_date  NULL   "YYYY-MM-DD", NUL-terminated; the year of 今年,
 *                          一季度, 去年 ... is taken from it. NULL or "": the
 *                          newest year the document writes, else "????".
 *   default_region  NULL   GB/T 2260 code ("500000") or full name ("重庆市") of
 *                          the place the text is about, or a zone of a place
 *                          that the gazetteer lacks ("济宁高新区": records get
 *                          the zone's name and an empty code); NULL or "" for
 *                          none.
 *   invalid_utf8    ECONEX_UTF8_ERROR
 *   doc_name        NULL   the "doc" key written by econex_result_jsonl();
 *                          NULL or "" writes no "doc" key.
 * The strings are borrowed: the library reads them during the call only and
 * keeps copies of what it needs (the result keeps its own copy of doc_name).
 * Fields are only ever appended; the library reads no byte past struct_size,
 * and when struct_size is larger than the struct it knows, the bytes it does
 * not know must be zero (else ECONEX_INVALID_ARGUMENT). */
typedef struct econex_options {
  size_t struct_size; /* sizeof the caller's econex_options */
  const char* reference_date;
  const char* default_region;
  econex_utf8_mode invalid_utf8;
  const char* doc_name;
} econex_options;

/* Fills the first `size` bytes of *options with the defaults above and sets
 * options->struct_size = size. Call it through econex_options_default().
 * Returns ECONEX_NULL_ARGUMENT if options is NULL, ECONEX_INVALID_ARGUMENT if
 * size cannot even hold struct_size (nothing is written then), else ECONEX_OK.
 * The caller owns *options. */
ECONEX_API econex_status econex_options_default_sized(econex_options* options, size_t size);

/* econex_options_default(&o): the way to initialise an econex_options. */
#define econex_options_default(options) econex_options_default_sized((options), sizeof *(options))

/* ------------------------------------------------------------------------ */
/* The extractor                                                            */
/* ------------------------------------------------------------------------ */

/* The extractor: the built-in tables and every compiled pattern and grammar.
 * Immutable and thread-safe; make one and share it. */
typedef struct econex_extractor econex_extractor;

/* Makes an extractor (a few milliseconds: it loads the tables and compiles
 * the patterns) and stores it in *out. On failure *out is set to NULL and the
 * status says why (ECONEX_OUT_OF_MEMORY, ECONEX_INTERNAL; ECONEX_NULL_ARGUMENT
 * when out is NULL). The caller owns the extractor and releases it with
 * econex_extractor_free() once no thread uses it any more. */
ECONEX_API econex_status econex_extractor_new(econex_extractor** out);

/* Releases an extractor made by econex_extractor_new(). NULL is a no-op.
 * Results made with it stay valid: they own all their data. */
ECONEX_API void econex_extractor_free(econex_extractor* extractor);

/* ------------------------------------------------------------------------ */
/* Results                                                                  */
/* ------------------------------------------------------------------------ */

/* The outcome of one call: a status, an error message and offset when it
 * failed, and a list of items (records, quantities or periods). */
typedef struct econex_result econex_result;

/* What the items of a result are. */
typedef enum econex_kind {
  ECONEX_KIND_NONE = 0,       /* no items (econex_check_options) */
  ECONEX_KIND_RECORDS = 1,    /* econex_extract: read with econex_result_get() */
  ECONEX_KIND_QUANTITIES = 2, /* econex_quantities: econex_result_get_quantity() */
  ECONEX_KIND_PERIODS = 3     /* econex_periods: econex_result_get_period() */
} econex_kind;

/* A string owned by a result: `len` bytes at `data`, followed by a NUL that
 * is not counted. Valid until the result is freed. */
typedef struct econex_str {
  const char* data;
  size_t len;
} econex_str;

/* What a record measures (values pinned). */
typedef enum econex_measure {
  ECONEX_MEASURE_LEVEL = 0,
  ECONEX_MEASURE_GROWTH = 1,
  ECONEX_MEASURE_SHARE = 2,
  ECONEX_MEASURE_CHANGE = 3,
  ECONEX_MEASURE_CONTRIBUTION = 4,
  ECONEX_MEASURE_RANK = 5
} econex_measure;

/* How a value relates to the number written (values pinned). */
typedef enum econex_qualifier {
  ECONEX_QUALIFIER_EXACT = 0,
  ECONEX_QUALIFIER_APPROX = 1, /* 约, 左右, 上下 */
  ECONEX_QUALIFIER_OVER = 2,   /* 超, 逾, 余, 多, 以上, 突破 */
  ECONEX_QUALIFIER_UNDER = 3   /* 近, 不到, 不足, 以下 */
} econex_qualifier;

/* Fact or plan (values pinned). */
typedef enum econex_record_status {
  ECONEX_RECORD_ACTUAL = 0,
  ECONEX_RECORD_TARGET = 1
} econex_record_status;

/* Where a record's region or period came from (values pinned). */
typedef enum econex_source {
  ECONEX_SOURCE_NONE = 0,
  ECONEX_SOURCE_EXPLICIT = 1, /* written in the same clause */
  ECONEX_SOURCE_CONTEXT = 2,  /* carried from the section or sentence */
  ECONEX_SOURCE_DEFAULT = 3   /* the caller's default_region */
} econex_source;

/* One indicator record (RECORDS.md section 2). Filled by the library, owned
 * by the result it came from, valid until econex_result_free(). struct_size is
 * sizeof(econex_record) of the library that filled it: fields past what the
 * caller's header knows are simply not looked at; a caller compiled against a
 * newer header checks struct_size before reading a field the library may not
 * have (offsetof(econex_record, field) < rec->struct_size). */
typedef struct econex_record {
  size_t struct_size;
  econex_str region;       /* canonical name ("万州区"), "" if unknown */
  econex_str region_code;  /* 6-digit GB/T 2260 code, "" for zones / the nation */
  econex_str period;       /* canonical period ("2025-Q1"), "" if none */
  econex_str indicator;    /* the indicator as written, minimal noun phrase */
  econex_str indicator_id; /* id from indicators.tsv ("gdp"), or "" */
  econex_measure measure;
  econex_str basis; /* "yoy"/"mom" for growth; denominator or comparison */
  double value;     /* base units; negative for a fall */
  econex_str unit;  /* unit code ("CNY", "%", "pp", ...) */
  econex_qualifier qualifier;
  econex_record_status status;
  econex_str value_text; /* the value as written (original bytes) */
  size_t value_begin;    /* byte span of value_text in the input, half-open */
  size_t value_end;
  size_t sentence_begin; /* byte span of the sentence it came from */
  size_t sentence_end;
  econex_source region_source;
  econex_source period_source;
} econex_record;

/* A number in the text with its unit and qualifier (the quantity layer).
 * Owned by its result, like econex_record; same struct_size rule. */
typedef struct econex_quantity {
  size_t struct_size;
  econex_str text; /* the value as written (original bytes) */
  size_t begin;    /* byte span of text in the input, half-open */
  size_t end;
  double value;         /* base units (1.5万 -> 15000, 6.5% -> 6.5) */
  econex_str unit;      /* unit code, "" for a bare number */
  econex_str unit_text; /* the unit as written after folding ("亿元") */
  econex_qualifier qualifier;
  bool has_low; /* a range (3-5万, 三四十): low and high are set */
  bool has_high;
  double low;  /* 0 unless has_low */
  double high; /* 0 unless has_high */
} econex_quantity;

/* A period expression. Owned by its result, like econex_record. */
typedef struct econex_period {
  size_t struct_size;
  econex_str text; /* as written (original bytes) */
  size_t begin;    /* byte span of text in the input, half-open */
  size_t end;
  econex_str period; /* canonical form ("2025-Q1"), "" when not a reporting period */
} econex_period;

/* Every indicator record in utf8[0, len), in order of value_begin.
 * `extractor` is borrowed (shared, may be used by other threads meanwhile);
 * `utf8` is borrowed for the call only (NUL not required; NULL is allowed
 * when len is 0); `options` is borrowed for the call, NULL means defaults.
 * A result is stored in *out whatever the status (only if out is NULL, or the
 * result itself cannot be allocated, is nothing stored: *out is then NULL,
 * with ECONEX_NULL_ARGUMENT or ECONEX_OUT_OF_MEMORY). On failure the result
 * holds no items and carries the message and byte offset of the problem.
 * The caller owns *out and releases it with econex_result_free(). */
ECONEX_API econex_status econex_extract(const econex_extractor* extractor, const char* utf8,
                                        size_t len, const econex_options* options,
                                        econex_result** out);

/* Every number in utf8[0, len) with unit, qualifier and range; items read
 * with econex_result_get_quantity(). Ownership as for econex_extract(). */
ECONEX_API econex_status econex_quantities(const econex_extractor* extractor, const char* utf8,
                                           size_t len, const econex_options* options,
                                           econex_result** out);

/* Every period expression in utf8[0, len), resolved against
 * options->reference_date; items read with econex_result_get_period().
 * Ownership as for econex_extract(). */
ECONEX_API econex_status econex_periods(const econex_extractor* extractor, const char* utf8,
                                        size_t len, const econex_options* options,
                                        econex_result** out);

/* Checks options without any text: a well-formed reference date, a known
 * default region, a valid invalid_utf8 mode, a sane struct_size. Delivers a
 * result of kind ECONEX_KIND_NONE with the message when they are not.
 * Ownership as for econex_extract(). */
ECONEX_API econex_status econex_check_options(const econex_extractor* extractor,
                                              const econex_options* options, econex_result** out);

/* Releases a result and every item and string in it. NULL is a no-op. */
ECONEX_API void econex_result_free(econex_result* result);

/* The status of the call that made the result (ECONEX_NULL_ARGUMENT for a
 * NULL result). */
ECONEX_API econex_status econex_result_status(const econex_result* result);

/* What the result's items are (ECONEX_KIND_NONE for a NULL result). */
ECONEX_API econex_kind econex_result_kind(const econex_result* result);

/* The error message of a failed call: what went wrong and what to do about
 * it; "" when the call succeeded. Never NULL (a NULL result gives a static
 * message). Owned by the result: valid until econex_result_free(). */
ECONEX_API const char* econex_result_error_message(const econex_result* result);

/* The byte offset into the input where the problem is (the first bad byte
 * for ECONEX_INVALID_UTF8), or -1 when there is none or the call succeeded. */
ECONEX_API int64_t econex_result_error_offset(const econex_result* result);

/* The number of items in the result: 0 for NULL and for a failed call. */
ECONEX_API size_t econex_result_count(const econex_result* result);

/* The i-th record of a result of kind ECONEX_KIND_RECORDS, 0 <= i < count;
 * NULL when i is out of range, the result is NULL or of another kind.
 * The record is owned by the result: valid until econex_result_free(). */
ECONEX_API const econex_record* econex_result_get(const econex_result* result, size_t i);

/* The i-th quantity of a result of kind ECONEX_KIND_QUANTITIES; NULL
 * otherwise. Owned by the result, as for econex_result_get(). */
ECONEX_API const econex_quantity* econex_result_get_quantity(const econex_result* result, size_t i);

/* The i-th period of a result of kind ECONEX_KIND_PERIODS; NULL otherwise.
 * Owned by the result, as for econex_result_get(). */
ECONEX_API const econex_period* econex_result_get_period(const econex_result* result, size_t i);

/* The result's items as JSON Lines: one object per item, each followed by
 * "\n", exactly as the `econex` command writes them (records carry "doc" when
 * options->doc_name was set). An empty or failed result gives "".
 * Stores a NUL-terminated string in *out (and its length, without the NUL, in
 * *len unless len is NULL). The caller owns *out and releases it with
 * econex_free(). On failure *out is NULL (ECONEX_NULL_ARGUMENT,
 * ECONEX_OUT_OF_MEMORY). */
ECONEX_API econex_status econex_result_jsonl(const econex_result* result, char** out, size_t* len);

/* Releases memory the library handed over as a loose pointer (the string of
 * econex_result_jsonl()). NULL is a no-op. Never use free() on it. */
ECONEX_API void econex_free(void* ptr);

/* ------------------------------------------------------------------------ */
/* Names of enum values (static storage: never free them)                   */
/* ------------------------------------------------------------------------ */

/* "level", "growth", "share", "change", "contribution", "rank"; "" if unknown. */
ECONEX_API const char* econex_measure_str(econex_measure measure);

/* "exact", "approx", "over", "under"; "" if unknown. */
ECONEX_API const char* econex_qualifier_str(econex_qualifier qualifier);

/* "actual", "target"; "" if unknown. */
ECONEX_API const char* econex_record_status_str(econex_record_status status);

/* "" (none), "explicit", "context", "default"; "" if unknown. */
ECONEX_API const char* econex_source_str(econex_source source);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ECONEX_ECONEX_H_ */
