/* The C API test, compiled as C99 with -Wall -Wextra -Wpedantic -Werror: it
 * proves the header is plain C and checks the contract of every function:
 * ownership, NULL handling, errors read from the result that failed, byte
 * offsets into the caller's buffer, struct_size handling, thread safety. */
#include <econex/econex.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int g_failures = 0;
static int g_checks = 0;

#define CHECK(cond)                                                          \
  do {                                                                       \
    ++g_checks;                                                              \
    if (!(cond)) {                                                           \
      ++g_failures;                                                          \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                        \
  } while (0)

#define CHECK_STATUS(got, want)                                                         \
  do {                                                                                  \
    econex_status got_ = (got), want_ = (want);                                         \
    ++g_checks;                                                                         \
    if (got_ != want_) {                                                                \
      ++g_failures;                                                                     \
      fprintf(stderr, "%s:%d: status %s (%d), want %s (%d)\n", __FILE__, __LINE__,      \
              econex_status_str(got_), (int)got_, econex_status_str(want_), (int)want_); \
    }                                                                                   \
  } while (0)

/* s equals the C string want, byte for byte, and is NUL-terminated. */
static int str_is(econex_str s, const char *want) {
  size_t n = strlen(want);
  return s.data != NULL && s.len == n && memcmp(s.data, want, n) == 0 && s.data[n] == '\0';
}

/* The span [b, e) of text equals s. */
static int span_is(const char *text, size_t b, size_t e, econex_str s) {
  return e >= b && e - b == s.len && memcmp(text + b, s.data, s.len) == 0;
}

static econex_extractor *g_x = NULL;

static const char kSentence[] =
    "2025年一季度，重庆市地区生产总值增长6.5%，规上工业增加值增长7%。";

static void test_versions(void) {
  CHECK(econex_version_number() == ECONEX_VERSION_NUMBER);
  CHECK(strcmp(econex_version_string(), ECONEX_VERSION_STRING) == 0);
  CHECK(strcmp(econex_data_version_string(), ECONEX_DATA_VERSION_STRING) == 0);
  CHECK(econex_abi_version() == ECONEX_ABI_VERSION);
  CHECK(ECONEX_ABI_VERSION == 1);
  CHECK(ECONEX_VERSION_NUMBER == 100);
}

static void test_status_names(void) {
  /* Pinned values. */
  CHECK(ECONEX_OK == 0 && ECONEX_INVALID_UTF8 == 1 && ECONEX_INVALID_ARGUMENT == 2 &&
        ECONEX_TOO_LARGE == 3 && ECONEX_OUT_OF_MEMORY == 4 && ECONEX_INTERNAL == 5 &&
        ECONEX_NULL_ARGUMENT == 6);
  CHECK(strcmp(econex_status_str(ECONEX_OK), "ok") == 0);
  CHECK(strcmp(econex_status_str(ECONEX_INVALID_UTF8), "invalid_utf8") == 0);
  CHECK(strcmp(econex_status_str(ECONEX_INVALID_ARGUMENT), "invalid_argument") == 0);
  CHECK(strcmp(econex_status_str(ECONEX_TOO_LARGE), "too_large") == 0);
  CHECK(strcmp(econex_status_str(ECONEX_OUT_OF_MEMORY), "out_of_memory") == 0);
  CHECK(strcmp(econex_status_str(ECONEX_INTERNAL), "internal") == 0);
  CHECK(strcmp(econex_status_str(ECONEX_NULL_ARGUMENT), "null_argument") == 0);
  CHECK(strcmp(econex_status_str((econex_status)99), "unknown") == 0);
  CHECK(strcmp(econex_measure_str(ECONEX_MEASURE_GROWTH), "growth") == 0);
  CHECK(strcmp(econex_measure_str(ECONEX_MEASURE_CONTRIBUTION), "contribution") == 0);
  CHECK(strcmp(econex_measure_str((econex_measure)42), "") == 0);
  CHECK(strcmp(econex_qualifier_str(ECONEX_QUALIFIER_OVER), "over") == 0);
  CHECK(strcmp(econex_qualifier_str((econex_qualifier)-1), "") == 0);
  CHECK(strcmp(econex_record_status_str(ECONEX_RECORD_TARGET), "target") == 0);
  CHECK(strcmp(econex_source_str(ECONEX_SOURCE_DEFAULT), "default") == 0);
  CHECK(strcmp(econex_source_str(ECONEX_SOURCE_NONE), "") == 0);
}

static void test_free_null(void) {
  /* Every _free accepts NULL. */
  econex_extractor_free(NULL);
  econex_result_free(NULL);
  econex_free(NULL);
  CHECK_STATUS(econex_extractor_new(NULL), ECONEX_NULL_ARGUMENT);
  /* Accessors accept a NULL result. */
  CHECK_STATUS(econex_result_status(NULL), ECONEX_NULL_ARGUMENT);
  CHECK(econex_result_kind(NULL) == ECONEX_KIND_NONE);
  CHECK(econex_result_count(NULL) == 0);
  CHECK(econex_result_get(NULL, 0) == NULL);
  CHECK(econex_result_get_quantity(NULL, 0) == NULL);
  CHECK(econex_result_get_period(NULL, 0) == NULL);
  CHECK(econex_result_error_offset(NULL) == -1);
  CHECK(econex_result_error_message(NULL) != NULL && econex_result_error_message(NULL)[0] != '\0');
  {
    char *s = (char *)1;
    size_t n = 7;
    CHECK_STATUS(econex_result_jsonl(NULL, &s, &n), ECONEX_NULL_ARGUMENT);
    CHECK(s == NULL && n == 0);
    CHECK_STATUS(econex_result_jsonl(NULL, NULL, NULL), ECONEX_NULL_ARGUMENT);
  }
}

static void test_options_default(void) {
  econex_options o;
  memset(&o, 0xAB, sizeof o);
  CHECK_STATUS(econex_options_default(&o), ECONEX_OK);
  CHECK(o.struct_size == sizeof o);
  CHECK(o.reference_date == NULL && o.default_region == NULL && o.doc_name == NULL);
  CHECK(o.invalid_utf8 == ECONEX_UTF8_ERROR);
  CHECK_STATUS(econex_options_default_sized(NULL, sizeof o), ECONEX_NULL_ARGUMENT);
  /* Too small to hold struct_size: nothing is written. */
  memset(&o, 0xAB, sizeof o);
  CHECK_STATUS(econex_options_default_sized(&o, 0), ECONEX_INVALID_ARGUMENT);
  CHECK(((unsigned char *)&o)[0] == 0xAB);
  /* An older caller's smaller struct: only its bytes are written. */
  {
    unsigned char buf[sizeof(econex_options) + 16];
    size_t old_size = offsetof(econex_options, invalid_utf8);
    econex_options *p = (econex_options *)(void *)buf;
    memset(buf, 0xCD, sizeof buf);
    CHECK_STATUS(econex_options_default_sized(p, old_size), ECONEX_OK);
    CHECK(p->struct_size == old_size);
    CHECK(p->reference_date == NULL && p->default_region == NULL);
    CHECK(buf[old_size] == 0xCD && buf[sizeof buf - 1] == 0xCD);
  }
  /* A newer caller's bigger struct: the unknown tail is zeroed. */
  {
    struct newer {
      econex_options base;
      int future_field;
      double another;
    } n;
    size_t i;
    int tail_zero = 1;
    memset(&n, 0xEE, sizeof n);
    CHECK_STATUS(econex_options_default_sized(&n.base, sizeof n), ECONEX_OK);
    CHECK(n.base.struct_size == sizeof n);
    for (i = sizeof(econex_options); i < sizeof n; ++i)
      if (((unsigned char *)&n)[i] != 0) tail_zero = 0;
    CHECK(tail_zero);
  }
}

static void test_extractor_lifecycle(void) {
  econex_extractor *x = (econex_extractor *)1;
  CHECK_STATUS(econex_extractor_new(&x), ECONEX_OK);
  CHECK(x != NULL);
  econex_extractor_free(x);
}

static void test_extract_records(void) {
  econex_options o;
  econex_result *r = NULL;
  const econex_record *rec;
  econex_options_default(&o);
  o.reference_date = "2025-04-25";
  o.default_region = "500000";
  CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_OK);
  CHECK(r != NULL);
  CHECK_STATUS(econex_result_status(r), ECONEX_OK);
  CHECK(econex_result_kind(r) == ECONEX_KIND_RECORDS);
  CHECK(strcmp(econex_result_error_message(r), "") == 0);
  CHECK(econex_result_error_offset(r) == -1);
  CHECK(econex_result_count(r) == 2);
  rec = econex_result_get(r, 0);
  CHECK(rec != NULL);
  if (rec) {
    CHECK(rec->struct_size == sizeof(econex_record));
    CHECK(str_is(rec->region, "重庆市"));
    CHECK(str_is(rec->region_code, "500000"));
    CHECK(str_is(rec->period, "2025-Q1"));
    CHECK(str_is(rec->indicator, "地区生产总值"));
    CHECK(str_is(rec->indicator_id, "gdp"));
    CHECK(rec->measure == ECONEX_MEASURE_GROWTH);
    CHECK(str_is(rec->basis, "yoy"));
    CHECK(rec->value == 6.5);
    CHECK(str_is(rec->unit, "%"));
    CHECK(rec->qualifier == ECONEX_QUALIFIER_EXACT);
    CHECK(rec->status == ECONEX_RECORD_ACTUAL);
    CHECK(str_is(rec->value_text, "6.5%"));
    CHECK(span_is(kSentence, rec->value_begin, rec->value_end, rec->value_text));
    CHECK(rec->sentence_begin <= rec->value_begin && rec->value_end <= rec->sentence_end);
    CHECK(rec->region_source == ECONEX_SOURCE_EXPLICIT);
    CHECK(rec->period_source == ECONEX_SOURCE_EXPLICIT);
  }
  rec = econex_result_get(r, 1);
  CHECK(rec != NULL);
  if (rec) {
    CHECK(str_is(rec->indicator_id, "industrial_va_above_scale"));
    CHECK(rec->value == 7.0);
    CHECK(span_is(kSentence, rec->value_begin, rec->value_end, rec->value_text));
  }
  /* Out of range and wrong kind. */
  CHECK(econex_result_get(r, 2) == NULL);
  CHECK(econex_result_get(r, (size_t)-1) == NULL);
  CHECK(econex_result_get_quantity(r, 0) == NULL);
  CHECK(econex_result_get_period(r, 0) == NULL);
  econex_result_free(r);
}

