/*
 * econex_sqlite.c — econex as an SQLite loadable extension (docs/DATA_TOOLS.md).
 *
 *   .load ./econex_sqlite          (sqlite3 shell; SELECT load_extension(...) in SQL)
 *
 *   SELECT a.id, r.indicator, r.value, r.unit
 *     FROM articles a, econex_extract(a.body, '2025-04-25', '500000') r;
 *
 * What it registers on a connection:
 *   econex_extract(text [, reference_date [, default_region [, invalid_utf8]]])
 *       table-valued function (an eponymous virtual table, arguments are hidden
 *       columns): one row per record, the columns of RECORDS.md section 2 then
 *       region_source, period_source, sentence_begin, sentence_end; rowid is
 *       the record's index in the document (0-based, order of value_begin).
 *       invalid_utf8: 'error' (the default) or 'replace' (each bad byte is
 *       read as U+FFFD; offsets stay offsets into the bytes given).
 *   econex_quantity(text)        REAL: the value (base units) of the first
 *                                quantity in text, NULL when there is none.
 *   econex_quantities(text)      TEXT (JSON): every quantity, an array of the
 *                                objects `econex quantities` writes.
 *   econex_period(text [, reference_date])
 *                                TEXT: the canonical period of the first period
 *                                expression that has one, NULL when none does.
 *   econex_version()             TEXT: "econex 0.1.0 (data 2025.2)".
 *
 * Everything goes through the C API (econex/econex.h) of the shared library
 * libeconex.so.1. One extractor is shared by every connection of the process
 * that loaded the extension (it is immutable and thread-safe): made when the
 * first connection loads the extension, reference-counted by the functions and
 * the module registered on each connection (their destructors release it when
 * the connection closes or the function is replaced), freed with the last one.
 * So loading with load_extension() per connection and registering the entry
 * point with sqlite3_auto_extension() both work, from any number of threads.
 *
 * Bytes that are not UTF-8 are an error (with the byte offset), as for the
 * `econex` command, unless econex_extract() is given 'replace'. A BLOB argument is read as UTF-8
 * bytes. A NULL text gives no rows (NULL for the scalar functions).
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <econex/econex.h>

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#define ECONEX_SQLITE_EXPORT __declspec(dllexport)
#else
#define ECONEX_SQLITE_EXPORT __attribute__((visibility("default")))
#endif

#ifndef SQLITE_INNOCUOUS
#define SQLITE_INNOCUOUS 0
#endif
#ifndef SQLITE_RESULT_SUBTYPE
#define SQLITE_RESULT_SUBTYPE 0
#endif
#define ECONEX_JSON_SUBTYPE 74 /* 'J', the subtype json1 gives JSON text */

/* ------------------------------------------------------------------------ */
/* The shared extractor                                                     */
/* ------------------------------------------------------------------------ */

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static econex_extractor* g_extractor; /* guarded by g_lock */
static size_t g_refs;                 /* guarded by g_lock */

/* Takes a reference to the shared extractor, making it if there is none. */
static int extractor_acquire(econex_extractor** out, char** err) {
  int rc = SQLITE_OK;
  pthread_mutex_lock(&g_lock);
  if (g_extractor == NULL) {
    econex_status st = econex_extractor_new(&g_extractor);
    if (st != ECONEX_OK) {
      g_extractor = NULL;
      if (err)
        *err = sqlite3_mprintf("econex: cannot make an extractor: %s", econex_status_str(st));
      rc = st == ECONEX_OUT_OF_MEMORY ? SQLITE_NOMEM : SQLITE_ERROR;
    }
  }
  if (rc == SQLITE_OK) {
    g_refs++;
    *out = g_extractor;
  }
  pthread_mutex_unlock(&g_lock);
  return rc;
}

/* Releases one reference; the last one frees the extractor. The destructor
 * given to sqlite3_create_function_v2 / sqlite3_create_module_v2. */
