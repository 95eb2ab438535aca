// Period layer, step 1: the shape of a period expression (Boost.Spirit X3).
//
//   [截至] ( 2021—2025年 | “十四五”时期 | [year] [sub-period] ) [底|末|以来|同期]
//   year:        2024年, 2024年度, 今年, 去年, 明年, 全年, 本年, 上年 (2024年全年 is 2024)
//   sub-period:  一季度, 第一季度, 前三季度, 一至三季度, 上半年, 前4个月, 1-5月, 3月~5月, 5月份
// A month followed by a day (4月24日) is a date, not a period, and is not matched,
// unless 截至 makes it a point in time: 截至2024年12月31日, 截至3月31日.
// Declared here, defined in period_grammar_def.hpp, instantiated in period_grammar.cpp.
#ifndef ECONEX_LIB_PERIOD_PERIOD_GRAMMAR_HPP_
#define ECONEX_LIB_PERIOD_PERIOD_GRAMMAR_HPP_

#include <cstddef>
#include <string_view>

namespace econex::detail {

struct PeriodShape {
  int year = 0;      // explicit year (2024), 0 if none
  int year_rel = 0;  // 今年 0, 去年 -1, 明年 +1 (valid when has_rel)
  bool has_rel = false;
  bool full_year = false;      // 全年
  int year2 = 0;               // end of a span of years
  int plan = 0;                // five-year plan number (十四五 -> 14)
  int quarter = 0;             // 1..4
  int half = 0;                // 1..2
  int month1 = 0, month2 = 0;  // a month (month2 == 0) or a span of months
  int day = 0;                 // day of month1 in a point in time (截至3月31日), else 0
  int past_years = 0;          // 过去五年 / 五年来: the N years before the reference year
  int next_years = 0;        // 今后五年 / 未来五年: the N years from the reference year on
  bool until = false;        // 截至 / 截止
  bool end_point = false;    // 底 / 末
  bool since = false;        // 以来
  bool same_period = false;  // 同期 (a comparison base)
  bool listed = false;  // a span written as a list of its two ends (2023年、2024年, 一、二季度)
  std::size_t length = 0;
};

// Parses the period expression starting at text[pos]. False when there is none.
bool parse_period_shape(std::string_view text, std::size_t pos, PeriodShape* out);

}  // namespace econex::detail

#endif  // ECONEX_LIB_PERIOD_PERIOD_GRAMMAR_HPP_
