// Quantity layer, step 3: find every number of the clean text with its unit,
// qualifier and range, and drop the words that only look like numbers
// (十分重要, 一带一路, 第七届, 5月22日, “33618”, 30亿级, CFM56).
//
// Candidates come from one literal scan (text/literal_set.h); each is parsed by the X3 number
// grammar (number_grammar.hpp), valued exactly (numeral.h) and given its unit (units.h) and
// qualifiers from the words around it.
#ifndef ECONEX_LIB_QUANTITY_QUANTITY_H_
#define ECONEX_LIB_QUANTITY_QUANTITY_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"
#include "quantity/units.h"
#include "text/literal_set.h"
#include "text/word_list.h"

namespace econex::detail {

struct QuantityHit {
  std::size_t begin = 0, end = 0;  // clean span of the value text (without a leading qualifier)
  std::size_t qual_begin = 0;      // clean start of a leading qualifier word (== begin if none)
  double value = 0;
  std::optional<double> low, high;
  std::string_view unit;  // unit code, "" for a bare number
  std::string_view unit_text;
  Qualifier qualifier = Qualifier::kExact;
  bool chinese = false;        // written in Chinese numerals
  bool negative_sign = false;  // written with a leading '-'
  // Set by the extractor for a value of a list written with its own verb
  // (分别下降2.1%、增长6.3%): +1 a rise, -1 a fall, 0 as the statement says.
  signed char direction = 0;
};

// Bytes of the qualifier word that ends a value's text (5.5左右 -> 6), or 0.
std::size_t trailing_qualifier_length(std::string_view value_text);

// Words whose last character is a qualifier word by accident (签约, 最近, 赶超):
// no qualifier before a value, and no 约 to peel off a subject.
const WordList& false_qualifier_words();

class QuantityFinder {
 public:
  QuantityFinder();
  ~QuantityFinder();
  // Every quantity of the clean text, in order.
  void find(std::string_view clean, std::vector<QuantityHit>* out) const;
  // The same, from the starts of a LiteralScan of the clean text in which
  // candidates() is the set with bit `set` (one scan for several layers).
  void find(std::string_view clean, const std::vector<LiteralScan::Start>& starts, std::uint8_t set,
            std::vector<QuantityHit>* out) const;
  // Where a number can start.
  const LiteralSet& candidates() const { return candidate_; }

 private:
  template <typename Next>
  void find_from(std::string_view clean, Next next_start, std::vector<QuantityHit>* out) const;
  // Parses at pos; returns bytes to skip (>0) and fills *hit when it is a quantity.
  std::size_t parse_at(std::string_view clean, std::size_t pos, bool* ok, QuantityHit* hit) const;

  UnitTable units_;
  LiteralSet candidate_;  // where a number can start
};

}  // namespace econex::detail

#endif  // ECONEX_LIB_QUANTITY_QUANTITY_H_