static void extractor_release(void* unused) {
  econex_extractor* dead = NULL;
  (void)unused;
  pthread_mutex_lock(&g_lock);
  if (g_refs > 0 && --g_refs == 0) {
    dead = g_extractor;
    g_extractor = NULL;
  }
  pthread_mutex_unlock(&g_lock);
  econex_extractor_free(dead);
}

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* The UTF-8 bytes of a value: a BLOB as it is, anything else as text. */
static const char* value_bytes(sqlite3_value* v, size_t* len) {
  const char* p;
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    p = (const char*)sqlite3_value_blob(v);
  } else {
    p = (const char*)sqlite3_value_text(v);
  }
  *len = (size_t)sqlite3_value_bytes(v); /* after the conversion above */
  return p;
}

/* An option's text, or NULL for an SQL NULL. */
static const char* option_text(sqlite3_value* v) {
  if (v == NULL || sqlite3_value_type(v) == SQLITE_NULL) return NULL;
  return (const char*)sqlite3_value_text(v);
}

/* The message of a failed call: "econex_extract: invalid_utf8: ... (byte 12)". */
static char* error_message(const char* fn, econex_status st, const econex_result* r) {
  int64_t off = econex_result_error_offset(r);
  const char* msg = r ? econex_result_error_message(r) : "";
  /* The library's messages name the byte themselves; add it where one does not. */
  if (off >= 0 && strstr(msg, "byte") == NULL) {
    return sqlite3_mprintf("%s: %s: %s (byte %lld)", fn, econex_status_str(st), msg,
                           (long long)off);
  }
  return sqlite3_mprintf("%s: %s: %s", fn, econex_status_str(st), msg);
}

static void result_error(sqlite3_context* ctx, const char* fn, econex_status st,
                         const econex_result* r) {
  char* m = error_message(fn, st, r);
  if (st == ECONEX_OUT_OF_MEMORY || m == NULL) {
    sqlite3_result_error_nomem(ctx);
  } else {
    sqlite3_result_error(ctx, m, -1);
  }
  sqlite3_free(m);
}

static void result_str(sqlite3_context* ctx, econex_str s) {
  sqlite3_result_text(ctx, s.len ? s.data : "", (int)s.len, SQLITE_TRANSIENT);
}

/* ------------------------------------------------------------------------ */
/* Scalar functions                                                         */
/* ------------------------------------------------------------------------ */

/* econex_quantity(text): REAL value of the first quantity, NULL if none. */
static void fn_quantity(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  const econex_extractor* x = (const econex_extractor*)sqlite3_user_data(ctx);
  econex_result* r = NULL;
  econex_status st;
  size_t len;
  const char* data;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return; /* NULL */
  data = value_bytes(argv[0], &len);
  st = econex_quantities(x, data, len, NULL, &r);
  if (st != ECONEX_OK) {
    result_error(ctx, "econex_quantity", st, r);
  } else if (econex_result_count(r) > 0) {
    sqlite3_result_double(ctx, econex_result_get_quantity(r, 0)->value);
  }
  econex_result_free(r);
}

