#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "text/search.h"
#include "text/segment.h"
#include "text/utf8.h"

namespace econex::detail {
namespace {

constexpr std::string_view kPageDiv = "<PAGE_DIV>";

// Characters that end a sentence or a clause when they end a line.
bool is_terminal(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'：':
    case U'!':
    case U'?':
    case U';':
    case U':':
    case U'…':
    case U'．':
      return true;
    default:
      return false;
  }
}

bool is_closer(char32_t c) {
  switch (c) {
    case U'”':
    case U'’':
    case U'」':
    case U'』':
    case U'）':
    case U')':
    case U'】':
    case U'》':
    case U'"':
    case U'\'':
      return true;
    default:
      return false;
  }
}

// Characters after which a line cannot end: a comma, an opening bracket or
// quote, and words that need what follows (的, 和, 与, 增 of 增长...).
bool runs_on_after(char32_t c) {
  switch (c) {
    case U'，':
    case U',':
    case U'、':
    case U'（':
    case U'(':
    case U'“':
    case U'《':
    case U'「':
    case U'的':
    case U'和':
    case U'与':
    case U'及':
    case U'或':
    case U'并':
    case U'将':
    case U'把':
    case U'被':
    case U'对':
    case U'于':
    case U'较':
    case U'增':
    case U'从':
    case U'向':
    case U'在':
    case U'至':
    case U'按':
    case U'其':
    case U'占':
      return true;
    default:
      return false;
  }
}

// Characters a line cannot start with: closing and clause punctuation, units
// of a number on the line before.
bool cannot_start_line(char32_t c) {
  switch (c) {
    case U'，':
    case U',':
    case U'、':
    case U'。':
    case U'；':
    case U';':
    case U'：':
    case U'）':
    case U')':
    case U'”':
    case U'」':
    case U'』':
    case U'》':
    case U'！':
    case U'？':
    case U'%':
    case U'％':
    case U'‰':
    case U'…':
      return true;
    default:
      return false;
  }
}

// Whether c is a bullet that opens an item (bullet_at, segment.h).
bool is_bullet(char32_t c) {
  char bytes[4];
  const std::size_t n = encode_utf8(c, bytes);
  return bullet_at(std::string_view(bytes, n), 0) == n;
}

bool is_layout_space(char32_t c) {
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0 || c < 0x20 ||
           c == 0x7f;
  if (c == 0x3000 || c == 0xA0) return true;
  // CJK punctuation, kana, ideographs and full-width forms have no white space:
  // they are most of the text, so they skip the ICU call
  if ((c > 0x3000 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)) return false;
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool is_zero_width(char32_t c) {
  return c == 0xFEFF || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xAD;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Bytes of the run of characters kept as written starting at in[i]: the
// ideographs U+4000..U+9FFF (lead bytes E4..E9) and the CJK punctuation
// U+3001..U+303F but 〜 (E3 80 81..BF), valid three-byte sequences; most of
// the text. None is space, a digit, zero-width or folded, so each is read
// and written as the character-by-character loops would.
std::size_t kept_run(std::string_view in, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  std::size_t j = i;
  while (j + 2 < n && (p[j + 2] & 0xC0) == 0x80) {
    if (p[j] >= 0xE4 && p[j] <= 0xE9 && (p[j + 1] & 0xC0) == 0x80) {
      j += 3;
    } else if (p[j] == 0xE3 && p[j + 1] == 0x80 && p[j + 2] >= 0x81 && p[j + 2] != 0x9C) {
      j += 3;
    } else {
      break;
    }
  }
  return j - i;
}

// One raw input line: what decides whether the break after it is soft.
struct LineInfo {
  std::size_t chars = 0;           // code points from the first to the last non-space
  bool terminal = false;           // ends with sentence punctuation
  bool indented = false;           // starts with layout space (a paragraph's first line)
  bool ends_in_number = false;     // last character a digit, ',' or '.'
  bool ends_in_qualified = false;  // a digit and 以上, 以内, 左右 … (a table cell: 140以上)
  bool starts_with_number = false;  // first character a digit, '.', '%'
  char32_t first = 0, last = 0;     // first and last significant characters
  bool masthead = false;            // a newspaper's masthead or page line (星期四, 第1版)
  int gaps = 0;                     // interior runs of two or more spaces (table cells),
                                    // or one space between two numbers (97.8 0.6 -5.3)
  int single_spaces = 0;            // interior single spaces (地区 营业收入 同比增长)
  bool only_number = false;         // nothing but a number: a table cell on its own line
  bool only_quantity = false;    // a number and a short unit (142个, 1286.5 亿元): a data card
  bool bullet_quantity = false;  // the same after a bullet (■２８４６家): a figure of a box
  bool year_row = false;         // a short line of a year and its figure (2021年  4402.9)
  int spaced_numbers = 0;        // numbers followed by layout space (the cells of a row)
  // a row of cells whose last ones are words (地区生产总值　824.6　1080　滞后　预期性):
  // two numbers or more apart by spaces, and no clause punctuation
  bool row_ending_in_words = false;
  bool numbered = false;           // a list number and words (二、主要任务): a heading
  bool page_div = false;           // holds a <PAGE_DIV>
  bool caption = false;            // a photo's caption (图为…) or its place (（图片）)
  bool furniture = false;          // a page number or a running head (dropped)
  std::size_t begin = 0, end = 0;  // raw span, without the line break
};

// 黔东南日报　2025年10月9日　星期四　第1版: a line naming the weekday or the
// page (or the page's editors) stands alone (a narrow column after it must not swallow it).
bool is_masthead(std::string_view line) {
  // (and the page's credits: 责任编辑：…　美术编辑：…)
  for (std::size_t p = find_first(line, "编辑"); p != std::string_view::npos;
       p = find_first(line, "编辑", p + 6))
    if (p >= 6 && (line.substr(p - 6, 6) == "责任" || line.substr(p - 6, 6) == "美术")) return true;
  for (std::size_t p = find_first(line, "星期"); p != std::string_view::npos;
       p = find_first(line, "星期", p + 6)) {
    std::string_view day = line.substr(p + 6, 3);
    if (day.size() == 3 && std::string_view("一二三四五六日天").find(day) != std::string_view::npos)
      return true;
  }
  for (std::size_t p = find_first(line, "版"); p != std::string_view::npos;
       p = find_first(line, "版", p + 3)) {
    std::size_t j = p;
    while (j > 0 && line[j - 1] >= '0' && line[j - 1] <= '9') --j;
    // (not the continuation marks 上接第1版, 下转第2版 that start or end a column)
    if (j < p && j >= 3 && line.substr(j - 3, 3) == "第" &&
        !(j >= 6 && (line.substr(j - 6, 3) == "接" || line.substr(j - 6, 3) == "转")))
      return true;
  }
  return false;
}

// （下转第2版）, (转第三版) at the end of a line: the column stops there and
// goes on on another page; what follows on this page is another article.
bool ends_with_jump(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == ')')) line.remove_suffix(1);
  for (std::string_view closer : {"）", "】"})
    if (line.ends_with(closer)) line.remove_suffix(closer.size());
  if (!line.ends_with("版")) return false;
  const std::size_t p = line.rfind("转第");
  return p != std::string_view::npos && line.size() - p <= 6 + 9 + 3;  // 转第 + ≤3 characters + 版
}

// Strips the digits (ASCII or full-width) at the end of *line; returns how many.
std::size_t strip_trailing_digits(std::string_view* line) {
  std::size_t n = 0;
  for (;; ++n) {
    if (!line->empty() && line->back() >= '0' && line->back() <= '9') {
      line->remove_suffix(1);
    } else if (line->size() >= 3 && line->substr(line->size() - 3, 2) == "\xEF\xBC" &&
               static_cast<unsigned char>(line->back()) >= 0x90 &&
               static_cast<unsigned char>(line->back()) <= 0x99) {
      line->remove_suffix(3);  // ０-９
    } else {
      return n;
    }
  }
}

// …经济发展局　2025年7月25日: a line ending in a full date is a dateline; the
// text does not run on from it (not 于4月28日 at the end of a narrow column).
bool ends_with_date(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  for (std::string_view word : {"日", "月"}) {
    if (!line.ends_with(word)) return false;
    line.remove_suffix(word.size());
    const std::size_t digits = strip_trailing_digits(&line);
    if (digits < 1 || digits > 2) return false;
  }
  if (!line.ends_with("年")) return false;
  line.remove_suffix(3);
  return strip_trailing_digits(&line) == 4;
}

// Whether a line holds nothing but one number (2836.42, -6.4, １２．６), with
// layout space around it.
bool only_number(std::string_view text) {
  bool digit = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = std::max<std::size_t>(1, utf8_sequence_length(text, i));
    const char32_t c = decode_utf8(text, i, len);
    i += len;
    if ((c >= '0' && c <= '9') || (c >= U'０' && c <= U'９')) {
      digit = true;
    } else if (c != '.' && c != ',' && c != '-' && c != U'．' && !is_layout_space(c)) {
      return false;
    }
  }
  return digit;
}

