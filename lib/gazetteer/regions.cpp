#include "gazetteer/regions.h"

#include <cstring>

#include "data/embedded.h"
#include "data/tsv.h"
#include "text/utf8.h"

namespace econex::detail {

void Gazetteer::add_form(std::string_view text, int region, bool short_form) {
  if (text.size() < 6) return;  // two CJK characters at least
  Form& f = forms_[std::string(text)];
  for (int r : f.regions)
    if (r == region) return;
  if (f.regions.empty())
    f.short_form = short_form;
  else
    f.short_form = f.short_form && short_form;
  f.regions.push_back(region);
  max_form_bytes_ = std::max(max_form_bytes_, text.size());
  const std::size_t slot = head_slot(text.data());
  heads_[slot / 64] |= std::uint64_t{1} << (slot % 64);
  std::size_t i = 0;
  // lengths of 64 bytes or more share the top bit (tried at every length)
  form_lengths_[next_cp(text, &i)] |= std::uint64_t{1} << std::min<std::size_t>(text.size(), 63);
}

Gazetteer::Gazetteer() {
  regions_.push_back(Region{"中国", "", "", Region::kNation});
  nation_ = 0;
  for_each_row(data::regions_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 5) return;
    Region r;
    r.code = std::string(f[0]);
    r.name = std::string(f[1]);
    r.level = f[2] == "province"     ? Region::kProvince
              : f[2] == "prefecture" ? Region::kPrefecture
                                     : Region::kCounty;
    r.parent_code = std::string(f[3]);
    regions_.push_back(std::move(r));
    int idx = static_cast<int>(regions_.size() - 1);
    by_code_[regions_.back().code] = idx;
    add_form(f[1], idx, false);
    if (!f[4].empty()) add_form(f[4], idx, true);
  });
  // Forms shared by several divisions: resolved by the document's province.
  for_each_row(data::short_name_conflicts_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.size() < 4 || f[1] != "ambiguous") return;
    for (std::string_view code : split(f[3], '|')) {
      auto it = by_code_.find(code);
      if (it != by_code_.end()) add_form(f[0], it->second, true);
    }
  });
  for_each_row(data::zones_tsv(), [&](const std::vector<std::string_view>& f) {
    if (f.empty()) return;
    regions_.push_back(
        Region{std::string(f[0]), "", f.size() > 2 ? std::string(f[2]) : "", Region::kZone});
    int idx = static_cast<int>(regions_.size() - 1);
    add_form(f[0], idx, false);
    if (f.size() > 1 && !f[1].empty())
      for (std::string_view a : split(f[1], '|')) add_form(a, idx, false);
  });
  add_form("中国", nation_, false);
  add_form("全国", nation_, false);
  add_form("我国", nation_, false);
}

int Gazetteer::lookup(std::string_view key) const {
  if (key.empty()) return -1;
  auto c = by_code_.find(key);
  if (c != by_code_.end()) return c->second;
  auto f = forms_.find(key);
  if (f != forms_.end() && f->second.regions.size() == 1) return f->second.regions[0];
  return -1;
}

int Gazetteer::province_of(int r) const {
  for (int guard = 0; r >= 0 && guard < 4; ++guard) {
    const Region& g = region(r);
    if (g.level == Region::kProvince || g.level == Region::kNation) return r;
    if (g.parent_code.empty()) return -1;
    auto it = by_code_.find(g.parent_code);
    r = it == by_code_.end() ? -1 : it->second;
  }
  return -1;
}

int Gazetteer::prefecture_of(int r) const {
  for (int guard = 0; r >= 0 && guard < 4; ++guard) {
    const Region& g = region(r);
    if (g.level == Region::kPrefecture || g.level == Region::kProvince ||
        g.level == Region::kNation)
      return r;
    auto it = by_code_.find(g.parent_code);
    r = it == by_code_.end() ? -1 : it->second;
  }
  return -1;
}

int Gazetteer::city_of(int r) const {
  // a county-level city (长葛市, 昆山市) is the 市 of its own 全市
  if (r >= 0 && region(r).level == Region::kCounty && region(r).name.size() > 3 &&
      region(r).name.compare(region(r).name.size() - 3, 3, "市") == 0)
    return r;
  return prefecture_of(r);
}

int Gazetteer::resolve(const Form& f, int home) const {
  int home_prov = home >= 0 ? province_of(home) : -1;
  if (f.regions.size() == 1) {
    int r = f.regions[0];
    if (!f.short_form || home_prov < 0) return r;
    const Region& g = region(r);
    // A short form far from home needs to be a province or a prefecture.
    if (g.level == Region::kProvince || g.level == Region::kPrefecture) return r;
    return province_of(r) == home_prov ? r : -1;
  }
  // 铁西区 (沈阳, 鞍山, 四平): the home itself, else the one in the home's
  // prefecture, else the one in its province; none when two are as near
  if (home < 0) return -1;
  for (int r : f.regions)
    if (r == home) return r;
  const int home_pref = prefecture_of(home);
  for (bool same_prefecture : {true, false}) {
    int found = -1;
    for (int r : f.regions) {
      const bool near = same_prefecture ? home_pref >= 0 && prefecture_of(r) == home_pref
                                        : home_prov >= 0 && province_of(r) == home_prov;
      if (!near) continue;
      if (found >= 0) return -1;
      found = r;
    }
    if (found >= 0) return found;
  }
  return -1;
}

std::size_t Gazetteer::head_slot(const char* p) {
  std::uint64_t v = 0;
  std::memcpy(&v, p, 6);
  return static_cast<std::size_t>((v * 0x9E3779B97F4A7C15u) >> (64 - kHeadBits));
}

RegionMatch Gazetteer::match_at(std::string_view text, std::size_t pos, int home) const {
  RegionMatch m;
  std::size_t i = pos;
  // (every form has six bytes at least)
  if (pos >= text.size() || text.size() - pos < 6) return m;
  if (const std::size_t slot = head_slot(text.data() + pos);
      !(heads_[slot / 64] >> (slot % 64) & 1))
    return m;
  auto lengths = form_lengths_.find(next_cp(text, &i));
  if (lengths == form_lengths_.end()) return m;
  const std::uint64_t mask = lengths->second;
  std::size_t limit = std::min(text.size() - pos, max_form_bytes_);
  // try the longest form first, ending on a character boundary; only the
  // lengths of the forms that start with this character
  for (std::size_t len = limit; len >= 6; --len) {
    if (!(mask >> std::min<std::size_t>(len, 63) & 1)) continue;
    if (pos + len < text.size() && (static_cast<unsigned char>(text[pos + len]) & 0xC0) == 0x80)
      continue;
    auto it = forms_.find(text.substr(pos, len));
    if (it == forms_.end()) continue;
    int r = resolve(it->second, home);
    if (r < 0) continue;
    m.begin = pos;
    m.end = pos + len;
    m.region = r;
    m.short_form = it->second.short_form;
    return m;
  }
  return m;
}

void Gazetteer::scan(std::string_view text, std::size_t b, std::size_t e, int home,
                     std::vector<RegionMatch>* out) const {
  std::string_view window = text.substr(0, e);
  for (std::size_t i = b; i < e;) {
    RegionMatch m = match_at(window, i, home);
    if (m.region >= 0) {
      out->push_back(m);
      i = m.end;
    } else {
      i += std::max<std::size_t>(1, utf8_sequence_length(text, i));
    }
  }
}

}  // namespace econex::detail
