#include "extract/fixed_forms.h"

#include <re2/re2.h>

#include <cstdlib>
#include <string>

#include "data/lexicon.h"
#include "quantity/numeral.h"
#include "text/search.h"
#include "text/word_list.h"

namespace econex::detail {
namespace {

FixedValue piece(std::string_view s, const re2::StringPiece& p, std::size_t extra_end = 0) {
  FixedValue v;
  v.begin = static_cast<std::size_t>(p.data() - s.data());
  v.end = v.begin + p.size() + extra_end;
  std::string_view text(p.data(), p.size());
  auto n = numeral_value(text);
  v.value = n ? n->low.to_double() : 0;
  return v;
}

// Whether some 第 has one of the rank verbs of the pattern (位居, 居于, 位列,
// 排名, 排在, 排, 居, 列) starting at most 18 characters (of up to four bytes)
// before it: a condition every match of rank_ meets.
bool rank_verb_before_di(std::string_view t) {
  constexpr std::size_t kReach = 18 * 4 + 6;
  for (std::size_t p = find_first(t, "第"); p != std::string_view::npos;
       p = find_first(t, "第", p + 3)) {
    const std::size_t from = p > kReach ? p - kReach : 0;
    const std::string_view window = t.substr(from, p - from);
    for (std::string_view verb : {"居", "列", "排"})
      if (find_first(window, verb) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

FixedForms::FixedForms() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  structure_ = std::make_unique<RE2>(
      "三次产业(?:结构|比例|构成)"
      // 由(上年的|2023年的)10.1:42.6:47.3: the structure before
      "(?:由[^,，。；;]{0,30}?[0-9.]+[:∶][0-9.]+[:∶][0-9.]+)?(?:调整|变化|优化)?为"
      "([0-9]+(?:\\.[0-9]+)?)[:∶]([0-9]+(?:\\.[0-9]+)?)[:∶]([0-9]+(?:\\.[0-9]+)?)",
      o);
  rank_ = std::make_unique<RE2>(
      // verb, what the rank is among, 第 and the rank
      "(位居|居于|位列|排名|排在|排|居|列)"
      "([^,，。；;:：第]{0,18})"
      "第([0-9]{1,3}|[一二三四五六七八九十]{1,3})(位|名)?",
      o);
}

FixedForms::~FixedForms() = default;

void FixedForms::structures(std::string_view s, std::size_t b, std::size_t e,
                            std::vector<Structure>* out) const {
  // the pattern needs 三次产业: most sentences are rejected before the RE2 search
  if (find_first(s.substr(b, e - b), "三次产业") == std::string_view::npos) return;
  re2::StringPiece input(s.data() + b, e - b), a, c, d;
  while (RE2::FindAndConsume(&input, *structure_, &a, &c, &d)) {
    Structure st;
    st.shares[0] = piece(s, a);
    st.shares[1] = piece(s, c);
    st.shares[2] = piece(s, d);
    out->push_back(st);
  }
}

void FixedForms::ranks(std::string_view s, std::size_t b, std::size_t e,
                       std::vector<Rank>* out) const {
  // the pattern needs a verb at most 18 characters before a 第: most
  // sentences are rejected before the RE2 search (one with captures costs
  // about as much as reading the sentence's records)
  if (!rank_verb_before_di(s.substr(b, e - b))) return;
  re2::StringPiece input(s.data() + b, e - b), verb, basis, num, suffix;
  while (RE2::FindAndConsume(&input, *rank_, &verb, &basis, &num, &suffix)) {
    // 排 alone (增速排全市第三, 在五个城区中排第二): not 安排第二批, 排放,
    // 排查; a bare numeral ends the clause or takes 位/名
    // (列 alone, 增速列全省第一: not 列入第二批, 系列, 排列)
    if (verb == "排" || verb == "列") {
      const std::size_t at = static_cast<std::size_t>(verb.data() - s.data());
      const std::size_t after = static_cast<std::size_t>(num.data() - s.data()) + num.size();
      const auto next = after < e ? static_cast<unsigned char>(s[after]) : 0;
      static const WordList& kNotRankAfter = lexicon("rank.not_after");
      static const WordList kNotRankBefore = {"安", "编", "彩", "系", "排", "并", "序", "陈"};
      if ((at >= 3 && !kNotRankBefore.at(s, at - 3).empty()) ||
          !kNotRankAfter.at(s, at + verb.size()).empty() ||
          (suffix.empty() && next >= 0xE4 && next <= 0xE9)) {
        // (碳排放强度…居全省第二位: the search goes on right after this 排)
        const std::size_t from = at + verb.size();
        input = re2::StringPiece(s.data() + from, e - from);
        continue;
      }
    }
    Rank r;
    r.value = piece(s, num, suffix.size());
    if (r.value.value <= 0) continue;
    r.verb_begin = static_cast<std::size_t>(verb.data() - s.data());
    r.basis_begin = static_cast<std::size_t>(basis.data() - s.data());
    r.basis_end = r.basis_begin + basis.size();
    out->push_back(r);
  }
}

}  // namespace econex::detail