// Whether text opens with a year (2021年, ２０２１年) after layout space.
bool opens_with_year(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  while (starts_at(text, i, "\u3000")) i += 3;
  for (int d = 0; d < 4; ++d) {
    if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++i;
    } else if (i + 3 <= text.size() && static_cast<unsigned char>(text[i]) == 0xEF &&
               static_cast<unsigned char>(text[i + 1]) == 0xBC &&
               static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
               static_cast<unsigned char>(text[i + 2]) <= 0x99) {
      i += 3;  // (０..９: U+FF10..FF19)
    } else {
      return false;
    }
  }
  return starts_at(text, i, "年");
}

// Whether a line holds nothing but a number and a unit of at most four
// characters after it (142个, 1286.5 亿元, 15.3%, １１．２％).
bool only_quantity(std::string_view text) {
  std::size_t i = 0, digits = 0, unit = 0;
  bool in_unit = false;
  while (i < text.size()) {
    const std::size_t len = std::max<std::size_t>(1, utf8_sequence_length(text, i));
    const char32_t c = decode_utf8(text, i, len);
    i += len;
    if (is_layout_space(c)) continue;
    const bool digit = (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９');
    const bool number = digit || c == '.' || c == ',' || c == U'．';
    if (number && !in_unit) {
      digits += digit;
      continue;
    }
    const bool unit_char = (c >= 0x4E00 && c <= 0x9FFF) || c == '%' || c == U'％';
    if (!unit_char || digits == 0) return false;
    in_unit = true;
    ++unit;
  }
  return digits > 0 && unit >= 1 && unit <= 4;
}

// Whether a raw line holds punctuation between clauses (。，；：;): a
// sentence, not a heading or a table's row. (An ASCII comma may group a
// number's digits.)
bool clause_punctuation(std::string_view t) {
  for (std::string_view stop : {"。", "，", "；", "：", ";"})
    if (find_first(t, stop) != std::string_view::npos) return true;
  return false;
}

// Scans the raw input once for its lines.
std::vector<LineInfo> scan_lines(std::string_view in) {
  std::vector<LineInfo> lines(1);
  char32_t last = 0, before_last = 0;
  std::size_t pending_spaces = 0;
  std::size_t line_begin = 0, i = 0;
  auto finish = [&] {
    pending_spaces = 0;
    LineInfo& l = lines.back();
    l.begin = line_begin;
    l.end = i;
    // (a masthead is a short line, with its date in the lunar calendar
    // perhaps: no search in paragraphs)
    l.masthead = l.chars <= 64 && is_masthead(in.substr(line_begin, i - line_begin));
    char32_t end = last;
    if (is_closer(end) && before_last != 0) end = before_last;
    const std::string_view text = in.substr(line_begin, i - line_begin);
    // (１２．<break>５％: a full-width point after a digit is a decimal point)
    const bool decimal_point = end == U'．' && ((before_last >= '0' && before_last <= '9') ||
                                                (before_last >= U'０' && before_last <= U'９'));
    l.terminal = (is_terminal(end) && !decimal_point) || (end == U'日' && ends_with_date(text)) ||
                 (is_closer(last) && ends_with_jump(text));
    l.only_number = l.ends_in_number && only_number(text);
    for (std::string_view q : {"以上", "以下", "以内", "左右"}) {
      if (!ends_at(text, text.size(), q)) continue;
      const auto* h = reinterpret_cast<const unsigned char*>(text.data());
      const std::size_t n = text.size() - q.size();  // the figure before the word ends here
      l.ends_in_qualified = (n >= 1 && h[n - 1] >= '0' && h[n - 1] <= '9') ||
                            (n >= 3 && h[n - 3] == 0xEF && h[n - 2] == 0xBC && h[n - 1] >= 0x90 &&
                             h[n - 1] <= 0x99);  // (０..９)
    }
    // (or in a grade after a figure's cell: 1265.3	A, 86.4  B+)
    std::size_t g = text.size();
    while (g > 0 && text.size() - g < 3 &&
           ((text[g - 1] >= 'A' && text[g - 1] <= 'Z') || text[g - 1] == '+'))
      --g;
    if (g < text.size() && g > 0 && (text[g - 1] == '\t' || text[g - 1] == ' ')) {
      std::size_t j = g;
      while (j > 0 && (text[j - 1] == '\t' || text[j - 1] == ' ')) --j;
      if (j > 0 && text[j - 1] >= '0' && text[j - 1] <= '9' && (g - j >= 2 || text[g - 1] == '\t'))
        l.ends_in_qualified = true;
    }
    l.year_row = l.ends_in_number && l.chars <= 24 && opens_with_year(text);
    l.row_ending_in_words = l.spaced_numbers >= 2 && !l.ends_in_number &&
                            l.gaps + l.single_spaces >= 3 && !clause_punctuation(text);
    // (where the words begin, after layout space)
    std::size_t b = 0;
    while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (starts_at(text, b, "\u3000")) b += 3;
    // (图为…, （图片）: a photo's caption or its place)
    l.caption = starts_at(text, b, "图为") || starts_at(text, b, "（图片）") ||
                starts_at(text, b, "[图片]");
    l.only_quantity =
        !l.only_number && l.starts_with_number && l.chars <= 12 && only_quantity(text);
    if (l.chars <= 40) {
      l.numbered = list_number_length(text, b, text.size(), nullptr) > 0;
      // (and no sentence inside: （二）持续扩大有效投资。实施… starts a paragraph)
      if (l.numbered && (clause_punctuation(text) || text.find(',') != std::string_view::npos))
        l.numbered = false;
    }
    if (is_bullet(l.first) && l.chars <= 13) {
      const std::size_t at = text.find(static_cast<char>(0xE2));  // (every bullet's lead byte)
      l.bullet_quantity = at != std::string_view::npos && only_quantity(text.substr(at + 3));
    }
    last = before_last = 0;
  };
  while (i < in.size()) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    if (b == '\n') {
      finish();
      lines.emplace_back();
      ++i;
      line_begin = i;
      continue;
    }
    if (b == '<' && in.substr(i, kPageDiv.size()) == kPageDiv) {
      lines.back().page_div = true;
      i += kPageDiv.size();
      continue;
    }
    if (const std::size_t run = b >= 0xE3 && b <= 0xE9 ? kept_run(in, i) : 0) {
      // as the loop below would read them one by one
      LineInfo& l = lines.back();
      if (l.chars == 0) {
        l.starts_with_number = false;
        l.first = decode_utf8(in, i, 3);
      }
      l.chars += run / 3 + pending_spaces;
      l.gaps += pending_spaces >= 2;
      l.single_spaces += pending_spaces == 1;
      pending_spaces = 0;
      l.ends_in_number = false;
      before_last = run > 3 ? decode_utf8(in, i + run - 6, 3) : last;
      last = l.last = decode_utf8(in, i + run - 3, 3);
      i += run;
      continue;
    }
    std::size_t len = utf8_sequence_length(in, i);
    char32_t c = len ? decode_utf8(in, i, len) : 0xFFFD;
    i += len ? len : 1;
    if (is_zero_width(c)) continue;
    if (is_layout_space(c)) {
      if (lines.back().chars) {
        if (pending_spaces == 0 && (lines.back().ends_in_number || last == '%' || last == U'％'))
          ++lines.back().spaced_numbers;
        pending_spaces += c == '\t' ? 2 : 1;  // interior spaces count as width (a tab, a gap)
      } else
        lines.back().indented = true;
      continue;
    }
    bool numeric = (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９');
    // one space between the cells of a row: a number, then a number or a
    // sign; an empty cell (—) on either side
    auto empty_cell = [](char32_t d) { return d == U'—' || d == U'－' || d == U'–'; };
    if (pending_spaces == 1 && (numeric || c == '-' || c == '+' || empty_cell(c)) &&
        ((last >= '0' && last <= '9') || last == '%' || (last >= U'０' && last <= U'９') ||
         empty_cell(last)))
      ++lines.back().gaps;
    if (lines.back().chars == 0) {
      lines.back().starts_with_number = numeric || c == '.' || c == '%' || c == U'％' || c == U'．';
      lines.back().first = c;
    }
    lines.back().last = c;
    lines.back().ends_in_number = numeric || c == ',' || c == '.' || c == U'，' || c == U'．';
    lines.back().chars += 1 + pending_spaces;
    lines.back().gaps += pending_spaces >= 2;
    lines.back().single_spaces += pending_spaces == 1;
    pending_spaces = 0;
    before_last = last;
    last = c;
  }
  finish();
  return lines;
}

// A page number: — 2 —, - 2 -, 第 2 页 共 3 页, 第2页 (a number between dashes,
// or digits with 第 页 共 and nothing else).
bool page_number(std::string_view line) {
  auto trim = [&] {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
  };
  trim();
  if (find_first(line, "页") != std::string_view::npos) {
    // read from the end: digits, spaces, / and the words, nothing else
    bool digit = false;
    while (!line.empty()) {
      if (strip_trailing_digits(&line) > 0) {
        digit = true;
        continue;
      }
      if (line.back() == ' ' || line.back() == '/') {
        line.remove_suffix(1);
        continue;
      }
      bool word = false;
      for (std::string_view w : {"第", "页", "共", "　"})
        if (line.ends_with(w)) {
          line.remove_suffix(w.size());
          word = true;
          break;
        }
      if (!word) return false;
    }
    return digit;
  }
  std::size_t dashes = 0;
  for (std::string_view w : {"—", "－", "-"})
    if (line.starts_with(w) && line.ends_with(w) && line.size() > 2 * w.size()) dashes = w.size();
  if (!dashes) return false;
  line = line.substr(dashes, line.size() - 2 * dashes);
  trim();
  return strip_trailing_digits(&line) > 0 && line.empty();
}

// The line with each run of digits (ASCII or full-width) written as one '#'.
std::string without_digits(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t n = 0;
    while (i + n < line.size() && line[i + n] >= '0' && line[i + n] <= '9') ++n;
    if (n == 0)
      while (i + n + 2 < line.size() && starts_at(line, i + n, "\xEF\xBC") &&
             static_cast<unsigned char>(line[i + n + 2]) >= 0x90 &&
             static_cast<unsigned char>(line[i + n + 2]) <= 0x99)
        n += 3;  // ０..９ (EF BC 90..99)
    if (n) {
      out.push_back('#');
      i += n;
    } else {
      out.push_back(line[i++]);
    }
  }
  return out;
}

