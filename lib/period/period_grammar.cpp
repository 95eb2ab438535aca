#include "period/period_grammar_def.hpp"

namespace econex::detail {

bool parse_period_shape(std::string_view text, std::size_t pos, PeriodShape* out) {
  namespace g = period_grammar;
  *out = PeriodShape{};
  const char* first = text.data() + pos;
  const char* it = first;
  auto parser = g::x3::with<g::shape_tag>(std::ref(*out))[g::period];
  if (!g::x3::parse(it, text.data() + text.size(), parser)) return false;
  out->length = static_cast<std::size_t>(it - first);
  return true;
}

}  // namespace econex::detail
