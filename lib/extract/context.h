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
  int section_first_subsection = 0;  // subsection counter when the section began
  int subsection = -1;
  std::string sub_period;
  int line = -1;
  int line_region = -1;              // a paragraph's subject place

  // The period a sentence without its own inherits.
  const std::string& period(int sentence_subsection) const {
    if (sentence_subsection == subsection && !sub_period.empty()) return sub_period;
    return section_period;
  }
};

// Place a heading group is about: the last place named in it; a city
// department (市商务委, 市住房城乡建委) stands for the city of `home`.
int heading_region(const Gazetteer& g, std::string_view clean, const std::vector<Line>& lines,
                   int section, int home);

// Whether the place name at clean[b, e) is used as a comparison base, a
// denominator or a scope (高于全国, 占全市, 对东盟, 与成都) rather than as the subject.
bool region_is_basis(std::string_view clean, std::size_t b, std::size_t e);

// Replaces 全市 / 全省 / 全区 / 全县 / 全国 found at clean[pos] by a region; -1 if none.
int scope_word_region(const Gazetteer& g, std::string_view clean, std::size_t pos, int home,
                      int section_region, std::size_t* len);

}  // namespace econex::detail

#endif  // ECONEX_LIB_EXTRACT_CONTEXT_H_