static void test_offsets_into_original(void) {
  /* Full-width digits and a space inside a word: offsets still point into the
   * caller's bytes. The buffer is not NUL-terminated where len ends. */
  const char text[] = "一季度ＧＤＰ增 长６．５％，新开工项目202个。GARBAGE-NOT-PART-OF-INPUT";
  size_t len = strlen(text) - strlen("GARBAGE-NOT-PART-OF-INPUT");
  econex_options o;
  econex_result *r = NULL;
  size_t i;
  econex_options_default(&o);
  o.reference_date = "2025-04-25";
  o.default_region = "重庆市"; /* a name works as well as a code */
  CHECK_STATUS(econex_extract(g_x, text, len, &o, &r), ECONEX_OK);
  CHECK(econex_result_count(r) == 2);
  for (i = 0; i < econex_result_count(r); ++i) {
    const econex_record *rec = econex_result_get(r, i);
    CHECK(rec != NULL);
    if (!rec) continue;
    CHECK(rec->value_end <= len);
    CHECK(span_is(text, rec->value_begin, rec->value_end, rec->value_text));
    CHECK(str_is(rec->region_code, "500000"));
    CHECK(rec->region_source == ECONEX_SOURCE_DEFAULT);
  }
  if (econex_result_count(r) == 2) {
    CHECK(str_is(econex_result_get(r, 0)->value_text, "６．５％"));
    CHECK(econex_result_get(r, 0)->value == 6.5);
    CHECK(str_is(econex_result_get(r, 1)->unit, "count"));
    CHECK(econex_result_get(r, 1)->value == 202);
  }
  econex_result_free(r);
}

