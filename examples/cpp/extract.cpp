// examples/cpp/extract.cpp: C++ through the C API (libeconex.so), with RAII
// handles: the way to use econex from C++ across a stable ABI.
//
//   extract_cpp [--reference-date YYYY-MM-DD] [--default-region CODE|NAME] FILE
//
// Prints the records as JSON Lines (the same lines as `econex extract`).
#include <econex/econex.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace {

struct ExtractorDeleter {
  void operator()(econex_extractor* x) const { econex_extractor_free(x); }
};
struct ResultDeleter {
  void operator()(econex_result* r) const { econex_result_free(r); }
};
struct StringDeleter {
  void operator()(char* s) const { econex_free(s); }
};
using Extractor = std::unique_ptr<econex_extractor, ExtractorDeleter>;
using Result = std::unique_ptr<econex_result, ResultDeleter>;
using String = std::unique_ptr<char, StringDeleter>;

}  // namespace

int main(int argc, char** argv) {
  std::string path, reference_date, default_region;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--reference-date" && a + 1 < argc) {
      reference_date = argv[++a];
    } else if (arg == "--default-region" && a + 1 < argc) {
      default_region = argv[++a];
    } else if (!arg.empty() && arg[0] != '-' && path.empty()) {
      path = arg;
    } else {
      std::cerr << "usage: " << argv[0] << " [--reference-date D] [--default-region R] FILE\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "usage: " << argv[0] << " [--reference-date D] [--default-region R] FILE\n";
    return 2;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << argv[0] << ": cannot read " << path << "\n";
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();

  econex_extractor* raw_x = nullptr;
  if (econex_status st = econex_extractor_new(&raw_x); st != ECONEX_OK) {
    std::cerr << "econex_extractor_new: " << econex_status_str(st) << "\n";
    return 1;
  }
  Extractor x(raw_x);

  econex_options options;
  econex_options_default(&options);
  options.reference_date = reference_date.empty() ? nullptr : reference_date.c_str();
  options.default_region = default_region.empty() ? nullptr : default_region.c_str();
  const std::string doc = path.substr(path.find_last_of('/') + 1);
  options.doc_name = doc.c_str();

  econex_result* raw_r = nullptr;
  econex_status st = econex_extract(x.get(), text.data(), text.size(), &options, &raw_r);
  Result r(raw_r);
  if (st != ECONEX_OK) {
    std::cerr << path << ": " << econex_status_str(st) << ": "
              << econex_result_error_message(r.get()) << "\n";
    return 1;
  }
  char* raw_s = nullptr;
  std::size_t len = 0;
  if (econex_result_jsonl(r.get(), &raw_s, &len) != ECONEX_OK) {
    std::cerr << "econex_result_jsonl failed\n";
    return 1;
  }
  String jsonl(raw_s);
  std::fwrite(jsonl.get(), 1, len, stdout);
  std::cerr << econex_result_count(r.get()) << " records\n";
  return 0;
}
