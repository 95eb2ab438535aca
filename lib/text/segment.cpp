#include "text/segment.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "data/lexicon.h"
#include "text/search.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Longest sentence, in bytes of clean text, before it is cut (about 1,300
// characters; the longest in the corpora is under 700 bytes).
constexpr std::size_t kMaxSentenceBytes = 4096;

constexpr std::array<std::string_view, 5> kSentenceEnds = {"。", "！", "？", "；", "…"};

std::size_t sentence_end_at(std::string_view s, std::size_t i) {
  char c = s[i];
  if (c == '!' || c == '?' || c == ';') return 1;
  // called for every character: only the first bytes of kSentenceEnds can start one
  const auto b = static_cast<unsigned char>(c);
  if (b != 0xE3 && b != 0xEF && b != 0xE2) return 0;
  for (std::string_view w : kSentenceEnds)
    if (starts_at(s, i, w)) return w.size();
  return 0;
}

bool cn_numeral_char(std::string_view s, std::size_t i, std::size_t* len) {
  if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0xE3) return false;  // all three bytes
  std::size_t k = i;
  switch (next_cp(s, &k)) {
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'〇':
      *len = 3;
      return true;
    default:
      return false;
  }
}

// UTF-8 continuation bytes (10xxxxxx) in p[0, n), eight bytes at a time.
std::size_t continuation_bytes(const char* p, std::size_t n) {
  std::size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    // bit 7 set and bit 6 (shifted into bit 7's place) clear, in each byte
    // (one bit per byte: gathered into the top byte by a multiply, which
    // needs no popcnt instruction; std::popcount calls a libgcc routine
    // on the baseline x86-64 target)
    const std::uint64_t bits = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    count += static_cast<std::size_t>((bits * 0x0101010101010101ULL) >> 56);
  }
  for (; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
  return count;
}

// A row of a table: it ends with a number and has cells apart (8562 3.6).
bool table_row(std::string_view line) {
  if (line.empty() || line.back() < '0' || line.back() > '9') return false;
  // (发布时间:2026-01-23 10:30: a line that ends with a clock time is a
  // dateline under a title, not a row)
  const std::size_t last_cell = line.rfind(' ');
  if (last_cell != std::string_view::npos && line.find(':', last_cell) != std::string_view::npos)
    return false;
  for (std::size_t i = line.find(' '); i != std::string_view::npos; i = line.find(' ', i + 1))
    if (i + 1 < line.size() && ((line[i + 1] >= '0' && line[i + 1] <= '9') || line[i + 1] == '-'))
      return true;
  return false;
}

// Whether text (the line ending at s[e]) belongs to a table: a row, a
// caption (表1 …), a unit line (单位:…), or the header above a row.
bool table_line(std::string_view s, std::string_view text, std::size_t e) {
  if ((!text.empty() && is_digit(text.back())) || starts_at(text, 0, "单位") ||
      (starts_at(text, 0, "表") && text.size() > 3 &&
       ((text[3] >= '0' && text[3] <= '9') || text[3] == ' ')))
    return true;
  if (e >= s.size()) return false;
  const std::size_t next_end = std::min(s.find('\n', e + 1), s.size());
  return table_row(s.substr(e + 1, next_end - e - 1));
}

}  // namespace

std::size_t bullet_at(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return 0;
  const auto first = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  if (first == 0xE2) {
    // (their second bytes are 96 to 9E, or 80 for •, not the 80 of — “ ”,
    // most of the E2 characters of a text)
    const auto second = static_cast<unsigned char>(s[i + 1]);
    if (second < 0x96 && !(second == 0x80 && starts_at(s, i, "•"))) return 0;
    static const WordList& kBullets = lexicon("bullet.symbols");
    n = kBullets.at(s, i).size();
  } else if (first == 0xF0) {
    // the emoji of posts' lists (🔹顺庆区　108.6亿元), not those of their headings
    static const WordList& kEmoji = lexicon("bullet.emoji");
    n = kEmoji.at(s, i).size();
  }
  // (▪️: with the variation selector that asks for an emoji's look)
  if (n > 0 && starts_at(s, i + n, "\xEF\xB8\x8F")) n += 3;
  return n;
}

