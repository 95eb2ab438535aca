#include "extract/tables.h"

#include "data/lexicon.h"
#include "text/search.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

// How an empty cell is written.
constexpr std::string_view kEmptyMarks[] = {"—", "-", "…", "/"};

// The cells of a header line as written (the clean text drops the spaces
// between ideographs, so the header is split on the caller's text): runs of
// spaces, tabs and ideographic spaces separate them. Returns clean spans.
// Whether the caller's text has a gap (a space the clean text dropped)
// between clean bytes i - 1 and i.
bool dropped_gap(const CleanText& clean, std::size_t i) {
  if (i == 0 || i >= clean.text.size() || clean.text[i] == ' ' || clean.text[i - 1] == ' ')
    return false;
  const std::size_t prev_end =
      clean.src[i - 1] + utf8_sequence_length(clean.input, clean.src[i - 1]);
  return clean.src[i] > prev_end && clean.src[i] != clean.src[i - 1];
}

std::vector<std::pair<std::size_t, std::size_t>> header_cells(const CleanText& clean, Line l) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t start = l.begin;
  bool open = false;
  for (std::size_t i = l.begin; i < l.end; ++i) {
    // a gap in the caller's text between this clean byte and the one before
    // (a space the clean text dropped), or a space kept in the clean text
    const bool space = clean.text[i] == ' ';
    const bool gap = i > l.begin && dropped_gap(clean, i);
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

// 产　量, 指　　标, 全　市: a header word of two characters spread over its
// cell's width by spaces reads as two cells of one character; they are one.
void join_spaced_words(const std::string& s,
                       std::vector<std::pair<std::size_t, std::size_t>>* cells) {
  auto one_character = [&](const std::pair<std::size_t, std::size_t>& c) {
    return c.second - c.first == 3 && static_cast<unsigned char>(s[c.first]) >= 0xE4;
  };
  for (std::size_t k = 0; k + 1 < cells->size(); ++k) {
    if (one_character((*cells)[k]) && one_character((*cells)[k + 1])) {
      (*cells)[k].second = (*cells)[k + 1].second;
      cells->erase(cells->begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
  }
}

// 吞吐量(万吨) -> name 吞吐量, unit 万吨.
void split_unit(std::string_view cell, TableColumn* c) {
  // 同比增长%: a unit written after the name without brackets
  if (cell.size() > 1 && cell.back() == '%' && cell[cell.size() - 2] != ')') {
    c->name = std::string(cell.substr(0, cell.size() - 1));
    c->unit_text.push_back('%');  // (= "%": GCC 12 warns -Wrestrict)
    return;
  }
  const std::size_t open = cell.find('(');
  if (open == std::string_view::npos || open == 0) {
    c->name = std::string(cell);
    return;
  }
  const std::size_t close = cell.find(')', open);
  c->name = std::string(cell.substr(0, open));
  c->unit_text = std::string(
      cell.substr(open + 1, (close == std::string_view::npos ? cell.size() : close) - open - 1));
  // ((单位:亿元): the unit as a unit line writes it)
  if (starts_at(c->unit_text, 0, "单位:")) c->unit_text.erase(0, 7);
}

// Where the growth word of a column's name starts (增长, 同比 …), or npos.
std::size_t growth_at(std::string_view name) {
  static const std::vector<std::string_view>& kGrowth = lexicon_words("table.growth_columns");
  std::size_t at = std::string_view::npos;
  for (std::string_view w : kGrowth) at = std::min(at, find_first(name, w));
  return at;
}

// 1—本月累计, 1至本月: the first month of a header's span, not a number.
bool opens_month_span(const std::string& s, const QuantityHit& h) {
  return h.end == h.begin + 1 && s[h.begin] == '1' &&
         (starts_at(s, h.end, "-本月") || starts_at(s, h.end, "至本月"));
}

// 比年初增减, 比上年增减额, 增减, 增量: an amount of change, unless the name
// says it is a rate (增减幅度, 增减率, 增减%).
bool change_amount_name(std::string_view name) {
  if (find_first(name, "增减") == std::string_view::npos &&
      find_first(name, "增量") == std::string_view::npos)
    return false;
  for (std::string_view rate : {"幅", "率", "速", "%", "百分点", "增长"})
    if (find_first(name, rate) != std::string_view::npos) return false;
  return true;
}

// 占比, 比重, 占全市比重(%), 所占比重: a column of shares.
bool share_name(std::string_view name) {
  return name.size() <= 24 && (find_first(name, "比重") != std::string_view::npos ||
                               find_first(name, "占比") != std::string_view::npos);
}

// One entry of a unit line: a unit, and the column it is for when the line
// names one (单位:%,比上年增减为百分点 -> {"", %}, {比上年增减, 百分点}).
struct UnitEntry {
  std::string column;
  std::string unit;
};

// 单位:万吨、% / 单位:亿元 -> the units it lists, or nothing.
std::vector<UnitEntry> unit_line(std::string_view t) {
  std::vector<UnitEntry> units;
  // (单位 and a colon: not 单位GDP能耗 of a sentence)
  const std::size_t p = find_first(t, "单位:");
  if (p == std::string_view::npos) return units;
  t.remove_prefix(p + 7);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size();) {
    const bool end = i == t.size();
    std::size_t len = end ? 0 : (t[i] == ',' || t[i] == ' ' || t[i] == '/' ? 1 : 0);
    // (元/平方米, 公斤/亩: a unit per another, one entry; 亿元/% two)
    static const WordList kPerWhat = {"元", "斤", "公斤", "千克", "吨", "千瓦时", "立方米"};
    if (len && t[i] == '/' && !kPerWhat.suffix_of(t.substr(start, i - start)).empty() &&
        !starts_at(t, i + 1, "%"))
      len = 0;
    if (!end && !len && (starts_at(t, i, "、") || starts_at(t, i, ";"))) len = t[i] == ';' ? 1 : 3;
    if (end || len) {
      if (i > start) {
        const std::string_view item = t.substr(start, i - start);
        const std::size_t as = find_first(item, "为");
        if (as != std::string_view::npos && as > 0 && as + 3 < item.size())
          units.push_back({std::string(item.substr(0, as)), std::string(item.substr(as + 3))});
        else
          units.push_back({std::string(), std::string(item)});
      }
      if (end) break;
      i += len;
      start = i;
    } else {
      i += std::max<std::size_t>(1, utf8_sequence_length(t, i));
    }
  }
  return units;
}

// Cells of words only (与经济增长同步, 完成省下达任务: a target said, not a
// figure) in clean[b, e): ideographs up to a gap of the caller's text; the
// end of such a cell, or b when there is none at b.
std::size_t word_cell_end(const CleanText& clean, std::size_t b, std::size_t e) {
  std::size_t i = b;
  // (A, B+, AA: a grade in letters, a cell of its own)
  while (i < e && i - b < 3 &&
         ((clean.text[i] >= 'A' && clean.text[i] <= 'Z') || (i > b && clean.text[i] == '+')))
    ++i;
  if (i > b && (i == e || clean.text[i] == ' ' || dropped_gap(clean, i))) return i;
  i = b;
  while (i + 3 <= e && static_cast<unsigned char>(clean.text[i]) >= 0xE4 &&
         static_cast<unsigned char>(clean.text[i]) <= 0xE9 && (i == b || !dropped_gap(clean, i)))
    i += 3;
  // (a cell of two characters or more, ended by a gap or the row's end)
  if (i - b < 6 || i - b > 30 || (i < e && clean.text[i] != ' ' && !dropped_gap(clean, i)))
    return b;
  return i;
}

// Empty cells (—, -, …, /) and cells of words written in clean[b, e) between
// spaces; -1 when the text holds anything else.
int empty_cells(const CleanText& clean, std::size_t b, std::size_t e) {
  const std::string& s = clean.text;
  int n = 0;
  for (std::size_t i = b; i < e;) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t len = 0;
    for (std::string_view dash : kEmptyMarks)
      if (starts_at(s, i, dash)) len = dash.size();
    if (!len && (i == b || s[i - 1] == ' ' || dropped_gap(clean, i))) {
      if (const std::size_t words = word_cell_end(clean, i, e); words > i) {
        i = words;
        ++n;
        continue;
      }
    }
    if (!len) return -1;
    while (i + len < e && starts_at(s, i + len, std::string_view(s.data() + i, len))) i += len;
    i += len;
    ++n;
  }
  return n;
}

// The cells of line l: the indices of its quantities (kEmptyCell for a cell
// written —) when the line is a label followed by numbers separated by spaces
// only, else nothing.
std::vector<std::size_t> row_cells(const CleanText& clean, Line l,
                                   const std::vector<QuantityHit>& q, std::size_t from,
                                   std::size_t to, std::size_t* label_begin, std::size_t* label_end,
                                   bool word_columns = false) {
  const std::string& s = clean.text;
  std::vector<std::size_t> cells;
  // 1  地区生产总值增速  %  5.5: a serial number before the label, a cell of
  // its own column (序号), is no figure of the row
  if (from < to && q[from].qual_begin <= l.begin && from + 1 < to && q[from].unit.empty() &&
      !q[from].high && q[from].end - q[from].begin <= 3 &&
      s.find('.', q[from].begin) >= q[from].end &&
      (dropped_gap(clean, q[from].end) || s[q[from].end] == ' ')) {
    l.begin = q[from].end;
    while (l.begin < l.end && s[l.begin] == ' ') ++l.begin;
    ++from;
  }
  *label_begin = l.begin;
  if (from == to || q[from].qual_begin <= l.begin) return cells;
  // empty cells may stand between the label and the first number
  std::size_t label_stop = q[from].qual_begin;
  int empties = 0;
  // (…%  —  与经济增长同步  5.8: a cell of words between an empty cell and the
  // first figure is a cell of its own, a target said in words)
  if (dropped_gap(clean, label_stop)) {
    std::size_t w = label_stop;
    while (w >= l.begin + 3 && static_cast<unsigned char>(s[w - 3]) >= 0xE4 &&
           static_cast<unsigned char>(s[w - 3]) <= 0xE9 &&
           (w == label_stop || !dropped_gap(clean, w)))
      w -= 3;
    std::size_t i = w;
    while (i > l.begin && s[i - 1] == ' ') --i;
    bool empty_before = false;
    for (std::string_view dash : kEmptyMarks)
      empty_before = empty_before || (i > l.begin + dash.size() && ends_at(s, i, dash));
    if (w < label_stop && dropped_gap(clean, w) && empty_before &&
        word_cell_end(clean, w, label_stop) == label_stop) {
      label_stop = w;
      ++empties;
    }
  }
  while (label_stop > l.begin) {
    std::size_t i = label_stop;
    while (i > l.begin && s[i - 1] == ' ') --i;
    std::size_t len = 0;
    for (std::string_view dash : kEmptyMarks)
      if (i > l.begin + dash.size() && ends_at(s, i, dash) && i < q[from].qual_begin)
        len = dash.size();
    if (!len) {
      label_stop = i;
      break;
    }
    label_stop = i - len;
    ++empties;
  }
  // (廊源能源  港交所主板  612.4: cells of words after the label are cells
  // of their own columns, in a table whose header says so)
  for (std::size_t i = l.begin + 1; word_columns && i < label_stop; ++i) {
    if (s[i] != ' ' && !dropped_gap(clean, i)) continue;
    std::size_t next = i;
    while (next < label_stop && s[next] == ' ') ++next;
    const int words = empty_cells(clean, next, label_stop);
    if (words > 0) {
      empties += words;
      label_stop = i;
      while (label_stop > l.begin && s[label_stop - 1] == ' ') --label_stop;
    }
    break;
  }
  const std::string_view label(s.data() + l.begin, label_stop - l.begin);
  // (a label names something: not a page footer such as — 2 —)
  bool named = false;
  for (char ch : label) named = named || static_cast<unsigned char>(ch) >= 0xE4;
  if (!named) return cells;
  // (其中:工业投资, a part of the row above, is a label too)
  const std::string_view words = starts_at(label, 0, "其中:") ? label.substr(7) : label;
  for (std::string_view w : {",", ":", ";", "。"})
    if (words.find(w) != std::string_view::npos) return cells;
  *label_end = label_stop;
  cells.assign(static_cast<std::size_t>(empties), kEmptyCell);
  std::size_t at = q[from].qual_begin;
  for (std::size_t k = from; k < to; ++k) {
    const QuantityHit& h = q[k];
    if (h.begin != h.qual_begin || h.high || (!h.unit.empty() && h.unit != "%")) return {};
    if (k > from) {
      // (5.5左右5.8: cells the clean text joins, apart in the caller's text)
      const int between = empty_cells(clean, at, h.begin);
      if ((h.begin == at && !dropped_gap(clean, h.begin)) || between < 0) return {};
      cells.insert(cells.end(), static_cast<std::size_t>(between), kEmptyCell);
    }
    cells.push_back(k);
    at = h.end;
  }
  const int trailing = empty_cells(clean, at, l.end);
  if (trailing < 0) return {};
  cells.insert(cells.end(), static_cast<std::size_t>(trailing), kEmptyCell);
  return cells;
}

// Adds a row; in a table with a column of units the label's last cell is
// the row's unit (社会消费品零售总额  亿元).
void add_row(const CleanText& clean, Table& t, int line, std::size_t b, std::size_t e,
             std::vector<std::size_t> cells, const Line& group) {
  // 规模以上工业增加值  —  —  7.1: the unit cell is empty too (read as the first
  // empty cell); the row has no unit of its own
  const bool no_unit = t.unit_column && cells.size() == t.columns.size() + 1 && !cells.empty() &&
                       cells[0] == kEmptyCell;
  if (no_unit) cells.erase(cells.begin());
  TableRow row{line, b, e, std::move(cells), {}, group.begin, group.end};
  if (t.unit_column && !no_unit) {
    Line label;
    label.begin = b;
    label.end = e;
    const auto parts = header_cells(clean, label);
    if (parts.size() < 2) return;  // no unit: not a row of this table
    row.unit_text = clean.text.substr(parts.back().first, parts.back().second - parts.back().first);
    row.label_end = parts[parts.size() - 2].second;
  }
  t.rows.push_back(std::move(row));
}

}  // namespace

