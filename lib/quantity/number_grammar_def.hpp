// Definition of the number grammar (see number_grammar.hpp). Include only from
// number_grammar.cpp.
#ifndef ECONEX_LIB_QUANTITY_NUMBER_GRAMMAR_DEF_HPP_
#define ECONEX_LIB_QUANTITY_NUMBER_GRAMMAR_DEF_HPP_

#include <boost/spirit/home/x3.hpp>

#include "quantity/number_grammar.hpp"

namespace econex::detail::number_grammar {

namespace x3 = boost::spirit::x3;

struct shape_tag;

inline NumberShape& shape(const auto& ctx) { return x3::get<shape_tag>(ctx).get(); }

template <std::string_view NumberShape::*Field>
struct capture {
  template <typename Ctx>
  void operator()(Ctx& ctx) const {
    auto& r = x3::_attr(ctx);
    shape(ctx).*Field =
        std::string_view(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
  }
};

const auto set_percent = [](auto& ctx) { shape(ctx).lead = NumberShape::kPercent; };
const auto set_permille = [](auto& ctx) { shape(ctx).lead = NumberShape::kPermille; };
const auto set_over = [](auto& ctx) { shape(ctx).over = true; };
const auto set_fraction = [](auto& ctx) { shape(ctx).lead = NumberShape::kFraction; };

const auto digit = x3::char_('0', '9');
// financial (capital) numerals too: 壹佰贰拾叁
const auto cn_digit = x3::lit("零") | "〇" | "一" | "二" | "两" | "三" | "四" | "五" | "六" | "七" |
                      "八" | "九" | "壹" | "贰" | "叁" | "肆" | "伍" | "陆" | "柒" | "捌" | "玖";
const auto cn_unit = x3::lit("十") | "百" | "千" | "万" | "亿" | "拾" | "佰" | "仟";

// 1,234.5 — a comma groups exactly three digits.
const auto arabic = +digit >> *(',' >> x3::repeat(3)[digit] >> !digit) >> -('.' >> +digit);
// 三千二百万, 二〇二四, 六点五, 零点三
const auto chinese = +(cn_digit | cn_unit) >> -("点" >> +cn_digit);
const auto numeral = x3::raw[arabic | chinese];

// 千 and 百 are not multipliers inside a unit or a lead: 千克, 千米, 千瓦, 千分点, 百分点
const auto multiplier =
    x3::raw[x3::lit("万亿") | "亿" | "万" | ("千" >> !(x3::lit("克") | "米" | "瓦" | "分")) |
            ("百" >> !x3::lit("分"))];
const auto range_sep = x3::lit('-') | '~' | "至" | "到";
const auto lead = x3::lit("百分之")[set_percent] | x3::lit("千分之")[set_permille] |
                  (numeral[capture<&NumberShape::denominator>{}] >> "分之")[set_fraction];

// The second term of a range may repeat the lead: 百分之五到百分之十.
const auto number = -lead >> numeral[capture<&NumberShape::low>{}] >>
                    -(range_sep >> -lead >> numeral[capture<&NumberShape::high>{}]) >>
                    -(multiplier[capture<&NumberShape::mult1>{}] >>
                      -(x3::raw[arabic][capture<&NumberShape::tail>{}] >>
                        multiplier[capture<&NumberShape::tail_mult>{}])) >>
                    -(x3::lit("余") | "多")[set_over] >>
                    -multiplier[capture<&NumberShape::mult2>{}];

}  // namespace econex::detail::number_grammar

#endif  // ECONEX_LIB_QUANTITY_NUMBER_GRAMMAR_DEF_HPP_
