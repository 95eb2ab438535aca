// Extraction: statements with a fixed shape that the value-centred reading
// does not see, because their numbers carry no unit:
//   三次产业结构为9.3:34.3:56.4        three shares of GDP
//   地区生产总值增速居全市第2位         a rank (居 / 位居 / 位列 / 排名 … 第N位)
#ifndef ECONEX_LIB_EXTRACT_FIXED_FORMS_H_
#define ECONEX_LIB_EXTRACT_FIXED_FORMS_H_

#include <memory>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace econex::detail {

struct FixedValue {
  std::size_t begin = 0, end = 0;  // clean span of the value text
  double value = 0;
};

struct Structure {
  FixedValue shares[3];  // primary, secondary, tertiary
};

struct Rank {
  FixedValue value;
  std::size_t verb_begin = 0;                  // where 居 / 位居 starts: the subject ends here
  std::size_t basis_begin = 0, basis_end = 0;  // the set ranked in (全市, 中部六省)
};

class FixedForms {
 public:
  FixedForms();
  ~FixedForms();
  void structures(std::string_view s, std::size_t b, std::size_t e,
                  std::vector<Structure>* out) const;
  void ranks(std::string_view s, std::size_t b, std::size_t e, std::vector<Rank>* out) const;

 private:
  std::unique_ptr<re2::RE2> structure_, rank_;
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_EXTRACT_FIXED_FORMS_H_
