// Reading the built-in TSV tables: one header row, tab-separated, no quoting.
#ifndef ECONEX_LIB_DATA_TSV_H_
#define ECONEX_LIB_DATA_TSV_H_

#include <string_view>
#include <vector>

namespace econex::detail {

// Splits s at every sep (empty fields kept).
std::vector<std::string_view> split(std::string_view s, char sep);

// Calls row(fields) for every data row of a TSV table (the header is skipped).
template <typename F>
void for_each_row(std::string_view tsv, F&& row) {
  bool header = true;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    row(split(line, '\t'));
  }
}

}  // namespace econex::detail

#endif  // ECONEX_LIB_DATA_TSV_H_
