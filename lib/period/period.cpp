#include "period/period.h"

#include <re2/re2.h>

#include <cstdio>

#include "data/lexicon.h"
#include "text/search.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

std::string year_str(int y) { return y > 0 ? std::to_string(y) : std::string("????"); }

// "-07": a dash and the number in two digits at least (printf's "-%02d",
// without its cost for the months and days it nearly always writes).
std::string two_digits(int v) {
  if (v >= 0 && v <= 99)
    return std::string{'-', static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "-%02d", v);
  return buf;
}

std::string month_str(int y, int m) { return year_str(y) + two_digits(m); }

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && y > 0 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

std::string month_end(int y, int m) { return month_str(y, m) + two_digits(days_in_month(y, m)); }

// A span of months in its shortest canonical form.
std::string month_span(int y, int m1, int m2) {
  if (m1 == m2) return month_str(y, m1);
  if (m1 == 1 && m2 == 12) return year_str(y);
  if (m1 == 1 && m2 == 6) return year_str(y) + "-H1";
  if (m1 == 7 && m2 == 12) return year_str(y) + "-H2";
  if (m2 == m1 + 2 && (m1 - 1) % 3 == 0) return year_str(y) + "-Q" + std::to_string((m1 + 2) / 3);
  return month_str(y, m1) + "/" + month_str(y, m2);
}

}  // namespace