static void test_invalid_utf8(void) {
  const char text[] = "GDP增长6.5%\xff后";
  size_t bad = strlen("GDP增长6.5%");
  econex_options o;
  econex_result *r = NULL;
  econex_options_default(&o);
  CHECK_STATUS(econex_extract(g_x, text, strlen(text), &o, &r), ECONEX_INVALID_UTF8);
  /* The result is delivered even though the call failed. */
  CHECK(r != NULL);
  CHECK_STATUS(econex_result_status(r), ECONEX_INVALID_UTF8);
  CHECK(econex_result_error_offset(r) == (int64_t)bad);
  CHECK(strstr(econex_result_error_message(r), "UTF-8") != NULL);
  CHECK(econex_result_count(r) == 0);
  CHECK(econex_result_get(r, 0) == NULL);
  {
    char *s = NULL;
    size_t n = 99;
    CHECK_STATUS(econex_result_jsonl(r, &s, &n), ECONEX_OK);
    CHECK(s != NULL && n == 0 && s[0] == '\0');
    econex_free(s);
  }
  econex_result_free(r);

  /* The same for the other layers. */
  r = NULL;
  CHECK_STATUS(econex_quantities(g_x, text, strlen(text), NULL, &r), ECONEX_INVALID_UTF8);
  CHECK(econex_result_error_offset(r) == (int64_t)bad);
  econex_result_free(r);
  r = NULL;
  CHECK_STATUS(econex_periods(g_x, text, strlen(text), NULL, &r), ECONEX_INVALID_UTF8);
  CHECK(econex_result_error_offset(r) == (int64_t)bad);
  econex_result_free(r);

  /* Replacement reads through. */
  r = NULL;
  o.invalid_utf8 = ECONEX_UTF8_REPLACE;
  CHECK_STATUS(econex_extract(g_x, text, strlen(text), &o, &r), ECONEX_OK);
  CHECK(econex_result_error_offset(r) == -1);
  CHECK(econex_result_count(r) == 1);
  if (econex_result_count(r) == 1) {
    const econex_record *rec = econex_result_get(r, 0);
    CHECK(str_is(rec->indicator_id, "gdp"));
    CHECK(rec->value == 6.5);
    CHECK(rec->value_end <= bad);
  }
  econex_result_free(r);
}

