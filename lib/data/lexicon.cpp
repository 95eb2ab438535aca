#include "data/lexicon.h"

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "data/embedded.h"
#include "data/tsv.h"

namespace econex::detail {
namespace {

struct List {
  std::vector<std::string_view> words;
  std::unique_ptr<WordList> index;
};

struct Lexicon {
  std::map<std::string_view, List, std::less<>> lists;
  std::vector<std::string_view> order;

  Lexicon() {
    for_each_row(data::lexicon_tsv(), [&](const std::vector<std::string_view>& f) {
      if (f.size() < 2 || f[0].empty() || f[1].empty()) return;
      auto [it, fresh] = lists.try_emplace(f[0]);
      if (fresh) order.push_back(f[0]);
      it->second.words.push_back(f[1]);
    });
    for (auto& [name, list] : lists)
      list.index = std::make_unique<WordList>(list.words.begin(), list.words.end());
  }
};

// Built on first use (thread-safe static initialisation), never destroyed:
// WordLists held by reference in function statics stay valid at exit.
const Lexicon& table() {
  static const Lexicon* const lexicon = new Lexicon();
  return *lexicon;
}

const List& find(std::string_view name) {
  const Lexicon& t = table();
  const auto it = t.lists.find(name);
  if (it == t.lists.end())
    throw std::logic_error("econex: data/lexicon.tsv has no word list '" + std::string(name) +
                           "'; rebuild the library from one source tree");
  return it->second;
}

}  // namespace

const std::vector<std::string_view>& lexicon_words(std::string_view list) {
  return find(list).words;
}

const WordList& lexicon(std::string_view list) { return *find(list).index; }

std::vector<std::string_view> lexicon_lists() { return table().order; }

}  // namespace econex::detail