// What two running heads or feet share: the line but for its numbers when
// words remain (政府工作报告 第#页 共#页), else the line itself (142个 next to
// two page breaks is a figure twice, not furniture).
std::string furniture_key(std::string_view line) {
  std::string key = without_digits(line);
  std::size_t words = 0;
  for (std::size_t i = 0; i < key.size();) {
    const std::size_t len = std::max<std::size_t>(1, utf8_sequence_length(key, i));
    words += key[i] != '#' && key[i] != ' ' && key[i] != '\t' && len == 3;
    i += len;
  }
  return words >= 4 ? key : std::string(line);
}

// Page furniture: page numbers, and running heads or feet (the same line, but
// for its numbers, next to two page breaks, or at the top of the document and
// next to a page break; the top one stays).
// They are no text: the text on both sides of them joins as across a blank line.
void mark_furniture(std::string_view in, std::vector<LineInfo>* lines) {
  std::vector<LineInfo>& ls = *lines;
  auto text = [&](std::size_t k) {
    std::string_view t = in.substr(ls[k].begin, ls[k].end - ls[k].begin);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.remove_suffix(1);
    return t;
  };
  // the nearest text line on each side of every page break, and the first of
  // the document
  std::vector<std::size_t> near;
  auto text_line = [&](std::size_t k, int step) -> std::size_t {
    for (int seen = 0; k < ls.size() && seen < 3; k += static_cast<std::size_t>(step), ++seen) {
      if (ls[k].chars) return k;
      if (k == 0 && step < 0) break;
    }
    return ls.size();
  };
  bool any_break = false;
  for (std::size_t k = 0; k < ls.size(); ++k) {
    if (!ls[k].page_div) continue;
    any_break = true;
    if (ls[k].chars) continue;  // (a break inside a line of text: no furniture around it)
    for (std::size_t side : {k > 0 ? text_line(k - 1, -1) : ls.size(), text_line(k + 1, 1)})
      if (side < ls.size()) near.push_back(side);
  }
  for (std::size_t k = 0; k < ls.size(); ++k)
    if (ls[k].chars && ls[k].chars <= 16 && page_number(text(k))) ls[k].furniture = true;
  if (any_break) {
    // (the first line counts, but stays: a running head is often the title)
    const std::size_t top = text_line(0, 1);
    if (top < ls.size()) near.push_back(top);
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    // (counted in a map: a document of thousands of pages is not quadratic;
    // by their words, as a running foot's page number changes: 第2页 共5页)
    std::unordered_map<std::string, int> seen;
    for (std::size_t k : near) ++seen[furniture_key(text(k))];
    for (std::size_t k : near)
      if (ls[k].chars <= 40 && k != top && seen[furniture_key(text(k))] >= 2)
        ls[k].furniture = true;
  }
  for (LineInfo& l : ls) {
    // (a line with bytes that are not UTF-8 stays: they are reported, or
    // replaced, where they are)
    if (l.furniture) {
      const std::string_view t = in.substr(l.begin, l.end - l.begin);
      for (std::size_t i = 0; i < t.size() && l.furniture;) {
        const std::size_t len = utf8_sequence_length(t, i);
        if (len == 0) l.furniture = false;
        i += len ? len : 1;
      }
    }
    if (l.furniture) l.chars = 0;  // (a blank line to the rest)
  }
}