static void test_null_arguments(void) {
  econex_result *r = (econex_result *)1;
  /* No out-parameter: nothing can be delivered. */
  CHECK_STATUS(econex_extract(g_x, "x", 1, NULL, NULL), ECONEX_NULL_ARGUMENT);
  CHECK_STATUS(econex_check_options(g_x, NULL, NULL), ECONEX_NULL_ARGUMENT);
  /* NULL extractor: a result with the message. */
  CHECK_STATUS(econex_extract(NULL, "x", 1, NULL, &r), ECONEX_NULL_ARGUMENT);
  CHECK(r != NULL && r != (econex_result *)1);
  CHECK_STATUS(econex_result_status(r), ECONEX_NULL_ARGUMENT);
  CHECK(strstr(econex_result_error_message(r), "extractor") != NULL);
  CHECK(econex_result_error_offset(r) == -1);
  CHECK(econex_result_count(r) == 0);
  econex_result_free(r);
  r = NULL;
  CHECK_STATUS(econex_quantities(NULL, "x", 1, NULL, &r), ECONEX_NULL_ARGUMENT);
  econex_result_free(r);
  r = NULL;
  CHECK_STATUS(econex_periods(NULL, "x", 1, NULL, &r), ECONEX_NULL_ARGUMENT);
  econex_result_free(r);
  r = NULL;
  CHECK_STATUS(econex_check_options(NULL, NULL, &r), ECONEX_NULL_ARGUMENT);
  econex_result_free(r);
  /* NULL text with a length. */
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, NULL, 5, NULL, &r), ECONEX_NULL_ARGUMENT);
  CHECK(r != NULL && strstr(econex_result_error_message(r), "NULL") != NULL);
  econex_result_free(r);
  /* NULL text of length 0 is the empty input. */
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, NULL, 0, NULL, &r), ECONEX_OK);
  CHECK(econex_result_count(r) == 0);
  econex_result_free(r);
  /* NULL options mean defaults. */
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), NULL, &r), ECONEX_OK);
  CHECK(econex_result_count(r) == 2);
  econex_result_free(r);
  /* jsonl without an out-parameter. */
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, "", 0, NULL, &r), ECONEX_OK);
  CHECK_STATUS(econex_result_jsonl(r, NULL, NULL), ECONEX_NULL_ARGUMENT);
  econex_result_free(r);
}

