// Quantity layer, step 1: the shape of a written number (Boost.Spirit X3).
//
// Recognises, at a position of the clean buffer, the longest number:
//   [百分之|千分之] numeral [(-|~|至|到) [百分之|千分之] numeral] [multiplier] [余|多] [multiplier]
// where a numeral is Arabic (1,234.5), Chinese (三千二百万, 六点五, 二〇二四) or
// both in turn (3千, 1.5万). It only finds the pieces; numeral.h gives them values.
// Declared here, defined in number_grammar_def.hpp, instantiated in
// number_grammar.cpp, so the heavy template code compiles in one small unit.
#ifndef ECONEX_LIB_QUANTITY_NUMBER_GRAMMAR_HPP_
#define ECONEX_LIB_QUANTITY_NUMBER_GRAMMAR_HPP_

#include <cstddef>
#include <string_view>

namespace econex::detail {

struct NumberShape {
  enum Lead { kNone, kPercent, kPermille, kFraction } lead = kNone;  // 百分之 / 千分之 / 三分之
  std::string_view denominator;  // of a fraction: 三 in 三分之一
  std::string_view low;          // first numeral as written
  std::string_view high;         // second numeral of a range, or empty
  std::string_view mult1;        // 万 亿 万亿 千 百 right after the numeral
  std::string_view mult2;        // a multiplier after 余/多 (1000多亿)
  std::string_view tail;  // a second term in a smaller unit: 2 in 1万2千, 2000 in 1亿2000万
  std::string_view tail_mult;  // its multiplier (千, 万)
  bool over = false;           // 余 or 多 inside the number (1.5万余)
  std::size_t length = 0;      // bytes matched
};

// Parses the number starting at text[pos]. False when there is none.
bool parse_number_shape(std::string_view text, std::size_t pos, NumberShape* out);
// The same by the X3 grammar alone, without the fast path for plain Arabic
// numbers (for tests that compare the two).
bool parse_number_shape_by_grammar(std::string_view text, std::size_t pos, NumberShape* out);

}  // namespace econex::detail

#endif  // ECONEX_LIB_QUANTITY_NUMBER_GRAMMAR_HPP_
