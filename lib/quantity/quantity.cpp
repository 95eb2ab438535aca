#include "quantity/quantity.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "data/lexicon.h"
#include "quantity/number_grammar.hpp"
#include "quantity/numeral.h"
#include "text/search.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What follows a number and makes it a date, a time, an ordinal or a class
// name rather than a quantity. 三次产业 is the three sectors of the economy;
// ±800千伏 is a voltage.
const WordList& kNotQuantityAfter = lexicon("quantity.not_after");
// After a unit only these still make the number something else (3个月 is a
// duration, 10万吨级 a class); 9项年度目标, 100亿元年产值 are quantities.
const WordList kNotQuantityAfterUnit = {"级", "届", "代"};
// Time words after 个 make a duration: 3个月, 两个季度.
const WordList kDurationAfterGe = {"年", "月", "日", "季度", "世纪", "星期"};
// A rate per unit of time written after the unit belongs to the value: 60台/年.
const WordList kPerTime = {"/年", "/月", "/日", "/天", "/小时", "/周"};
const WordList kClassAfterBare = {"大", "类", "星", "强"};  // (世界500强: a name)

// Qualifier words before (超过1200个) and after (50个以上) a value.
struct QualifierWord {
  std::string_view word;
  Qualifier q;
};
constexpr Qualifier kOver = Qualifier::kOver, kUnder = Qualifier::kUnder,
                    kApprox = Qualifier::kApprox;
// clang-format off
constexpr QualifierWord kLeading[] = {
    {"超过", kOver}, {"突破", kOver}, {"首破", kOver}, {"多达", kOver}, {"逾", kOver}, {"超", kOver},
    {"将近", kUnder}, {"接近", kUnder}, {"不到", kUnder}, {"不足", kUnder}, {"近", kUnder},
    {"大约", kApprox}, {"约为", kApprox}, {"约", kApprox}, {"大概", kApprox}, {"未满", kUnder},
    {"不低于", kOver}, {"不少于", kOver}, {"至少", kOver}};
// (余 and 多 after the unit, as in 3个多月, 12个多方参与, are read as words, not qualifiers.)
constexpr QualifierWord kTrailing[] = {
    {"以上", kOver}, {"以下", kUnder}, {"以内", kUnder}, {"左右", kApprox}, {"上下", kApprox}};
// clang-format on

const WordList kLeadingWords = [] {
  std::vector<std::string_view> words;
  for (const QualifierWord& l : kLeading) words.push_back(l.word);
  return WordList(words.begin(), words.end());
}();

// Spans of short quotations (names such as “33618”, “十四五”, “5+2”).
bool in_short_quote(std::string_view s, std::size_t b, std::size_t e) {
  constexpr std::size_t kWindow = 36;  // bytes: about 12 CJK characters
  std::size_t lo = b > kWindow ? b - kWindow : 0;
  // Every search looks only at quotes starting within the window (not the
  // whole text: that made long documents quadratic).
  auto first_in = [&](std::string_view q, std::size_t from,
                      std::size_t to) {  // start in [from, to]
    std::size_t c = s.substr(from, to - from + q.size()).find(q);
    return c == std::string_view::npos ? c : from + c;
  };
  std::size_t open = std::string_view::npos;
  for (std::string_view q :
       {std::string_view("“"), std::string_view("「"), std::string_view("\"")}) {
    std::size_t p = find_last(s.substr(lo, b - lo + q.size()), q);  // last start in [lo, b]
    if (p != std::string_view::npos && (open == std::string_view::npos || lo + p > open))
      open = lo + p;
  }
  if (open == std::string_view::npos) return false;
  // no closing quote between the opening one and the number
  for (std::string_view q : {std::string_view("”"), std::string_view("」")})
    if (open < b && first_in(q, open, b - 1) != std::string_view::npos) return false;
  std::size_t hi = std::min(s.size(), e + kWindow);
  for (std::string_view q :
       {std::string_view("”"), std::string_view("」"), std::string_view("\"")}) {
    std::size_t c = first_in(q, e, hi);
    if (c != std::string_view::npos && c != open) return true;
  }
  return false;
}

}  // namespace

// The literals of the candidate pattern
// (百分之|千分之|[0-9]|[零〇一二两三四五六七八九十百千万亿]|[壹贰叁肆伍陆柒捌玖拾佰仟]).
const WordList& false_qualifier_words() {
  static const WordList& words = lexicon("quantity.false_qualifiers");
  return words;
}

std::size_t trailing_qualifier_length(std::string_view value_text) {
  for (const QualifierWord& t : kTrailing)
    if (ends_at(value_text, value_text.size(), t.word)) return t.word.size();
  return 0;
}

