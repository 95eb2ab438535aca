// Period layer, step 2: find period expressions and write them in the
// canonical forms of RECORDS.md section 3, with the year taken from the
// reference year when the text does not give one.
#ifndef ECONEX_LIB_PERIOD_PERIOD_H_
#define ECONEX_LIB_PERIOD_PERIOD_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "period/period_grammar.hpp"
#include "text/literal_set.h"

namespace re2 {
class RE2;
}

namespace econex::detail {

// How a period expression is used in its sentence.
enum class PeriodRole : std::uint8_t {
  kReporting,   // the period a figure is about: 一季度, 2024年, 今年以来
  kComparison,  // a base: 比去年同期, 比2019年, 较一季度, 上年同期
  kTrend,       // 2020年以来 (not the current year)
  kPoint,       // 截至2024年底 — also reporting, at a point in time
};

struct PeriodHit {
  std::size_t begin = 0, end = 0;  // clean span
  PeriodShape shape;
  PeriodRole role = PeriodRole::kReporting;
  bool explicit_year = false;  // the text wrote the year (2024年)
};

// Canonical form of a shape. year_hint is the year for 全年 / a bare sub-period
// (the reference year, or the year carried by the document); 0 means unknown
// and gives "????". Returns "" for shapes that are not periods (截至目前).
std::string canonical_period(const PeriodShape& s, int ref_year, int full_year_hint);
// The two periods of a listed span (2023年、2024年 -> 2023, 2024; 一、二季度 ->
// Q1, Q2; 1、2月 -> 1月, 2月); empty when s is not one.
std::vector<PeriodShape> list_items(const PeriodShape& s);

// The months from January up to the month that a canonical month-end point
// closes ("2025-12-31" -> "2025", "2026-03-31" -> "2026-Q1", "2025-10-31" ->
// "2025-01/2025-10"); "" for anything else. What flowed up to a point
// (收入, 投资) is measured over the year to date.
std::string year_to_date(std::string_view point);

// The last month of a canonical span of months ("2025-01/2025-08" -> 2025, 8;
// "2025-Q2" -> 2025, 6; "2025" -> 2025, 12); false for anything else (a day,
// a span of years).
bool last_month(std::string_view span, int* year, int* month);

// That month alone ("2025-01/2025-08" -> "2025-08"), and the months from
// January up to it ("2025-08" -> "2025-01/2025-08", "2025-06" -> "2025-H1");
// "" when span is not a span of months. A table of "2025年8月" with columns
// 本月 and 1—本月累计 is read with these.
std::string month_of(std::string_view span);
std::string months_to_date(std::string_view span);

// Whether text s (a clause) opens with a holiday, after at most a year
// (元旦假期, 2026年春节期间, 今年国庆黄金周, 五一小长假): the time of an event, which
// is no period of the records it gives, and ends the time carried from the
// sentences before.
bool opens_with_holiday(std::string_view s);

class PeriodFinder {
 public:
  PeriodFinder();
  ~PeriodFinder();
  void find(std::string_view clean, std::vector<PeriodHit>* out) const;
  // The same, from the starts of a LiteralScan of the clean text in which
  // candidates() is the set with bit `set` (one scan for several layers).
  void find(std::string_view clean, const std::vector<LiteralScan::Start>& starts, std::uint8_t set,
            std::vector<PeriodHit>* out) const;
  // Where a period can start.
  const LiteralSet& candidates() const { return candidate_; }

 private:
  template <typename Next>
  void find_from(std::string_view clean, Next next_start, std::vector<PeriodHit>* out) const;
  LiteralSet candidate_;                 // where a period can start
  std::unique_ptr<re2::RE2> month_day_;  // 3月14日 after a year: a date
};

// "2025-04-25" -> 2025; 0 when malformed. Checks month and day too.
int parse_reference_year(std::string_view date, bool* ok);

}  // namespace econex::detail

#endif  // ECONEX_LIB_PERIOD_PERIOD_H_
