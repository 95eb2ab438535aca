// The word lists of the grammar: data/lexicon.tsv, compiled into the library.
//
// Each row of the table is (list, word, note); a list's words keep the order
// of its rows, which matters where the first match wins (WordList). The rule
// that uses a list names it, e.g. lexicon("statement.up") for the words that
// say a value rose. data/README.md describes every list.
#ifndef ECONEX_LIB_DATA_LEXICON_H_
#define ECONEX_LIB_DATA_LEXICON_H_

#include <string_view>
#include <vector>

#include "text/word_list.h"

namespace econex::detail {

// The words of a list, in table order. The views point into the embedded
// table and live as long as the program. Throws std::logic_error when the
// table has no such list (a build whose code and data disagree; the test
// lexicon_test checks every name the code uses).
const std::vector<std::string_view>& lexicon_words(std::string_view list);

// The same list as a WordList (first word that a text starts or ends with).
const WordList& lexicon(std::string_view list);

// Every list name in the table, in order of first appearance.
std::vector<std::string_view> lexicon_lists();

}  // namespace econex::detail

#endif  // ECONEX_LIB_DATA_LEXICON_H_