// A row of a table (港区  4521.3  3.2, 港区 4521.3 3.2) or its header, when a
// row follows (cells apart by a run of spaces, or by one space between words).
bool table_line(const LineInfo& l, const LineInfo* next) {
  // (a row may end in a cell such as 140以上 or 5.5左右)
  const bool next_row =
      next && ((next->gaps > 0 && (next->ends_in_number || next->ends_in_qualified)) ||
               next->row_ending_in_words);
  if (l.row_ending_in_words) return true;
  if (l.gaps == 0) return l.single_spaces > 0 && next_row;
  return l.ends_in_number || (l.ends_in_qualified && l.gaps >= 2) || next_row;
}

// For each line, whether the line break after it is soft (the text runs on).
std::vector<bool> soft_breaks(const std::vector<LineInfo>& lines) {
  std::vector<std::size_t> lengths;
  for (const LineInfo& l : lines)
    if (l.chars) lengths.push_back(l.chars);
  std::size_t width = 0;
  if (!lengths.empty()) {
    std::size_t k = lengths.size() / 2;  // the median line: a column's width
    std::nth_element(lengths.begin(), lengths.begin() + k, lengths.end());
    width = lengths[k];
  }
  std::size_t indented = 0, nonempty = 0;
  for (const LineInfo& l : lines) {
    if (!l.chars) continue;
    ++nonempty;
    indented += l.indented;
  }
  // Paragraphs marked by indentation: a line that is not indented continues
  // the one before it.
  const bool indent_marks_paragraphs = nonempty >= 4 && indented * 10 >= nonempty;
  std::vector<bool> soft(lines.size(), false);
  bool body = false;  // an indented line seen: the masthead and title above it stand alone
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineInfo& l = lines[i];
    if (l.chars == 0) continue;
    body = body || l.indented;
    // A sentence runs on over a page break: after ；or ， (…增长9.4%；<page
    // break> 各项贷款余额…), or from an unfinished line inside a paragraph
    // (…58.3万户。\n外贸进出口<page break>总额达到…; not a heading standing alone).
    bool page_break = false;
    for (std::size_t j = i + 1; j < lines.size() && !lines[j].chars && !page_break; ++j)
      page_break = lines[j].page_div;
    if (page_break && l.terminal &&
        (l.last == U'；' || l.last == U'，' || l.last == ';' || l.last == ','))
      soft[i] = true;
    if (l.terminal) continue;
    // (a numbered heading, 。⏎八、财政和金融⏎<page break>, stands alone)
    const bool over_page = page_break && i > 0 && lines[i - 1].chars && !l.numbered;
    // A line runs on when it is long, or when it fills a narrow column.
    // (not a title above the first indented paragraph of an indented text)
    bool full_column = width <= 60 && l.chars >= 8 && l.chars * 100 >= width * 85 &&
                       (body || !indent_marks_paragraphs);
    const LineInfo* next = i + 1 < lines.size() ? &lines[i + 1] : nullptr;
    bool run_on = next && next->chars && !next->indented && indent_marks_paragraphs && body;
    // (not 2021年 4402.9⏎2022年 4682.5: the rows of a series of years)
    bool number_split = next && next->chars && l.ends_in_number && next->starts_with_number &&
                        !(l.year_row && next->year_row);
    // a line that cannot end there, or a next line that cannot start there: 增\n长, 196个\n，其中
    // (blank lines in between are a column or page gap)
    const LineInfo* text_next = nullptr;
    const LineInfo* text_after = nullptr;  // the text line after that
    for (std::size_t j = i + 1; j < lines.size() && !text_after; ++j)
      if (lines[j].chars) (text_next ? text_after : text_next) = &lines[j];
    bool split_word = text_next && (runs_on_after(l.last) || cannot_start_line(text_next->first));
    soft[i] = !l.masthead &&
              (l.chars >= 40 || full_column || run_on || number_split || split_word || over_page);
    // (a label in brackets opens a part of its own, 【工业】, and a bullet an
    // item of its own, ■5386.2亿元)
    // (nor does a line after a bullet open the item's words, ■研发投入强度 2.18%)
    if (text_next && (text_next->first == U'【' || is_bullet(text_next->first))) soft[i] = false;
    // (a photo's caption stands apart, and its credit ends it: 图为…现场。 本报记者 摄)
    if (l.last == U'摄' || l.caption || (text_next && text_next->caption)) soft[i] = false;
    // the lines of a table (cells apart by runs of spaces, a row ending in a
    // number) stand alone, and so does the line above them
    if (table_line(l, text_next) || (text_next && table_line(*text_next, text_after)))
      soft[i] = false;
    // (and a header above a line that names the group of the first rows:
    // 商品名称  数量  金额⏎出口商品⏎钢材  812.6  286.4)
    if (l.gaps > 0 && text_next && text_next->chars <= 12 && text_next->gaps == 0 &&
        !text_next->ends_in_number && text_after && table_line(*text_after, nullptr))
      soft[i] = false;
    // (rows of a series of years, 2021年　4402.9⏎2022年　4682.5, stand alone,
    // and so does the line above them)
    if (text_next && text_next->year_row && (l.year_row || (text_after && text_after->year_row)))
      soft[i] = false;
    // (and the title above such a header: cells apart by two runs of spaces,
    // the group line or a row after it)
    if (text_next && text_next->gaps >= 2 && !text_next->ends_in_number && text_after &&
        (text_after->gaps > 0 || text_after->chars <= 12))
      soft[i] = false;
  }
  // A blank line after a line that runs on is a column or page gap: it runs on too.
  bool carry = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].chars)
      carry = soft[i];
    else
      soft[i] = carry;
  }
  return soft;
}