QuantityFinder::QuantityFinder()
    : candidate_({"百分之", "千分之", "0",  "1",  "2",  "3",  "4",  "5",  "6",  "7",  "8",
                  "9",      "零",     "〇", "一", "二", "两", "三", "四", "五", "六", "七",
                  "八",     "九",     "十", "百", "千", "万", "亿", "壹", "贰", "叁", "肆",
                  "伍",     "陆",     "柒", "捌", "玖", "拾", "佰", "仟"}) {}

QuantityFinder::~QuantityFinder() = default;

std::size_t QuantityFinder::parse_at(std::string_view s, std::size_t pos, bool* ok,
                                     QuantityHit* hit) const {
  *ok = false;
  std::size_t first_len = std::max<std::size_t>(1, utf8_sequence_length(s, pos));
  NumberShape shape;
  if (!parse_number_shape(s, pos, &shape)) return first_len;
  std::size_t end = pos + shape.length;
  auto low = numeral_value(shape.low);
  // 百余家, 千余人, 万多人: a round number with 余/多 counts one of the unit
  if (!low && shape.over && shape.high.empty() && shape.mult1.empty() &&
      (shape.low == "百" || shape.low == "千" || shape.low == "万"))
    low = NumeralValue{Decimal{"1", shape.low == "百"   ? 2
                                    : shape.low == "千" ? 3
                                                        : 4},
                       std::nullopt, true};
  if (!low) return shape.length;
  std::optional<NumeralValue> high;
  if (!shape.high.empty()) {
    high = numeral_value(shape.high);
    if (!high) return shape.length;
    // not a range when it runs backwards: 2024-03 of 2024-03-15
    if (high->low.to_double() < low->low.to_double()) return shape.length;
  }
  // a code or a telephone number: 007, 023-12345678
  if (shape.low.size() > 1 && shape.low[0] == '0' && shape.low[1] >= '0' && shape.low[1] <= '9')
    return shape.length;
  // a section number or a dotted date: 1.2.3, 2024.03.15
  if (end + 1 < s.size() && s[end] == '.' && s[end + 1] >= '0' && s[end + 1] <= '9')
    return shape.length;
  // Neighbours that make it something else.
  if (pos > 0 && (is_ascii_alpha(s[pos - 1]) || s[pos - 1] == '.' || s[pos - 1] == '_'))
    return shape.length;
  // a code such as COVID-19, CFM-56: a dash right after letters; after digits
  // the grammar would have read a range, so it is a date or a code (2024-03-15)
  if (pos > 1 && s[pos - 1] == '-' &&
      (is_ascii_alpha(s[pos - 2]) || (s[pos - 2] >= '0' && s[pos - 2] <= '9')))
    return shape.length;
  // the second term of a ratio or a time: 1∶9, 17.2:30.4:52.4, 7/24
  auto digit_at = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (pos > 1 && (s[pos - 1] == ':' || s[pos - 1] == '/') && digit_at(pos - 2)) return shape.length;
  if (ends_at(s, pos, "∶") && pos > 3 && digit_at(pos - 4)) return shape.length;
  if (ends_at(s, pos, "第")) return shape.length;
  UnitMatch unit;
  bool decimal_days = false;
  std::size_t after = end;
  if (shape.lead == NumberShape::kNone) {
    unit = units_.match(s, end);
    // 平均住院日8.6日: a day of the month has no decimals, a duration may
    decimal_days = unit.code.empty() && starts_at(s, end, "日") &&
                   shape.low.find('.') != std::string_view::npos && shape.mult1.empty();
    if (decimal_days) unit = units_.day_at(s, end);
    after = end + unit.text.size();
  }
  {
    // a word right after the number, unless the unit is longer (200日元 is yen);
    // without a unit this is also the word after the value
    std::string_view w = kNotQuantityAfter.at(s, end);
    if (!w.empty() && unit.text.size() <= w.size() && !decimal_days) return shape.length;
    if (!unit.code.empty() && !kNotQuantityAfterUnit.at(s, after).empty()) return shape.length;
    if (unit.text == "个" && !kDurationAfterGe.at(s, after).empty()) return shape.length;
    // 10时30分 is a time
    if (unit.code.empty() && ends_at(s, pos, "时") && starts_at(s, end, "分") &&
        !starts_at(s, end, "分之") && !starts_at(s, end, "分点"))
      return shape.length;
  }
  if (after < s.size() && (is_ascii_alnum(s[after]) || s[after] == '_') && unit.code.empty())
    return shape.length;
  if (unit.code.empty() && shape.lead == NumberShape::kNone) {
    if (!kClassAfterBare.at(s, end).empty()) return shape.length;
    // a ratio or a time: 1∶9, 1:9, 7/24
    if (end + 1 < s.size() && (s[end] == ':' || s[end] == '/') && s[end + 1] >= '0' &&
        s[end + 1] <= '9')
      return shape.length;
    if (starts_at(s, end, "∶")) return shape.length;
  }
  // 度 is a kilowatt-hour only in 亿度 / 万度; 零下5度 and 30度 are degrees
  if (unit.text == "度" && shape.mult1.empty() && shape.mult2.empty()) return shape.length;
  if (in_short_quote(s, pos, after)) return shape.length;

  const bool chinese = low->chinese;
  const bool bare = unit.code.empty() && shape.lead == NumberShape::kNone && shape.mult1.empty() &&
                    shape.mult2.empty();
  if (chinese) {
    std::size_t chars = 0;
    for (std::size_t i = pos; i < end;) {
      next_cp(s, &i);
      ++chars;
    }
    // 十分, 一把手, 二是, 十四届 are words; 前五 (位居榜单前五) is a rank bound
    bool top_n = ends_at(s, pos, "前") &&
                 (end >= s.size() || static_cast<unsigned char>(s[end]) < 0xE4 ||
                  starts_at(s, end, "位") || starts_at(s, end, "名") || starts_at(s, end, "强"));
    // 两百, 三千, 五万: a digit and a unit are a number, 十分 and 二是 are not
    bool digit_unit =
        chars == 2 && shape.low.size() == 6 &&
        std::string_view("百千万亿佰仟").find(shape.low.substr(3)) != std::string_view::npos &&
        std::string_view("百千万亿佰仟").find(shape.low.substr(0, 3)) == std::string_view::npos;
    if (bare && chars < 3 && !top_n && !digit_unit) return shape.length;
    // 零件, 零部件: 零 is not a count; 八方来客, 三方协同: 方 is not m³ after them
    if (shape.low == "零" && shape.high.empty()) return shape.length;
    if (unit.code == "m3" && unit.text == "方") return shape.length;
    // 一 + classifier is an article, not a count (一批项目, 一个地方); before a
    // rate it is a value (一个百分点, 一倍, 一成)
    const bool rate = unit.code == "%" || unit.code == "pp" || unit.code == "times" ||
                      unit.code == "‰" || unit.code == "‰pt";
    // (but 国家级一家、省级六家: one of a list of counts, the classifier ending
    // its item, is a count)
    const bool item_ends = !unit.code.empty() && after > pos &&
                           (after >= s.size() || s[after] == ',' || s[after] == ';' ||
                            starts_at(s, after, "、") || starts_at(s, after, "。"));
    if (shape.low == "一" && shape.high.empty() && shape.mult1.empty() &&
        shape.lead == NumberShape::kNone && !rate && !item_ends)
      return shape.length;
  }

  Decimal lo = low->low;
  std::optional<Decimal> hi = high ? std::optional<Decimal>(high->low) : low->high;
  int scale = multiplier_exponent(shape.mult1) + multiplier_exponent(shape.mult2) + unit.exp10;
  lo.scale(scale);
  if (hi) hi->scale(scale);
  // 1万2千, 1亿2000万: a second term in a smaller unit adds to the first
  if (!shape.tail_mult.empty() && !hi) {
    auto tail = numeral_value(shape.tail);
    int te = multiplier_exponent(shape.tail_mult);
    if (!tail || te >= multiplier_exponent(shape.mult1)) return shape.length;
    Decimal t = tail->low;
    t.scale(te + multiplier_exponent(shape.mult2) + unit.exp10);
    lo = add(lo, t);
  }
  // 三分之一: a fraction, as a percentage
  if (shape.lead == NumberShape::kFraction) {
    auto den = numeral_value(shape.denominator);
    double d = den ? den->low.to_double() : 0;
    if (d <= 0 || hi) return shape.length;
    double v = lo.to_double() * 100.0 / d;
    lo = Decimal{std::to_string(static_cast<long long>(std::llround(v * 1e6))), -6};
  }

  QuantityHit h;
  h.begin = pos;
  h.qual_begin = pos;
  h.chinese = chinese;
  h.value = lo.to_double();
  if (hi) {
    h.low = h.value;
    h.high = hi->to_double();
  }
  if (shape.lead == NumberShape::kPercent)
    h.unit = "%", h.unit_text = "百分之";
  else if (shape.lead == NumberShape::kFraction)
    h.unit = "%", h.unit_text = "分之";
  else if (shape.lead == NumberShape::kPermille)
    h.unit = "‰", h.unit_text = "千分之";
  else
    h.unit = unit.code, h.unit_text = unit.text;
  if (shape.over) h.qualifier = Qualifier::kOver;
  // 六成多, 两成余: more than the tenths (not 3个多月: other units leave 多 to the word)
  if (h.unit_text == "成" && (starts_at(s, after, "多") || starts_at(s, after, "余"))) {
    h.qualifier = Qualifier::kOver;
    after += 3;
  }
  // A rate per unit of time: 60台/年
  if (!h.unit.empty()) {
    std::string_view per = kPerTime.at(s, after);
    after += per.size();
  }
  // Trailing qualifier words: 50个以上, 1万人左右, 300名余
  for (const QualifierWord& t : kTrailing) {
    if (starts_at(s, after, t.word)) {
      if (t.word == "上下" && starts_at(s, after, "上下游")) break;
      h.qualifier = t.q;
      after += t.word.size();
      break;
    }
  }
  // A sign: 增长率-3.19‰ (not the dash of a range 3-5), 负5.
  bool minus = pos >= 1 && s[pos - 1] == '-' && (pos < 2 || !is_ascii_alnum(s[pos - 2]));
  bool fu = ends_at(s, pos, "负") && !ends_at(s, pos, "负责") && !ends_at(s, pos, "胜负");
  if (minus || fu) {
    h.begin = pos - (minus ? 1 : 3);
    h.negative_sign = true;
    h.value = -h.value;
    if (h.low) h.low = -*h.low, h.high = -*h.high;
  }
  // Leading qualifier words: 超过1200个, 近3000亿元, 约1000笔
  h.qual_begin = h.begin;
  const std::string_view before = s.substr(0, h.begin);
  const std::string_view lead = kLeadingWords.suffix_of(before);
  // (a false leading word counts when it is at least as long as the leading
  // one; they are all two characters, so at most one of them ends the text)
  const std::string_view false_lead = false_qualifier_words().suffix_of(before);
  if (!lead.empty() && (false_lead.empty() || false_lead.size() < lead.size())) {
    for (const QualifierWord& l : kLeading) {
      if (l.word != lead) continue;
      if (h.qualifier == Qualifier::kExact) h.qualifier = l.q;
      h.qual_begin = h.begin - l.word.size();
      break;
    }
  }
  h.end = after;
  *hit = h;
  *ok = true;
  return after - pos;
}

