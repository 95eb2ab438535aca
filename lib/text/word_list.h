// An ordered list of short words and the first of them a text starts or ends
// with.
//
// The statement reader asks "which of these words does the clause end with?"
// many times per value (peeling 增长, 同比, 分别 … off the words before a
// number). As a loop of string comparisons that was one memcmp call per word
// and the largest single cost of extraction. WordList keeps the first and the
// last three bytes of each word packed in an integer, so a word that cannot
// match costs one compare; the full comparison runs only on a key hit. The
// order of the list is kept: the first word in list order that matches wins,
// as in the loops it replaces.
#ifndef ECONEX_LIB_TEXT_WORD_LIST_H_
#define ECONEX_LIB_TEXT_WORD_LIST_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace econex::detail {

class WordList {
 public:
  // Words must outlive the list (string literals in practice) and be non-empty.
  WordList(std::initializer_list<std::string_view> words) : WordList(words.begin(), words.end()) {}
  template <typename It>
  WordList(It first, It last) {
    for (; first != last; ++first) {
      const std::string_view w = *first;
      const std::size_t k = w.size() < 3 ? w.size() : 3;
      const std::uint32_t low = k == 3 ? 0xFFFFFFu : k == 2 ? 0xFFFFu : 0xFFu;
      const unsigned shift = static_cast<unsigned>(8 * (3 - k));
      words_.push_back(
          Word{w, head_key(w.data(), k), low << shift, pack(w.data() + w.size() - k, k), low});
      if (k == 3) {
        head_seen_.set(bucket(words_.back().head));
        tail_seen_.set(bucket(words_.back().tail));
      } else {
        short_head_.set(static_cast<unsigned char>(w.front()));
        short_tail_.set(static_cast<unsigned char>(w.back()));
      }
    }
    if (words_.size() > kIndexFrom) {
      heads_.build(words_, &Word::head, &Word::head_mask);
      tails_.build(words_, &Word::tail, &Word::tail_mask);
    }
  }

  // The first word (in list order) that s starts with; empty when none.
  std::string_view prefix_of(std::string_view s) const {
    const std::uint32_t key = head_key(s.data(), s.size() < 3 ? s.size() : 3);
    if (s.size() >= 3 && !head_seen_[bucket(key)] &&
        !short_head_[static_cast<unsigned char>(s.front())])
      return {};  // (most calls: no word starts with these bytes)
    if (!heads_.empty() && s.size() >= 3) {
      for (std::uint16_t i : heads_.candidates(key)) {
        const Word& w = words_[i];
        if (w.text.size() <= s.size() && std::memcmp(s.data(), w.text.data(), w.text.size()) == 0)
          return w.text;
      }
      return {};
    }
    for (const Word& w : words_) {
      if ((key & w.head_mask) != w.head || w.text.size() > s.size()) continue;
      if (std::memcmp(s.data(), w.text.data(), w.text.size()) == 0) return w.text;
    }
    return {};
  }

  // The first word (in list order) that s ends with; empty when none.
  std::string_view suffix_of(std::string_view s) const {
    // the last three bytes, the last one in the low byte
    const std::size_t k = s.size() < 3 ? s.size() : 3;
    const std::uint32_t key = pack(s.data() + s.size() - k, k);
    if (k == 3 && !tail_seen_[bucket(key)] && !short_tail_[static_cast<unsigned char>(s.back())])
      return {};
    if (!tails_.empty() && k == 3) {
      for (std::uint16_t i : tails_.candidates(key)) {
        const Word& w = words_[i];
        if (w.text.size() <= s.size() &&
            std::memcmp(s.data() + s.size() - w.text.size(), w.text.data(), w.text.size()) == 0)
          return w.text;
      }
      return {};
    }
    for (const Word& w : words_) {
      if ((key & w.tail_mask) != w.tail || w.text.size() > s.size()) continue;
      if (std::memcmp(s.data() + s.size() - w.text.size(), w.text.data(), w.text.size()) == 0)
        return w.text;
    }
    return {};
  }

  // Whether s[pos, ...) starts with one of the words; the word or empty.
  std::string_view at(std::string_view s, std::size_t pos) const {
    return pos <= s.size() ? prefix_of(s.substr(pos)) : std::string_view();
  }

 private:
  struct Word {
    std::string_view text;
    std::uint32_t head, head_mask;  // first bytes, in the high end of three
    std::uint32_t tail, tail_mask;  // last bytes, in the low end
  };

  // Longer lists (the lead words of clean_indicator: over a hundred) are
  // indexed. For each key of three whole bytes that some word has, the words
  // a text with that key can start (or end) with, in list order: the words
  // with that key and the shorter words whose bytes it begins (ends) with.
  // A text with any other key can only have one of the words shorter than
  // three bytes. A lookup is a binary search of the keys and one compare per
  // word in the bucket, instead of a pass over the whole list.
  static constexpr std::size_t kIndexFrom = 8;
  class Index {
   public:
    bool empty() const { return keys_.empty(); }
    void build(const std::vector<Word>& words, std::uint32_t Word::*key,
               std::uint32_t Word::*mask) {
      constexpr std::uint32_t kWhole = 0xFFFFFFu;
      for (const Word& w : words)
        if (w.*mask == kWhole) keys_.push_back(w.*key);
      std::sort(keys_.begin(), keys_.end());
      keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
      for (std::uint32_t k : keys_) {
        begin_.push_back(ids_.size());
        for (std::size_t i = 0; i < words.size(); ++i)
          if ((k & words[i].*mask) == words[i].*key) ids_.push_back(static_cast<std::uint16_t>(i));
      }
      begin_.push_back(ids_.size());
      for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i].*mask != kWhole) ids_.push_back(static_cast<std::uint16_t>(i));
    }
    // The words to compare for a text whose three-byte key is k, in order.
    std::span<const std::uint16_t> candidates(std::uint32_t k) const {
      const auto it = std::lower_bound(keys_.begin(), keys_.end(), k);
      const std::size_t j = it != keys_.end() && *it == k
                                ? static_cast<std::size_t>(it - keys_.begin())
                                : keys_.size();
      const std::size_t end = j < keys_.size() ? begin_[j + 1] : ids_.size();
      return {ids_.data() + begin_[j], end - begin_[j]};
    }

   private:
    std::vector<std::uint32_t> keys_;  // sorted
    std::vector<std::size_t> begin_;   // per key, then the short words
    std::vector<std::uint16_t> ids_;
  };
  // k <= 3 bytes, big-endian: the last byte lowest.
  static std::uint32_t pack(const char* p, std::size_t k) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < k; ++i) v = v << 8 | static_cast<unsigned char>(p[i]);
    return v;
  }
  // k <= 3 bytes aligned at the top of three: "ab" -> 0x616200.
  static std::uint32_t head_key(const char* p, std::size_t k) {
    return pack(p, k) << (8 * (3 - k));
  }

  // A first filter that rejects most texts with one lookup: a bit per hash
  // of the three-byte keys of the words of three bytes or more, and the
  // first (last) bytes of the shorter words. A text can start (end) with one
  // of the words only if its key's bit or its first (last) byte's bit is set.
  static std::size_t bucket(std::uint32_t key) { return (key * 0x9E3779B1u) >> 22; }

  std::vector<Word> words_;
  Index heads_, tails_;
  std::bitset<1024> head_seen_, tail_seen_;
  std::bitset<256> short_head_, short_tail_;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_WORD_LIST_H_
