// Extraction, step 2: the context a record inherits (RECORDS.md section 4).
//
// Region: a place in the value's clause, else the sentence's subject place,
// else the place of the paragraph, else the section's (a heading or speaker
// line: 涪陵区委书记 黎勇; a city department: 市商务委), else the caller's default.
// Period: a reporting period of the sentence, else the one carried from
// earlier in the subsection or section; comparison bases (比去年同期), trends
// (2020年以来) and event dates never carry.
#ifndef ECONEX_LIB_EXTRACT_CONTEXT_H_
#define ECONEX_LIB_EXTRACT_CONTEXT_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/regions.h"
#include "text/segment.h"

namespace econex::detail {

struct Carried {
  int section = -1;
  int section_region = -1;
  std::string section_period;
  bool section_period_of_heading = false;  // stated by a heading (2026年主要预期目标)
  // Open list items (一、 > （一） > 1. > (1)), innermost last, each with the
  // period stated in it: it carries into deeper items, not into the next one.
  struct Item {
    int level;
    std::string period;
  };
  std::vector<Item> items;
  int line = -1;
  int line_region = -1;     // a paragraph's subject place
  std::string line_period;  // a point in time (年末, 截至6月底): carries to the next item
  int year_hint = 0;        // the year of the latest heading that writes one (全年, 年末)
  // The last zone named in the section, anywhere (记者从株洲高新区管委会获悉):
  // what 园区 / 该园区 / 该区 refer back to.
  int named_zone = -1;

  // A list item of `level` starts.
  void open_item(int level) {
    while (!items.empty() && items.back().level >= level) items.pop_back();
    items.push_back(Item{level, std::string()});
  }
  // The period a sentence without its own inherits.
  const std::string& period() const {
    if (!line_period.empty()) return line_period;
    for (auto it = items.rbegin(); it != items.rend(); ++it)
      if (!it->period.empty()) return it->period;
    return section_period;
  }
  // A reporting period stated in the current item (or section, outside items).
  // (heading: stated by a heading)
  void state_period(const std::string& p, bool point, bool heading = false) {
    if (point) {
      line_period = p;
      return;
    }
    line_period.clear();
    if (items.empty()) {
      section_period = p;
      section_period_of_heading = heading;
    } else {
      items.back().period = p;
    }
  }
};

// The heading lines that open `section` (its heading group; empty when it has none).
std::span<const Line> heading_group(const std::vector<Line>& lines, int section);

// Place a heading group is about: the last place named in it (not one that
// contains a place named before it); a city
// department (市商务委, 市住房城乡建委) stands for the city of `home`. Lines from
// index `stop_line` on (a table's header and rows read as headings) are not read.
int heading_region(const Gazetteer& g, std::string_view clean, const std::vector<Line>& lines,
                   int section, int home, int stop_line = -1);

// Whether the place name at clean[b, e) is used as a comparison base, a
// denominator or a scope (高于全国, 占全市, 对东盟, 与成都), or is part of a name (四川大学,
// 中国(杭州)国际动漫节), rather than the subject.
bool region_is_basis(std::string_view clean, std::size_t b, std::size_t e);

// Replaces 全市 / 全省 / 全区 / 全县 / 全国 found at clean[pos] by a region; -1 if none.
int scope_word_region(const Gazetteer& g, std::string_view clean, std::size_t pos, int home,
                      int section_region, std::size_t* len);

}  // namespace econex::detail

#endif  // ECONEX_LIB_EXTRACT_CONTEXT_H_
