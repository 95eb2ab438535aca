// Fuzz target: the period layer through Extractor::periods, with a reference
// date chosen by the first byte. Invariants: spans inside the input, on
// code-point boundaries, text equal to the input bytes, in order without
// overlapping; the canonical period is printable ASCII.
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const econex::Extractor x;
  if (size < 1) return 0;
  static const char* kDates[4] = {"", "2025-04-25", "2024-02-29", "0001-01-01"};
  econex::Options o;
  o.reference_date = kDates[data[0] & 3];
  o.invalid_utf8 = (data[0] & 4) ? econex::InvalidUtf8::kReplace : econex::InvalidUtf8::kError;
  const std::string_view in(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::int64_t bad = econex_fuzz::reference_first_invalid(in);
  std::vector<econex::Period> ps;
  econex::Status st = x.periods(in, o, &ps);
  if (bad >= 0 && o.invalid_utf8 == econex::InvalidUtf8::kError) {
    FUZZ_CHECK(st.code() == econex::StatusCode::kInvalidUtf8 && st.offset() == bad,
               "status %d offset %lld, first bad byte %lld", static_cast<int>(st.code()),
               (long long)st.offset(), (long long)bad);
    FUZZ_CHECK(ps.empty(), "items on failure");
    return 0;
  }
  FUZZ_CHECK(st.ok(), "%s", st.message().c_str());
  std::size_t prev_end = 0;
  for (const econex::Period& p : ps) {
    econex_fuzz::check_span(in, p.begin, p.end, p.text, bad < 0, "period");
    FUZZ_CHECK(p.begin >= prev_end, "periods overlap or are out of order at %zu", p.begin);
    prev_end = p.end;
    for (char c : p.period)
      FUZZ_CHECK(c > 0x20 && c < 0x7F, "canonical period '%s' is not printable ASCII",
                 p.period.c_str());
  }
  return 0;
}
