#include "quantity/units.h"

#include <algorithm>

#include "data/embedded.h"
#include "data/tsv.h"
#include "text/utf8.h"

namespace econex::detail {

UnitTable::UnitTable() {
  for_each_row(data::units_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    for (std::string_view w : split(f[1], '|')) {
      if (w.empty() || w == "百分之" || w == "千分之") continue;  // leads, read by the grammar
      if (w == "日") {  // after a number 日 is a date (5月22日); 天 is the duration
        day_code_ = std::string(f[0]);
        continue;
      }
      entries_.push_back(Entry{std::string(w), std::string(f[0]), w == "成" ? 1 : 0});
    }
  });
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.text.size() > b.text.size(); });
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t k = 0;
    by_first_char_[next_cp(entries_[i].text, &k)].push_back(i);
  }
}

UnitMatch UnitTable::match(std::string_view text, std::size_t pos) const {
  std::string_view rest = text.substr(pos);
  if (rest.empty()) return UnitMatch{};
  // only the units that start with this character, longest first as in entries_
  std::size_t k = 0;
  auto bucket = by_first_char_.find(next_cp(rest, &k));
  if (bucket == by_first_char_.end()) return UnitMatch{};
  for (std::size_t i : bucket->second) {
    const Entry& e = entries_[i];
    if (rest.substr(0, e.text.size()) != e.text) continue;
    if (e.text == "方") {  // 方 is m³ only when it is not 方面, 方案, 方式 ...
      std::string_view next = rest.substr(e.text.size(), 3);
      static constexpr std::string_view kWords[] = {"面", "案", "式", "向", "位", "法", "针", "阵"};
      if (std::find(std::begin(kWords), std::end(kWords), next) != std::end(kWords)) continue;
    }
    // 亿吨公里, 亿人公里: freight and passenger turnover, a unit of its own
    if ((e.text == "吨" || e.text == "人") && rest.substr(e.text.size(), 6) == "公里") continue;
    // a unit in Latin letters ends a word: 5kg, not 5kgs or 300km/h
    const char last = e.text.back();
    if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') ||
        (last >= '0' && last <= '9')) {
      const char next = rest.size() > e.text.size() ? rest[e.text.size()] : ' ';
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
          (next >= '0' && next <= '9') || next == '/' || next == '_')
        continue;
    }
    return UnitMatch{e.code, rest.substr(0, e.text.size()), e.exp10};
  }
  return UnitMatch{};
}

}  // namespace econex::detail
