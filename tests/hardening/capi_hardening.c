/* Bad input through the C API (issue #6), in plain C99 against libeconex.so:
 * invalid UTF-8 of every kind -> ECONEX_INVALID_UTF8 with the byte offset in
 * the result (and replacement when asked), NUL bytes inside the text, NULL and
 * empty text, blank input, 10^6 commas, bad options and NULL arguments. Every
 * span of a successful call is inside the input, on code-point boundaries for
 * valid input, and value_text is exactly the input bytes of the span. */
#include <econex/econex.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond, ...)                                        \
  do {                                                          \
    ++checks;                                                   \
    if (!(cond)) {                                              \
      ++failures;                                               \
      fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                             \
      fputc('\n', stderr);                                      \
    }                                                           \
  } while (0)

static econex_extractor *x;

static int continuation(const char *s, size_t len, size_t i) {
  return i < len && ((unsigned char)s[i] & 0xC0) == 0x80;
}

static void check_span(const char *in, size_t len, size_t b, size_t e, econex_str text,
                       int valid, const char *what) {
  CHECK(b <= e && e <= len, "%s span [%zu, %zu) of %zu bytes", what, b, e, len);
  if (!(b <= e && e <= len)) return;
  CHECK(text.len == e - b && memcmp(text.data, in + b, e - b) == 0,
        "%s text is not the input bytes of [%zu, %zu)", what, b, e);
  CHECK(text.data[text.len] == '\0', "%s text not NUL-terminated", what);
  if (valid) {
    CHECK(!continuation(in, len, b) && !continuation(in, len, e),
          "%s span [%zu, %zu) not on code-point boundaries", what, b, e);
  }
}

/* Runs the three calls; each must succeed with sane items. Returns the number
 * of records. */
static size_t run_ok(const char *in, size_t len, const econex_options *o, int valid) {
  econex_result *r = NULL;
  size_t i, n;
  econex_status st = econex_extract(x, in, len, o, &r);
  CHECK(st == ECONEX_OK, "extract: %s (%s)", econex_status_str(st), econex_result_error_message(r));
  CHECK(econex_result_error_offset(r) == -1, "offset of a successful call");
  n = econex_result_count(r);
  for (i = 0; i < n; i++) {
    const econex_record *rec = econex_result_get(r, i);
    CHECK(rec != NULL, "record %zu", i);
    if (!rec) continue;
    check_span(in, len, rec->value_begin, rec->value_end, rec->value_text, valid, "record");
    CHECK(rec->sentence_begin <= rec->sentence_end && rec->sentence_end <= len, "sentence span");
  }
  CHECK(econex_result_get(r, n) == NULL, "get past the end");
  econex_result_free(r);

  st = econex_quantities(x, in, len, o, &r);
  CHECK(st == ECONEX_OK, "quantities: %s", econex_status_str(st));
  for (i = 0; i < econex_result_count(r); i++) {
    const econex_quantity *q = econex_result_get_quantity(r, i);
    check_span(in, len, q->begin, q->end, q->text, valid, "quantity");
  }
  econex_result_free(r);

  st = econex_periods(x, in, len, o, &r);
  CHECK(st == ECONEX_OK, "periods: %s", econex_status_str(st));
  for (i = 0; i < econex_result_count(r); i++) {
    const econex_period *p = econex_result_get_period(r, i);
    check_span(in, len, p->begin, p->end, p->text, valid, "period");
  }
  econex_result_free(r);
  return n;
}

typedef econex_status (*call_fn)(const econex_extractor *, const char *, size_t,
                                 const econex_options *, econex_result **);

static void expect_invalid(const char *in, size_t len, int64_t offset, const char *name) {
  call_fn calls[3] = {econex_extract, econex_quantities, econex_periods};
  int c;
  for (c = 0; c < 3; c++) {
    econex_result *r = NULL;
    char num[32];
    char *jsonl = NULL;
    size_t jlen = 99;
    econex_status st = calls[c](x, in, len, NULL, &r);
    CHECK(st == ECONEX_INVALID_UTF8, "%s: call %d gave %s", name, c, econex_status_str(st));
    CHECK(r != NULL, "%s: a result is delivered on failure", name);
    CHECK(econex_result_status(r) == ECONEX_INVALID_UTF8, "%s: result status", name);
    CHECK(econex_result_error_offset(r) == offset, "%s: offset %lld, want %lld", name,
          (long long)econex_result_error_offset(r), (long long)offset);
    snprintf(num, sizeof num, "%lld", (long long)offset);
    CHECK(strstr(econex_result_error_message(r), num) != NULL, "%s: message '%s' lacks %s", name,
          econex_result_error_message(r), num);
    CHECK(econex_result_count(r) == 0, "%s: no items on failure", name);
    CHECK(econex_result_get(r, 0) == NULL && econex_result_get_quantity(r, 0) == NULL &&
              econex_result_get_period(r, 0) == NULL, "%s: no item 0", name);
    CHECK(econex_result_jsonl(r, &jsonl, &jlen) == ECONEX_OK && jsonl && jlen == 0 &&
              jsonl[0] == '\0', "%s: jsonl of a failed result is empty", name);
    econex_free(jsonl);
    econex_result_free(r);
  }
}

