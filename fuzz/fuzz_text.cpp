// Fuzz target: the text layer (text/normalize.h) and its offset map, then the
// whole pipeline's records. Invariants:
//   - error mode: fails exactly on invalid UTF-8, at the first bad byte (as
//     an independent validator finds it), with an empty clean text;
//   - the clean text is valid UTF-8, src has one entry per clean byte, every
//     entry is a position of the input, non-decreasing, and on a code-point
//     boundary of valid input;
//   - original_span(b, e) of every code-point-aligned clean span is
//     begin <= end <= len, on code-point boundaries (valid input), begin equal
//     to src[b], and covering src[e - 1];
//   - Extractor::extract's records have value_text == input[begin:end].
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "fuzz_common.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using econex::detail::CleanText;
  if (size < 1) return 0;
  const econex::InvalidUtf8 mode =
      (data[0] & 1) ? econex::InvalidUtf8::kReplace : econex::InvalidUtf8::kError;
  const std::string_view in(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::int64_t bad = econex_fuzz::reference_first_invalid(in);
  const bool valid = bad < 0;

  CleanText c;
  econex::Status st = econex::detail::normalize(in, mode, &c);
  if (!valid && mode == econex::InvalidUtf8::kError) {
    FUZZ_CHECK(st.code() == econex::StatusCode::kInvalidUtf8 && st.offset() == bad,
               "status %d offset %lld, first bad byte %lld", static_cast<int>(st.code()),
               (long long)st.offset(), (long long)bad);
    FUZZ_CHECK(c.text.empty() && c.src.empty(), "clean text left after a failure");
    return 0;
  }
  FUZZ_CHECK(st.ok(), "%s", st.message().c_str());
  FUZZ_CHECK(c.src.size() == c.text.size(), "src %zu for %zu clean bytes", c.src.size(),
             c.text.size());
  FUZZ_CHECK(econex_fuzz::reference_first_invalid(c.text) < 0, "clean text is not UTF-8");
  for (std::size_t i = 0; i < c.src.size(); ++i) {
    FUZZ_CHECK(c.src[i] < in.size(), "src[%zu] = %u past the input", i, c.src[i]);
    if (i) FUZZ_CHECK(c.src[i - 1] <= c.src[i], "src decreases at %zu", i);
    if (valid) FUZZ_CHECK(!econex_fuzz::is_continuation(in, c.src[i]), "src[%zu] mid-character", i);
  }
  // every span between code-point starts of the clean text (bounded work)
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < c.text.size(); ++i)
    if (!econex_fuzz::is_continuation(c.text, i)) starts.push_back(i);
  starts.push_back(c.text.size());
  const std::size_t step = starts.size() > 64 ? starts.size() / 64 : 1;
  for (std::size_t a = 0; a + 1 < starts.size(); a += step) {
    for (std::size_t z = a + 1; z < starts.size(); z += step) {
      auto [ob, oe] = c.original_span(starts[a], starts[z]);
      FUZZ_CHECK(ob <= oe && oe <= in.size(), "original_span(%zu, %zu) = [%zu, %zu) of %zu",
                 starts[a], starts[z], ob, oe, in.size());
      FUZZ_CHECK(ob == c.src[starts[a]], "begin %zu is not src[b] %u", ob, c.src[starts[a]]);
      FUZZ_CHECK(oe > c.src[starts[z] - 1], "end %zu does not cover src[e - 1] %u", oe,
                 c.src[starts[z] - 1]);
      if (valid)
        FUZZ_CHECK(!econex_fuzz::is_continuation(in, ob) && !econex_fuzz::is_continuation(in, oe),
                   "original_span(%zu, %zu) = [%zu, %zu) mid-character", starts[a], starts[z], ob,
                   oe);
    }
  }

  // the records of the whole pipeline
  static const econex::Extractor x;
  econex::Options o;
  o.invalid_utf8 = mode;
  std::vector<econex::Record> rs;
  st = x.extract(in, o, &rs);
  FUZZ_CHECK(st.ok(), "extract: %s", st.message().c_str());
  for (const econex::Record& r : rs) {
    econex_fuzz::check_span(in, r.value_begin, r.value_end, r.value_text, valid, "record value");
    FUZZ_CHECK(r.sentence_begin <= r.sentence_end && r.sentence_end <= in.size(),
               "sentence [%zu, %zu)", r.sentence_begin, r.sentence_end);
  }
  return 0;
}
