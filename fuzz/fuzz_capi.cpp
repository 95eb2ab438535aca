// Fuzz target: the C API's extraction calls, with options chosen from the
// first two bytes of the input (call, invalid_utf8 mode including a bad one,
// reference date and default region from small lists including malformed
// ones, doc_name) and the rest as text.
//
// Invariants: a result is always delivered; an options error is exactly
// ECONEX_INVALID_ARGUMENT; otherwise in error mode the call fails with
// ECONEX_INVALID_UTF8 exactly when the text is not UTF-8, at the offset of the
// first bad byte, with no items; every item's span is inside the text, on
// code-point boundaries for valid text, and its text is the input bytes of the
// span; the JSON Lines have one line per item.
#include <econex/econex.h>

#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

#include "fuzz_common.h"

namespace {

const econex_extractor* extractor() {
  static econex_extractor* x = [] {
    econex_extractor* e = nullptr;
    FUZZ_CHECK(econex_extractor_new(&e) == ECONEX_OK && e, "econex_extractor_new");
    return e;
  }();
  return x;
}

constexpr const char* kDates[8] = {nullptr,      "2025-04-25", "2024-12-31", "",
                                   "2025-13-01", "2000-02-29", "9999-12-31", "2023-02-29"};
constexpr bool kDateOk[8] = {true, true, true, true, false, true, true, false};
constexpr const char* kRegions[8] = {nullptr,  "500000", "重庆市", "万州区",
                                     "420500", "火星市", "",       "\xFF"};
constexpr bool kRegionOk[8] = {true, true, true, true, true, false, true, false};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const unsigned b0 = data[0], b1 = data[1];
  const char* text = reinterpret_cast<const char*>(data + 2);
  const std::size_t len = size - 2;
  const std::string_view in(text, len);

  econex_options o;
  FUZZ_CHECK(econex_options_default(&o) == ECONEX_OK, "options_default");
  const int call = static_cast<int>(b0 & 3);
  const bool replace = (b0 >> 2) & 1;
  const bool bad_mode = ((b0 >> 3) & 1) && ((b1 >> 7) & 1);  // rarely
  o.invalid_utf8 = replace ? ECONEX_UTF8_REPLACE : ECONEX_UTF8_ERROR;
  if (bad_mode) {  // stored as a C caller would: no C++ enum value has it
    std::underlying_type_t<econex_utf8_mode> v = (b1 & 1) ? 2 : static_cast<decltype(v)>(-1);
    std::memcpy(&o.invalid_utf8, &v, sizeof v);
  }
  o.reference_date = kDates[(b0 >> 4) & 7];
  o.default_region = kRegions[b1 & 7];
  if ((b1 >> 3) & 1) o.doc_name = "fuzz\"doc\\\n";
  const bool options_ok = !bad_mode && kDateOk[(b0 >> 4) & 7] && kRegionOk[b1 & 7];

  econex_result* r = nullptr;
  econex_status st;
  // (text NULL is only allowed with length 0)
  const char* ptr = len == 0 && (b1 & 0x40) ? nullptr : text;
  if (call == 1)
    st = econex_quantities(extractor(), ptr, len, &o, &r);
  else if (call == 2)
    st = econex_periods(extractor(), ptr, len, &o, &r);
  else
    st = econex_extract(extractor(), ptr, len, &o, &r);
  FUZZ_CHECK(r != nullptr, "no result delivered");
  FUZZ_CHECK(econex_result_status(r) == st, "result status differs from the returned one");
  const char* message = econex_result_error_message(r);
  FUZZ_CHECK(message != nullptr, "NULL message");

