// A set of literal byte strings and a scan for the first place one starts.
//
// The candidate scans of the quantity and period layers look for where a
// number or a period word can start: an alternation of literals such as
// (百分之|[0-9]|[一二三]). As an RE2 search that is one call per candidate,
// and candidates are frequent (every number, many Chinese characters), so the
// call overhead dominated. LiteralSet::find gives exactly the start of RE2's
// leftmost match of such an alternation (any byte offset, as RE2's unanchored
// search) with a table lookup per byte. equivalence_test checks it against RE2.
#ifndef ECONEX_LIB_TEXT_LITERAL_SET_H_
#define ECONEX_LIB_TEXT_LITERAL_SET_H_

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace econex::detail {

class LiteralSet {
 public:
  // Non-empty literals (UTF-8 or any bytes).
  explicit LiteralSet(const std::vector<std::string_view>& words) {
    for (std::string_view w : words) {
      auto b0 = static_cast<unsigned char>(w[0]);
      if (is_continuation(b0)) whole_characters_ = false;
      if (w.size() == 1) {
        single_[b0] = true;
        continue;
      }
      starts_longer_[b0] = true;
      pair_.set(key(w, 0));
      if (w.size() == 3 && (b0 & 0xF0) == 0xE0 &&
          is_continuation(static_cast<unsigned char>(w[1])) &&
          is_continuation(static_cast<unsigned char>(w[2])))
        whole_.set(key3(w, 0));
      if (w.size() >= 3)
        triple_.set(key3(w, 0));
      else
        all_three_ = false;
      words_.push_back(Word{key(w, 0), std::string(w)});
    }
  }

  // First position >= pos where one of the literals starts, or npos.
  std::size_t find(std::string_view s, std::size_t pos) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    const bool cjk_fast = whole_characters_ && all_three_;
    std::size_t i = pos;
    while (i < n) {
      const unsigned char b = p[i];
      if (single_[b]) return i;
      // Most of the text: a whole three-byte character. Its first three
      // bytes are the one filter that matters; when no literal starts
      // inside a character, the scan steps over it at once.
      if (cjk_fast && (b & 0xF0) == 0xE0 && i + 2 < n && is_continuation(p[i + 1]) &&
          is_continuation(p[i + 2])) {
        const std::size_t k3 = key3(s, i);
        if (triple_[k3] && (whole_[k3] || starts_here(s, i))) return i;
        i += 3;
        continue;
      }
      if (starts_longer_[b] && i + 1 < n && pair_[key(s, i)] &&
          (!all_three_ || (i + 2 < n && triple_[key3(s, i)])) && starts_here(s, i))
        return i;
      i += step(p, i, n);
    }
    return std::string_view::npos;
  }

 private:
  static bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

  // Whether a literal of two bytes or more starts at s[i] (i + 1 < size).
  bool starts_here(std::string_view s, std::size_t i) const {
    const std::size_t k = key(s, i);
    for (const Word& w : words_)
      if (w.key == k && s.compare(i, w.text.size(), w.text) == 0) return true;
    return false;
  }

  // Bytes to the next place a literal can start. When no literal starts
  // with a continuation byte (10xxxxxx), none starts inside a well-formed
  // multi-byte character: the scan steps over a whole CJK character at once
  // (a third of the iterations on Chinese text). A lead byte that is not
  // followed by its continuation bytes is stepped over alone, so the result
  // is the same on any bytes, UTF-8 or not.
  std::size_t step(const unsigned char* p, std::size_t i, std::size_t n) const {
    if (!whole_characters_ || (p[i] & 0xF0) != 0xE0) return 1;
    return i + 2 < n && is_continuation(p[i + 1]) && is_continuation(p[i + 2]) ? 3 : 1;
  }

  static std::size_t key(std::string_view s, std::size_t i) {
    return static_cast<std::size_t>(static_cast<unsigned char>(s[i])) << 8 |
           static_cast<unsigned char>(s[i + 1]);
  }

  // Bytes i..i+2 folded to 16 bits: the low 16 bits of the code point for a
  // three-byte UTF-8 character, so distinct CJK characters never collide.
  static std::size_t key3(std::string_view s, std::size_t i) {
    return (static_cast<std::size_t>(static_cast<unsigned char>(s[i]) & 0x0F) << 12 |
            static_cast<std::size_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6 |
            (static_cast<unsigned char>(s[i + 2]) & 0x3F)) ^
           (static_cast<std::size_t>(static_cast<unsigned char>(s[i + 1]) & 0xC0) << 8);
  }

  struct Word {
    std::size_t key;
    std::string text;
  };
  bool single_[256] = {};         // one-byte literals
  bool starts_longer_[256] = {};  // first bytes of the longer ones
  std::bitset<65536> pair_;       // first two bytes of the longer ones
  std::bitset<65536> triple_;     // key3 of their first three bytes
  std::bitset<65536> whole_;      // key3 of the literals that are one whole 3-byte character
                                  // (key3 tells those characters apart: a hit is a match)
  bool all_three_ = true;         // every longer literal has three bytes or more
  bool whole_characters_ = true;  // no literal starts with a continuation byte
  std::vector<Word> words_;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_LITERAL_SET_H_
