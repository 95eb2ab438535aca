#include "extract/tables.h"

#include "text/search.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

bool blank(std::string_view t) { return t.find_first_not_of(" \t") == std::string_view::npos; }

// The cells of a header line as written (the clean text drops the spaces
// between ideographs, so the header is split on the caller's text): runs of
// spaces, tabs and ideographic spaces separate them. Returns clean spans.
std::vector<std::pair<std::size_t, std::size_t>> header_cells(const CleanText& clean,
                                                              const Line& l) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t start = l.begin;
  bool open = false;
  for (std::size_t i = l.begin; i < l.end; ++i) {
    // a gap in the caller's text between this clean byte and the one before
    // (a space the clean text dropped), or a space kept in the clean text
    const bool space = clean.text[i] == ' ';
    bool gap = false;
    if (i > l.begin && !space && clean.text[i - 1] != ' ') {
      const std::size_t prev_end =
          clean.src[i - 1] + utf8_sequence_length(clean.input, clean.src[i - 1]);
      if (clean.src[i] > prev_end && clean.src[i] != clean.src[i - 1]) gap = true;
    }
    if (space || gap) {
      if (open) cells.emplace_back(start, i);
      open = false;
    }
    if (!space && !open) {
      start = i;
      open = true;
    }
  }
  if (open) cells.emplace_back(start, l.end);
  return cells;
}

// 吞吐量(万吨) -> name 吞吐量, unit 万吨.
void split_unit(std::string_view cell, TableColumn* c) {
  const std::size_t open = cell.find('(');
  if (open == std::string_view::npos || open == 0) {
    c->name = std::string(cell);
    return;
  }
  const std::size_t close = cell.find(')', open);
  c->name = std::string(cell.substr(0, open));
  c->unit_text = std::string(
      cell.substr(open + 1, (close == std::string_view::npos ? cell.size() : close) - open - 1));
}

bool growth_name(std::string_view name) {
  static constexpr std::string_view kGrowth[] = {"增长", "增速", "增幅", "增减",   "同比",
                                                 "环比", "±",    "涨跌", "比上年", "比去年"};
  for (std::string_view w : kGrowth)
    if (name.find(w) != std::string_view::npos) return true;
  return false;
}

// 单位:万吨、% / 单位:亿元 -> the units it lists, or nothing.
std::vector<std::string> unit_line(std::string_view t) {
  std::vector<std::string> units;
  const std::size_t p = t.find("单位");
  if (p == std::string_view::npos) return units;
  t.remove_prefix(p + 6);
  if (!t.empty() && t[0] == ':') t.remove_prefix(1);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size();) {
    const bool end = i == t.size();
    std::size_t len = end ? 0 : (t[i] == ',' || t[i] == ' ' || t[i] == '/' ? 1 : 0);
    if (!end && !len && starts_at(t, i, "、")) len = 3;
    if (end || len) {
      if (i > start) units.emplace_back(t.substr(start, i - start));
      if (end) break;
      i += len;
      start = i;
    } else {
      i += std::max<std::size_t>(1, utf8_sequence_length(t, i));
    }
  }
  return units;
}

// The cells of line l: the indices of its quantities when the line is a label
// followed by numbers separated by spaces only, else nothing.
std::vector<std::size_t> row_cells(const std::string& s, const Line& l,
                                   const std::vector<QuantityHit>& q, std::size_t from,
                                   std::size_t to, std::size_t* label_end) {
  std::vector<std::size_t> cells;
  if (from == to || q[from].qual_begin <= l.begin) return cells;
  // an empty cell (—, -, …) may stand between the label and the first number
  std::size_t label_stop = q[from].qual_begin;
  std::size_t empties = 0;
  for (bool again = true; again;) {
    again = false;
    while (label_stop > l.begin && s[label_stop - 1] == ' ') --label_stop;
    for (std::string_view dash : {"—", "-", "…", "/"}) {
      if (label_stop > l.begin + dash.size() && ends_at(s, label_stop, dash) &&
          label_stop < q[from].qual_begin) {  // (a space after it: not a sign)
        label_stop -= dash.size();
        ++empties;
        again = true;
        break;
      }
    }
  }
  const std::string_view label(s.data() + l.begin, label_stop - l.begin);
  if (label.empty()) return cells;
  for (std::string_view w : {",", ":", ";", "。", "%"})
    if (label.find(w) != std::string_view::npos) return cells;
  *label_end = label_stop;
  cells.assign(empties, kEmptyCell);
  std::size_t at = q[from].qual_begin;
  for (std::size_t k = from; k < to; ++k) {
    const QuantityHit& h = q[k];
    if (h.begin != h.qual_begin || h.high || (!h.unit.empty() && h.unit != "%")) return {};
    if (k > from && (h.begin == at || !blank(std::string_view(s.data() + at, h.begin - at))))
      return {};
    cells.push_back(k);
    at = h.end;
  }
  if (!blank(std::string_view(s.data() + at, l.end - at))) return {};
  return cells;
}

}  // namespace