// What the line break after each line is in a table copied one cell per line
// (a web table pasted as text): kCell between two cells of a row, kRowEnd
// after a row or a line that stands alone in the table, else kFree (left to
// soft_breaks).
//
//   指标                      the header: the label column's name and one
//   1—2月(亿元)               name per number of the rows below, one per line
//   比去年同期增长(%)
//   社会消费品零售总额        a row: a label, then one number per line
//   2836.42
//   4.2
//   按行业分                  a group of the rows below
//
// (or, under a 单位 column, a label, its unit alone on a line, the numbers)
//
// Such rows (at least two, with the same count of numbers) and the header
// lines right above the first become one line each, their cells apart by a
// space, as a table rendered as text has them.
enum TableBreak : char { kFree, kCell, kRowEnd };
std::vector<TableBreak> table_breaks(const std::vector<LineInfo>& lines) {
  std::vector<TableBreak> breaks(lines.size(), kFree);
  auto label = [&](std::size_t i) {
    const LineInfo& l = lines[i];
    return l.chars > 0 && l.chars <= 30 && !l.only_number && !l.terminal && !l.furniture;
  };
  // the count of lone numbers right after label line i (0: not a row)
  auto numbers_after = [&](std::size_t i) {
    std::size_t k = 0;
    while (i + 1 + k < lines.size() && lines[i + 1 + k].only_number) ++k;
    return label(i) ? k : 0;
  };
  // a row at line i: a label, the numbers; or a label, a short cell (the
  // row's unit, under a 单位 column: 亿元, 万标箱), the numbers
  struct Row {
    std::size_t numbers = 0;  // 0: no row at i
    std::size_t unit = 0;     // 1 with a unit cell
    bool operator==(const Row&) const = default;
  };
  auto row_at = [&](std::size_t i) {
    Row r{numbers_after(i), 0};
    if (r.numbers == 0 && label(i) && i + 1 < lines.size() && lines[i + 1].chars <= 4 &&
        !lines[i + 1].ends_in_number)
      r = Row{numbers_after(i + 1), 1};
    return r.numbers > 0 ? r : Row{};
  };
  for (std::size_t i = 0; i < lines.size();) {
    const Row shape = row_at(i);
    const std::size_t k = shape.numbers;
    if (k == 0) {
      ++i;
      continue;
    }
    const std::size_t width = shape.unit + k + 1;  // lines per row
    // the rows of one table: rows of the same shape, with at most one label
    // line between two of them (a group: 按行业分, 限额以上单位商品零售额中：)
    std::vector<std::size_t> rows, groups;
    for (std::size_t j = i; j < lines.size();) {
      if (row_at(j) == shape) {
        rows.push_back(j);
        j += width;
      } else if ((label(j) ||
                  (lines[j].chars <= 30 && (lines[j].last == U'：' || lines[j].last == ':'))) &&
                 j + 1 < lines.size() && row_at(j + 1) == shape) {
        groups.push_back(j++);
      } else {
        break;
      }
    }
    if (rows.size() < 2) {
      // (a label over a row of another shape is no unit cell: try the row)
      i += shape.unit ? 1 : width;
      continue;
    }
    for (std::size_t r : rows) {
      for (std::size_t c = 0; c + 1 < width; ++c) breaks[r + c] = kCell;
      breaks[r + width - 1] = kRowEnd;
    }
    for (std::size_t g : groups) breaks[g] = kRowEnd;
    // the header: the k names (and the label and unit columns') right above
    // the first row
    std::size_t names = 0;
    while (names < width && rows[0] >= names + 1 && label(rows[0] - names - 1)) ++names;
    if (names >= k) {
      const std::size_t top = rows[0] - names;
      for (std::size_t h = top; h + 1 < rows[0]; ++h) breaks[h] = kCell;
      breaks[rows[0] - 1] = kRowEnd;
      if (top > 0) breaks[top - 1] = kRowEnd;  // (the title above stands alone)
    }
    i = rows.back() + width;
  }
  // a data card of a WeChat post: a short label on one line, its figure with
  // its unit alone on the next (亿元以上项目⏎142个) is one statement
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    if (breaks[i] == kFree && label(i) && !lines[i].ends_in_number && lines[i + 1].only_quantity)
      breaks[i] = kCell;
  // a box of figures, each after a bullet and before its name on the next
  // line (■２８４６家⏎国家高新技术企业⏎■１１．２％⏎研发投入强度): one item a line
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    if (breaks[i] == kFree && breaks[i + 1] == kFree && lines[i].bullet_quantity && label(i + 1) &&
        !is_bullet(lines[i + 1].first) && !lines[i + 1].ends_in_number) {
      breaks[i] = kCell;
      breaks[i + 1] = kRowEnd;
    }
  return breaks;
}

