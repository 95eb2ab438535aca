// Text layer, step 1: validate the input once and fold it into a clean buffer.
//
// The clean buffer is UTF-8 in which
//   - full-width ASCII forms are ASCII (６．５％ -> 6.5%, ， -> ,), dashes are '-',
//     wave dashes '~', and other compatibility characters are NFKC-folded (ICU);
//   - layout whitespace is gone: spaces between CJK characters or between a
//     number and a CJK character, soft line breaks inside words and numbers,
//     <PAGE_DIV> markers; one space stays between two ASCII words;
//   - every hard break (paragraph end, heading line) is a single '\n'.
// Only characters outside the fast paths go through ICU.
//
// Alongside it, src[i] is the byte offset in the original input of the
// character that produced clean byte i, so every clean span maps back to a
// byte range of what the caller passed (see CleanText::original_span).
#ifndef ECONEX_LIB_TEXT_NORMALIZE_H_
#define ECONEX_LIB_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "econex/econex.hpp"

namespace econex::detail {

struct CleanText {
  std::string_view input;          // the caller's bytes (not owned)
  std::string text;                // the clean buffer
  std::vector<std::uint32_t> src;  // src[i]: original offset of clean byte i's character

  // Byte range in the original input covered by clean bytes [b, e), b < e.
  std::pair<std::size_t, std::size_t> original_span(std::size_t b, std::size_t e) const;
};

// Folds `input` into `out`. Fails with kInvalidUtf8 (message and offset) on
// a bad byte unless mode is kReplace, and with kTooLarge past 4 GiB.
Status normalize(std::string_view input, InvalidUtf8 mode, CleanText* out);

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_NORMALIZE_H_
