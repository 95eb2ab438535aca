#include "gazetteer/indicators.h"

#include <array>

#include "data/embedded.h"
#include "data/tsv.h"
#include "text/utf8.h"

namespace econex::detail {

IndicatorTable::IndicatorTable() {
  for_each_row(data::indicators_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) return;
    ids_.emplace(std::string(f[1]), std::string(f[0]));
    if (f.size() > 2 && !f[2].empty())
      for (std::string_view a : split(f[2], '|')) ids_.emplace(std::string(a), std::string(f[0]));
  });
}

std::string_view IndicatorTable::id_of(std::string_view text) const {
  auto it = ids_.find(text);
  return it == ids_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view IndicatorTable::resolve(std::string_view p) const {
  std::string_view id = id_of(p);
  if (!id.empty()) return id;
  // 商品房销售面积增速: the rate of a vocabulary indicator is still about it
  for (std::string_view rate : {"增速", "增幅", "增长率"}) {
    if (p.size() > rate.size() && p.substr(p.size() - rate.size()) == rate)
      return resolve(p.substr(0, p.size() - rate.size()));
  }
  // 货物贸易进出口总额 / …总值: the same indicator written with another total word
  for (std::string_view tail : {"总值", "总额", "总量"}) {
    if (p.size() > tail.size() && p.substr(p.size() - tail.size()) == tail) {
      std::string base(p.substr(0, p.size() - tail.size()));
      for (std::string_view alt : {"", "总额", "总值", "额"}) {
        id = id_of(base + std::string(alt));
        if (!id.empty()) return id;
      }
    }
  }
  // 金融机构人民币各项存款余额, 全体居民人均消费支出, 新建商品房销售面积: who
  // reports it, the currency and 全体 or 新建 name the same indicator
  for (std::string_view lead :
       {"全部金融机构", "银行业金融机构", "金融机构", "人民币", "本外币", "全体", "新建"}) {
    if (p.size() > lead.size() && p.substr(0, lead.size()) == lead) {
      id = resolve(p.substr(lead.size()));
      if (!id.empty()) return id;
    }
  }
  // A scope that names a place, zone or event may precede a vocabulary noun.
  static constexpr std::array<std::string_view, 9> kScopeEnds = {"园区", "会", "区", "市", "县",
                                                                 "省",   "港", "城", "园"};
  for (std::size_t i = 0; i < p.size();) {
    next_cp(p, &i);
    if (i >= p.size()) break;
    std::string_view head = p.substr(0, i), rest = p.substr(i);
    for (std::string_view end : kScopeEnds) {
      if (head.size() >= end.size() && head.substr(head.size() - end.size()) == end) {
        id = id_of(rest);
        if (!id.empty()) return id;
      }
    }
  }
  return {};
}

}  // namespace econex::detail