static void test_empty_input(void) {
  econex_result *r = NULL;
  char *s = NULL;
  size_t n = 5;
  CHECK_STATUS(econex_extract(g_x, "", 0, NULL, &r), ECONEX_OK);
  CHECK(econex_result_count(r) == 0);
  CHECK(econex_result_get(r, 0) == NULL);
  CHECK_STATUS(econex_result_jsonl(r, &s, &n), ECONEX_OK);
  CHECK(s != NULL && n == 0 && strcmp(s, "") == 0);
  econex_free(s);
  econex_result_free(r);
  /* Text with no numbers at all. */
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, "没有数字的句子。", strlen("没有数字的句子。"), NULL, &r),
               ECONEX_OK);
  CHECK(econex_result_count(r) == 0);
  econex_result_free(r);
}

static void test_bad_options(void) {
  econex_options o;
  econex_result *r = NULL;

  econex_options_default(&o);
  o.reference_date = "not-a-date";
  CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_INVALID_ARGUMENT);
  CHECK(strstr(econex_result_error_message(r), "not-a-date") != NULL);
  CHECK(econex_result_error_offset(r) == -1);
  CHECK(econex_result_count(r) == 0);
  econex_result_free(r);

  econex_options_default(&o);
  o.default_region = "火星";
  r = NULL;
  CHECK_STATUS(econex_check_options(g_x, &o, &r), ECONEX_INVALID_ARGUMENT);
  CHECK(econex_result_kind(r) == ECONEX_KIND_NONE);
  CHECK(strstr(econex_result_error_message(r), "火星") != NULL);
  econex_result_free(r);

  econex_options_default(&o);
  o.default_region = "420500";
  o.reference_date = "2025-03-20";
  r = NULL;
  CHECK_STATUS(econex_check_options(g_x, &o, &r), ECONEX_OK);
  CHECK(econex_result_count(r) == 0);
  econex_result_free(r);

  econex_options_default(&o);
  o.invalid_utf8 = (econex_utf8_mode)7;
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_INVALID_ARGUMENT);
  CHECK(strstr(econex_result_error_message(r), "invalid_utf8") != NULL);
  econex_result_free(r);

  /* Options never initialised with econex_options_default(). */
  memset(&o, 0, sizeof o);
  r = NULL;
  CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_INVALID_ARGUMENT);
  CHECK(strstr(econex_result_error_message(r), "struct_size") != NULL);
  econex_result_free(r);
}