std::size_t growth_suffix(std::string_view label) {
  static const WordList kEnds = {"增长率", "增速", "增幅", "涨幅", "增长"};
  const std::string_view end = kEnds.suffix_of(label);
  // (人口自然增长率 is a rate of its own, a level)
  if (end.empty() || ends_at(label, label.size(), "自然增长率")) return std::string_view::npos;
  std::size_t at = label.size() - end.size();
  // (社会消费品零售总额同比增长, 出口比上年增长; 地区生产总值年均增长: the
  // average growth of a year)
  for (std::string_view base : {"同比", "比上年", "比去年", "年均"})
    if (at > base.size() && ends_at(label, at, base)) at -= base.size();
  return at >= 6 ? at : std::string_view::npos;
}

void find_tables(const CleanText& clean, const std::vector<Line>& lines,
                 const std::vector<QuantityHit>& quantities, std::vector<Table>* out) {
  const std::string& s = clean.text;
  std::size_t q = 0;
  Table open;
  std::size_t open_cells = 0;
  int last_row_line = -2;
  Line group;  // the line that names the group of the rows below (出口商品), if any
  auto close = [&]() {
    if (open.rows.size() >= 2) out->push_back(std::move(open));
    open = Table{};
    open_cells = 0;
    group = Line{};
  };
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const Line& l = lines[li];
    while (q < quantities.size() && quantities[q].begin < l.begin) ++q;
    std::size_t qe = q;
    while (qe < quantities.size() && quantities[qe].begin < l.end) ++qe;
    if (l.end <= l.begin) continue;
    std::size_t label_begin = l.begin, label_end = 0;
    std::vector<std::size_t> cells =
        row_cells(clean, l, quantities, q, qe, &label_begin, &label_end, open.word_columns);
    const int line = static_cast<int>(li);
    // (rows follow each other without a blank line)
    const bool next_row = last_row_line == line - 1 && l.begin > 0 && s[l.begin - 1] == '\n' &&
                          (l.begin < 2 || s[l.begin - 2] != '\n');
    const bool unit_cell_empty = open.unit_column && cells.size() == open_cells + 1 &&
                                 !cells.empty() && cells[0] == kEmptyCell;
    if (!cells.empty() && (open_cells == cells.size() || unit_cell_empty) && next_row) {
      add_row(clean, open, line, label_begin, label_end, std::move(cells), group);
      last_row_line = line;
      continue;
    }
    // 按行业分, 限额以上单位商品零售额中: a line that names a group of the rows
    // below it, inside the table (no numbers, short, no sentence)
    if (cells.empty() && !open.rows.empty() && next_row && q == qe && l.end - l.begin <= 60 &&
        s.substr(l.begin, l.end - l.begin).find("。") == std::string::npos) {
      last_row_line = line;
      group = l;
      continue;
    }
    // (11  单位地区生产总值能源消耗降低  %  —  完成省下达任务  …: a row of words
    // only, no figure, inside the table)
    // (its serial number, if any, the only figure)
    if (cells.empty() && !open.rows.empty() && next_row &&
        (q == qe || (qe == q + 1 && quantities[q].begin == l.begin)) &&
        header_cells(clean, l).size() >= open_cells + 1 + (open.unit_column ? 1 : 0) &&
        s.substr(l.begin, l.end - l.begin).find("。") == std::string::npos) {
      last_row_line = line;
      continue;
    }
    close();
    if (cells.empty() || li == 0) continue;
    // a new table: the header right above the first row, or above a line
    // that names the group of the first rows (商品名称  数量  金额⏎出口商品⏎钢材 …)
    std::size_t hk = li - 1;
    // (a header has no numbers)
    auto has_numbers = [&](const Line& h) {
      bool numbers = false;
      for (std::size_t k = q; k > 0 && quantities[k - 1].begin >= h.begin; --k)
        numbers = numbers || !opens_month_span(s, quantities[k - 1]);
      return numbers;
    };
    if (hk >= 1 && cells.size() >= 2 && lines[hk].end > lines[hk].begin &&
        lines[hk].end - lines[hk].begin <= 30 && header_cells(clean, lines[hk]).size() == 1 &&
        !has_numbers(lines[hk]) && lines[hk - 1].end > lines[hk - 1].begin &&
        header_cells(clean, lines[hk - 1]).size() >= cells.size() && !has_numbers(lines[hk - 1]))
      --hk;
    if (hk + 1 < li) group = lines[hk + 1];
    const Line& head = lines[hk];
    if (head.end <= head.begin) continue;
    if (has_numbers(head)) continue;
    std::vector<std::pair<std::size_t, std::size_t>> names = header_cells(clean, head);
    auto name_at = [&](std::size_t k) {
      return std::string_view(s.data() + names[k].first, names[k].second - names[k].first);
    };
    // (产　量: words spread by spaces are joined only when the header as read
    // does not fit the row: one name per cell, after a label and a unit column)
    // (序号  指标名称  单位  …: the serial numbers' column, when the row has one;
    // 排名 and 名次 number the rows of a top list)
    if (label_begin > l.begin && names.size() > 1 &&
        (name_at(0) == "序号" || name_at(0) == "序" || name_at(0) == "编号" ||
         name_at(0) == "排名" || name_at(0) == "名次" || name_at(0) == "排序"))
      names.erase(names.begin());
    // (责任编辑:…  美术编辑:…: pairs of a key and its value, no header; 单位:亿元
    // is the header's unit)
    auto key_and_value = [&](std::size_t k) {
      const std::string_view name = name_at(k);
      const std::size_t colon = name.find(':');
      // (其中:最低收购价收购, a column that is part of the one before, is a name)
      return colon != std::string_view::npos && colon + 1 < name.size() &&
             find_first(name, "单位:") == std::string_view::npos && !starts_at(name, 0, "其中:");
    };
    bool pairs = false;
    for (std::size_t k = 0; k < names.size() && !pairs; ++k) pairs = key_and_value(k);
    if (pairs) continue;
    const bool unit_header = names.size() > 1 && (name_at(1) == "单位" || name_at(1) == "计量单位");
    if (names.size() != cells.size() && names.size() != cells.size() + 1 &&
        !(names.size() == cells.size() + 2 && unit_header))
      join_spaced_words(s, &names);
    // 指标名称  单位  9月  同比增长: a column of units after the labels
    if (names.size() == cells.size() + 2 && (name_at(1) == "单位" || name_at(1) == "计量单位")) {
      open.unit_column = true;
      names.erase(names.begin() + 1);
    }
    // 排名  公司简称  上市板块  市值: columns of words between the labels and the
    // figures (read again with their cells)
    if (names.size() > cells.size() + 1) {
      std::size_t wb = l.begin, we = 0;
      std::vector<std::size_t> words =
          row_cells(clean, l, quantities, q, qe, &wb, &we, /*word_columns=*/true);
      if (words.size() + 1 == names.size()) {
        cells = std::move(words);
        label_begin = wb;
        label_end = we;
        open.word_columns = true;
      }
    }
    if (names.size() == cells.size() + 1) {  // the label column
      open.label_header = std::string(name_at(0));
      names.erase(names.begin());
    }
    if (names.size() != cells.size()) {
      open.word_columns = false;
      continue;
    }
    open.header_line = static_cast<int>(hk);
    for (auto [b, e] : names) {
      TableColumn c;
      split_unit(std::string_view(s.data() + b, e - b), &c);
      const std::size_t g = growth_at(c.name);
      c.growth = g != std::string_view::npos;
      // (PM2.5浓度同比变化: a growth column that names what grew)
      if (c.growth) c.subject_end = b + g;
      c.change_amount = c.growth && change_amount_name(c.name) && c.unit_text != "%";
      c.share = !c.growth && share_name(c.name);
      c.ratio =
          !c.growth && !c.share && c.name.size() <= 24 && ends_at(c.name, c.name.size(), "率");
      c.begin = b;
      c.end = e;
      open.columns.push_back(std::move(c));
    }
    // a unit line and a title above the header
    for (int k = static_cast<int>(hk) - 1, seen = 0; k >= 0 && seen < 2; --k) {
      const Line& above = lines[static_cast<std::size_t>(k)];
      if (above.end <= above.begin) break;
      ++seen;
      const std::string_view t(s.data() + above.begin, above.end - above.begin);
      std::vector<UnitEntry> units = unit_line(t);
      if (!units.empty()) {
        // the units for named columns (比上年增减为百分点) first, then the others
        std::vector<UnitEntry> unnamed;
        for (UnitEntry& u : units) {
          if (u.column.empty()) {
            unnamed.push_back(std::move(u));
            continue;
          }
          for (TableColumn& col : open.columns)
            if (col.unit_text.empty() && col.name.find(u.column) != std::string::npos)
              col.unit_text = u.unit;
        }
        // (单位:亿元,% over 10月 | 同比增长 | 1—10月 | 同比增长: the unit of the
        // levels, then that of the rates)
        const bool level_and_rate =
            unnamed.size() == 2 && unnamed[1].unit == "%" && unnamed.size() != open.columns.size();
        // (单位:万平方米,%,元/平方米 over 面积 | 同比增长 | 均价 | 同比增长: the units
        // in order, a rate's column taking % whether or not the line writes it
        // again)
        if (!level_and_rate && unnamed.size() > 1 && unnamed.size() < open.columns.size()) {
          std::size_t u = 0;
          for (TableColumn& col : open.columns) {
            if (!col.unit_text.empty()) continue;
            const bool rate = col.share || col.ratio || (col.growth && !col.change_amount);
            if (rate && (u == unnamed.size() || unnamed[u].unit != "%")) continue;  // (%, below)
            if (u == unnamed.size()) break;
            col.unit_text = unnamed[u++].unit;
          }
          unnamed.clear();
        }
        for (std::size_t c = 0; c < open.columns.size(); ++c) {
          TableColumn& col = open.columns[c];
          if (!col.unit_text.empty()) continue;
          if (unnamed.size() == open.columns.size())
            col.unit_text = unnamed[c].unit;
          else if (col.share || col.ratio)
            continue;  // (in %, below)
          else if ((unnamed.size() == 1 || level_and_rate) && (!col.growth || col.change_amount))
            col.unit_text = unnamed[0].unit;
        }
        // (a title may run on into its unit line: 表1 …吞吐量 单位:万吨、%)
        if (find_first(t, "单位") < 9) continue;
      }
      open.title_line = k;
      break;
    }
    for (TableColumn& col : open.columns) {
      // (a unit line may make 比上年增减 a change of a rate: 百分点)
      if (col.change_amount && col.unit_text == "百分点") col.change_amount = false;
      if (col.unit_text.empty() && (col.share || col.ratio || (col.growth && !col.change_amount)))
        col.unit_text.push_back('%');  // (= "%": GCC 12 warns -Wrestrict)
    }
    add_row(clean, open, line, label_begin, label_end, std::move(cells), group);
    open_cells = open.columns.size();
    last_row_line = line;
  }
  close();
}

}  // namespace econex::detail
