// Reading JSON Lines of documents for the CLI: one object per line with a
// string "text" and an "id" (string or number). Just enough JSON for that.
#ifndef ECONEX_TOOLS_JSONL_INPUT_H_
#define ECONEX_TOOLS_JSONL_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace econex_cli {

// Calls f(line_number, id, text, error) for every non-empty line; error is
// not empty when the line is not such an object.
void for_each_document(std::string_view jsonl,
                       const std::function<void(std::size_t, const std::string&, const std::string&,
                                                const std::string&)>& f);

// Parses one JSON object of string/number/bool/null members into id and text.
bool parse_document(std::string_view line, std::string* id, std::string* text, std::string* error);

}  // namespace econex_cli

#endif  // ECONEX_TOOLS_JSONL_INPUT_H_
