// The grammar's word lists (data/lexicon.tsv): well formed, in table order,
// and every list the library's code asks for is in the table.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include "data/lexicon.h"

namespace econex::detail {
namespace {

TEST(Lexicon, ListsAreNonEmptyWithoutRepeats) {
  const auto lists = lexicon_lists();
  ASSERT_GE(lists.size(), 30u);
  for (std::string_view name : lists) {
    const auto& words = lexicon_words(name);
    EXPECT_FALSE(words.empty()) << name;
    std::set<std::string_view> seen;
    for (std::string_view w : words) {
      EXPECT_FALSE(w.empty()) << name;
      EXPECT_TRUE(seen.insert(w).second) << name << " repeats " << w;
    }
  }
}

// The first word in table order that a text starts (ends) with wins: a word
// of the list finds itself unless an earlier word is its prefix (suffix).
TEST(Lexicon, WordListsKeepTableOrder) {
  for (std::string_view name : lexicon_lists()) {
    const auto& words = lexicon_words(name);
    const WordList& list = lexicon(name);
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string_view w = words[i];
      std::string_view head = w, tail = w;
      for (std::size_t j = 0; j < i && head == w; ++j)
        if (w.substr(0, words[j].size()) == words[j]) head = words[j];
      for (std::size_t j = 0; j < i && tail == w; ++j)
        if (words[j].size() <= w.size() && w.substr(w.size() - words[j].size()) == words[j])
          tail = words[j];
      EXPECT_EQ(list.prefix_of(w), head) << name;
      EXPECT_EQ(list.suffix_of(w), tail) << name;
    }
  }
  EXPECT_EQ(lexicon("statement.up").prefix_of("增长6.1%"), "增长");
  EXPECT_EQ(lexicon("statement.down").suffix_of("同比下降"), "下降");
  EXPECT_TRUE(lexicon("statement.up").prefix_of("下降2%").empty());
}

// The target words are found by one literal scan that reads one match per
// place: none may be a prefix of another.
TEST(Lexicon, NoTargetWordIsAPrefixOfAnother) {
  const auto& words = lexicon_words("target.words");
  for (std::string_view a : words)
    for (std::string_view b : words)
      if (a != b) EXPECT_NE(b.substr(0, a.size()), a) << a << " opens " << b;
}

TEST(Lexicon, UnknownListThrows) {
  EXPECT_THROW(lexicon("no.such.list"), std::logic_error);
  EXPECT_THROW(lexicon_words(""), std::logic_error);
}

// Every lexicon("…") and lexicon_words("…") in lib/ names a list of the table
// (a misspelt name would only fail when its rule first runs).
TEST(Lexicon, EveryListTheCodeNamesExists) {
  const std::filesystem::path lib = std::filesystem::path(ECONEX_TEST_DATA_DIR) / ".." / "lib";
  ASSERT_TRUE(std::filesystem::is_directory(lib)) << lib;
  const std::regex use(R"re(lexicon(?:_words)?\("([^"]+)"\))re");
  const auto lists = lexicon_lists();
  const std::set<std::string_view> known(lists.begin(), lists.end());
  std::set<std::string> used;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(lib)) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), use), end; it != end; ++it) {
      used.insert((*it)[1].str());
      EXPECT_TRUE(known.count((*it)[1].str())) << entry.path() << ": " << (*it)[1].str();
    }
  }
  EXPECT_GE(used.size(), 30u);
  for (std::string_view name : lists)
    EXPECT_TRUE(used.count(std::string(name))) << "unused: " << name;
}

}  // namespace
}  // namespace econex::detail