class Folder {
 public:
  Folder(std::string_view in, CleanText* out) : in_(in), out_(out) {}

  void space(bool soft_break) {
    if (out_->text.empty()) return;
    pending_space_ = true;
    pending_soft_ = pending_soft_ || soft_break;
  }
  void hard_break() {
    if (!out_->text.empty()) pending_hard_ = true;
  }
  void emit_ascii(char c, std::size_t at) {
    flush_pending(static_cast<unsigned char>(c), at);
    put(c, at);
    if (c == ']') drop_footnote_mark();
  }
  // Whether nothing but a line break or nothing at all is written yet on
  // the current line.
  bool at_line_start() const {
    return pending_hard_ || out_->text.empty() || out_->text.back() == '\n';
  }
  void emit_utf8(std::string_view bytes, std::size_t at) {
    flush_pending(static_cast<unsigned char>(bytes[0]), at);
    for (char c : bytes) put(c, at);
  }
  // A run of kept characters in[at, at + len) (see kept_run), byte for byte: each byte maps
  // to the start of its character.
  void emit_ideographs(std::string_view in, std::size_t at, std::size_t len) {
    flush_pending(static_cast<unsigned char>(in[at]), at);
    out_->text.append(in.data() + at, len);
    const std::size_t base = out_->src.size();
    out_->src.resize(base + len);
    std::uint32_t* dst = out_->src.data() + base;
    for (std::size_t k = 0; k < len; k += 3) {
      const auto v = static_cast<std::uint32_t>(at + k);
      dst[k] = dst[k + 1] = dst[k + 2] = v;
    }
  }
  void emit_cp(char32_t c, std::size_t at) {
    char buf[4];
    std::size_t n = encode_utf8(c, buf);
    emit_utf8(std::string_view(buf, n), at);
  }