/* econex_quantities(text): JSON array of the `econex quantities` objects. */
static void fn_quantities(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  const econex_extractor* x = (const econex_extractor*)sqlite3_user_data(ctx);
  econex_result* r = NULL;
  econex_status st;
  char* lines = NULL;
  size_t len, n, i, k;
  const char* data;
  char* json;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  data = value_bytes(argv[0], &len);
  st = econex_quantities(x, data, len, NULL, &r);
  if (st != ECONEX_OK) {
    result_error(ctx, "econex_quantities", st, r);
    econex_result_free(r);
    return;
  }
  st = econex_result_jsonl(r, &lines, &n);
  econex_result_free(r);
  if (st != ECONEX_OK) {
    result_error(ctx, "econex_quantities", st, NULL);
    return;
  }
  /* "{..}\n{..}\n" -> "[{..},{..}]": each line is one object, and a JSON
   * string never holds a raw newline, so every "\n" separates two objects. */
  json = (char*)sqlite3_malloc64((sqlite3_uint64)n + 3);
  if (json == NULL) {
    econex_free(lines);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  k = 0;
  json[k++] = '[';
  for (i = 0; i < n; i++) {
    if (lines[i] == '\n') {
      if (i + 1 < n) json[k++] = ',';
    } else {
      json[k++] = lines[i];
    }
  }
  json[k++] = ']';
  econex_free(lines);
  sqlite3_result_text64(ctx, json, k, sqlite3_free, SQLITE_UTF8);
  sqlite3_result_subtype(ctx, ECONEX_JSON_SUBTYPE);
}

/* econex_period(text [, reference_date]): the first canonical period. */
static void fn_period(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  const econex_extractor* x = (const econex_extractor*)sqlite3_user_data(ctx);
  econex_result* r = NULL;
  econex_options o;
  econex_status st;
  size_t len, i, count;
  const char* data;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  econex_options_default(&o);
  o.reference_date = argc > 1 ? option_text(argv[1]) : NULL;
  data = value_bytes(argv[0], &len);
  st = econex_periods(x, data, len, &o, &r);
  if (st != ECONEX_OK) {
    result_error(ctx, "econex_period", st, r);
  } else {
    count = econex_result_count(r);
    for (i = 0; i < count; i++) {
      const econex_period* p = econex_result_get_period(r, i);
      if (p->period.len > 0) {
        result_str(ctx, p->period);
        break;
      }
    }
  }
  econex_result_free(r);
}

/* econex_version(): "econex 0.1.0 (data 2025.2)". */
static void fn_version(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(
      ctx,
      sqlite3_mprintf("econex %s (data %s)", econex_version_string(), econex_data_version_string()),
      -1, sqlite3_free);
}

/* ------------------------------------------------------------------------ */
/* econex_extract: the table-valued function                                */
/* ------------------------------------------------------------------------ */

enum {
  COL_REGION,
  COL_REGION_CODE,
  COL_PERIOD,
  COL_INDICATOR,
  COL_INDICATOR_ID,
  COL_MEASURE,
  COL_BASIS,
  COL_VALUE,
  COL_UNIT,
  COL_QUALIFIER,
  COL_STATUS,
  COL_VALUE_TEXT,
  COL_VALUE_BEGIN,
  COL_VALUE_END,
  COL_REGION_SOURCE,
  COL_PERIOD_SOURCE,
  COL_SENTENCE_BEGIN,
  COL_SENTENCE_END,
  COL_TEXT, /* the hidden columns: the function's arguments, in order */
  COL_REFERENCE_DATE,
  COL_DEFAULT_REGION,
  COL_INVALID_UTF8
};
#define N_ARGS 4

static const char k_schema[] =
    "CREATE TABLE x(region TEXT, region_code TEXT, period TEXT, indicator TEXT,"
    " indicator_id TEXT, measure TEXT, basis TEXT, value REAL, unit TEXT,"
    " qualifier TEXT, status TEXT, value_text TEXT, value_begin INTEGER,"
    " value_end INTEGER, region_source TEXT, period_source TEXT,"
    " sentence_begin INTEGER, sentence_end INTEGER,"
    " text HIDDEN, reference_date HIDDEN, default_region HIDDEN, invalid_utf8 HIDDEN)";

typedef struct extract_vtab {
  sqlite3_vtab base;
  const econex_extractor* x;
} extract_vtab;

typedef struct extract_cursor {
  sqlite3_vtab_cursor base;
  econex_result* result;
  size_t i, count;
  sqlite3_value* args[N_ARGS]; /* copies, for the hidden columns */
} extract_cursor;

static int vt_connect(sqlite3* db, void* aux, int argc, const char* const* argv, sqlite3_vtab** out,
                      char** err) {
  extract_vtab* t;
  int rc;
  (void)argc;
  (void)argv;
  (void)err;
  rc = sqlite3_declare_vtab(db, k_schema);
  if (rc != SQLITE_OK) return rc;
#ifdef SQLITE_VTAB_INNOCUOUS
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
#endif
  t = (extract_vtab*)sqlite3_malloc(sizeof *t);
  if (t == NULL) return SQLITE_NOMEM;
  memset(t, 0, sizeof *t);
  t->x = (const econex_extractor*)aux;
  *out = &t->base;
  return SQLITE_OK;
}

static int vt_disconnect(sqlite3_vtab* vt) {
  sqlite3_free(vt);
  return SQLITE_OK;
}

/* Plans: the arguments are equality constraints on the hidden columns.
 * idxNum has bit j set when argument j is given; they reach xFilter in order. */
static int vt_best_index(sqlite3_vtab* vt, sqlite3_index_info* info) {
  int where[N_ARGS] = {-1, -1, -1, -1};
  int unusable = 0, given = 0, n = 0, i, j;
  (void)vt;
  for (i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint* c = &info->aConstraint[i];
    if (c->iColumn < COL_TEXT || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    j = c->iColumn - COL_TEXT;
    if (!c->usable) {
      unusable |= 1 << j;
    } else if (where[j] < 0) {
      where[j] = i;
      given |= 1 << j;
    }
  }
  /* An argument that is there but not usable in this plan: try another. */
  if (unusable & ~given) return SQLITE_CONSTRAINT;
  for (j = 0; j < N_ARGS; j++) {
    if (where[j] < 0) continue;
    info->aConstraintUsage[where[j]].argvIndex = ++n;
    info->aConstraintUsage[where[j]].omit = 1;
  }
  info->idxNum = given;
  if (given & 1) {
    info->estimatedCost = 1000.0;
    info->estimatedRows = 50;
  } else {
    info->estimatedCost = 1e12; /* no text: xFilter reports the error */
    info->estimatedRows = 1;
  }
  /* One document's records come in order of value_begin = rowid. */
  if (info->nOrderBy == 1 && !info->aOrderBy[0].desc &&
      (info->aOrderBy[0].iColumn == -1 || info->aOrderBy[0].iColumn == COL_VALUE_BEGIN) &&
      (given & 1)) {
    info->orderByConsumed = 1;
  }
  return SQLITE_OK;
}

static void cursor_reset(extract_cursor* c) {
  int j;
  econex_result_free(c->result);
  c->result = NULL;
  c->i = c->count = 0;
  for (j = 0; j < N_ARGS; j++) {
    sqlite3_value_free(c->args[j]);
    c->args[j] = NULL;
  }
}

static int vt_open(sqlite3_vtab* vt, sqlite3_vtab_cursor** out) {
  extract_cursor* c = (extract_cursor*)sqlite3_malloc(sizeof *c);
  (void)vt;
  if (c == NULL) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static int vt_close(sqlite3_vtab_cursor* cur) {
  extract_cursor* c = (extract_cursor*)cur;
  cursor_reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int vt_filter(sqlite3_vtab_cursor* cur, int idx_num, const char* idx_str, int argc,
                     sqlite3_value** argv) {
  extract_cursor* c = (extract_cursor*)cur;
  extract_vtab* t = (extract_vtab*)cur->pVtab;
  econex_options o;
  econex_status st;
  const char *data, *mode;
  size_t len;
  int j, k = 0;
  (void)idx_str;
  cursor_reset(c);
  for (j = 0; j < N_ARGS; j++) {
    if (!(idx_num & (1 << j))) continue;
    if (k >= argc) break;
    c->args[j] = sqlite3_value_dup(argv[k++]);
    if (c->args[j] == NULL) return SQLITE_NOMEM;
  }
  if (!(idx_num & 1)) {
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = sqlite3_mprintf(
        "econex_extract: no text given; call it as econex_extract(text [, reference_date "
        "[, default_region [, invalid_utf8]]])");
    return SQLITE_ERROR;
  }
  if (sqlite3_value_type(c->args[0]) == SQLITE_NULL) return SQLITE_OK; /* no rows */
  econex_options_default(&o);
  o.reference_date = option_text(c->args[1]);
  o.default_region = option_text(c->args[2]);
  mode = option_text(c->args[3]);
  if (mode == NULL || strcmp(mode, "error") == 0) {
    o.invalid_utf8 = ECONEX_UTF8_ERROR;
  } else if (strcmp(mode, "replace") == 0) {
    o.invalid_utf8 = ECONEX_UTF8_REPLACE;
  } else {
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg =
        sqlite3_mprintf("econex_extract: invalid_utf8 takes 'error' or 'replace', not '%s'", mode);
    return SQLITE_ERROR;
  }
  data = value_bytes(c->args[0], &len);
  st = econex_extract(t->x, data, len, &o, &c->result);
  if (st != ECONEX_OK) {
    sqlite3_free(t->base.zErrMsg);
    t->base.zErrMsg = error_message("econex_extract", st, c->result);
    econex_result_free(c->result);
    c->result = NULL;
    return st == ECONEX_OUT_OF_MEMORY ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  c->count = econex_result_count(c->result);
  return SQLITE_OK;
}

static int vt_next(sqlite3_vtab_cursor* cur) {
  ((extract_cursor*)cur)->i++;
  return SQLITE_OK;
}

static int vt_eof(sqlite3_vtab_cursor* cur) {
  extract_cursor* c = (extract_cursor*)cur;
  return c->i >= c->count;
}

static int vt_column(sqlite3_vtab_cursor* cur, sqlite3_context* ctx, int col) {
  extract_cursor* c = (extract_cursor*)cur;
  const econex_record* r;
  if (col >= COL_TEXT) {
    sqlite3_value* v = c->args[col - COL_TEXT];
    if (v) sqlite3_result_value(ctx, v);
    return SQLITE_OK;
  }
  r = econex_result_get(c->result, c->i);
  if (r == NULL) return SQLITE_OK;
  switch (col) {
    case COL_REGION:
      result_str(ctx, r->region);
      break;
    case COL_REGION_CODE:
      result_str(ctx, r->region_code);
      break;
    case COL_PERIOD:
      result_str(ctx, r->period);
      break;
    case COL_INDICATOR:
      result_str(ctx, r->indicator);
      break;
    case COL_INDICATOR_ID:
      result_str(ctx, r->indicator_id);
      break;
    case COL_MEASURE:
      sqlite3_result_text(ctx, econex_measure_str(r->measure), -1, SQLITE_STATIC);
      break;
    case COL_BASIS:
      result_str(ctx, r->basis);
      break;
    case COL_VALUE:
      sqlite3_result_double(ctx, r->value);
      break;
    case COL_UNIT:
      result_str(ctx, r->unit);
      break;
    case COL_QUALIFIER:
      sqlite3_result_text(ctx, econex_qualifier_str(r->qualifier), -1, SQLITE_STATIC);
      break;
    case COL_STATUS:
      sqlite3_result_text(ctx, econex_record_status_str(r->status), -1, SQLITE_STATIC);
      break;
    case COL_VALUE_TEXT:
      result_str(ctx, r->value_text);
      break;
    case COL_VALUE_BEGIN:
      sqlite3_result_int64(ctx, (sqlite3_int64)r->value_begin);
      break;
    case COL_VALUE_END:
      sqlite3_result_int64(ctx, (sqlite3_int64)r->value_end);
      break;
    case COL_REGION_SOURCE:
      sqlite3_result_text(ctx, econex_source_str(r->region_source), -1, SQLITE_STATIC);
      break;
    case COL_PERIOD_SOURCE:
      sqlite3_result_text(ctx, econex_source_str(r->period_source), -1, SQLITE_STATIC);
      break;
    case COL_SENTENCE_BEGIN:
      sqlite3_result_int64(ctx, (sqlite3_int64)r->sentence_begin);
      break;
    case COL_SENTENCE_END:
      sqlite3_result_int64(ctx, (sqlite3_int64)r->sentence_end);
      break;
    default:
      break;
  }
  return SQLITE_OK;
}

static int vt_rowid(sqlite3_vtab_cursor* cur, sqlite3_int64* rowid) {
  *rowid = (sqlite3_int64)((extract_cursor*)cur)->i;
  return SQLITE_OK;
}

/* xCreate left NULL: an eponymous-only virtual table (a table-valued function). */
static sqlite3_module extract_module = {
    .iVersion = 0,
    .xConnect = vt_connect,
    .xBestIndex = vt_best_index,
    .xDisconnect = vt_disconnect,
    .xOpen = vt_open,
    .xClose = vt_close,
    .xFilter = vt_filter,
    .xNext = vt_next,
    .xEof = vt_eof,
    .xColumn = vt_column,
    .xRowid = vt_rowid,
};

/* ------------------------------------------------------------------------ */
/* Entry point                                                              */
/* ------------------------------------------------------------------------ */

/* Registers one function holding its own reference to the extractor. */
static int add_function(sqlite3* db, const char* name, int nargs, int flags,
                        void (*fn)(sqlite3_context*, int, sqlite3_value**)) {
  econex_extractor* x;
  int rc = extractor_acquire(&x, NULL);
  if (rc != SQLITE_OK) return rc;
  /* On failure SQLite calls the destructor, which releases the reference. */
  return sqlite3_create_function_v2(db, name, nargs, SQLITE_UTF8 | flags, x, fn, NULL, NULL,
                                    extractor_release);
}

/* The entry point SQLite derives from the file name econex_sqlite.so. */
ECONEX_SQLITE_EXPORT int sqlite3_econexsqlite_init(sqlite3* db, char** err,
                                                   const sqlite3_api_routines* api) {
  const int pure = SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  econex_extractor* x;
  int rc;
  SQLITE_EXTENSION_INIT2(api);
  if (econex_abi_version() != ECONEX_ABI_VERSION) {
    if (err) {
      *err = sqlite3_mprintf("econex_sqlite: libeconex has ABI version %u, this extension needs %d",
                             econex_abi_version(), ECONEX_ABI_VERSION);
    }
    return SQLITE_ERROR;
  }
  /* Hold one reference for the time of the registration, so that the
   * extractor is made once even if a registration below fails. */
  rc = extractor_acquire(&x, err);
  if (rc != SQLITE_OK) return rc;
  rc = extractor_acquire(&x, err);
  if (rc == SQLITE_OK) {
    /* On failure SQLite calls the destructor, which releases the reference. */
    rc = sqlite3_create_module_v2(db, "econex_extract", &extract_module, x, extractor_release);
  }
  if (rc == SQLITE_OK) rc = add_function(db, "econex_quantity", 1, pure, fn_quantity);
  if (rc == SQLITE_OK) {
    rc = add_function(db, "econex_quantities", 1, pure | SQLITE_RESULT_SUBTYPE, fn_quantities);
  }
  if (rc == SQLITE_OK) rc = add_function(db, "econex_period", 1, pure, fn_period);
  if (rc == SQLITE_OK) rc = add_function(db, "econex_period", 2, pure, fn_period);
  if (rc == SQLITE_OK) rc = add_function(db, "econex_version", 0, pure, fn_version);
  if (rc != SQLITE_OK && err && *err == NULL) {
    *err = sqlite3_mprintf("econex_sqlite: cannot register the functions: %s", sqlite3_errstr(rc));
  }
  extractor_release(NULL);
  return rc;
}
