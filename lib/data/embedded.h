// The data tables compiled into the library (see data/ and cmake/EmbedData.cmake).
#ifndef ECONEX_LIB_DATA_EMBEDDED_H_
#define ECONEX_LIB_DATA_EMBEDDED_H_

#include <string_view>

namespace econex::detail::data {
std::string_view indicators_tsv();
std::string_view units_tsv();
std::string_view regions_tsv();
std::string_view zones_tsv();
std::string_view short_name_conflicts_tsv();
std::string_view lexicon_tsv();
}  // namespace econex::detail::data

#endif  // ECONEX_LIB_DATA_EMBEDDED_H_
