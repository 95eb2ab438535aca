// Quantity layer: the unit vocabulary (data/units.tsv, compiled in).
#ifndef ECONEX_LIB_QUANTITY_UNITS_H_
#define ECONEX_LIB_QUANTITY_UNITS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace econex::detail {

struct UnitMatch {
  std::string_view code;  // "CNY", "%", "pp", "count" ...
  std::string_view text;  // as written in the clean buffer
  int exp10 = 0;          // extra scale the unit itself implies (成 -> 1: 三成 = 30 %)
};

class UnitTable {
 public:
  UnitTable();  // loads the built-in table
  // Longest unit written at text[pos], or a match with empty code.
  UnitMatch match(std::string_view text, std::size_t pos) const;
  // The unit 日 stands for when it is a duration (units.tsv: day), which
  // match() leaves to the caller: after a number 日 is mostly a date.
  UnitMatch day_at(std::string_view text, std::size_t pos) const {
    return UnitMatch{day_code_, text.substr(pos, 3), 0};
  }

 private:
  struct Entry {
    std::string text, code;
    int exp10;
  };
  std::vector<Entry> entries_;  // longest text first
  // first character -> indices into entries_, in order
  std::unordered_map<char32_t, std::vector<std::size_t>> by_first_char_;
  std::string day_code_;  // the code of the row that lists 日
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_QUANTITY_UNITS_H_