namespace {

// Digits s[b, b + n) as a number; -1 when one is not a digit.
int digits_at(std::string_view s, std::size_t b, std::size_t n) {
  int v = 0;
  for (std::size_t i = b; i < b + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::string year_to_date(std::string_view point) {
  if (point.size() != 10 || point[4] != '-' || point[7] != '-') return std::string();
  const int y = digits_at(point, 0, 4), m = digits_at(point, 5, 2), d = digits_at(point, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d != days_in_month(y, m)) return std::string();
  return month_span(y, 1, m);
}

bool last_month(std::string_view span, int* year, int* month) {
  if (const std::size_t slash = span.find('/'); slash != std::string_view::npos) {
    if (slash == 4) return false;   // (2021/2025: years)
    span.remove_prefix(slash + 1);  // (2025-01/2025-08: the second end)
  }
  if (span.size() < 4) return false;
  const int y = digits_at(span, 0, 4);
  int m = 0;
  if (span.size() == 4) {
    m = 12;
  } else if (span.size() == 7 && span[4] == '-') {
    const int n = digits_at(span, 6, 1);
    m = span[5] == 'Q' && n >= 1 && n <= 4   ? 3 * n
        : span[5] == 'H' && n >= 1 && n <= 2 ? 6 * n
                                             : digits_at(span, 5, 2);
  }
  if (y <= 0 || m < 1 || m > 12) return false;
  *year = y;
  *month = m;
  return true;
}

std::string month_of(std::string_view span) {
  int y = 0, m = 0;
  return last_month(span, &y, &m) ? month_str(y, m) : std::string();
}

std::string months_to_date(std::string_view span) {
  int y = 0, m = 0;
  return last_month(span, &y, &m) ? month_span(y, 1, m) : std::string();
}

std::string canonical_period(const PeriodShape& s, int ref_year, int full_year_hint) {
  if (s.plan) {
    int start = 1966 + 5 * (s.plan - 3);
    return std::to_string(start) + "/" + std::to_string(start + 4);
  }
  if (s.year2) return std::to_string(s.year) + "/" + std::to_string(s.year2);
  if (s.next_years > 1) {
    if (ref_year <= 0)
      return "????"
             "/????";
    return std::to_string(ref_year) + "/" + std::to_string(ref_year + s.next_years - 1);
  }
  if (s.past_years > 0) {
    if (s.past_years == 1) return year_str(ref_year > 0 ? ref_year - 1 : 0);
    if (ref_year <= 0)
      return "????"
             "/????";  // (split: ??/ is a trigraph)
    return std::to_string(ref_year - s.past_years) + "/" + std::to_string(ref_year - 1);
  }
  int y = 0;
  if (s.year)
    y = s.year;
  else if (s.has_rel)
    y = ref_year > 0 ? ref_year + s.year_rel : 0;
  else if (s.full_year)
    y = full_year_hint > 0 ? full_year_hint : ref_year;
  else
    y = ref_year;
  bool months_ok = s.month1 >= 0 && s.month1 <= 12 && s.month2 >= 0 && s.month2 <= 12 &&
                   (s.month2 == 0 || s.month2 >= s.month1);
  if (!months_ok || s.quarter > 4 || (s.month1 == 0 && s.month2 != 0)) return "";
  if (s.day) {  // 截至2024年12月31日
    if (!s.month1 || s.day > days_in_month(y, s.month1)) return "";
    return month_str(y, s.month1) + two_digits(s.day);
  }
  if (s.quarter) {
    if (s.end_point) return month_end(y, s.quarter * 3);
    return year_str(y) + "-Q" + std::to_string(s.quarter);
  }
  if (s.half) {
    if (s.end_point) return month_end(y, s.half * 6);
    return year_str(y) + "-H" + std::to_string(s.half);
  }
  if (s.month1) {
    int last = s.month2 ? s.month2 : s.month1;
    if (s.end_point) return month_end(y, last);
    return month_span(y, s.month1, last);
  }
  if (s.end_point) return month_end(y, 12);
  if (s.since) return year_str(y) + "-YTD";
  return year_str(y);
}

// The literals of the candidate pattern
// (截至|截止|今年|本年|去年|上年|明年|全年|过去|今后|未来|年末|年底|上半年|下半年|前|第|“|[0-9]|[一二两三四五六七八九十]).
namespace {

// 农历九月廿四, 乙巳年八月十五: a date of the lunar calendar (in a newspaper's
// masthead) is no period.
bool lunar_date_at(std::string_view s, std::size_t start) {
  if (ends_at(s, start, "农历")) return true;
  if (!ends_at(s, start, "年") || start < 9) return false;
  static const WordList kStems = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
  static const WordList kBranches = {"子", "丑", "寅", "卯", "辰", "巳",
                                     "午", "未", "申", "酉", "戌", "亥"};
  return start >= 9 && !kStems.at(s, start - 9).empty() && !kBranches.at(s, start - 6).empty();
}

// A holiday right after a year: 春节假期, 国庆期间, 五一小长假.
bool holiday_at(std::string_view s, std::size_t pos) {
  // (春运, 暑运: the travel seasons around them)
  static const WordList& kHolidays = lexicon("period.holidays");
  return !kHolidays.at(s, pos).empty();
}

}  // namespace

bool opens_with_holiday(std::string_view s) {
  // 假期期间, 节日期间: the holiday of the text before, named again
  static const WordList kBack = {"假期期间", "假期内",     "假期中",   "假日期间",
                                 "节日期间", "节假日期间", "长假期间", "黄金周期间"};
  if (!kBack.prefix_of(s).empty()) return true;
  // (the year before it: digits and 年, or 今年 / 去年)
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  if (i > 0 && !starts_at(s, i, "年")) return false;
  if (i > 0 || starts_at(s, 0, "今年") || starts_at(s, 0, "去年")) i += 3;
  if (!holiday_at(s, i)) return false;
  // (the holiday as a time: 春节假期, 国庆期间, 五一小长假, 国庆黄金周; not 春节档电影)
  // (every one holds 假, 期间 or 黄金周: the extractor looks for those first)
  static const WordList kTimes = {"假期", "期间", "小长假", "长假", "黄金周", "假日"};
  for (std::size_t k = i; k < s.size() && k <= i + 9; k += 3)
    if (!kTimes.at(s, k).empty()) return true;
  return false;
}

PeriodFinder::PeriodFinder()
    : candidate_({"截至", "截止", "今年", "本年", "去年", "上年",   "明年",   "全年",
                  "过去", "今后", "未来", "年末", "年底", "上半年", "下半年", "前",
                  "第",   "“",    "0",    "1",    "2",    "3",      "4",      "5",
                  "6",    "7",    "8",    "9",    "一",   "二",     "两",     "三",
                  "四",   "五",   "六",   "七",   "八",   "九",     "十"}) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  month_day_ = std::make_unique<RE2>(
      "^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})["
      "日号]",
      o);
}

PeriodFinder::~PeriodFinder() = default;

void PeriodFinder::find(std::string_view s, std::vector<PeriodHit>* out) const {
  find_from(
      s, [&](std::size_t pos) { return candidate_.find(s, pos); }, out);
}

void PeriodFinder::find(std::string_view s, const std::vector<LiteralScan::Start>& starts,
                        std::uint8_t set, std::vector<PeriodHit>* out) const {
  find_from(s, NextStart(starts, set), out);
}

template <typename Next>
void PeriodFinder::find_from(std::string_view s, Next next, std::vector<PeriodHit>* out) const {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t start = next(pos);
    if (start == std::string_view::npos) break;
    PeriodShape shape;
    bool digit_before = start > 0 && s[start - 1] >= '0' && s[start - 1] <= '9';
    // a period that starts with digits goes on with 年, 月, 季度 or a range
    // sign right after them (most numbers are amounts: no parse for them)
    bool amount = false;
    if (!digit_before && s[start] >= '0' && s[start] <= '9') {
      std::size_t j = start;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      static const WordList kAfterDigits = {"年", "月", "季", "-", "~", "至", "到", "、"};
      amount = kAfterDigits.at(s, j).empty();
    }
    if (digit_before || amount || lunar_date_at(s, start) ||
        !parse_period_shape(s, start, &shape)) {
      pos = start + std::max<std::size_t>(1, utf8_sequence_length(s, start));
      continue;
    }
    std::size_t end = start + shape.length;
    const bool year_only =
        (shape.year || shape.has_rel) && !shape.month1 && !shape.quarter && !shape.half;
    if (year_only &&
        RE2::PartialMatch(re2::StringPiece(s.data() + end, s.size() - end), *month_day_)) {
      pos = end;  // 2025年3月14日, 今年3月14日 are dates
      continue;
    }
    // 2026年春节假期, 今年国庆期间: a holiday of the year is an event, as a
    // date is, and not the year
    if (year_only && !shape.since && holiday_at(s, end)) {
      pos = end;
      continue;
    }
    // A bare small number before 月 must really be a month: 3个月 is a duration.
    PeriodHit h{start, end, shape, PeriodRole::kReporting, shape.year != 0};
    // (比上年, 较2024年; 快于上年, 高于2024年: a comparison written with 于;
    // 恢复到2019年的112%, 相当于2019年的1.3倍)
    static const WordList& kComparedBy = lexicon("period.compared_by");
    bool comparison =
        shape.same_period || !kComparedBy.suffix_of(s.substr(0, start)).empty() ||
        // 由2020年的438.6亿元增加到612.8亿元: the starting point; 是2020年的2.4倍: a base
        ((ends_at(s, start, "由") || ends_at(s, start, "从") || ends_at(s, start, "是") ||
          ends_at(s, start, "为")) &&
         starts_at(s, end, "的"));
    if (comparison)
      h.role = PeriodRole::kComparison;
    else if (shape.since && !(shape.has_rel && shape.year_rel == 0) && shape.year == 0 &&
             shape.month1 == 0 && shape.quarter == 0)
      h.role = PeriodRole::kTrend;
    else if (shape.since && shape.year != 0)
      h.role = PeriodRole::kTrend;  // resolved later
    else if (shape.end_point || shape.until)
      h.role = PeriodRole::kPoint;
    out->push_back(h);
    pos = end;
  }
}

std::vector<PeriodShape> list_items(const PeriodShape& s) {
  if (!s.listed) return {};
  PeriodShape a = s, b = s;
  a.listed = b.listed = false;
  if (s.year2) {
    a.year2 = b.year2 = 0;
    b.year = s.year2;
  } else if (s.month2 && s.month1 % 3 == 1 && s.month2 % 3 == 0 && s.month2 - s.month1 == 5) {
    // a span of two quarters
    a.month1 = a.month2 = b.month1 = b.month2 = 0;
    a.quarter = (s.month1 + 2) / 3;
    b.quarter = s.month2 / 3;
  } else if (s.month2) {
    a.month2 = b.month2 = 0;
    b.month1 = s.month2;
  } else {
    return {};
  }
  return {a, b};
}

int parse_reference_year(std::string_view d, bool* ok) {
  *ok = false;
  int y = 0, m = 0, day = 0;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return 0;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return 0;
  y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  m = (d[5] - '0') * 10 + (d[6] - '0');
  day = (d[8] - '0') * 10 + (d[9] - '0');
  if (m < 1 || m > 12 || day < 1 || day > days_in_month(y, m)) return 0;
  *ok = true;
  return y;
}

}  // namespace econex::detail
