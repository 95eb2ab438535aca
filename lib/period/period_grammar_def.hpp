// Definition of the period grammar (see period_grammar.hpp). Include only from
// period_grammar.cpp.
#ifndef ECONEX_LIB_PERIOD_PERIOD_GRAMMAR_DEF_HPP_
#define ECONEX_LIB_PERIOD_PERIOD_GRAMMAR_DEF_HPP_

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>
#include <string>

#include "period/period_grammar.hpp"

namespace econex::detail::period_grammar {

namespace x3 = boost::spirit::x3;
namespace fusion = boost::fusion;

struct shape_tag;

inline PeriodShape& shape(const auto& ctx) { return x3::get<shape_tag>(ctx).get(); }

struct cn_number_ : x3::symbols<unsigned> {
  cn_number_() {
    add("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9)(
        "十", 10)("十一", 11)("十二", 12);
  }
};
const cn_number_ cn_number;

struct plan_number_ : x3::symbols<unsigned> {
  plan_number_() { add("十一", 11)("十二", 12)("十三", 13)("十四", 14)("十五", 15)("十六", 16); }
};
const plan_number_ plan_number;

// 1..31 written in Chinese: 一, 十, 十五, 二十, 三十一
struct cn_day_ : x3::symbols<unsigned> {
  cn_day_() {
    static const char* const digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    for (unsigned d = 1; d <= 31; ++d) {
      std::string w;
      if (d >= 20) w += digits[d / 10];
      if (d >= 10) w += "十";
      w += digits[d % 10];
      add(w, d);
    }
  }
};
const cn_day_ cn_day;

const auto year4 = x3::uint_parser<unsigned, 10, 4, 4>{};
// a month or quarter number, 1 and up (0月 is nothing)
const auto positive = [](auto& ctx) {
  x3::_val(ctx) = x3::_attr(ctx);
  x3::_pass(ctx) = x3::_attr(ctx) >= 1;
};
const auto small = x3::rule<struct small_tag, unsigned, true>{"small"} =
    x3::uint_parser<unsigned, 10, 1, 2>{}[positive] | cn_number;
const auto set_listed = [](auto& ctx) { shape(ctx).listed = true; };
const auto list_sep = x3::lit("、")[set_listed];
const auto sep = x3::lit('-') | '~' | "至" | "到" | list_sep;

const auto set_year = [](auto& ctx) { shape(ctx).year = static_cast<int>(x3::_attr(ctx)); };
const auto rel = [](int r) {
  return [r](auto& ctx) {
    shape(ctx).year_rel = r;
    shape(ctx).has_rel = true;
  };
};
const auto set_full = [](auto& ctx) { shape(ctx).full_year = true; };
const auto set_full_end = [](auto& ctx) {
  shape(ctx).full_year = true;
  shape(ctx).end_point = true;
};
const auto set_year_span = [](auto& ctx) {
  shape(ctx).year = static_cast<int>(fusion::at_c<0>(x3::_attr(ctx)));
  shape(ctx).year2 = static_cast<int>(fusion::at_c<1>(x3::_attr(ctx)));
};
const auto set_plan = [](auto& ctx) { shape(ctx).plan = static_cast<int>(x3::_attr(ctx)); };
const auto set_quarter = [](auto& ctx) { shape(ctx).quarter = static_cast<int>(x3::_attr(ctx)); };
const auto set_first_quarters = [](auto& ctx) {
  shape(ctx).month1 = 1;
  shape(ctx).month2 = 3 * static_cast<int>(x3::_attr(ctx));
};
const auto set_quarter_span = [](auto& ctx) {
  shape(ctx).month1 = 3 * static_cast<int>(fusion::at_c<0>(x3::_attr(ctx))) - 2;
  shape(ctx).month2 = 3 * static_cast<int>(fusion::at_c<1>(x3::_attr(ctx)));
};
const auto set_first_months = [](auto& ctx) {
  shape(ctx).month1 = 1;
  shape(ctx).month2 = static_cast<int>(x3::_attr(ctx));
};
const auto set_month_span = [](auto& ctx) {
  shape(ctx).month1 = static_cast<int>(fusion::at_c<0>(x3::_attr(ctx)));
  shape(ctx).month2 = static_cast<int>(fusion::at_c<1>(x3::_attr(ctx)));
};
const auto set_month = [](auto& ctx) { shape(ctx).month1 = static_cast<int>(x3::_attr(ctx)); };
const auto set_month_day = [](auto& ctx) {
  shape(ctx).month1 = static_cast<int>(fusion::at_c<0>(x3::_attr(ctx)));
  shape(ctx).day = static_cast<int>(fusion::at_c<1>(x3::_attr(ctx)));
  shape(ctx).end_point = true;
};
const auto half = [](int h) { return [h](auto& ctx) { shape(ctx).half = h; }; };
const auto set_until = [](auto& ctx) { shape(ctx).until = true; };
const auto set_end = [](auto& ctx) { shape(ctx).end_point = true; };
const auto set_since = [](auto& ctx) { shape(ctx).since = true; };
const auto set_same = [](auto& ctx) { shape(ctx).same_period = true; };

const auto year_abs = (year4 >> "年" >> -x3::lit("度"))[set_year];
const auto year_rel = x3::lit("今年")[rel(0)] | x3::lit("本年")[rel(0)] | x3::lit("去年")[rel(-1)] |
                      x3::lit("上年")[rel(-1)] | x3::lit("明年")[rel(1)] |
                      x3::lit("全年")[set_full] | x3::lit("过去一年")[rel(-1)] |
                      x3::lit("上一年")[rel(-1)];
const auto set_past_years = [](auto& ctx) {
  shape(ctx).past_years = static_cast<int>(x3::_attr(ctx));
};
// 年末 / 年底 alone: the end of the year the document is about
const auto year_end = (x3::lit("年末") | "年底")[set_full_end];
const auto year_part = year_abs | year_rel;

const auto quarter = (-x3::lit("第") >> small >> "季度")[set_quarter];
const auto first_quarters = ("前" >> small >> -x3::lit("个") >> "季度")[set_first_quarters];
// 一至三季度, 1-3季度, 第二至第三季度: a span of quarters (一、二季度 lists its ends)
const auto quarter_span =
    (-x3::lit("第") >> small >> -x3::lit("季度") >> (x3::lit('-') | '~' | "至" | "到" | list_sep) >>
     -x3::lit("第") >> small >> "季度")[set_quarter_span];
const auto first_months = ("前" >> small >> -x3::lit("个") >> "月")[set_first_months];
const auto month_span =
    (small >> -x3::lit("月") >> sep >> small >> "月" >> -x3::lit("份"))[set_month_span];
// 5月, 5月份 — but not 5月22日, 5月二十日 (1月份三亚… is January: 三 of a name)
const auto month = (small >> "月" >> -x3::lit("份") >> !x3::char_('0', '9') >>
                    !(cn_day >> (x3::lit("日") | "号" | "至" | "到" | "、" | "-")))[set_month];
const auto halves = x3::lit("上半年")[half(1)] | x3::lit("下半年")[half(2)];
const auto sub =
    first_quarters | quarter_span | quarter | halves | first_months | month_span | month;

const auto year_span = (year4 >> -x3::lit("年") >> sep >> year4 >> "年")[set_year_span];
const auto plan =
    (-x3::lit("“") >> plan_number >> "五" >> -x3::lit("”") >> (x3::lit("时期") | "期间"))[set_plan];

const auto tail = x3::lit("底")[set_end] | x3::lit("末")[set_end] | x3::lit("以来")[set_since] |
                  x3::lit("同期")[set_same];

// 截至 + a date is a point in time
const auto day = x3::rule<struct day_tag, unsigned, true>{"day"} =
    x3::uint_parser<unsigned, 10, 1, 2>{}[positive] | cn_day;
const auto until_date = (x3::lit("截至") | "截止")[set_until] >> -year_part >>
                        (small >> "月" >> day >> (x3::lit("日") | "号"))[set_month_day];

// 过去五年, 五年来: the years before the reference year
const auto past_years =
    ("过去" >> small >> -x3::lit("个") >> "年")[set_past_years] | (small >> "年来")[set_past_years];
// 今后五年, 未来五年: the years from the reference year on
const auto set_next_years = [](auto& ctx) {
  shape(ctx).next_years = static_cast<int>(x3::_attr(ctx));
};
const auto next_years = ((x3::lit("今后") | "未来") >> small >> -x3::lit("个") >> "年" >>
                         !x3::lit("头"))[set_next_years];

const auto period = until_date | -(x3::lit("截至") | "截止")[set_until] >>
                                     (past_years | next_years | year_span | plan |
                                      (year_part >> -(x3::lit("全年") | sub)) | sub | year_end) >>
                                     -tail;

}  // namespace econex::detail::period_grammar

#endif  // ECONEX_LIB_PERIOD_PERIOD_GRAMMAR_DEF_HPP_