 private:
  void put(char c, std::size_t at) {
    out_->text.push_back(c);
    out_->src.push_back(static_cast<std::uint32_t>(at));
  }
  // 新能源[1]发电量, 增长5%[2]: a footnote mark right after a word or a
  // figure is no text (its digits would be read as a number).
  void drop_footnote_mark() {
    std::string& t = out_->text;
    const std::size_t close = t.size() - 1;
    std::size_t d = close;
    while (d > 0 && close - d < 3 && t[d - 1] >= '0' && t[d - 1] <= '9') --d;
    if (d == close || close - d > 2 || d == 0 || t[d - 1] != '[') return;
    const std::size_t open = d - 1;
    const bool after_word = (open >= 3 && static_cast<unsigned char>(t[open - 3]) >= 0xE3 &&
                             static_cast<unsigned char>(t[open - 3]) <= 0xE9) ||
                            (open >= 1 && t[open - 1] == '%');
    if (!after_word) return;
    t.resize(open);
    out_->src.resize(open);
  }
  void flush_pending(unsigned char next, std::size_t at) {
    if (pending_hard_) {
      if (out_->text.back() != '\n') put('\n', at);
    } else if (pending_space_) {
      unsigned char prev = static_cast<unsigned char>(out_->text.back());
      bool digits = (prev >= '0' && prev <= '9') && (next >= '0' && next <= '9');
      // (and between a number and a sign or a dash on one line: the cells
      // 2186.7 -1.5 or — 6.8 of a table row are not the range 2186.7-1.5 or -6.8)
      // (— -3.6: an empty cell, then a negative one)
      const bool sign =
          !pending_soft_ && ((prev >= '0' && prev <= '9' && (next == '-' || next == '+')) ||
                             (prev == '-' && ((next >= '0' && next <= '9') || next == '-')));
      if (((is_ascii_alnum(prev) && is_ascii_alnum(next)) || sign) && !(digits && pending_soft_))
        put(' ', at);
    }
    pending_hard_ = pending_space_ = pending_soft_ = false;
  }

  std::string_view in_;
  CleanText* out_;
  bool pending_space_ = false, pending_soft_ = false, pending_hard_ = false;
};

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? p : nullptr;
  }();
  return n;
}

// ①..⑳, ⑴..⒇, ⒈..⒛ and the other enclosed numbers (not the enclosed
// letters Ⓐ, ⒜ between them).
bool enclosed_number(char32_t c) {
  return (c >= 0x2460 && c <= 0x249B) || (c >= 0x24EA && c <= 0x24FF) ||
         (c >= 0x2776 && c <= 0x2793) || (c >= 0x3251 && c <= 0x325F) ||
         (c >= 0x32B1 && c <= 0x32BF);
}

// The number of a circled digit ①..⑳ or ❶..❿ (three styles), else 0.
int circled_number(char32_t c) {
  if (c >= 0x2460 && c <= 0x2473) return static_cast<int>(c - 0x2460) + 1;
  if (c >= 0x2776 && c <= 0x2793) return static_cast<int>(c - 0x2776) % 10 + 1;
  return 0;
}