static void test_struct_size(void) {
  econex_result *r = NULL;
  char *s = NULL;

  /* An older caller whose struct ends before doc_name: the library must not
   * read doc_name (here deliberately set to garbage the caller does not own). */
  {
    econex_options o;
    econex_options_default(&o);
    o.struct_size = offsetof(econex_options, doc_name);
    o.reference_date = "2025-04-25";
    o.doc_name = "MUST-NOT-BE-READ";
    CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_OK);
    CHECK(econex_result_count(r) == 2);
    CHECK_STATUS(econex_result_jsonl(r, &s, NULL), ECONEX_OK);
    CHECK(s != NULL && strstr(s, "MUST-NOT-BE-READ") == NULL && strstr(s, "\"doc\"") == NULL);
    econex_free(s);
    econex_result_free(r);
  }
  /* An even older caller with only reference_date: default_region unread. */
  {
    econex_options o;
    econex_options_default(&o);
    o.struct_size = offsetof(econex_options, default_region);
    o.reference_date = "2025-04-25";
    o.default_region = "火星"; /* would be an error if it were read */
    r = NULL;
    CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_OK);
    econex_result_free(r);
  }
  /* A newer caller: unknown fields at their (zero) defaults are accepted... */
  {
    struct newer {
      econex_options base;
      int future_field;
    } n;
    econex_options_default_sized(&n.base, sizeof n);
    n.base.doc_name = "doc-new";
    r = NULL;
    CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &n.base, &r), ECONEX_OK);
    CHECK(econex_result_count(r) == 2);
    econex_result_free(r);
    /* ...but one set to something this library cannot honour is refused. */
    n.future_field = 1;
    r = NULL;
    CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &n.base, &r),
                 ECONEX_INVALID_ARGUMENT);
    CHECK(strstr(econex_result_error_message(r), "does not know") != NULL);
    econex_result_free(r);
  }
}

static void test_jsonl(void) {
  econex_options o;
  econex_result *r = NULL;
  char *s = NULL;
  size_t n = 0, lines = 0, i;
  const char *prefix =
      "{\"doc\":\"doc-1\",\"region\":\"重庆市\",\"region_code\":\"500000\","
      "\"period\":\"2025-Q1\",\"indicator\":\"地区生产总值\",\"indicator_id\":\"gdp\"";
  econex_options_default(&o);
  o.reference_date = "2025-04-25";
  o.default_region = "500000";
  o.doc_name = "doc-1";
  CHECK_STATUS(econex_extract(g_x, kSentence, strlen(kSentence), &o, &r), ECONEX_OK);
  CHECK_STATUS(econex_result_jsonl(r, &s, &n), ECONEX_OK);
  CHECK(s != NULL && strlen(s) == n);
  for (i = 0; s && i < n; ++i)
    if (s[i] == '\n') ++lines;
  CHECK(lines == econex_result_count(r));
  CHECK(s && strncmp(s, prefix, strlen(prefix)) == 0);
  CHECK(s && strstr(s, "\"value\":6.5,\"unit\":\"%\"") != NULL);
  CHECK(s && n > 0 && s[n - 1] == '\n');
  econex_free(s);
  econex_result_free(r);
}

static void test_quantities(void) {
  const char text[] = "集聚高技能人才1.5万余人，投资3-5万元";
  econex_result *r = NULL;
  const econex_quantity *q;
  char *s = NULL;
  CHECK_STATUS(econex_quantities(g_x, text, strlen(text), NULL, &r), ECONEX_OK);
  CHECK(econex_result_kind(r) == ECONEX_KIND_QUANTITIES);
  CHECK(econex_result_count(r) == 2);
  CHECK(econex_result_get(r, 0) == NULL); /* wrong kind */
  CHECK(econex_result_get_period(r, 0) == NULL);
  q = econex_result_get_quantity(r, 0);
  CHECK(q != NULL);
  if (q) {
    CHECK(q->struct_size == sizeof(econex_quantity));
    CHECK(str_is(q->text, "1.5万余人"));
    CHECK(span_is(text, q->begin, q->end, q->text));
    CHECK(q->value == 15000);
    CHECK(str_is(q->unit, "person"));
    CHECK(str_is(q->unit_text, "人"));
    CHECK(q->qualifier == ECONEX_QUALIFIER_OVER);
    CHECK(!q->has_low && !q->has_high);
  }
  q = econex_result_get_quantity(r, 1);
  CHECK(q != NULL);
  if (q) {
    CHECK(str_is(q->text, "3-5万元"));
    CHECK(q->has_low && q->has_high && q->low == 30000 && q->high == 50000);
    CHECK(str_is(q->unit, "CNY"));
  }
  CHECK(econex_result_get_quantity(r, 2) == NULL);
  CHECK_STATUS(econex_result_jsonl(r, &s, NULL), ECONEX_OK);
  CHECK(s && strncmp(s, "{\"value_text\":\"1.5万余人\",", strlen("{\"value_text\":\"1.5万余人\",")) == 0);
  econex_free(s);
  econex_result_free(r);
}

