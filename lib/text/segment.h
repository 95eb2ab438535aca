// Text layer, step 2: split the clean buffer into lines, sections, sentences
// and clauses.
//
// A line is a hard-broken run of the clean text. A heading is a short line
// without sentence punctuation; consecutive headings form one heading group
// that opens a section. A line that starts with a list number (一、 （一） 1. 关注点二：)
// opens a subsection. Sentences end at 。！？；!?; and clauses at ，,：: (a
// comma between digits groups thousands and does not end a clause).
#ifndef ECONEX_LIB_TEXT_SEGMENT_H_
#define ECONEX_LIB_TEXT_SEGMENT_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace econex::detail {

struct Line {
  std::size_t begin = 0, end = 0;
  bool heading = false;  // short, no sentence punctuation
  int level = 0;         // list number it starts with: 一、 1, （一） 2, 1. 3, (1) 4; 0 none
  bool subheading = false;  // a short numbered line without sentence punctuation
  bool figure_item = false;  // opens with a bullet and its figure: ■5386.2亿元 全市地区生产总值
  int section = 0;           // index of the section it belongs to
};

struct Sentence {
  std::size_t begin = 0, end = 0;  // without the closing punctuation
  int line = 0;
  int section = 0;
  int subsection = 0;  // counts numbered items within the whole text
  bool first_in_line = false;
};

struct Segments {
  std::vector<Line> lines;
  std::vector<Sentence> sentences;
  int sections = 0;
};

void segment(std::string_view clean, Segments* out);

// Whether the clause ends at s[i] (a clause separator). Sets *len to its size.
bool clause_separator_at(std::string_view s, std::size_t i, std::size_t* len);

// Size of the bullet at s[i] (■ ● ◆ ▲ ★ • ▶ ▪ 🔹 👉 …, which open an item: of a column
// of briefs, of a box of figures), or 0. It separates clauses too.
std::size_t bullet_at(std::string_view s, std::size_t i);

// Length of a list number at the beginning of s[b, e), or 0; its level in *level.
std::size_t list_number_length(std::string_view s, std::size_t b, std::size_t e,
                               int* level = nullptr);

}  // namespace econex::detail

#endif  // ECONEX_LIB_TEXT_SEGMENT_H_
