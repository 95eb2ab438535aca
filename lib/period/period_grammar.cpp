#include "period/period_grammar_def.hpp"

namespace econex::detail {

bool parse_period_shape(std::string_view text, std::size_t pos, PeriodShape* out) {
  namespace g = period_grammar;
  // Building the parser copies the grammar, and with it every symbol table it
  // uses (21 of them, each a shared_ptr and a name): once per thread, not per
  // call, so that threads do not contend on the tables' reference counts.
  thread_local PeriodShape shape;
  thread_local const auto parser = g::x3::with<g::shape_tag>(std::ref(shape))[g::period];
  shape = PeriodShape{};
  const char* first = text.data() + pos;
  const char* it = first;
  bool ok = g::x3::parse(it, text.data() + text.size(), parser);
  *out = shape;
  if (!ok) return false;
  out->length = static_cast<std::size_t>(it - first);
  return true;
}

}  // namespace econex::detail
