#include "quantity/number_grammar_def.hpp"

namespace econex::detail {

bool parse_number_shape(std::string_view text, std::size_t pos, NumberShape* out) {
  namespace g = number_grammar;
  *out = NumberShape{};
  const char* first = text.data() + pos;
  const char* const last = text.data() + text.size();
  const char* it = first;
  auto parser = g::x3::with<g::shape_tag>(std::ref(*out))[g::number];
  if (!g::x3::parse(it, last, parser)) return false;
  // A range whose second part failed leaves its separator unmatched: X3 backtracks.
  out->length = static_cast<std::size_t>(it - first);
  return out->length > 0;
}

}  // namespace econex::detail
