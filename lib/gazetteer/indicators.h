// Context layer: the indicator vocabulary (data/indicators.tsv, compiled in).
#ifndef ECONEX_LIB_GAZETTEER_INDICATORS_H_
#define ECONEX_LIB_GAZETTEER_INDICATORS_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace econex::detail {

class IndicatorTable {
 public:
  IndicatorTable();  // loads the built-in table
  // Id of the indicator written exactly so (a name or an alias), or "".
  std::string_view id_of(std::string_view text) const;
  // Id for an indicator phrase as found in text: exact, else after dropping a
  // scope written before it (全市, 规模以上 is kept; 西洽会签约项目 -> signed_projects
  // only when the scope is a place, zone or event: 园区, 区, 会, 港).
  std::string_view resolve(std::string_view phrase) const;

 private:
  // Lookups by string_view without building a std::string per probe.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> ids_;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_GAZETTEER_INDICATORS_H_
