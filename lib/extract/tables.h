// Extraction layer: tables rendered as text.
//
// Releases end with tables that a PDF or a web page turns into lines: a title,
// perhaps a unit line, a header of column names, then one row per line with a
// label and one number per column, the cells separated by spaces:
//
//   表1  2025年1—9月主要港口货物吞吐量
//   单位：万吨、%
//   港区        吞吐量     同比增长
//   芝罘港区     4521.3     3.2
//
// find_tables() finds such blocks; the record builder turns each cell into a
// record (the row names the indicator or the place, the column the measure,
// the unit or the period).
#ifndef ECONEX_LIB_EXTRACT_TABLES_H_
#define ECONEX_LIB_EXTRACT_TABLES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "quantity/quantity.h"
#include "text/normalize.h"
#include "text/segment.h"

namespace econex::detail {

struct TableColumn {
  std::string name;       // the header cell without its unit: 吞吐量, 同比增长
  std::string unit_text;  // 万吨, %, 亿元: from the cell's brackets or a 单位 line; may be ""
  bool growth = false;    // 同比增长, 增速, 比上年增长±%: a growth rate
  bool share = false;     // 占比, 比重, 占全市比重: the share of the level before it, in %
  bool ratio = false;     // 完成率, 开工率: a ratio of its own (a level), in %
  // 比年初增减, 比上年增减 (not in %): an amount of change, in the unit of the
  // row or of the levels; growth is set too (the column follows a level)
  bool change_amount = false;
  // In a growth column, the clean end of the words before the growth word
  // (PM2.5浓度 of PM2.5浓度同比变化; = begin for 同比增长)
  std::size_t subject_end = 0;
  std::size_t begin = 0, end = 0;  // clean span of the header cell
};

constexpr std::size_t kEmptyCell = static_cast<std::size_t>(-1);  // a cell written — or -

struct TableRow {
  int line = 0;                                // index into Segments::lines
  std::size_t label_begin = 0, label_end = 0;  // clean span of the row label
  std::vector<std::size_t> cells;  // indices into the quantities (or kEmptyCell), one per column
  std::string unit_text;           // the row's unit, in a table with a column of units
  // the line above that names the group the row is in (出口商品, 按行业分), or empty
  std::size_t group_begin = 0, group_end = 0;
};

struct Table {
  int title_line = -1;  // the line above that names the table (表1 …), or -1
  int header_line = 0;
  std::string label_header;   // the header of the label column (地区, 指标名称), or ""
  bool unit_column = false;   // a column of units follows the labels (指标  单位  …)
  bool word_columns = false;  // columns of words follow the labels (公司  板块  市值)
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
};

// Where the growth words that end a row label start (地区生产总值增速,
// 出口同比增长), or npos: the row holds growth rates of what the rest names.
std::size_t growth_suffix(std::string_view label);

// Every table of the text: at least two rows with the same number of bare
// numbers (one per column of the header above them).
void find_tables(const CleanText& clean, const std::vector<Line>& lines,
                 const std::vector<QuantityHit>& quantities, std::vector<Table>* out);

}  // namespace econex::detail

#endif  // ECONEX_LIB_EXTRACT_TABLES_H_
