#include "extract/context.h"

#include <algorithm>
#include <array>

#include "data/lexicon.h"
#include "text/search.h"
#include "text/word_list.h"

namespace econex::detail {

std::span<const Line> heading_group(const std::vector<Line>& lines, int section) {
  // (lines are in order of their sections: a search, not a walk from the start,
  // which made documents of many sections quadratic)
  auto first = std::lower_bound(lines.begin(), lines.end(), section,
                                [](const Line& l, int s) { return l.section < s; });
  auto last = first;
  while (last != lines.end() && last->section == section && last->heading) ++last;
  return {first, last};
}

namespace {
// 2025年08月12日 18:05 云南: the place a post was sent from, after the time of
// its sending, is no subject of the text.
bool after_a_time(std::string_view s, std::size_t floor, std::size_t b) {
  std::size_t i = b;
  for (;;) {
    if (i > floor && (s[i - 1] == ' ' || s[i - 1] == '\t'))
      --i;
    else if (i >= floor + 3 && ends_at(s, i, "\u3000"))
      i -= 3;
    else
      break;
  }
  const auto digit = [&](std::size_t k) { return s[k] >= '0' && s[k] <= '9'; };
  return i >= floor + 5 && digit(i - 1) && digit(i - 2) && s[i - 3] == ':' && digit(i - 4);
}
}  // namespace

int heading_region(const Gazetteer& g, std::string_view s, const std::vector<Line>& lines,
                   int section, int home, int stop_line) {
  int found = -1;
  for (const Line& l : heading_group(lines, section)) {
    if (stop_line >= 0 && &l - lines.data() >= stop_line) break;
    std::vector<RegionMatch> m;
    g.scan(s, l.begin, l.end, home, &m);
    for (const RegionMatch& r : m) {
      if (region_is_basis(s, r.begin, r.end) || r.region == g.nation() ||
          after_a_time(s, l.begin, r.begin))
        continue;
      // (凤凰县… then 湖南, the province of an author's line: the place a heading
      // names is not replaced by one that contains it)
      if (found >= 0 && (r.region == g.province_of(found) || r.region == g.prefecture_of(found) ||
                         r.region == g.city_of(found)))
        continue;
      found = r.region;
    }
    // 市商务委, 市住房城乡建委: a department of the city speaks for the city
    std::string_view text = s.substr(l.begin, l.end - l.begin);
    if (found < 0 && home >= 0 && text.rfind("市", 0) == 0 &&
        (find_first(text, "委") != std::string_view::npos ||
         find_first(text, "局") != std::string_view::npos ||
         find_first(text, "厅") != std::string_view::npos))
      found = g.city_of(home);
  }
  return found;
}

bool region_is_basis(std::string_view s, std::size_t b, std::size_t e) {
  static const WordList& kBefore = lexicon("basis.before");
  if (!kBefore.suffix_of(s.substr(0, b)).empty()) return true;
  // 中国(北京)国际…博览会: the host city in brackets is part of the event's name
  if (ends_at(s, b, "中国(") && starts_at(s, e, ")")) return true;
  // 中国500强, 世界500强: a ranking's name
  {
    std::size_t i = e;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i > e && starts_at(s, i, "强")) return true;
  }
  // 重庆高新区 in 视察重庆重要讲话 is a place; 全国纪录, 四川轻化工大学 are names
  static const WordList& kNames = lexicon("basis.names");
  return !kNames.at(s, e).empty();
}

int scope_word_region(const Gazetteer& g, std::string_view s, std::size_t pos, int home,
                      int section_region, std::size_t* len) {
  *len = 6;
  std::string_view w = s.substr(pos, 6);
  if (w == "全国" || w == "我国") return g.nation();
  // the place of the section (an article headed 醴陵市：…) before the document's
  const int in_gazetteer = static_cast<int>(g.regions().size());
  const int place = section_region >= 0 && section_region < in_gazetteer ? section_region : home;
  if (place < 0) return -1;
  if (w == "全市" || w == "本市" || w == "我市") return g.city_of(place);
  if (w == "全省" || w == "我省") return g.province_of(place);
  if (w == "全州" || w == "我州" || w == "全盟") return g.prefecture_of(place);
  if (home < 0) return -1;
  if (w == "全区" || w == "全县" || w == "我区" || w == "我县" || w == "全旗")
    return section_region >= 0 ? section_region : home;
  return -1;
}

}  // namespace econex::detail