static void test_periods(void) {
  const char text[] = "一季度和1-9月，今年以来";
  econex_options o;
  econex_result *r = NULL;
  const econex_period *p;
  econex_options_default(&o);
  o.reference_date = "2025-04-25";
  CHECK_STATUS(econex_periods(g_x, text, strlen(text), &o, &r), ECONEX_OK);
  CHECK(econex_result_kind(r) == ECONEX_KIND_PERIODS);
  CHECK(econex_result_count(r) == 3);
  CHECK(econex_result_get_quantity(r, 0) == NULL);
  p = econex_result_get_period(r, 0);
  CHECK(p && p->struct_size == sizeof(econex_period));
  CHECK(p && str_is(p->text, "一季度") && str_is(p->period, "2025-Q1"));
  CHECK(p && span_is(text, p->begin, p->end, p->text));
  p = econex_result_get_period(r, 1);
  CHECK(p && str_is(p->period, "2025-01/2025-09"));
  p = econex_result_get_period(r, 2);
  CHECK(p && str_is(p->period, "2025-YTD"));
  econex_result_free(r);
}

/* One extractor shared by several threads, each with its own results. */
#define N_THREADS 4
#define N_ROUNDS 25
static void *thread_main(void *arg) {
  int *bad = (int *)arg;
  int i;
  for (i = 0; i < N_ROUNDS; ++i) {
    econex_options o;
    econex_result *r = NULL;
    const econex_record *rec;
    econex_options_default(&o);
    o.reference_date = (i % 2) ? "2025-04-25" : "2024-04-25";
    if (econex_extract(g_x, kSentence, strlen(kSentence), &o, &r) != ECONEX_OK ||
        econex_result_count(r) != 2) {
      ++*bad;
    } else {
      rec = econex_result_get(r, 0);
      if (rec->value != 6.5 || !str_is(rec->period, "2025-Q1")) ++*bad;
    }
    econex_result_free(r);
  }
  return NULL;
}

static void test_threads(void) {
  pthread_t t[N_THREADS];
  int bad[N_THREADS] = {0};
  int i, started = 0;
  for (i = 0; i < N_THREADS; ++i)
    if (pthread_create(&t[i], NULL, thread_main, &bad[i]) == 0) ++started;
  CHECK(started == N_THREADS);
  for (i = 0; i < started; ++i) pthread_join(t[i], NULL);
  for (i = 0; i < started; ++i) CHECK(bad[i] == 0);
}

int main(void) {
  test_versions();
  test_status_names();
  test_free_null();
  test_options_default();
  test_extractor_lifecycle();
  CHECK_STATUS(econex_extractor_new(&g_x), ECONEX_OK);
  if (g_x == NULL) {
    fprintf(stderr, "cannot make an extractor\n");
    return 1;
  }
  test_extract_records();
  test_offsets_into_original();
  test_invalid_utf8();
  test_null_arguments();
  test_empty_input();
  test_bad_options();
  test_struct_size();
  test_jsonl();
  test_quantities();
  test_periods();
  test_threads();
  econex_extractor_free(g_x);
  printf("capi_test: %d checks, %d failed\n", g_checks, g_failures);
  return g_failures == 0 ? 0 : 1;
}
