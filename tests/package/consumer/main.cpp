// The package consumer's C++ program: the C++ API from the static library,
// writing the same JSON Lines as `econex extract` (and as ../records.c).
//   consumer_static REFERENCE_DATE DEFAULT_REGION DOC_NAME FILE
#include <econex/econex.h>  // the C API is in libeconex.a too

#include <econex/econex.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: " << argv[0] << " REFERENCE_DATE DEFAULT_REGION DOC_NAME FILE\n";
    return 2;
  }
  if (std::string(econex::version_string()) != econex_version_string()) return 1;
  std::ifstream in(argv[4], std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << argv[4] << "\n";
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  econex::Options options;
  options.reference_date = argv[1];
  options.default_region = argv[2];
  const econex::Extractor x;
  std::vector<econex::Record> records;
  econex::Status st = x.extract(ss.str(), options, &records);
  if (!st.ok()) {
    std::cerr << argv[4] << ": " << st.message() << "\n";
    return 1;
  }
  for (const econex::Record& r : records) std::cout << econex::to_json(r, argv[3]) << "\n";
  return 0;
}
