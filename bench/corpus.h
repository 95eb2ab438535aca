// The benchmark corpus: every tests/corpus/seeds/*.txt and tests/golden/*.txt
// document with the options of its NAME.meta.json (reference date, default
// region), repeated until the buffer holds at least a given number of bytes.
// Each copy stays a document of its own: the extractor is called once per copy.
#ifndef ECONEX_BENCH_CORPUS_H_
#define ECONEX_BENCH_CORPUS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "econex/econex.hpp"

namespace econex_bench {

struct Document {
  std::string name;
  std::string text;
  econex::Options options;
};

// The corpus documents of `dirs` (folders; each NAME.txt with its NAME.meta.json),
// sorted by path within each folder.
std::vector<Document> load_documents(const std::vector<std::string>& dirs);

struct Buffer {
  std::string bytes;  // all copies back to back
  struct Doc {
    std::size_t begin, size;
    const econex::Options* options;
  };
  std::vector<Doc> docs;  // one entry per copy
  std::string_view text(const Doc& d) const {
    return std::string_view(bytes).substr(d.begin, d.size);
  }
};

// Repeats `docs` (whole passes) until the buffer holds at least min_bytes.
Buffer make_buffer(const std::vector<Document>& docs, std::size_t min_bytes);

}  // namespace econex_bench

#endif  // ECONEX_BENCH_CORPUS_H_