bool clause_separator_at(std::string_view s, std::size_t i, std::size_t* len) {
  char c = s[i];
  if (c == ',') {
    // 1,234: a thousands separator
    if (i > 0 && is_digit(s[i - 1]) && i + 3 < s.size() + 0 && is_digit(s[i + 1]) &&
        i + 3 < s.size() && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
        (i + 4 >= s.size() || !is_digit(s[i + 4])))
      return false;
    *len = 1;
    return true;
  }
  if (c == ':') {
    *len = 1;
    return true;
  }
  // ■ ● ◆ ▲ ★ • ▶ (and 🔹, 👉 …) open an item (■2846家⏎国家高新技术企业⏎■11.2%⏎研发投入强度: a
  // box of figures, each before its name)
  if (static_cast<unsigned char>(c) == 0xE2 || static_cast<unsigned char>(c) == 0xF0) {
    *len = bullet_at(s, i);
    return *len > 0;
  }
  if (static_cast<unsigned char>(c) != 0xEF) return false;  // the lead byte of ， and ：
  if (starts_at(s, i, "，") || starts_at(s, i, "：")) {
    *len = 3;
    return true;
  }
  return false;
}

std::size_t list_number_length(std::string_view s, std::size_t b, std::size_t e, int* level) {
  int dummy;
  if (!level) level = &dummy;
  std::size_t i = b;
  bool paren = false;
  if (starts_at(s, i, "(")) {
    paren = true;
    i += 1;
  } else if (starts_at(s, i, "（")) {
    paren = true;
    i += 3;
  }
  std::size_t n = 0, len = 0;
  while (i < e && cn_numeral_char(s, i, &len)) {
    i += len;
    ++n;
  }
  bool chinese = n > 0;
  *level = chinese ? (paren ? 2 : 1) : (paren ? 4 : 3);
  if (n == 0) {
    while (i < e && is_digit(s[i])) {
      ++i;
      ++n;
    }
    if (n == 0 || n > 2) return 0;
  } else if (n > 3) {
    return 0;
  }
  if (paren) {
    if (starts_at(s, i, ")")) return i + 1 - b;
    if (starts_at(s, i, "）")) return i + 3 - b;
    return 0;
  }
  // (3、4月份, 一、二季度: the months or quarters of a list, not a list number;
  // 二、2025年工作安排 is one)
  if (starts_at(s, i, "、")) {
    std::size_t j = i + 3, numeral_len = 0;
    if (j < e && is_digit(s[j])) {
      ++j;
      if (j < e && is_digit(s[j])) ++j;
    } else if (cn_numeral_char(s, j, &numeral_len)) {
      j += numeral_len;
    }
    if (j > i + 3 && (starts_at(s, j, "月") || starts_at(s, j, "季度"))) return 0;
    return i + 3 - b;
  }
  if (i < e && s[i] == '.' && !(i + 1 < e && is_digit(s[i + 1]))) return i + 1 - b;
  return 0;
}

