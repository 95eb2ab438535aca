#include "quantity/number_grammar_def.hpp"

#include <cstdint>
#include <initializer_list>

namespace econex::detail {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Three bytes (a CJK character) as one integer; 0 past the end.
std::uint32_t key3(std::string_view text, std::size_t i) {
  if (i + 3 > text.size()) return 0;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(text[i + 1])) << 8 |
         static_cast<unsigned char>(text[i + 2]);
}
constexpr std::uint32_t key3(const char (&w)[4]) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 8 |
         static_cast<unsigned char>(w[2]);
}

bool one_of(std::uint32_t k, std::initializer_list<std::uint32_t> keys) {
  for (std::uint32_t x : keys)
    if (k == x) return true;
  return false;
}

// The numerals of the grammar's `chinese` rule.
bool cn_digit(std::uint32_t k) {
  return one_of(
      k, {key3("零"), key3("〇"), key3("一"), key3("二"), key3("两"), key3("三"), key3("四"),
          key3("五"), key3("六"), key3("七"), key3("八"), key3("九"), key3("壹"), key3("贰"),
          key3("叁"), key3("肆"), key3("伍"), key3("陆"), key3("柒"), key3("捌"), key3("玖")});
}
bool cn_unit(std::uint32_t k) {
  return one_of(k, {key3("十"), key3("百"), key3("千"), key3("万"), key3("亿"), key3("拾"),
                    key3("佰"), key3("仟")});
}

// Whether the grammar could read on after a numeral ending at i: a range
// separator, a multiplier, 余/多, or 分(之) of a fraction.
bool grammar_goes_on(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  if (text[i] == '-' || text[i] == '~') return true;
  return one_of(key3(text, i), {key3("至"), key3("到"), key3("万"), key3("亿"), key3("千"),
                                key3("百"), key3("余"), key3("多"), key3("分")});
}

// The shape of a plain number: Arabic (digits, groups of three after ',', a
// decimal part) or Chinese (a run of numerals, 点 and digits), when nothing
// the grammar could go on with follows it (grammar_goes_on). Most numbers
// are plain, and this reads them in a few instructions per byte; false
// leaves the number to the grammar, which gives the same shape for the
// plain ones (equivalence_test checks it at every position of the corpus).
bool plain_number(std::string_view text, std::size_t pos, NumberShape* out) {
  const std::size_t n = text.size();
  std::size_t i = pos;
  if (i < n && is_digit(text[i])) {
    while (i < n && is_digit(text[i])) ++i;
    // *(',' >> repeat(3)[digit] >> !digit)
    while (i + 4 <= n && text[i] == ',' && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
           is_digit(text[i + 3]) && (i + 4 == n || !is_digit(text[i + 4])))
      i += 4;
    // -('.' >> +digit)
    if (i + 1 < n && text[i] == '.' && is_digit(text[i + 1])) {
      i += 1;
      while (i < n && is_digit(text[i])) ++i;
    }
  } else {
    // +(cn_digit | cn_unit) >> -("点" >> +cn_digit)
    while (cn_digit(key3(text, i)) || cn_unit(key3(text, i))) i += 3;
    if (i == pos) return false;
    if (key3(text, i) == key3("点") && cn_digit(key3(text, i + 3))) {
      i += 3;
      while (cn_digit(key3(text, i))) i += 3;
    }
  }
  if (grammar_goes_on(text, i)) return false;
  *out = NumberShape{};
  out->low = text.substr(pos, i - pos);
  out->length = i - pos;
  return true;
}

}  // namespace

bool parse_number_shape_by_grammar(std::string_view text, std::size_t pos, NumberShape* out) {
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

bool parse_number_shape(std::string_view text, std::size_t pos, NumberShape* out) {
  return plain_number(text, pos, out) || parse_number_shape_by_grammar(text, pos, out);
}

}  // namespace econex::detail