  const std::int64_t bad = econex_fuzz::reference_first_invalid(in);
  if (!options_ok) {
    FUZZ_CHECK(st == ECONEX_INVALID_ARGUMENT, "bad options gave %s", econex_status_str(st));
  } else if (bad >= 0 && !replace) {
    FUZZ_CHECK(st == ECONEX_INVALID_UTF8, "invalid text (byte %lld) gave %s", (long long)bad,
               econex_status_str(st));
    FUZZ_CHECK(econex_result_error_offset(r) == bad, "offset %lld, first bad byte %lld",
               (long long)econex_result_error_offset(r), (long long)bad);
    FUZZ_CHECK(std::string(message).find(std::to_string(bad)) != std::string::npos,
               "message '%s' lacks the offset", message);
  } else {
    FUZZ_CHECK(st == ECONEX_OK, "valid call gave %s: %s", econex_status_str(st), message);
  }
  if (st != ECONEX_OK) {
    FUZZ_CHECK(message[0] != '\0', "failure without a message");
    FUZZ_CHECK(econex_result_count(r) == 0, "items in a failed result");
  } else {
    FUZZ_CHECK(econex_result_error_offset(r) == -1 && message[0] == '\0', "error on success");
  }

  const bool valid = bad < 0;
  const std::size_t n = econex_result_count(r);
  for (std::size_t i = 0; i < n; ++i) {
    if (call == 1) {
      const econex_quantity* q = econex_result_get_quantity(r, i);
      FUZZ_CHECK(q && q->struct_size >= sizeof(econex_quantity), "quantity %zu", i);
      econex_fuzz::check_span(in, q->begin, q->end, std::string_view(q->text.data, q->text.len),
                              valid, "quantity");
      FUZZ_CHECK(q->value == q->value, "NaN value");
    } else if (call == 2) {
      const econex_period* p = econex_result_get_period(r, i);
      FUZZ_CHECK(p && p->struct_size >= sizeof(econex_period), "period %zu", i);
      econex_fuzz::check_span(in, p->begin, p->end, std::string_view(p->text.data, p->text.len),
                              valid, "period");
    } else {
      const econex_record* rec = econex_result_get(r, i);
      FUZZ_CHECK(rec && rec->struct_size >= sizeof(econex_record), "record %zu", i);
      econex_fuzz::check_span(in, rec->value_begin, rec->value_end,
                              std::string_view(rec->value_text.data, rec->value_text.len), valid,
                              "record value");
      FUZZ_CHECK(rec->sentence_begin <= rec->sentence_end && rec->sentence_end <= len,
                 "sentence span [%zu, %zu)", rec->sentence_begin, rec->sentence_end);
      FUZZ_CHECK(rec->value == rec->value, "NaN value");
      FUZZ_CHECK(rec->indicator.data[rec->indicator.len] == '\0', "indicator not NUL-terminated");
      FUZZ_CHECK(std::strlen(econex_measure_str(rec->measure)) > 0, "unknown measure");
      if (i > 0) FUZZ_CHECK(econex_result_get(r, i - 1)->value_begin <= rec->value_begin, "order");
    }
  }
  FUZZ_CHECK(econex_result_get(r, n) == nullptr && econex_result_get_quantity(r, n) == nullptr &&
                 econex_result_get_period(r, n) == nullptr,
             "item past the end");
  if (call == 3 || (b1 & 0x20)) {
    char* jsonl = nullptr;
    std::size_t jlen = 0;
    FUZZ_CHECK(econex_result_jsonl(r, &jsonl, &jlen) == ECONEX_OK && jsonl, "jsonl");
    FUZZ_CHECK(std::strlen(jsonl) == jlen, "jsonl length");
    std::size_t lines = 0;
    for (std::size_t i = 0; i < jlen; ++i) lines += jsonl[i] == '\n';
    FUZZ_CHECK(lines == n, "%zu JSON lines for %zu items", lines, n);
    FUZZ_CHECK(econex_fuzz::reference_first_invalid(std::string_view(jsonl, jlen)) < 0,
               "JSON Lines are not UTF-8");
    econex_free(jsonl);
  }
  econex_result_free(r);
  return 0;
}