void segment(std::string_view s, Segments* out) {
  out->lines.clear();
  out->sentences.clear();
  int section = -1;
  int subsection = 0;
  bool prev_heading = false;
  bool prev_bullet = false;  // the line before opens with a bullet
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) {
      Line l{b, e};
      // code points (the clean text is valid UTF-8: count the lead bytes),
      // whether any is CJK, and what the last one is
      const std::size_t chars = (e - b) - continuation_bytes(s.data() + b, e - b);
      bool cjk = false;
      for (std::size_t i = b; i < e && !cjk; ++i) cjk = static_cast<unsigned char>(s[i]) >= 0xE4;
      const std::size_t last = prev_cp_start(s, e);
      std::size_t k = last;
      const char32_t c = next_cp(s, &k);
      const bool punct_end =
          sentence_end_at(s, last) > 0 || c == U'，' || c == ',' || c == U'：' || c == ':';
      int level = 0;
      if (list_number_length(s, b, e, &level) > 0) l.level = level;
      bool short_line =
          chars <= 40 && !punct_end && s.substr(b, e - b).find("。") == std::string_view::npos;
      // page furniture (— 1 —, - 2 -, 12) is not a heading
      // （上接第一版）, （下转第二版）: page furniture of a newspaper
      std::string_view text = s.substr(b, e - b);
      bool jump = short_line && chars <= 12 &&
                  (find_first(text, "接第") != std::string_view::npos ||
                   find_first(text, "转第") != std::string_view::npos) &&
                  find_first(text, "版") != std::string_view::npos;
      // the caption, header and rows of a table (表1 …, 芝罘港区 8562 3.6) are none
      // either: a row ends with a number, a caption starts with 表 and a number,
      // and the header is the line above a row (read only for a line that would
      // be a heading: the next line is not scanned twice for every line)
      // (nor is an item that opens with its figure: ■5386.2亿元 全市地区生产总值)
      const std::size_t bullet = bullet_at(s, b);
      l.figure_item = bullet > 0 && b + bullet < e && s[b + bullet] >= '0' && s[b + bullet] <= '9';
      // (nor an item that names its figure after its words, ●新增孵化器18家; but
      // a brief's headline after a place and a colon is one: ■昌平区:…新增企业126家)
      const std::size_t digit = bullet > 0 ? text.find_first_of("0123456789", bullet) : 0;
      const std::size_t colon = bullet > 0 ? text.find(':', bullet) : 0;
      const bool bullet_figure = bullet > 0 && digit != std::string_view::npos &&
                                 !(colon != std::string_view::npos && colon + 12 < digit);
      // (nor the line of figures under an item: ■5618.3亿元⏎增速高于全省0.3个百分点)
      // (not a heading of a year: ■…⏎2026年主要目标)
      bool item_figures = false;
      if (prev_bullet && bullet == 0) {
        const std::size_t first_digit = text.find_first_of("0123456789");
        item_figures =
            first_digit != std::string_view::npos && !starts_at(text, first_digit + 4, "年");
      }
      l.heading = short_line && l.level == 0 && cjk && !jump && !bullet_figure && !item_figures &&
                  !table_line(s, text, e);
      prev_bullet = bullet > 0;
      l.subheading = short_line && l.level > 0;  // 一、综合 opens a subsection
      if (l.heading && !prev_heading) ++section;
      if (section < 0) section = 0;
      if (l.level) ++subsection;
      l.section = section;
      prev_heading = l.heading;
      int line_index = static_cast<int>(out->lines.size());
      out->lines.push_back(l);
      // sentences
      std::size_t sb = b;
      bool first = true;
      std::size_t last_sep = 0, last_sep_len = 0;  // last clause separator of the open sentence
      for (std::size_t i = b; i <= e;) {
        // an ideograph (lead byte E4..E9) neither ends a sentence nor a clause
        if (i < e && static_cast<unsigned char>(s[i]) >= 0xE4 &&
            static_cast<unsigned char>(s[i]) <= 0xE9 && i - sb < kMaxSentenceBytes) {
          i += 3;
          continue;
        }
        std::size_t len = i < e ? sentence_end_at(s, i) : 1;
        if (len > 0) {
          if (i > sb) {
            out->sentences.push_back(Sentence{sb, i, line_index, section, subsection, first});
            first = false;
          }
          i += len;
          sb = i;
        } else {
          // A run-on sentence longer than kMaxSentenceBytes (no real one comes
          // close) is cut at its last clause separator, else where it is: the
          // extractor's work per value grows with the sentence.
          if (i - sb >= kMaxSentenceBytes) {
            bool at_sep = last_sep > sb;
            out->sentences.push_back(
                Sentence{sb, at_sep ? last_sep : i, line_index, section, subsection, first});
            first = false;
            sb = at_sep ? last_sep + last_sep_len : i;
          }
          std::size_t sep_len = 0;
          if (clause_separator_at(s, i, &sep_len)) last_sep = i, last_sep_len = sep_len;
          i += std::max<std::size_t>(1, utf8_sequence_length(s, i));
        }
      }
    }
    if (e >= s.size()) break;
    b = e + 1;
  }
  out->sections = section + 1;
}

}  // namespace econex::detail
