// UTF-8 primitives: strict validation (no overlongs, surrogates or values past
// U+10FFFF), decoding and encoding. Header-only; used on the hot path.
#ifndef ECONEX_LIB_TEXT_UTF8_H_
#define ECONEX_LIB_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace econex::detail {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes
// there are not one (stray continuation, overlong, surrogate, truncated...).
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  std::size_t left = s.size() - i;
  if (left == 0) return 0;
  unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  // the common case first: a three-byte character (most CJK) whose lead byte
  // allows no overlong form and no surrogate
  if (b0 >= 0xE1 && b0 <= 0xEC && left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    return 3;
  auto cont = [&](std::size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (b0 == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (b0 == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b0 == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && p[1] >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

// Decodes the valid sequence of length len at s[i].
inline char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  switch (len) {
    case 1:
      return p[0];
    case 2:
      return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
      return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
             (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

// Encodes c into buf (at least 4 bytes); returns the length.
inline std::size_t encode_utf8(char32_t c, char* buf) {
  if (c < 0x80) {
    buf[0] = char(c);
    return 1;
  }
  if (c < 0x800) {
    buf[0] = char(0xC0 | (c >> 6));
    buf[1] = char(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    buf[0] = char(0xE0 | (c >> 12));
    buf[1] = char(0x80 | ((c >> 6) & 0x3F));
    buf[2] = char(0x80 | (c & 0x3F));
    return 3;
  }
  buf[0] = char(0xF0 | (c >> 18));
  buf[1] = char(0x80 | ((c >> 12) & 0x3F));
  buf[2] = char(0x80 | ((c >> 6) & 0x3F));
  buf[3] = char(0x80 | (c & 0x3F));
  return 4;
}

// Offset of the first byte that is not valid UTF-8, or -1.
inline std::int64_t first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return static_cast<std::int64_t>(i);
    i += len;
  }
  return -1;
}

// Decodes the code point at s[i] and advances i; invalid bytes give U+FFFD.
inline char32_t next_cp(std::string_view s, std::size_t* i) {
  std::size_t len = utf8_sequence_length(s, *i);
  if (len == 0) {
    ++*i;
    return 0xFFFD;
  }
  char32_t c = decode_utf8(s, *i, len);
  *i += len;
  return c;
}

// Start of the code point that ends right before s[i] (i > 0).
inline std::size_t prev_cp_start(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_UTF8_H_