void find_tables(const CleanText& clean, const std::vector<Line>& lines,
                 const std::vector<QuantityHit>& quantities, std::vector<Table>* out) {
  const std::string& s = clean.text;
  std::size_t q = 0;
  Table open;
  std::size_t open_cells = 0;
  int last_row_line = -2;
  auto close = [&]() {
    if (open.rows.size() >= 2) out->push_back(std::move(open));
    open = Table{};
    open_cells = 0;
  };
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const Line& l = lines[li];
    while (q < quantities.size() && quantities[q].begin < l.begin) ++q;
    std::size_t qe = q;
    while (qe < quantities.size() && quantities[qe].begin < l.end) ++qe;
    if (l.end <= l.begin) continue;
    std::size_t label_end = 0;
    std::vector<std::size_t> cells = row_cells(s, l, quantities, q, qe, &label_end);
    const int line = static_cast<int>(li);
    if (!cells.empty() && open_cells == cells.size() && last_row_line == line - 1) {
      open.rows.push_back(TableRow{line, l.begin, label_end, std::move(cells)});
      last_row_line = line;
      continue;
    }
    close();
    if (cells.empty() || li == 0) continue;
    // a new table: the header right above the first row
    const Line& head = lines[li - 1];
    if (head.end <= head.begin) continue;
    if (q > 0 && quantities[q - 1].begin >= head.begin) continue;  // a header has no numbers
    std::vector<std::pair<std::size_t, std::size_t>> names = header_cells(clean, head);
    if (names.size() == cells.size() + 1) {  // the label column
      open.label_header = std::string(s.substr(names[0].first, names[0].second - names[0].first));
      names.erase(names.begin());
    }
    if (names.size() != cells.size()) continue;
    open.header_line = line - 1;
    for (auto [b, e] : names) {
      TableColumn c;
      split_unit(std::string_view(s.data() + b, e - b), &c);
      c.growth = growth_name(c.name);
      c.begin = b;
      c.end = e;
      open.columns.push_back(std::move(c));
    }
    // a unit line and a title above the header
    for (int k = line - 2, seen = 0; k >= 0 && seen < 2; --k) {
      const Line& above = lines[static_cast<std::size_t>(k)];
      if (above.end <= above.begin) break;
      ++seen;
      const std::string_view t(s.data() + above.begin, above.end - above.begin);
      std::vector<std::string> units = unit_line(t);
      if (!units.empty()) {
        for (std::size_t c = 0; c < open.columns.size(); ++c) {
          TableColumn& col = open.columns[c];
          if (!col.unit_text.empty()) continue;
          if (units.size() == open.columns.size())
            col.unit_text = units[c];
          else if (units.size() == 1 && !col.growth)
            col.unit_text = units[0];
        }
        // (a title may run on into its unit line: 表1 …吞吐量 单位:万吨、%)
        if (t.find("单位") < 9) continue;
      }
      open.title_line = k;
      break;
    }
    for (TableColumn& col : open.columns)
      if (col.unit_text.empty() && col.growth) col.unit_text.push_back('%');  // (= "%": GCC 12 warns -Wrestrict)
    open.rows.push_back(TableRow{line, l.begin, label_end, std::move(cells)});
    open_cells = open.columns.size();
    last_row_line = line;
  }
  close();
}

}  // namespace econex::detail
