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
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
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

  // Whether one of the literals starts at s[i] (i < size).
  bool starts_at(std::string_view s, std::size_t i) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    if (single_[p[i]]) return true;
    if (whole_characters_ && all_three_ && (p[i] & 0xF0) == 0xE0 && i + 2 < n &&
        is_continuation(p[i + 1]) && is_continuation(p[i + 2])) {
      const std::size_t k3 = key3(s, i);
      return triple_[k3] && (whole_[k3] || starts_here(s, i));
    }
    return starts_longer_[p[i]] && i + 1 < n && pair_[key(s, i)] &&
           (!all_three_ || (i + 2 < n && triple_[key3(s, i)])) && starts_here(s, i);
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
  friend class LiteralScan;
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

// Where the literals of several sets start, found in one pass.
//
// The quantity and period layers each scanned the whole text for their own
// candidates: two passes, and most of each pass is reading a CJK character
// and testing its key. LiteralScan reads every character once and tests the
// key against all the sets with one table lookup (a bit per set whose
// literals can start with that character); only a hit goes on to the sets'
// own tests. For each set, the positions it reports are exactly the places
// where LiteralSet::find stops, so a layer can walk them instead of calling
// find (equivalence_test compares the two on the corpus and on random bytes).
class LiteralScan {
 public:
  struct Start {
    std::uint32_t pos;
    std::uint8_t sets;  // bit k: a literal of the k-th set starts at pos
  };

  // At most eight sets; each must step over whole characters (no literal
  // starts with a continuation byte) and have no literal of two bytes.
  explicit LiteralScan(std::vector<const LiteralSet*> sets)
      : sets_(std::move(sets)), lead_(65536), whole_(65536) {
    for (std::size_t k = 0; k < sets_.size(); ++k) {
      const LiteralSet& set = *sets_[k];
      usable_ = usable_ && k < 8 && set.whole_characters_ && set.all_three_;
      const auto bit = static_cast<std::uint8_t>(1u << k);
      for (std::size_t key = 0; key < lead_.size(); ++key) {
        if (set.triple_[key]) lead_[key] |= bit;
        if (set.whole_[key]) whole_[key] |= bit;
      }
      for (int b = 0; b < 256; ++b) {
        if (set.single_[b] || set.starts_longer_[b]) other_[b] = true;
        if (set.single_[b]) single_[b] = true;
      }
    }
  }

  // False when the sets do not meet the conditions above (then call find).
  bool usable() const { return usable_; }

  // Every place in s where a literal of some set starts, in order (s is at
  // most 4 GiB: positions are 32-bit).
  void scan(std::string_view s, std::vector<Start>* out) const {
    out->clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
      const unsigned char b = p[i];
      // (the sets' one-byte literals come first, as in find)
      if ((b & 0xF0) == 0xE0 && i + 2 < n &&
          ((p[i + 1] & 0xC0u) | (p[i + 2] & 0xC0u) << 8) == 0x8080u && !single_[b]) {
        // (key3 of a three-byte character: its code point's low 16 bits, the top one flipped)
        const std::size_t k3 =
            ((b & 0x0Fu) << 12 | (p[i + 1] & 0x3Fu) << 6 | (p[i + 2] & 0x3Fu)) ^ 0x8000u;
        if (const std::uint8_t maybe = lead_[k3]) {
          // (a whole-character literal is a match; only longer ones compare)
          std::uint8_t bits = whole_[k3];
          for (std::size_t k = 0; k < sets_.size(); ++k)
            if ((maybe & ~bits) >> k & 1 && sets_[k]->starts_here(s, i))
              bits |= static_cast<std::uint8_t>(1u << k);
          if (bits) out->push_back(Start{static_cast<std::uint32_t>(i), bits});
        }
        i += 3;
        continue;
      }
      if (other_[b]) add(s, i, out);
      i += sets_.empty() ? 1 : sets_[0]->step(p, i, n);
    }
  }

 private:
  void add(std::string_view s, std::size_t i, std::vector<Start>* out) const {
    std::uint8_t bits = 0;
    for (std::size_t k = 0; k < sets_.size(); ++k)
      if (sets_[k]->starts_at(s, i)) bits |= static_cast<std::uint8_t>(1u << k);
    if (bits) out->push_back(Start{static_cast<std::uint32_t>(i), bits});
  }

  std::vector<const LiteralSet*> sets_;
  std::vector<std::uint8_t> lead_;   // per key3: the sets with a literal of that first character
  std::vector<std::uint8_t> whole_;  // per key3: the sets with that character as a literal
  bool single_[256] = {};            // one-byte literals of any set
  bool other_[256] = {};             // bytes that start a literal some other way
  bool usable_ = true;
};

// The first start >= pos of one set of a LiteralScan, as LiteralSet::find
// gives it, for a caller whose pos never goes back.
class NextStart {
 public:
  NextStart(const std::vector<LiteralScan::Start>& starts, std::uint8_t set)
      : starts_(starts), set_(set) {}
  std::size_t operator()(std::size_t pos) {
    while (k_ < starts_.size() && (starts_[k_].pos < pos || !(starts_[k_].sets & set_))) ++k_;
    return k_ < starts_.size() ? starts_[k_].pos : std::string_view::npos;
  }

 private:
  const std::vector<LiteralScan::Start>& starts_;
  std::uint8_t set_;
  std::size_t k_ = 0;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_LITERAL_SET_H_
