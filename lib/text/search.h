// Substring search for short words in UTF-8 text.
//
// std::string_view::rfind compares the word at every position from the end
// (one memcmp call per byte), which made the backward searches of the
// statement reader (比, 占, 拉动 … before each value) a large share of
// extraction. find_last jumps with memrchr to the positions where the word's
// last byte occurs, the rarest-looking byte of a CJK character, and compares
// only there. Same result as rfind for a non-empty word.
#ifndef ECONEX_LIB_TEXT_SEARCH_H_
#define ECONEX_LIB_TEXT_SEARCH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace econex::detail {

// Whether w occurs at s[pos] (starts_at) or ends right before s[pos] (ends_at).
// The literal overloads compare a constant number of bytes, which the
// compiler does inline: these run for every candidate number.
inline bool starts_at(std::string_view s, std::size_t pos, std::string_view w) {
  return pos <= s.size() && s.size() - pos >= w.size() &&
         std::memcmp(s.data() + pos, w.data(), w.size()) == 0;
}
template <std::size_t N>
inline bool starts_at(std::string_view s, std::size_t pos, const char (&w)[N]) {
  return pos <= s.size() && s.size() - pos >= N - 1 && std::memcmp(s.data() + pos, w, N - 1) == 0;
}
inline bool ends_at(std::string_view s, std::size_t pos, std::string_view w) {
  return pos >= w.size() && pos <= s.size() &&
         std::memcmp(s.data() + pos - w.size(), w.data(), w.size()) == 0;
}
template <std::size_t N>
inline bool ends_at(std::string_view s, std::size_t pos, const char (&w)[N]) {
  return pos >= N - 1 && pos <= s.size() && std::memcmp(s.data() + pos - (N - 1), w, N - 1) == 0;
}

// Start of the last occurrence of w in s, or npos (s.size() for an empty w).
inline std::size_t find_last(std::string_view s, std::string_view w) {
  if (w.empty()) return s.size();
  const std::size_t n = w.size();
  std::size_t end = s.size();  // the last byte of a match lies in [n - 1, end)
  while (end >= n) {
    const void* hit = memrchr(s.data() + n - 1, w.back(), end - (n - 1));
    if (hit == nullptr) break;
    const std::size_t last = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    const std::size_t start = last + 1 - n;
    if (std::memcmp(s.data() + start, w.data(), n - 1) == 0) return start;
    end = last;
  }
  return std::string_view::npos;
}

// Start of the first occurrence of w in s at or after from, or npos (from
// for an empty w, if from <= s.size()).
//
// std::string_view::find looks for the word's first byte with memchr and
// compares there; the first byte of a CJK character (E4–E9) is shared by
// thousands of characters, so in Chinese text that is a compare at nearly
// every character. find_first jumps to the word's last byte instead, as
// find_last does. Same result as find.
inline std::size_t find_first(std::string_view s, std::string_view w, std::size_t from = 0) {
  if (from > s.size()) return std::string_view::npos;
  if (w.empty()) return from;
  const std::size_t n = w.size();
  if (s.size() - from < n) return std::string_view::npos;
  const char* const base = s.data();
  // the last byte of a match lies in [from + n - 1, s.size())
  for (std::size_t at = from + n - 1; at < s.size();) {
    const void* hit = std::memchr(base + at, w.back(), s.size() - at);
    if (hit == nullptr) break;
    const std::size_t last = static_cast<std::size_t>(static_cast<const char*>(hit) - base);
    const std::size_t start = last + 1 - n;
    if (std::memcmp(base + start, w.data(), n - 1) == 0) return start;
    at = last + 1;
  }
  return std::string_view::npos;
}

// Which characters a text may hold, for skipping searches that cannot hit.
//
// The word lists of the indicator cleaner and the statement reader are
// searched for in short texts (a subject of a dozen characters) one word at a
// time, and nearly all of those searches miss; each costs a memchr call.
// CharFilter keeps one bit per value of the low six bits of each continuation
// byte (10xxxxxx) of the text. A word that ends in a continuation byte whose
// bit is clear cannot occur in the text, nor in any text made of its pieces;
// a set bit says only "maybe" (search). Words that end in any other byte
// always say "maybe". Exact on any bytes, valid UTF-8 or not.
class CharFilter {
 public:
  explicit CharFilter(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size(); ++i)
      if ((p[i] & 0xC0) == 0x80) bits_ |= std::uint64_t{1} << (p[i] & 63);
  }
  // False only when w cannot occur in the text (nor in a text of its pieces).
  bool may_contain(std::string_view w) const {
    if (w.empty()) return true;
    const auto last = static_cast<unsigned char>(w.back());
    return (last & 0xC0) != 0x80 || (bits_ >> (last & 63) & 1) != 0;
  }

 private:
  std::uint64_t bits_ = 0;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_SEARCH_H_