void QuantityFinder::find(std::string_view s, std::vector<QuantityHit>* out) const {
  find_from(
      s, [&](std::size_t pos) { return candidate_.find(s, pos); }, out);
}

void QuantityFinder::find(std::string_view s, const std::vector<LiteralScan::Start>& starts,
                          std::uint8_t set, std::vector<QuantityHit>* out) const {
  find_from(s, NextStart(starts, set), out);
}

template <typename Next>
void QuantityFinder::find_from(std::string_view s, Next next, std::vector<QuantityHit>* out) const {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t start = next(pos);
    if (start == std::string_view::npos) break;
    bool ok = false;
    QuantityHit hit;
    std::size_t skip = parse_at(s, start, &ok, &hit);
    if (ok) {
      // 6%-7%, 3万-5万元, 3万~5万: two quantities joined by a dash are one range.
      if (!out->empty()) {
        QuantityHit& prev = out->back();
        std::string_view between =
            start >= prev.end ? s.substr(prev.end, start - prev.end) : std::string_view();
        bool joiner = between == "-" || between == "~" || between == "至" || between == "到";
        if (joiner && hit.negative_sign && between == "-") {
          // the dash joins the two numbers: it is not a minus sign
          hit.negative_sign = false;
          hit.value = -hit.value;
          if (hit.low) hit.low = -*hit.low, hit.high = -*hit.high;
          if (hit.qual_begin == hit.begin) hit.qual_begin = start;
          hit.begin = start;
        }
        // the first may leave the unit to the second (3万-5万元), unless the
        // unit scales the number (三成)
        bool units_agree = prev.unit == hit.unit || (prev.unit.empty() && hit.unit_text != "成");
        if (joiner && units_agree && !prev.high && !hit.high && hit.qual_begin == hit.begin) {
          prev.low = prev.value;
          prev.high = hit.value;
          if (prev.unit.empty()) prev.unit = hit.unit, prev.unit_text = hit.unit_text;
          if (prev.qualifier == Qualifier::kExact) prev.qualifier = hit.qualifier;
          prev.end = hit.end;
          pos = start + skip;
          continue;
        }
      }
      out->push_back(hit);
    }
    pos = start + skip;
  }
}

}  // namespace econex::detail