struct bad { const char *name; const char *bytes; size_t len; };

#define BAD(name, lit) {name, lit, sizeof(lit) - 1}
static const struct bad kBad[] = {
    BAD("lone continuation", "\x80"),
    BAD("continuation run", "\xBF\xBF"),
    BAD("overlong C0 AF", "\xC0\xAF"),
    BAD("overlong C1 BF", "\xC1\xBF"),
    BAD("overlong E0 80 AF", "\xE0\x80\xAF"),
    BAD("overlong F0 80 80 AF", "\xF0\x80\x80\xAF"),
    BAD("overlong NUL", "\xC0\x80"),
    BAD("surrogate ED A0 80", "\xED\xA0\x80"),
    BAD("surrogate ED BF BF", "\xED\xBF\xBF"),
    BAD("past U+10FFFF", "\xF4\x90\x80\x80"),
    BAD("F5", "\xF5\x80\x80\x80"),
    BAD("FE", "\xFE"),
    BAD("FF", "\xFF"),
    BAD("truncated 2 of 3", "\xE5\xA2"),
    BAD("truncated 1 of 3", "\xE5"),
    BAD("truncated 3 of 4", "\xF0\x9F\x98"),
    BAD("truncated 1 of 2", "\xC3"),
    BAD("GB18030", "\xD4\xF6\xB3\xA4"),
};

static void test_invalid_utf8(void) {
  const char *before = "一季度全市地区生产总值增长6.5%，";
  const char *after = "工业增加值增长7%。";
  size_t nb = strlen(before), na = strlen(after);
  size_t i;
  for (i = 0; i < sizeof kBad / sizeof kBad[0]; i++) {
    const struct bad *b = &kBad[i];
    char buf[256];
    econex_options o;
    size_t records;
    /* alone */
    expect_invalid(b->bytes, b->len, 0, b->name);
    /* in the middle */
    memcpy(buf, before, nb);
    memcpy(buf + nb, b->bytes, b->len);
    memcpy(buf + nb + b->len, after, na);
    expect_invalid(buf, nb + b->len + na, (int64_t)nb, b->name);
    /* at the very end (truncated sequences especially) */
    memcpy(buf, before, nb);
    memcpy(buf + nb, after, na);
    memcpy(buf + nb + na, b->bytes, b->len);
    expect_invalid(buf, nb + na + b->len, (int64_t)(nb + na), b->name);
    /* replacement: the records around the bad bytes are still there */
    econex_options_default(&o);
    o.invalid_utf8 = ECONEX_UTF8_REPLACE;
    memcpy(buf, before, nb);
    memcpy(buf + nb, b->bytes, b->len);
    memcpy(buf + nb + b->len, after, na);
    records = run_ok(buf, nb + b->len + na, &o, 0);
    CHECK(records >= 2, "%s: replace gave %zu records", b->name, records);
  }
}

static void test_nul_empty_blank(void) {
  static const char nul_text[] = "一季度地区生产总值增长6.5%\0。工业增加值增长7%\0\0投资增长8%。";
  econex_result *r = NULL;
  size_t i;
  char *big;
  const size_t n = 1000000;
  /* NUL bytes are text: the values after them are found */
  CHECK(run_ok(nul_text, sizeof nul_text - 1, NULL, 1) >= 2, "records around NUL bytes");
  CHECK(econex_quantities(x, nul_text, sizeof nul_text - 1, NULL, &r) == ECONEX_OK, "quantities");
  CHECK(econex_result_count(r) == 3, "3 quantities around NULs, got %zu", econex_result_count(r));
  econex_result_free(r);
  /* NULL with length 0, "" */
  CHECK(run_ok(NULL, 0, NULL, 1) == 0, "NULL, 0");
  CHECK(run_ok("", 0, NULL, 1) == 0, "empty");
  CHECK(run_ok("abc", 0, NULL, 1) == 0, "length 0 of a longer buffer");
  /* blank and punctuation only */
  {
    static const char blank[] = " \t\r\n\n\xE3\x80\x80\xC2\xA0<PAGE_DIV>\n\v\f";
    static const char punct[] = "。，、；：？！…（）《》“”,.;:?!()";
    CHECK(run_ok(blank, sizeof blank - 1, NULL, 1) == 0, "blank");
    CHECK(run_ok(punct, sizeof punct - 1, NULL, 1) == 0, "punctuation");
  }
  /* 10^6 commas, then 10^6 commas with a value at the end */
  big = (char *)malloc(n + 16);
  CHECK(big != NULL, "malloc");
  if (!big) return;
  for (i = 0; i < n; i++) big[i] = ',';
  CHECK(run_ok(big, n, NULL, 1) == 0, "commas");
  memcpy(big + n, "\xE5\xA2\x9E" "6%", 5); /* 增6% */
  run_ok(big, n + 5, NULL, 1);
  /* 10^6 bytes of NULs */
  memset(big, 0, n);
  CHECK(run_ok(big, n, NULL, 1) == 0, "NULs");
  free(big);
}