// Folds one non-ASCII code point.
void fold(char32_t c, std::size_t at, Folder* f) {
  // 粮食总产量①612.48万吨: an enclosed number inside a line marks a footnote
  // and is dropped (folded, ① would join the figure: 1612.48); at the start
  // of a line it numbers an item and folds ((1), 1.)
  if (enclosed_number(c) && !f->at_line_start()) return;
  // (①2025年…: folded to 1 it would join the year; (1) numbers the item)
  if (const int n = circled_number(c)) {
    f->emit_ascii('(', at);
    for (char d : std::to_string(n)) f->emit_ascii(d, at);
    f->emit_ascii(')', at);
    return;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width ASCII
    f->emit_ascii(static_cast<char>(c - 0xFEE0), at);
    return;
  }
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63) {
    f->emit_ascii('-', at);
    return;
  }
  if (c == 0x301C || c == 0x223C) {
    f->emit_ascii('~', at);
    return;
  }
  // Fast path: CJK ideographs and punctuation, quotes, units kept as written.
  bool keep = (c >= 0x3400 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x303F) ||
              (c >= 0x2018 && c <= 0x201F) || c == 0x2026 || c == 0x00B7 || c == 0x2030 ||
              c == 0x33A1 || c == 0x33A2 || c == 0x2236 || c == 0xFFFD;
  const icu::Normalizer2* n = nfkc();
  if (keep || n == nullptr || n->isInert(static_cast<UChar32>(c))) {
    f->emit_cp(c, at);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  // Vulgar fractions (⅜ -> 3⁄8) stay as written: folded, one character would
  // become two numbers with the same span.
  if (U_FAILURE(status) || folded.isEmpty() || folded.indexOf(static_cast<char16_t>(0x2044)) >= 0) {
    f->emit_cp(c, at);
    return;
  }
  std::string bytes;
  folded.toUTF8String(bytes);
  for (std::size_t k = 0; k < bytes.size();) {
    std::size_t len = utf8_sequence_length(bytes, k);
    if (len == 0) break;
    char32_t d = decode_utf8(bytes, k, len);
    if (d < 0x80) {
      if (d == ' ')
        f->space(false);
      else
        f->emit_ascii(static_cast<char>(d), at);
    } else {
      f->emit_cp(d, at);
    }
    k += len;
  }
}

}  // namespace

std::pair<std::size_t, std::size_t> CleanText::original_span(std::size_t b, std::size_t e) const {
  std::size_t ob = src[b];
  std::size_t last = src[e - 1];
  std::size_t len = utf8_sequence_length(input, last);
  if (len == 0) len = 1;
  if (input.substr(last, kPageDiv.size()) == kPageDiv) len = kPageDiv.size();
  return {ob, last + len};
}

Status normalize(std::string_view in, InvalidUtf8 mode, CleanText* out) {
  out->input = in;
  out->text.clear();
  out->src.clear();
  if (in.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status(StatusCode::kTooLarge,
                  "input is 4 GiB or more; split it into documents and call once per document");
  }
  out->text.reserve(in.size());
  out->src.reserve(in.size());

  std::vector<LineInfo> lines = scan_lines(in);
  mark_furniture(in, &lines);
  const std::vector<bool> soft = soft_breaks(lines);
  const std::vector<TableBreak> table = table_breaks(lines);
  Folder f(in, out);
  std::size_t line = 0;
  std::size_t i = 0;
  // page furniture is skipped to its line break (tested once per line, not per byte)
  auto skip_furniture = [&] {
    if (lines[line].furniture) {
      f.space(true);
      i = lines[line].end;
    }
  };
  skip_furniture();
  while (i < in.size()) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      if (b == '\n') {
        if (table[line] == kCell)
          f.space(false);  // (a space, as between the cells of a row)
        else if (soft[line] && table[line] != kRowEnd)
          f.space(true);
        else
          f.hard_break();
        ++line;
        ++i;
        skip_furniture();
      } else if (is_layout_space(b)) {
        f.space(false);
        ++i;
      } else if (b == '<' && in.substr(i, kPageDiv.size()) == kPageDiv) {
        f.space(true);
        i += kPageDiv.size();
      } else {
        f.emit_ascii(static_cast<char>(b), i);
        ++i;
      }
      continue;
    }
    if (const std::size_t run = b >= 0xE3 && b <= 0xE9 ? kept_run(in, i) : 0) {
      f.emit_ideographs(in, i, run);
      i += run;
      continue;
    }
    std::size_t len = utf8_sequence_length(in, i);
    if (len == 0) {
      if (mode == InvalidUtf8::kError) {
        out->text.clear();
        out->src.clear();
        return Status(StatusCode::kInvalidUtf8,
                      "input is not valid UTF-8 at byte " + std::to_string(i) +
                          "; convert it to UTF-8 (e.g. iconv -f GB18030 -t UTF-8) or ask for "
                          "replacement (--invalid-utf8=replace)",
                      static_cast<std::int64_t>(i));
      }
      f.emit_cp(0xFFFD, i);
      ++i;
      continue;
    }
    char32_t c = decode_utf8(in, i, len);
    if (is_zero_width(c)) {
    } else if (is_layout_space(c)) {
      f.space(false);
    } else {
      fold(c, i, &f);
    }
    i += len;
  }
  return Status();
}

}  // namespace econex::detail
