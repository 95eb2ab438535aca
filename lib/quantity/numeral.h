// Quantity layer, step 2: the value of a numeral, exactly.
//
// A Decimal keeps the digits and a power of ten, so that scaling by 万/亿 is
// exact (121.97亿 -> 12197e6 -> 12197000000) and only the final conversion to
// double rounds.
#ifndef ECONEX_LIB_QUANTITY_NUMERAL_H_
#define ECONEX_LIB_QUANTITY_NUMERAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace econex::detail {

struct Decimal {
  std::string digits;  // no sign, no dot, no leading zeros ("0" for zero)
  int exp10 = 0;       // value = digits × 10^exp10

  double to_double() const;
  void scale(int powers_of_ten) { exp10 += powers_of_ten; }
};

// a + b, exactly (1万2千 = 1e4 + 2e3).
Decimal add(const Decimal& a, const Decimal& b);

// A numeral's value; low < high for the Chinese ranges 三四十 / 七八个.
struct NumeralValue {
  Decimal low;
  std::optional<Decimal> high;
  bool chinese = false;  // written (partly) in Chinese numerals
};

// Arabic (1,234.5), Chinese (三千二百万, 一万二, 二〇二四, 六点五) or mixed as the
// grammar captured it. Empty when the numeral is malformed (十百, 亿亿) or
// absurd (more than 30 digits).
std::optional<NumeralValue> numeral_value(std::string_view numeral);

// Powers of ten of a multiplier: 万 4, 亿 8, 万亿 12, 千 3, 百 2, "" 0.
int multiplier_exponent(std::string_view mult);

}  // namespace econex::detail

#endif  // ECONEX_LIB_QUANTITY_NUMERAL_H_
