// Fuzz target: the quantity layer through Extractor::quantities, in error and
// replacement mode (chosen by the first byte). Invariants: the call fails only
// with kInvalidUtf8 at the first bad byte (error mode on invalid text); every
// quantity's span is inside the input, on code-point boundaries for valid
// text, its text is the input bytes of the span; values are finite or
// infinite but never NaN, and quantities come in order without overlapping.
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const econex::Extractor x;
  if (size < 1) return 0;
  econex::Options o;
  o.invalid_utf8 = (data[0] & 1) ? econex::InvalidUtf8::kReplace : econex::InvalidUtf8::kError;
  const std::string_view in(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::int64_t bad = econex_fuzz::reference_first_invalid(in);
  std::vector<econex::Quantity> qs;
  econex::Status st = x.quantities(in, o, &qs);
  if (bad >= 0 && o.invalid_utf8 == econex::InvalidUtf8::kError) {
    FUZZ_CHECK(st.code() == econex::StatusCode::kInvalidUtf8 && st.offset() == bad,
               "status %d offset %lld, first bad byte %lld", static_cast<int>(st.code()),
               (long long)st.offset(), (long long)bad);
    FUZZ_CHECK(qs.empty(), "items on failure");
    return 0;
  }
  FUZZ_CHECK(st.ok(), "%s", st.message().c_str());
  std::size_t prev_end = 0;
  for (const econex::Quantity& q : qs) {
    econex_fuzz::check_span(in, q.begin, q.end, q.text, bad < 0, "quantity");
    FUZZ_CHECK(q.value == q.value, "NaN value for '%s'", q.text.c_str());
    FUZZ_CHECK(q.low.has_value() == q.high.has_value(), "half a range for '%s'", q.text.c_str());
    if (q.low) FUZZ_CHECK(*q.low == *q.low && *q.high == *q.high, "NaN range '%s'", q.text.c_str());
    FUZZ_CHECK(q.begin >= prev_end, "quantities overlap or are out of order at %zu", q.begin);
    prev_end = q.end;
  }
  return 0;
}