static void expect_status(econex_status got, econex_status want, const char *name) {
  CHECK(got == want, "%s: %s, want %s", name, econex_status_str(got), econex_status_str(want));
}

static void test_bad_arguments(void) {
  const char *t = "增长6%";
  size_t len = strlen(t);
  econex_result *r = NULL;
  econex_options o;
  struct { econex_options o; char extra[16]; } bigger;

  /* NULL arguments */
  expect_status(econex_extract(x, t, len, NULL, NULL), ECONEX_NULL_ARGUMENT, "out NULL");
  expect_status(econex_extract(NULL, t, len, NULL, &r), ECONEX_NULL_ARGUMENT, "extractor NULL");
  CHECK(r != NULL && econex_result_count(r) == 0 && econex_result_error_message(r)[0] != '\0',
        "a NULL extractor still delivers a result with a message");
  econex_result_free(r);
  expect_status(econex_extract(x, NULL, 5, NULL, &r), ECONEX_NULL_ARGUMENT, "text NULL, len 5");
  econex_result_free(r);
  CHECK(econex_result_count(NULL) == 0 && econex_result_get(NULL, 0) == NULL &&
            econex_result_error_offset(NULL) == -1 &&
            econex_result_status(NULL) == ECONEX_NULL_ARGUMENT &&
            econex_result_error_message(NULL) != NULL,
        "queries on a NULL result");
  econex_result_free(NULL);
  econex_extractor_free(NULL);
  econex_free(NULL);

  /* malformed options */
  econex_options_default(&o);
  o.invalid_utf8 = (econex_utf8_mode)7;
  expect_status(econex_extract(x, t, len, &o, &r), ECONEX_INVALID_ARGUMENT, "utf8 mode 7");
  CHECK(econex_result_error_message(r)[0] != '\0', "message for a bad mode");
  econex_result_free(r);
  econex_options_default(&o);
  o.struct_size = 0;
  expect_status(econex_extract(x, t, len, &o, &r), ECONEX_INVALID_ARGUMENT, "struct_size 0");
  econex_result_free(r);
  memset(&bigger, 0, sizeof bigger);
  econex_options_default_sized(&bigger.o, sizeof bigger);
  expect_status(econex_extract(x, t, len, &bigger.o, &r), ECONEX_OK, "bigger, zero tail");
  econex_result_free(r);
  bigger.extra[3] = 1;
  expect_status(econex_extract(x, t, len, &bigger.o, &r), ECONEX_INVALID_ARGUMENT,
                "bigger, non-zero tail");
  econex_result_free(r);
  {
    const char *dates[] = {"2025-13-01", "2025-02-30", "abcd-ef-gh", "2025-1-1", "20250101",
                           "2025-04-25x", "\xFF"};
    size_t i;
    for (i = 0; i < sizeof dates / sizeof dates[0]; i++) {
      econex_options_default(&o);
      o.reference_date = dates[i];
      expect_status(econex_extract(x, t, len, &o, &r), ECONEX_INVALID_ARGUMENT, dates[i]);
      econex_result_free(r);
      expect_status(econex_check_options(x, &o, &r), ECONEX_INVALID_ARGUMENT, dates[i]);
      econex_result_free(r);
    }
  }
  econex_options_default(&o);
  o.default_region = "火星市";
  expect_status(econex_extract(x, t, len, &o, &r), ECONEX_INVALID_ARGUMENT, "unknown region");
  econex_result_free(r);
  o.default_region = "\xFF\xFE";
  expect_status(econex_extract(x, t, len, &o, &r), ECONEX_INVALID_ARGUMENT, "region not UTF-8");
  econex_result_free(r);
  /* an unknown status has a name */
  CHECK(strcmp(econex_status_str((econex_status)99), "unknown") == 0, "status 99");
}

int main(void) {
  econex_status st = econex_extractor_new(&x);
  if (st != ECONEX_OK) {
    fprintf(stderr, "econex_extractor_new: %s\n", econex_status_str(st));
    return 1;
  }
  test_invalid_utf8();
  test_nul_empty_blank();
  test_bad_arguments();
  econex_extractor_free(x);
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
